// A shop's grid of products: the most priced items in one list or one group of sibling cards, outside shop chrome.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { blockText, collapse } from '../inlineText';
import { insideChrome } from './productRegion';
import { hasPrice } from './priceReader';
import type { PageSignals } from './signals';

/**
 * A list needs more priced items than a group of cards to be a grid: a product page's own price lists (variants,
 * bulk tiers, bundles) reach six or seven items. Tuning part, product and collection pages detected as their kind:
 * 35/69 and 37/70 with sibling cards only; with lists too, at 4 items 29/69 and 51/70, at 8 items 34/69 and 46/70;
 * the F1 of both kinds moves by less than 0.002. Recommendation cards in shop chrome no longer count either.
 */
export const MIN_PRICED_LIST_ITEMS = 8;

/** A grid item is short: a name, a line, a price. A longer list item is a section of text that names a price. */
const MAX_ITEM_CHARS = 400;

/**
 * Whether a grid item's text names a price: the one price reader of cards and pages (priceReader.ts `hasPrice`). Until
 * session 53 the cards had a reader of their own (`CARD_PRICE_RE`: "29€", "1 299 kr", "49 zł", "120 lei", "kr 299",
 * "CHF 49") beside the page's `PRICE_RE`; priceReader.ts reads both sets of forms, with the page's guards, so codes
 * glued to letters or numbers ("KR800", "kr4ylk" in a link) and feet ("6 Ft") are no card's price any more.
 */
export function hasCardPrice(text: string): boolean {
	return hasPrice(text);
}

/**
 * A collection of a few products (a small category, a new range) is a short list whose every item is a product's
 * card: a short text with a price, a link and a picture. A product page's own short lists (variants, bulk tiers,
 * bundles) lack the link or the picture, and its recommendation rails sit in shop chrome. Such a list makes a grid only
 * beside the collection's toolbar (`LISTING_TEXT_RE`: sort, filter, a count of items), which a product page lacks.
 * Tuning part of wcxb-dev: 4 annotated collections and 5 product pages hold such a list outside shop chrome; the
 * toolbar words leave the 5 products out.
 */
export const MIN_SMALL_GRID_ITEMS = 2;

/** A grid of priced items: the container of its cards, or its list, and how many of its items name a price. */
export interface ShopGrid {
	readonly block: Block;
	readonly pricedItems: number;
	/** A short list of product cards beside a collection's toolbar (`MIN_SMALL_GRID_ITEMS`), not a grid of its own size. */
	readonly small?: boolean;
}

/**
 * The page's largest grid of priced cards, or its largest list when that has at least `MIN_PRICED_LIST_ITEMS`
 * priced items. A collection's grid is often a list (pandoc drops the classes of `<li>` cards, so they never form
 * a group of sibling containers), and a product page's priced cards are its recommendations, which sit in shop
 * chrome (productRegion.ts) and do not count. Cards at the top level of the dump have no block of their own.
 */
export function shopGrid(index: BlockIndex, signals: PageSignals, chrome: ReadonlyMap<Block, string>): ShopGrid | undefined {
	// Kind detection and three collection heuristics ask for the grid of the same page with the same signals and chrome.
	const known = gridOf.get(index);
	if (known && known.signals === signals && known.chrome === chrome) return known.grid;
	const grid = findShopGrid(index, signals, chrome);
	gridOf.set(index, { signals, chrome, grid });
	return grid;
}

/** The grid found for a page, with the signals and chrome it was found with (`shopGrid`). */
const gridOf = new WeakMap<BlockIndex, { readonly signals: PageSignals; readonly chrome: ReadonlyMap<Block, string>; readonly grid: ShopGrid | undefined }>();

function findShopGrid(index: BlockIndex, signals: PageSignals, chrome: ReadonlyMap<Block, string>): ShopGrid | undefined {
	let best: ShopGrid | undefined;
	const cards = signals.cards;
	if (cards && cards.pricedItems > 0 && !insideChrome(index, cards.items[0], chrome)) best = { block: index.parent.get(cards.items[0]) ?? cards.items[0], pricedItems: cards.pricedItems };
	for (const b of index.order.keys()) {
		if (b.kind !== 'list' || b.items.length <= (best?.pricedItems ?? 0) || b.items.length < MIN_PRICED_LIST_ITEMS) continue;
		let n = 0;
		for (const it of b.items) {
			const text = collapse(it.children.map((c) => blockText(c)).join(' '));
			if (text.length <= MAX_ITEM_CHARS && hasCardPrice(text)) n++;
		}
		if (n > (best?.pricedItems ?? 0) && n >= MIN_PRICED_LIST_ITEMS && !insideChrome(index, b, chrome)) best = { block: b, pricedItems: n };
	}
	// A few cards beside the toolbar outnumber a group of sections of which one names a price.
	const small = signals.listingWords > 0 && (best?.pricedItems ?? 0) < MIN_PRICED_LIST_ITEMS ? smallGrid(index, chrome) : undefined;
	return small && small.pricedItems > (best?.pricedItems ?? 0) ? small : best;
}

/** Whether a list item is a product's card: short, with a price, a link and a picture. */
function isProductCard(index: BlockIndex, children: readonly Block[]): boolean {
	const text = collapse(children.map((c) => blockText(c)).join(' '));
	if (text.length > MAX_ITEM_CHARS || !hasCardPrice(text)) return false;
	let links = 0;
	let images = 0;
	for (const c of children) {
		const s = index.statsOf(c);
		links += s.linkChars;
		images += s.images;
	}
	return links > 0 && images > 0;
}

/**
 * The first list, outside shop chrome, of at most `MIN_PRICED_LIST_ITEMS` items with at least `MIN_SMALL_GRID_ITEMS`
 * product cards, every item but one a card (a grid's promotion tile sits among its cards). The first: the shop's rails
 * of featured products follow the collection's own cards.
 */
function smallGrid(index: BlockIndex, chrome: ReadonlyMap<Block, string>, skip?: Block): ShopGrid | undefined {
	for (const b of index.order.keys()) {
		if (b === skip || b.kind !== 'list' || b.items.length < MIN_SMALL_GRID_ITEMS || b.items.length > MIN_PRICED_LIST_ITEMS) continue;
		let cards = 0;
		for (const it of b.items) if (isProductCard(index, it.children)) cards++;
		if (cards < MIN_SMALL_GRID_ITEMS || cards < b.items.length - 1 || cards >= MIN_PRICED_LIST_ITEMS) continue;
		if (!insideChrome(index, b, chrome)) return { block: b, pricedItems: cards, small: true };
	}
	return undefined;
}

/**
 * Whether the page holds a short list of product cards (`smallGrid`) besides `grid`'s own: a page of several such
 * lists is a shop's ranges side by side, whose first list is not the collection (kinds/gridSection.ts). One more pass
 * over the page's lists, as `smallGrid` makes.
 */
export function hasOtherSmallGrid(index: BlockIndex, chrome: ReadonlyMap<Block, string>, grid: ShopGrid): boolean {
	return smallGrid(index, chrome, grid.block) !== undefined;
}

/** The number of priced items in the page's grid (`shopGrid`), 0 without one. */
export function shopGridItems(index: BlockIndex, signals: PageSignals, chrome: ReadonlyMap<Block, string>): number {
	return shopGrid(index, signals, chrome)?.pricedItems ?? 0;
}
