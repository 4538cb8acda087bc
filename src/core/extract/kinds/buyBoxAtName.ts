// A buy box at the product's name: a price within a few lines after the page's h1, with no heading between, makes the page one product.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, isContainer } from '../blockIndex';
import { attrValue, collapsedText } from '../inlineText';
import { isInFacetPanel } from './facetPrices';
import { nameAnchors } from './nameLines';
import { PRICE_RE } from './signals';

/**
 * A product page puts its price right under its name (name, maybe brand and rating, price, cart); a collection's h1
 * names a category, and its first price comes after a description, filters and a card's own heading. Text blocks
 * after the h1 searched for the price: on the wcxb-dev tuning part, 32 of 69 product pages have a price within
 * 15 blocks and no heading before it, against 4 of 70 collections, all four decided by their priced cards; at 5
 * blocks no collection decided by its count of prices has one. Used against a grid of priced cards as well (a shop
 * platform's or any): kind agreement on the tuning part 725 → 729 of 1054 (four product pages, no collection lost),
 * product F1 0.623 → 0.624 (0590 0.34 → 0.47, 0600 0.67 → 0.69, 0589 0.64 → 0.57).
 */
export const MAX_BLOCKS_TO_PRICE = 5;
/** A price line is short: a longer line naming a price is a sentence ("Free shipping on orders over $75 …"). */
const MAX_PRICE_LINE_CHARS = 80;

/**
 * Whether the page's product heading (productRegion.ts) is followed by a price before any other heading (its subtitle
 * is read past, `isSubtitle`; a price container's label counts, `containerLabel`). A price
 * inside `grid` (the page's grid of priced items, kinds/shopGrid.ts) is its first card's, not a buy box: a category
 * whose cards are named by links rather than headings puts a card's price right under its h1 (the fixture
 * collection-cards-named-by-links.txt was read as a product). No page of the wcxb-dev tuning part changes.
 * Session 24 ablation (off; tuning part): fires on 4 half-A and 7 half-B pages; off, half A product 0.7537 -> 0.7530
 * (one page leaves product), half B two products leave their kind (to collection, listing) and one service page
 * read as a product either way moves 0.818 -> 0.838: kept for the kinds.
 */
export function hasBuyBoxAtName(index: BlockIndex, grid?: Block): boolean {
	return isLineAtName(index, MAX_BLOCKS_TO_PRICE, grid, isPriceLine, true);
}

/** A short line naming a price ("$19.99", "current price $116.97, original price $145"). */
export function isPriceLine(text: string): boolean {
	PRICE_RE.lastIndex = 0;
	return text.length <= MAX_PRICE_LINE_CHARS && PRICE_RE.test(text);
}

/**
 * A container's accessible label, read as a line of its own by the price at the name: a shop that draws its price in
 * spans hidden from screen readers (`aria-hidden`, which the dump's text leaves out) reads it aloud from the price's
 * container (`aria-label="current price $116.97, original price $145"`). An attribute, not a class word: it reads the
 * same on any shop. On the tuning part, price labels on containers appear on 13 pages: 11 products, 2 collections
 * (both stay collections).
 * Measured with the subtitle below (session 44, wcxb-dev tuning part, word F1): declassed one half-B sports shoe, read
 * as a listing by its five cards, is a product, 0.50 → 0.62; as is unchanged (its class words made it a product).
 */
export function containerLabel(b: Block): string | undefined {
	return isContainer(b) ? attrValue(divAttrParts(b), 'aria-label') : undefined;
}

/**
 * Whether `b`, the first text block after the name, is the name's subtitle ("Women's Trail Shoes" under "Ridge
 * Runner 3"), read past by the price at the name (it counts in the window): a heading with no link that closes the
 * name's own box, a title group holding the name and its subtitle and nothing after them. A collection's first card
 * names itself with a heading too, but that heading links to the card's product page; a section heading under the
 * name ("## Membership") stands beside the name, not in a box of its own with it.
 */
function isSubtitle(index: BlockIndex, name: Block, b: Block): boolean {
	if (b.kind !== 'heading' || index.statsOf(b).linkChars > 0) return false;
	const group = index.parent.get(name);
	return group !== undefined && isContainer(group) && index.parent.get(b) === group && group.children[group.children.length - 1] === b;
}

/**
 * Level-1 headings tried as the product's name, in page order. A marketplace prints a widget's title as an h1 before
 * the product's own ("Follow the author" over a book's title), and the walk from that one meets the next h1 before any
 * price or rating. Three: the widget's, the name's, and one spare; a collection's h1s name categories, and a price or
 * rating must still follow one of them within the window, outside the grid. A hidden h1 is not tried (a page hidden
 * whole has its own path, kinds/wholePage.ts).
 * Measured (wcxb-dev tuning part, word F1; session 43): declassed all 0.87777 → 0.87808 (A 0.87898 → 0.87964,
 * B unchanged), product 0.66597 → 0.67071 (A 0.68223 → 0.69647): one marketplace book whose author widget's h1
 * came first, read as a collection by its carousels' prices, is a product, 0.32 → 0.65; no other page moves, kind
 * agreement 840 → 841. As is every page unchanged (its class words made it a product already).
 */
export const MAX_NAMES_TRIED = 3;

/**
 * Whether one of the first `window` text blocks after one of the page's first level-1 headings (productRegion.ts
 * `levelOneHeadings`, `MAX_NAMES_TRIED`), before any other heading, is a line `wanted` picks and lies outside `grid`.
 * Lines of a filter panel (kinds/facetPrices.ts: its price bounds, its star filters) are skipped. With `labels`, a
 * container's aria-label is a line too and a subtitle heading right after the name is read past (the price only). Shared by the price
 * at the name and the rating at the name (ratingAtName.ts).
 */
export function isLineAtName(index: BlockIndex, window: number, grid: Block | undefined, wanted: (text: string) => boolean, labels = false): boolean {
	for (const name of nameAnchors(index, MAX_NAMES_TRIED)) if (isLineAfter(index, name, window, grid, wanted, labels)) return true;
	return false;
}

/** Whether one of the first `window` text blocks after `name`, before any other heading, is a line `wanted` picks, outside `grid`. */
function isLineAfter(index: BlockIndex, name: Block, window: number, grid: Block | undefined, wanted: (text: string) => boolean, labels: boolean): boolean {
	const from = index.order.get(name) ?? 0;
	let seen = 0;
	// An indexed walk from the block after `from` (an entry array a step was 3% of extraction's allocations).
	const blocks = index.order.blocks;
	for (let at = from + 1; at < blocks.length; at++) {
		const b = blocks[at];
		if (labels) {
			const label = containerLabel(b);
			if (label !== undefined && wanted(label) && !isInFacetPanel(index, b)) return !grid || !index.isInside(b, grid);
		}
		if (isContainer(b) || b.kind === 'list') continue;
		if (isInFacetPanel(index, b)) continue;
		const text = collapsedText(b);
		if (text === '') continue;
		if (labels && seen === 0 && isSubtitle(index, name, b)) {
			seen++;
			continue;
		}
		if (b.kind === 'heading' || ++seen > window) return false;
		if (wanted(text)) return !grid || !index.isInside(b, grid);
	}
	return false;
}
