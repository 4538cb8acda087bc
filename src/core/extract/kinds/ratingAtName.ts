// A rating at the product's name: a star-rating summary within a few lines after the page's h1, with no heading between, makes the page one product.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { isLineAtName } from './buyBoxAtName';
import { isReviewLine } from './reviewWidgets';

/**
 * A product page prints its rating summary right under its name ("4.5 out of 5 stars (10)", "★★★★★"), before or
 * instead of its price: a marketplace item that is "Currently unavailable" has no price at its name at all, and its
 * sponsored carousels, "related items" and offers print thirty prices below, which made it a collection (the
 * `prices` rule of kinds/detect.ts) once its class words were gone. A collection's h1 names a category; its first
 * rating comes inside a card, after that card's own heading, or inside the grid of priced items, which does not
 * count. Text blocks after the h1 searched: as many as for the price at the name (buyBoxAtName.ts).
 * Tuning part of wcxb-dev, declassed (EVAL_DECLASS=all): a rating within 5 text blocks of the h1, no heading between,
 * on 4 pages, all products (two already products by their cart words, one by schema.org; one, half A, read as a
 * collection by its 30 prices); within 15 blocks with headings let through, still no page of another kind. As is the
 * same. Measured (wcxb-dev tuning part, word F1, where kinds/detect.ts asks it beside the price at the name, against a
 * grid or a page of prices): declassed, all 0.87530 → 0.87566 (A 0.87715 → 0.87778, B 0.87363 → 0.87376), product
 * 0.65976 → 0.66535 (A 0.66859 → 0.68223, B 0.65535 → 0.65690): two marketplace items read as collections become
 * products, 0.34 → 0.65 (A) and 0.24 → 0.31 (B; its vote count "(44,754)" is grouped, `GROUPED_COUNT_RE`); no page
 * of any kind down. As is unchanged (all 0.90324, product 0.75393): class words made those pages products already.
 */
export const MAX_BLOCKS_TO_RATING = 5;

/** A rating's count of votes written with thousands separators ("(146,980)"), which the review-line pattern reads as digits only. */
export const GROUPED_COUNT_RE = /\s*\(\d{1,3}(?:[.,\s]\d{3}){1,4}\)$/;

/**
 * Whether a review line (kinds/reviewWidgets.ts `isReviewLine`: a star rating) follows the page's product heading
 * (productRegion.ts) within `MAX_BLOCKS_TO_RATING` text blocks, before any other heading. A rating inside `grid`
 * (the page's grid of priced items, kinds/shopGrid.ts) is a card's, not the product's; a filter panel's star filter is
 * no rating (the walk is buyBoxAtName.ts `isLineAtName`).
 */
export function hasRatingAtName(index: BlockIndex, grid?: Block): boolean {
	return isLineAtName(index, MAX_BLOCKS_TO_RATING, grid, (text) => isReviewLine(text.replace(GROUPED_COUNT_RE, '')));
}
