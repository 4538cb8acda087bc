// Consent dialogs: the cookie and privacy dialogs of consent platforms (OneTrust, Cookiebot, Didomi...) are never a page's content.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Candidate, ROOT } from '../blockIndex';
import { attrWords } from '../inlineText';

/**
 * The id and class words consent-management platforms write on their dialogs, as data. Their dialogs hold long
 * paragraphs of prose ("When you visit any website, it may store or retrieve information...") that score as an
 * article's and that names like "cookie" or "gdpr" do not always mark (OneTrust's `ot-pc-desc`). Measured on the
 * tuning part of wcxb-dev: all 0.828 → 0.828, listing 0.683 → 0.686, forum 0.720 → 0.719; corpus 0.946 → 0.946.
 */
export const CONSENT_PLATFORM_RE =
	/(^|\s)(?:onetrust\S*|ot-pc-\S+|ot-sdk-\S+|ot-cat-\S+|ot-pref-\S+|CybotCookiebot\S*|didomi\S*|qc-cmp\S*|usercentrics\S*|uc-banner\S*|cky-\S+|cmplz-\S+|iubenda-cs\S*|truste\S*|cc-window|cc-banner|cookie-?law\S*|cookie-?consent\S*|cookie-?notice\S*|cookie-?banner\S*|consent-?banner\S*|gdpr-?consent\S*)(\s|$)/i;

/** Marks every consent dialog of the page as pruned (for the whole-page strategies, which prune chrome by name). */
export function pruneConsentDialogs(index: BlockIndex, pruned: Map<Block, string>): void {
	const words = index.containerWords;
	for (let i = 0; i < index.containers.length; i++) {
		const c = index.containers[i];
		if (!pruned.has(c) && CONSENT_PLATFORM_RE.test(words[i])) pruned.set(c, 'consent-dialog');
	}
}

/** Whether a block is a consent dialog or inside one: the article pipeline may pick a dialog's long prose. */
export function isInConsentDialog(index: BlockIndex, region: Candidate): boolean {
	if (region === ROOT) return false;
	for (let b: Block | undefined = region; b !== undefined; b = index.parent.get(b)) {
		if ((b.kind === 'div' || b.kind === 'htmlDiv') && CONSENT_PLATFORM_RE.test(attrWords(divAttrParts(b)))) return true;
	}
	return false;
}
