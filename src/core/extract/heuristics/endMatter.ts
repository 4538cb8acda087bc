// End matter: a site's boilerplate lines kept with the article (copyright, syndication credits, tag lines, follow-us and sign-up terms) are not its text.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText } from '../inlineText';

/**
 * Lines a site prints around every article. Measured as lines of the kept text of the 567 article pages of the
 * wcxb-dev tuning part, with disclaimers and affiliate disclosures among them: 57 lines (1069 words) the
 * annotators left out, 13 (362 words) they kept, all 13 disclaimers, disclosures or a heading starting with
 * "Copyright"; so disclaimers and disclosures are left alone, and "copyright" needs a © or a year after it.
 */
export const END_MATTER_RE = new RegExp(
	[
		/^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\) \d{4})/.source,
		/all rights reserved\.?$/.source,
		/^this (?:story|article|post|piece) (?:was|is) (?:originally |first )?(?:written|produced|developed|published|funded|made possible)\b/.source,
		/^the (?:views|opinions) expressed\b/.source,
		/^(?:tags?|tagged|filed under|posted in|categor(?:y|ies))\s*:/.source,
		/^follow (?:us|[\w&.-]+(?: [\w&.-]+)?) on\b/.source,
		/^by (?:signing up|clicking|subscribing|submitting|proceeding)\b/.source,
		/^sign up (?:for|to) (?:our|the)\b.{0,60}\bnewsletter\b/.source,
		/^support [\w .-]{1,40}!/.source,
		/^share this (?:article|story|post)$/.source,
	].join('|'),
	'i',
);
/** Longer paragraphs are the author's, whatever their first words. */
export const END_MATTER_MAX_CHARS = 400;

/** Whether a paragraph's text is a site's boilerplate line. */
export function isEndMatter(text: string): boolean {
	return isCollapsedEndMatter(collapse(text));
}

/** `isEndMatter` of a text already collapsed (`collapsedText`): a long paragraph is turned away by its length, not scanned. */
function isCollapsedEndMatter(t: string): boolean {
	return t.length > 0 && t.length <= END_MATTER_MAX_CHARS && END_MATTER_RE.test(t);
}

/** Drops the kept paragraphs that are boilerplate lines. */
export function dropEndMatter(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return blocks.filter((b) => {
		if (b.kind !== 'paragraph') return true;
		const text = collapsedText(b);
		if (!isCollapsedEndMatter(text)) return true;
		removed.push({ range: b.range, step: 'end-matter', signal: text.length > 40 ? `${text.slice(0, 40)}…` : text });
		return false;
	});
}
