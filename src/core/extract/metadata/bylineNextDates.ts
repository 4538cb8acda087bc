// A date right beside the reported byline ("[Jane Doe](/author/jane/)" then "30 January 2025") is the byline's dateline, over dates of teasers near the title.
import type { MetadataScan, MNode } from './scan';

/**
 * What a date just before or after the reported byline adds to its score: the same as a date inside the byline's own
 * text (`BYLINE_OWN_DATE_BONUS`), enough to pass a teaser's bare date near the title (a "popular posts" strip above the
 * headline: 35 against the dateline's 28 when the dateline is not a bare date), not enough to pass a labelled or
 * date-named element, an itemprop or a platform profile.
 */
export const BYLINE_NEXT_DATE_BONUS = 10;

/**
 * How close, in source characters without inline data (`MetadataScan.gap`), the date must be: the markup of the next
 * line of an author block (a closing span and a new div), not the next paragraph of text.
 */
const BYLINE_NEXT_CHARS = 300;

/**
 * Reason: themes print the writer and the date as neighbours in one meta block ("By [Jane Doe](/author/jane/)" then
 * "30 January 2025 / 23:07 GMT", or "Dec 18, 2025 · [Jane Doe]"), each in an element of its own, so the date is not
 * inside the byline's text (`bylineOwnDates.ts`). Read class-free, such a dateline was one of several dates near the
 * title, and a strip of teasers above the headline (each a bare date, the dateline glued to its time) outscored it.
 * Only the byline that gave the reported author counts (`metadata.ts` passes it only when it was read near the title,
 * not an author box far below); a date inside the byline is `bylineOwnDates.ts`' and a container holding both is
 * neither; a date before the byline with the headline between them is a teaser's above the headline.
 *
 * Measured on the wcxb-dev tuning part (1,054 pages, session 44, meta49; after `archiveDateLinks.ts`): declassed
 * published right 402 -> 405 of 561 (half A 196 -> 197, half B 206 -> 208), where none 16 -> 16; as is 415 -> 416 (half
 * B), where none 9 -> 9; body F1 unchanged on both yardsticks. Without the headline test, a teaser's date just above
 * the title and within reach of a byline just under it took the bonus (the unit test's first case).
 */
export function besideByline(s: MetadataScan, n: MNode, byline: MNode | undefined): boolean {
	if (!byline) return false;
	if (n.start >= byline.end) return s.gap(byline.end, n.start) <= BYLINE_NEXT_CHARS;
	// A date before the byline with the title between them is above the headline (a teaser's), not the byline's.
	const title = s.titleNode;
	if (n.end <= byline.start) return s.gap(n.end, byline.start) <= BYLINE_NEXT_CHARS && !(title && n.end <= title.start && title.start < byline.start);
	return false;
}
