// On a page spread over many sections, a group of teaser cards found by shape counts by its weight: a small one is a rail, a large one is the feed.
import type { Attempt } from '../blockIndex';
import { SHAPE_CARDS_SIGNATURE } from './cardGroup';
import type { RepeatedGroup } from './signals';

/**
 * On a spread-out page, a shape group (cardGroup.ts) under this share of the page read whole is a rail beside the
 * page's own sections, not its items: an article's resource list of seven linked titles, a landing page's row of
 * stories. Twice cardGroup.ts `MIN_PAGE_SHARE`, the floor for any page. With every token unique, the spread pages that
 * the `cards` rule made listings hold 0.13 and 0.18 (two articles) against 0.22 to 0.61 (four listings; half A's
 * listings 0.33 and 0.61).
 */
export const MIN_SPREAD_SHARE = 0.2;

/**
 * On a spread-out page, a shape group holding this share of the page read whole is the page's feed, before its
 * headings make it a landing page of sections (detect.ts `headed sections`): a feed of five or six cards, each with a
 * heading, is as "spread" as a landing page. With every token unique, the tuning part's landing pages read by their
 * headed sections hold shape groups of 0.14 to 0.19 of the page; a half-A listing with its feed cut to five cards
 * holds 0.50 and was read as a landing page.
 */
export const MIN_SPREAD_FEED_SHARE = 0.4;

/** The share of the page read whole that a shape group holds; undefined for a group found by a class word. */
function shapeShare(cards: RepeatedGroup, whole: Attempt): number | undefined {
	if (cards.signature !== SHAPE_CARDS_SIGNATURE || whole.chars <= 0) return undefined;
	return cards.chars / whole.chars;
}

/**
 * Whether a spread-out page's shape group is too small to make the page a listing (`MIN_SPREAD_SHARE`). Class groups
 * are left to their own rules (cardsInChrome.ts).
 *
 * Why: session 57's shape groups made two spread-out articles listings (one in each half), and a feed cut to five
 * cards (a half-A listing, a perturbation) was read as a landing page. Measured with `isSpreadFeed` (session 58, tuning
 * part, 1,054 pages, word F1): every token unique, profiles off, article 0.94563 -> 0.94584 (half A 0.9458 -> 0.9458,
 * half B 0.9455 -> 0.9459: an article's resource list 0.864 -> 0.980; a half-A article 0.840 -> 0.843), all 0.88550 ->
 * 0.88561, no page down, no other kind moves; declassed and as is: no page moves.
 */
export function isSmallSpreadGroup(cards: RepeatedGroup, whole: Attempt): boolean {
	const share = shapeShare(cards, whole);
	return share !== undefined && share < MIN_SPREAD_SHARE;
}

/** Whether a spread-out page's shape group holds enough of it to be its feed (`MIN_SPREAD_FEED_SHARE`). */
export function isSpreadFeed(cards: RepeatedGroup, whole: Attempt): boolean {
	const share = shapeShare(cards, whole);
	return share !== undefined && share >= MIN_SPREAD_FEED_SHARE;
}
