// A stock line right under the product's name ("Sold out", "Out of stock", "Only 3 left", "Pre-order"): one item's availability, a buying control that stays when the price line is missing.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, insideTable } from '../blockIndex';
import { MAX_NAMES_TRIED } from './buyBoxAtName';
import { isInFacetPanel } from './facetPrices';
import { pastWindow, SHORT_LINE_CHARS, SHORT_LINES_READ_PAST, textBlocksAfter } from './productRegion';
import { nameAnchors } from './nameLines';

/**
 * Text blocks after the h1 searched: the stock line sits in the buy box's first lines (brand, rating, price, stock).
 * A category's stock filter ("In stock", "Low stock", not stock lines here) comes after its intro and sorting lines: on the tuning part of
 * wcxb-dev the nearest one lies 11 text blocks after a category's h1 (as is and declassed).
 */
export const MAX_BLOCKS_TO_STOCK = 5;

/**
 * The whole line of one item's availability when it cannot be bought now, or only a few: not "In stock" or "Low
 * stock", a category's stock filters as well (test/unit/buyControlAtName.test.ts's category has one right under its
 * intro), nor "Available" or "Delivery" alone (a variant's or a filter's word).
 */
export const STOCK_LINE_RE =
	/^(?:sold out|out of stock|only \d{1,4} left(?: in stock)?|pre-?order(?: now)?|back-?order(?:ed)?|currently unavailable|temporarily out of stock)[.!]?$/i;

/**
 * Why (session 59, brief item 2, detection under the `noprice` proxy): a shop whose price line under the name is
 * missing (drawn by a script, unreadable) and whose item is sold out keeps no cart button either: only "Sold out"
 * under its name. Its add-on or "You may also like" cards then made it a collection (a mug shop's item, read as a
 * collection by its 7 unpriced shop cards). A stock line within `MAX_BLOCKS_TO_STOCK` text blocks after one of the
 * first h1s, before any other heading, outside tables (a price list's stock column), facet panels and the grid, counts as
 * the buy box at the name: kinds/detect.ts asks it against a grid beside the price, the cart button and the rating
 * (`boxOutside`), and cardsUnderPrice.ts beside the price over teaser cards.
 * Census (wcxb-dev tuning part, the first 3 h1s): a stock line within 5 text blocks on 6 products (3 of half A, 3 of
 * half B: "Sold out", "Out of stock", "Pre-order", "Back-order") and on no page of another kind, as is, declassed
 * and declassed with the price line removed; the nearest category stock filter lies 11 text blocks down.
 * Measured (wcxb-dev tuning part, word F1): as is and declassed no page's kind or F1 moves (the products it fires on
 * keep their price). Under the `EVAL_PERTURB=noprice` proxy (the price line under the name removed), declassed:
 * product 0.73892 → 0.74057 (A 0.7313 unchanged, B 0.7427 → 0.7452), products found 52 → 53 (a half-B mug, collection →
 * product, 0.846 → 0.959); as is unchanged (57 found); collections unchanged as is and declassed (49 of 70 found).
 * Half A has no product that the proxy turns into another kind, so the window was set by the census above (a
 * category's stock filter 11 blocks down); with six lines inserted under the name too (`gap,noprice`) the stock line
 * lies past the window and nothing moves.
 * Session 60: up to `SHORT_LINES_READ_PAST` short lines (a maker's, colour and item-number lines) are read past free
 * (productRegion.ts `pastWindow`). Under `EVAL_PERTURB=gap,noprice`, declassed: product 0.72275 → 0.72402 (A
 * unchanged, B 0.7252 → 0.7271; the half-B mug, collection → product, 0.763 → 0.850); collections unchanged under
 * `gap` as is and declassed and under `gap,noprice` declassed; as is and declassed no page moves.
 * Linear: one walk of at most `MAX_BLOCKS_TO_STOCK` + `SHORT_LINES_READ_PAST` text blocks per h1 tried.
 */
export function hasStockAtName(index: BlockIndex, grid?: Block): boolean {
	for (const name of nameAnchors(index, MAX_NAMES_TRIED)) if (isStockAfter(index, name, grid)) return true;
	return false;
}

/** Whether a stock line is one of the first `MAX_BLOCKS_TO_STOCK` text blocks after `name`, before any other heading, outside tables, facet panels and `grid`. */
function isStockAfter(index: BlockIndex, name: Block, grid: Block | undefined): boolean {
	let seen = 0;
	let short = 0;
	for (const [b, text] of textBlocksAfter(index, name, MAX_BLOCKS_TO_STOCK + SHORT_LINES_READ_PAST)) {
		if (b.kind === 'heading') return false;
		if (text.length <= SHORT_LINE_CHARS) short++;
		// Short lines are read past up to a count (productRegion.ts `pastWindow`).
		if (pastWindow(++seen, short, MAX_BLOCKS_TO_STOCK)) return false;
		if (!STOCK_LINE_RE.test(text) || isInFacetPanel(index, b) || insideTable(index, b)) continue;
		return !grid || !index.isInside(b, grid);
	}
	return false;
}
