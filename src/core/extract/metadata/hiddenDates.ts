// A plain date in an element hidden from readers (`hidden`, `aria-hidden="true"`, `display:none`), read only for its place near the title: a menu's or a render stamp's date, not the page's.
import type { MNode } from './scan';

/**
 * Reason: a date with no markup of its own (no date class, no itemprop, no label, no byline box) is taken for the
 * page's only because it sits near the title. A reader never sees a hidden one, and the page's own dateline is shown:
 * what pages hide near their top is a closed menu's "Today's hours: March 14, 2026", a server's render stamp
 * ("Thu, 18 Dec 2025 02:27:53 GMT") or a collapsed panel's teasers. Hidden dates that carry their own evidence (a date
 * class, an itemprop, a machine `datetime`, a label) are still read: search engines' copies of the dateline are hidden
 * that way, and `snippetCopies.ts` judges them. Whether an element is hidden is read from standard attributes, so the
 * rule holds without any class word.
 * Measured on the wcxb-dev tuning part (cached regions, `scripts/metaTune.ts`), session 48 (meta53): declassed
 * (EVAL_DECLASS=all) published reported where the truth has none 16 -> 14 of 493 (a news station's listing, half A; a
 * garden's article with a hidden menu, half B), right unchanged (411 of 561); as is unchanged (417, 9).
 */
export function isUnseenPlainDate(n: MNode, marked: boolean): boolean {
	return n.hidden && !marked;
}
