// A byline or date read only for being near the title, with the article's text between them: the text's or a box's after it, not the page's dateline.
import { wordsBetween } from './kindPolicy';
import { isPageKind } from './kindQuestion';
import type { MetadataScan, MNode } from './scan';

/**
 * Words of paragraphs and headings after the title beyond which a line is past the start of the article's text. A
 * page's dateline sits at the headline, at most behind a standfirst, a summary box or a table of contents' headings.
 * Sensitivity on the wcxb-dev tuning part against no bound (right / wrong / wrongly present changed, half A | half B):
 * 75: author -1 right (A), -1 right (B), -1 wrong (B), -1 where none (B); dates -1 right (A), -1 right (B), +2 where
 * none (a listing's later date took the place of its first); 150: author +1 right (A), -1 wrong (B), -1 where none (B),
 * dates unchanged; 300: the same without the where-none one. 150 sits in the middle of the range that costs nothing.
 */
export const DATELINE_BODY_WORDS = 150;

/** Author rules that read a name for its place alone (a "By" line, an author-page link, a name beside a date): no markup says it is the page's. */
const PLACE_ONLY_AUTHOR_RE = /^text:(?:by-line|dateline-name|dateline-by)|^link:author-page/;

/**
 * Whether a node lies after the title with more than DATELINE_BODY_WORDS words of text between them. The title's
 * nearness (NEAR_TITLE_CHARS, 6,000 characters) reaches past the whole text of a short article: a comment's name and
 * date under "3 Comments", a related story's "By Mary Jones · March 3, 2025", a "Recent Posts" date, a footer's
 * "Last updated" were taken for the page's byline and date.
 */
export function pastTheBody(s: MetadataScan, n: MNode): boolean {
	const t = s.titleNode;
	// A thread's poster box may follow the opening post's text: forum pages keep their own rules (`repeatedBylines.ts`).
	if (!t || n.start < t.end || isPageKind(s.context, 'forum')) return false;
	return wordsBetween(s, t, n, DATELINE_BODY_WORDS) > DATELINE_BODY_WORDS && !inOwnEntry(s, n);
}

/**
 * hAtom's and WordPress's entry container (`hentry`, `h-entry`, `type-post`): the post's own meta line may close it
 * ("Tags: … | Monday, August 11th, 2025 at 11:00 am | Categories: …", a classic theme's `postmetadata`). Only the entry
 * that holds the article's text counts: on an index page every teaser is one too.
 */
const ENTRY_RE = /(?:^|\s)(?:hentry|h-entry|type-post)(?:\s|$)/;

/** Whether a node is inside the entry container that holds the start of the article region. */
function inOwnEntry(s: MetadataScan, n: MNode): boolean {
	const at = s.context.region?.start;
	if (at === undefined) return false;
	// Each distinct word list tested once (`MetadataScan.wordTest`): every date and byline candidate past the title walks
	// its ancestors here, and pages repeat the same few class lists (issue 13, session 44).
	for (let p = n.parent; p; p = p.parent) if (s.wordTest(p, ENTRY_RE)) return p.start <= at && at < p.end;
	return false;
}

/** Whether an author candidate is read for its place alone and lies past the body (`pastTheBody`). */
export function placeOnlyPastBody(s: MetadataScan, rule: string, n: MNode | undefined): boolean {
	return n !== undefined && PLACE_ONLY_AUTHOR_RE.test(rule) && pastTheBody(s, n);
}
