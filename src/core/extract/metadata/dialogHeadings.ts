// Headings of consent prompts, dialogs, filter panels and admonitions label a control or a box, never the page: the title passes them by.
import { withoutOwnSlug } from './headingSlugId';
import { oneByte } from '../../text/oneByte';
import type { MNode } from './scan';

/**
 * What a consent prompt says in its heading, at any length ("We and our partners process data to provide:", "Let us
 * know you agree to cookies", "Manage cookie preferences"). The box-label rule (`UI_LABEL_RE`) only reads headings of a
 * few words; these run longer and never head an article.
 */
const CONSENT_HEADING_RE = /\b(?:we and our (?:\d+ )?(?:partners|vendors)|we (?:use|value) (?:cookies|your privacy)|(?:agree|consent) to (?:the use of |our use of )?cookies|(?:manage|customi[sz]e) (?:your )?(?:cookie|consent|privacy) (?:preferences|settings|choices)|cookie (?:settings|preferences|consent|policy)|privacy (?:preference|settings) (?:center|centre)|your privacy (?:choices|settings)|process (?:your )?(?:personal )?data to provide)\b/iu;

/**
 * Short headings that label a control or a documentation box: a listing's filter panel ("Filter:", "Sort by"), a search
 * box's lists ("Saved searches", "Top search terms"), an admonition ("Note", "Warning"), a help box ("Keyboard
 * shortcuts": mdBook and shops put one, as an h2, before the page's own headline). Whole text only.
 */
const CONTROL_LABEL_RE = /^(?:filters?(?: by)?|refine(?: by| results)?|sort(?: by)?|saved searches|(?:top|popular|recent|trending) search(?:es| terms)|(?:keyboard )?shortcuts|note|notes|warning|tip|hint|caution|important|attention|danger)\s*:?$/iu;

/**
 * Parts of a class or id name that mark a dialog, a consent prompt or a filter panel (`custom-scopes-dialog-title`,
 * `onetrust-consent-sdk`, `bbccookies-banner`, `facets__wrapper`). "dialog", "cookie", "consent" are read anywhere in
 * a name, unlike `CHROME_RE`'s whole names: consent SDKs and design systems compose them ("alertdialog"). "modal" and
 * "popover" are parts of a hyphenated name (`pricing-modal-inner__title`), "facets" only leads one (Shopify's
 * `mount-facets` wraps whole pages).
 */
const DIALOG_PART_RE = /(?:dialog|cookie|consent|gdpr|onetrust|(?:^|[-_\s])(?:modal|popover)(?:$|[-_\s])|(?:^|\s)(?:facets?|filter-panel|filters-panel)(?:$|[-_\s]))/u;
/**
 * Page wrappers named after a control they can also hold: Drupal wraps every page in `dialog-off-canvas-main-canvas`.
 * Not "popup" among the parts above either: themes name hero banners `hero-banner-popup` (a headline inside).
 */
const PAGE_WRAPPER_RE = /(?:^|\s)dialog-off-canvas-main-canvas(?=$|\s)/gu;
/**
 * How far up a heading's containers the dialog names are looked for: a consent SDK wraps its heading in up to seven
 * layers (OneTrust: `onetrust-consent-sdk` › banner › container › row › group › policy › `ot-dpd-container`).
 */
const DIALOG_DEPTH = 8;

/** Whether a heading (or title-classed node) with this text is a consent prompt's, a dialog's, a filter panel's or an admonition's. */
export function isDialogHeading(n: MNode, text: string): boolean {
	// On a one-byte copy when it can be one: these `iu` regexes match a two-byte text many times slower (text/oneByte.ts).
	const narrow = oneByte(text);
	if (CONSENT_HEADING_RE.test(narrow) || CONTROL_LABEL_RE.test(narrow)) return true;
	for (let p: MNode | undefined = n, i = 0; p && i <= DIALOG_DEPTH; p = p.parent, i++) {
		const words = p === n ? withoutOwnSlug(n.words, n.attrs?.id, text) : p.words;
		if (words && namesDialog(words)) return true;
	}
	return false;
}

/**
 * Per word list, whether it names a dialog (`DIALOG_PART_RE` once the page wrappers are taken out): every heading's
 * containers are read for it, up to eight levels, and pages repeat the same few word lists on all of them (the test
 * and its copy of the words were most of `isDialogHeading`'s CPU on every fourth wcxb-dev dump). Word lists are short
 * strings shared by the scan's nodes; the table starts over at `MAX_KNOWN_WORDS` entries.
 */
const knownWords = new Map<string, boolean>();
const MAX_KNOWN_WORDS = 4096;

function namesDialog(words: string): boolean {
	let v = knownWords.get(words);
	if (v === undefined) {
		if (knownWords.size >= MAX_KNOWN_WORDS) knownWords.clear();
		v = DIALOG_PART_RE.test(words.replace(PAGE_WRAPPER_RE, ' '));
		knownWords.set(words, v);
	}
	return v;
}
