// A date written inside the very byline that gave the page's author ("by Alphabyte1: 3:21pm On Mar 09, 2023") is the page's date.
import type { MNode } from './scan';

/**
 * What a date inside the reported byline's own text adds to its score. Half of a near-title bonus (`WEIGHT.nearTitle`):
 * enough to pass a date-named element elsewhere on the page that the author's line does not hold (a later post's
 * `js-posttime-created` stamp on a forum thread: class-like 47 against the byline's 40), not enough to pass an
 * itemprop, a platform profile or a labelled date (`:label`, +5 and an element's own date class).
 */
export const BYLINE_OWN_DATE_BONUS = 10;

/**
 * Reason: the byline the page's author was read from names the writer and, often, when they wrote ("Posted by X on
 * <date>", "by X: 3:21pm On Mar 09, 2023"). On a forum thread whose first post's line carries no date class while a
 * later post's does (a reply whose stamp is marked up because it was edited), the later post's class-named date
 * outscored the first post's own dateline, and the thread got its reply's date. A date inside the byline node gets
 * `BYLINE_OWN_DATE_BONUS`. Only the byline that gave the reported author counts (`metadata.ts` passes it only when it
 * was read near the title, not an author box far below).
 *
 * Measured on the wcxb-dev tuning part (cached regions): published right half A 202 -> 203 of 265 (a forum thread's
 * first post), half B 210 -> 210 of 296; reported where the truth has none unchanged (6 of 233, 4 of 260).
 */
export function inBylineText(n: MNode, byline: MNode | undefined): boolean {
	return byline !== undefined && n.start >= byline.start && n.end <= byline.end;
}
