// A product's own section label near its name ("Specifications", "Product details", "Ingredients"): a second sign of one product's page, independent of its price.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { isInFacetPanel } from './facetPrices';
import { MAX_NAMES_TRIED } from './buyBoxAtName';
import { nameAnchors } from './nameLines';

/**
 * Text blocks after the h1 searched for the label: the buy box (brand, rating, price, variants, quantity, cart; a
 * marketplace's key-facts table) comes first, and the description's or specifications' tab or heading right after it.
 */
export const MAX_BLOCKS_TO_SECTION = 30;
/** A label is short: a longer line that opens with "Description" is a sentence. */
const MAX_LABEL_CHARS = 40;

/**
 * The whole text of a label naming one item's own data: its description, specifications, details, ingredients, box
 * contents, fit, care or use, alone or two joined ("Nutrition & Ingredients", "Description and Specs"). Not
 * "Features" or "Overview" (a landing page's sections), nor "Materials" or "Dimensions" (a category's filters).
 */
const ITEM_LABEL = String.raw`(?:(?:full |product |item |technical |tech |key )?(?:description|details|specifications?|specs)|ingredients|nutrition(?: facts| information| info)?|about (?:this|the) (?:item|product)|what'?s in the box|in the box|size (?:&|and) fit|care(?: instructions| guide)?|how to use)`;
export const PRODUCT_SECTION_LABEL_RE = new RegExp(String.raw`^${ITEM_LABEL}(?:\s*(?:&|and|\+|/)\s*${ITEM_LABEL})?\s*:?$`, 'i');

/**
 * Whether a product section's label (`PRODUCT_SECTION_LABEL_RE`, the whole text of a heading or a short line: a tab)
 * lies within `MAX_BLOCKS_TO_SECTION` text blocks after one of the page's first level-1 headings, outside `grid` (the
 * page's grid of priced items: a card's "Details" link is the card's) and outside filter panels. A category's h1 is
 * followed by its intro, its filters and its cards, none of which is labelled as one item's description or
 * specifications; a product's name is followed by its buy box, then its description and specifications, so the label
 * holds when the price is missing, moved or unreadable. One walk of at most `MAX_BLOCKS_TO_SECTION` text blocks per
 * h1 tried: linear. Asked by kinds/detect.ts beside the price, the buy box and the rating at the name, where a grid of
 * priced items would make the page a collection.
 *
 * Census (session 55, wcxb-dev tuning part, no grid): a label within the window on 26 of 69 products (25 declassed),
 * 0 of 70 collections, 0 listings and forums, 7 articles, 4 documentation pages and 1 service page (those reach no
 * grid branch and are not asked). Measured (tuning part, word F1): as is and declassed, no page's F1 or kind moves
 * (product 0.774 and 0.743; the pages it fires on are products by their price or class words already). Perturbation
 * proxy (declassed, shop profiles removed, six neutral lines inserted under the h1 or the first price line under it
 * removed; 69 products, 70 collections): gap product 0.719 → 0.726 (A 0.700 → 0.721, B 0.729 → 0.729; products
 * found 50 → 52: a meal shake 0.63 → 0.78 and an out-of-stock marketplace item 0.34 → 0.69 were collections), price
 * removed 0.738 → 0.740 (A 0.730 → 0.736; 52 → 53); collections unchanged under every proxy (4 of 70 read as products).
 */
export function hasProductSectionAtName(index: BlockIndex, grid?: Block): boolean {
	for (const name of nameAnchors(index, MAX_NAMES_TRIED)) if (sectionLabelAfter(index, name, grid) !== undefined) return true;
	return false;
}

/** The first product section label within `MAX_BLOCKS_TO_SECTION` text blocks after `name`, outside `grid`, or undefined. */
export function sectionLabelAfter(index: BlockIndex, name: Block, grid: Block | undefined): Block | undefined {
	const from = index.order.get(name) ?? 0;
	const blocks = index.order.blocks;
	let seen = 0;
	for (let at = from + 1; at < blocks.length; at++) {
		const b = blocks[at];
		if (isContainer(b) || b.kind === 'list' || b.kind === 'table') continue;
		const text = collapsedText(b);
		if (text === '') continue;
		if (++seen > MAX_BLOCKS_TO_SECTION) return undefined;
		if (text.length > MAX_LABEL_CHARS || !PRODUCT_SECTION_LABEL_RE.test(text)) continue;
		if (isInFacetPanel(index, b) || (grid && index.isInside(b, grid))) continue;
		return b;
	}
	return undefined;
}
