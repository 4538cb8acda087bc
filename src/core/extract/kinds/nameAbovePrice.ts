// A product named by a lower heading when the page shows no h1: the heading right above the page's first short price line, with a buying control right under the price.
import type { Block, Inline } from '../../model/dumpDocument';
import { type BlockIndex, insideTable, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { BUY_CONTROL_RE } from './buyBox';
import { isInFacetPanel } from './facetPrices';
import { isPriceLine } from './buyBoxAtName';
import { levelOneHeadings } from './productRegion';
import { FOREIGN_BUY_RE } from './shopWordsAbroad';

/** The name heading sits right above its price: brand, rating or a subtitle line may come between. */
export const MAX_BLOCKS_HEADING_TO_PRICE = 3;
/** A price table's cells (a spec or shipping table) are read past, this many of them: a cap on the walks up to a table. */
const MAX_TABLE_PRICES_READ_PAST = 20;
/** Emphasis or spans wrapped around a heading's one link, looked through. */
const MAX_LINK_DEPTH = 4;
/** The cart button or the stock line follows the price at once (a variant picker's lines are not searched past). */
export const MAX_BLOCKS_PRICE_TO_BUY = 3;

/**
 * Whether a page with no visible level-1 heading names its product with a lower one: the page's first short price
 * line (buyBoxAtName.ts `isPriceLine`) outside tables, filter panels and `grid` (the page's grid of priced items,
 * kinds/shopGrid.ts) comes within `MAX_BLOCKS_HEADING_TO_PRICE` text blocks after a heading that is not a link, and
 * a buying line (buyBox.ts `BUY_CONTROL_RE`) within `MAX_BLOCKS_PRICE_TO_BUY` after it. The buy box rules
 * (buyBoxAtName.ts, buyBox.ts) walk from the h1, so a shop whose template prints the product's name as an h2 ("Buy
 * the game" over its price and cart button) had no buy box, and its related items' grid made it a collection. A
 * collection's first card names itself with a heading too, but that heading links to the card's page, and its price
 * lies inside the grid. One walk over the page's blocks, stopped at the first price line: linear.
 * Measured (session 52, wcxb-dev tuning part): it fires on 5 pages of one site, a half-B game store whose product
 * pages print "Buy <game>" as an h2 over the price and the cart button, and on no other page of any kind, as is or
 * declassed. Those pages are read as products by their schema.org microdata first, so no page's score or kind moves
 * on either yardstick. With the microdata's types stripped too (declassed), 3 of them leave collection for product
 * (0.317 → 0.410, 0.451 → 0.476, 0.669 → 0.823; product B +0.006) and no collection moves. One tuning site shows the
 * shape: it is kept as a guard for unseen shops that name their product below an h1-less header.
 */
export function hasBuyBoxUnderHeading(index: BlockIndex, grid?: Block): boolean {
	if (levelOneHeadings(index, 1).length > 0) return false;
	const blocks = index.order.blocks;
	let sinceHeading = Infinity;
	let heading: Block | undefined;
	let tablePrices = 0;
	for (let at = 0; at < blocks.length; at++) {
		const b = blocks[at];
		if (isContainer(b) || b.kind === 'list' || b.kind === 'table' || isInFacetPanel(index, b)) continue;
		const text = collapsedText(b);
		if (text === '') continue;
		if (b.kind === 'heading') {
			heading = isLinkOnly(b) ? undefined : b;
			sinceHeading = 0;
			continue;
		}
		sinceHeading++;
		if (!isPriceLine(text)) continue;
		if (insideTable(index, b)) {
			if (++tablePrices > MAX_TABLE_PRICES_READ_PAST) return false;
			continue;
		}
		if (grid && index.isInside(b, grid)) return false;
		if (heading === undefined || sinceHeading > MAX_BLOCKS_HEADING_TO_PRICE) return false;
		if (BUY_CONTROL_RE.test(text) || FOREIGN_BUY_RE.test(text)) return true;
		return buyLineAfter(index, at);
	}
	return false;
}

/** Whether a buying line lies within `MAX_BLOCKS_PRICE_TO_BUY` text blocks after the block at `from`. */
function buyLineAfter(index: BlockIndex, from: number): boolean {
	const blocks = index.order.blocks;
	let seen = 0;
	for (let at = from + 1; at < blocks.length && seen < MAX_BLOCKS_PRICE_TO_BUY; at++) {
		const b = blocks[at];
		if (isContainer(b) || b.kind === 'list') continue;
		const text = collapsedText(b);
		if (text === '') continue;
		seen++;
		if (BUY_CONTROL_RE.test(text) || FOREIGN_BUY_RE.test(text)) return true;
	}
	return false;
}

/** A heading whose whole text is one link (emphasis around it aside): a card's title pointing to its own page, not the page's name. */
function isLinkOnly(b: Block): boolean {
	if (b.kind !== 'heading') return false;
	let inlines: readonly Inline[] = b.content;
	for (let depth = 0; depth < MAX_LINK_DEPTH; depth++) {
		const parts = inlines.filter((n) => !(n.kind === 'text' && n.value.trim() === '') && n.kind !== 'softbreak' && n.kind !== 'break');
		if (parts.length !== 1) return false;
		const n = parts[0];
		if (n.kind === 'link') return true;
		if (n.kind !== 'emphasis' && n.kind !== 'span') return false;
		inlines = n.children;
	}
	return false;
}
