// A category of a few priced cards, each linking to its own item, with no buy box under the h1: a collection, not a product, read from its h1 to its cards' end.
import type { Block, Inline } from '../../model/dumpDocument';
import { type Attempt, type BlockIndex, isContainer, isHashLink } from '../blockIndex';
import { childBlocks } from '../../model/blockTree';
import { collapsedChars, collapsedText } from '../inlineText';
import { leavesIn } from './gridSection';
import type { KindContext } from './pageKind';
import { BUY_CONTROL_RE } from './buyBox';
import { isPriceLine } from './buyBoxAtName';
import { isInFacetPanel } from './facetPrices';
import { cardBoxes, cardLines, distinctCards, MIN_CARD_SHARE } from './pricedCardGroup';
import { productHeading } from './productRegion';
import { hasCardPrice, type ShopGrid } from './shopGrid';
import { FOREIGN_BUY_RE } from './shopWordsAbroad';
import { CALL_TO_ACT_RE } from './signals';

/**
 * Cards of a category cut short (a small category, the last page of a larger one): three is the fewest a grid shows
 * in one row; a product page's own buy box holds one price, its variants no linked boxes of their own.
 */
export const MIN_FEW_CARDS = 3;

/**
 * Text blocks read from the h1 to the grid for a price or a buying control: a category's name, its prose and its
 * sort bar fit; past this many the grid is no longer the h1's (a product's related rail far below its description).
 */
const MAX_BLOCKS_TO_GRID = 60;

/** A price line at least this much link text is a link to a price range or an offer, not a product's own price. */
const MIN_LINKED_SHARE = 0.5;

/**
 * Long paragraphs per card past which a few cards are a text's or a product's related items, not a category cut
 * short (whose page is mostly its grid): half proseOverGrid.ts's `MIN_PROSE_PER_PRICED_ITEM`, since a few cards make
 * a weaker grid than many. With every class word made unique and no platform profiles, a half-B product page (its
 * name, 19 long paragraphs of description and guide, and five priced cards of its scents) was read as a collection
 * without this test; the few-card categories the rule is for have 0 to 3.
 */
const MAX_LONG_PARAGRAPHS_PER_CARD = 2;

/** A group of a few priced cards: the container or list that holds them, and how many there are. */
export interface FewCardGroup {
	readonly block: Block;
	readonly cards: number;
}

/**
 * Whether the page is a category showing a few priced cards, read as a product by the rules that take prices and
 * cart words for one item's buy box. Asked by kinds/detect.ts only where no grid rule found a grid. Every test is by
 * structure, none by a class word:
 * - a container or list whose child boxes are at least `MIN_FEW_CARDS` cards (`fewCardGroup`), each short, with a
 *   price line and a link to an item page that no other card of the group links to (a product's editions or
 *   variants link to one page, maybe with the variant in the query, or to none), at least `MIN_CARD_SHARE` of its boxes;
 * - the page's h1 comes before the group, outside it, and no card repeats its text (a product's name is its own);
 * - no price line and no buying control between the h1 and the group (`isBareName`): a product's buy box sits there,
 *   its related items come after;
 * - `hasBuyBox(group)`: detect.ts's buy-box tests with the group as the grid find nothing;
 * - fewer than `MAX_LONG_PARAGRAPHS_PER_CARD` long paragraphs per card.
 * Why: a category cut to three cards (coll59's `fewer` proxy, half B 0.76 → 0.51) lost its grid rules (four or more
 * priced cards, eight prices) and fell to "cart words N, prices M" or a shop platform's product fallback.
 * Measured (session 60, wcxb-dev tuning part, word F1): as is, declassed and with unique classes and no profiles alike,
 * collection 0.8378 -> 0.8389 (0.8244 -> 0.8255, 0.8037 -> 0.8048): one half-A category read as a landing page is a
 * collection, 0.61 -> 0.68; no other page moves, half B unchanged, metadata unchanged. On the `fewer` proxy (the 25
 * tuning collections cut to three cards) half B 0.507 -> 0.541 as is (two categories of a projector shop and a clothes
 * shop, 0.37 -> 0.68 and 0.67 -> 0.88), 0.518 -> 0.543 declassed; half A unchanged as is, one maker's market
 * 0.648 -> 0.513 declassed (now a collection as annotated, but the collection read keeps its menus).
 * Linear: each container's and list's children are read once, a card's lines are read as pricedCardGroup.ts reads them (`cardLines`, bounded), and
 * the walk from the h1 after `MAX_BLOCKS_TO_GRID` text blocks.
 */
export function isFewCardCategory(index: BlockIndex, longParagraphs: number, hasBuyBox: (grid: Block) => boolean): FewCardGroup | undefined {
	const name = productHeading(index);
	if (!name) return undefined;
	const group = fewCardGroup(index, collapsedText(name));
	if (!group || longParagraphs >= MAX_LONG_PARAGRAPHS_PER_CARD * group.cards) return undefined;
	const at = index.order.get(name) ?? 0;
	if ((index.order.get(group.block) ?? 0) < at || index.isInside(name, group.block)) return undefined;
	if (!isBareName(index, at, group.block) || hasBuyBox(group.block)) return undefined;
	chosen.set(index, group);
	return group;
}

/** The group `isFewCardCategory` read a page as a collection by, for the collection's own reading (`fewCardGrid`). */
const chosen = new WeakMap<BlockIndex, FewCardGroup>();
/** The grid `fewCardGrid` gave a page, found once (the collection's steps each ask for their grid). */
const gridOf = new WeakMap<BlockIndex, { readonly grid: ShopGrid | undefined }>();

/**
 * The cards must be the page's main priced run: fewer price lines outside them than cards (a promotion's "Get $10 off"
 * aside). A second run of priced items (a cart drawer's upsells, a rail of picks) makes the group one priced run of
 * several, and the collection keeps its own read. Linked price lines ("Gifts under $50") and filter panels aside.
 */
const MAX_OUTSIDE_PRICE_LINES_PER_CARD = 1;

/**
 * The grid of a page kind detection read as a collection by its few priced cards (`isFewCardCategory`), for the
 * collection strategy (collectionGrid.ts), when the cards are the page's main priced run (`MAX_OUTSIDE_PRICE_LINES_PER_CARD`); else undefined. The
 * collection's grid rules look for a class word shared by the cards, a list of eight priced items or six cards (shopGrid.ts,
 * collectionGrid.ts, pricedCardGroup.ts): a category of three or four cards whose classes say nothing has none, and
 * its read kept the page's menus and footer around the cards. With this group as its grid, the collection reads the
 * h1, the prose above the group and the group, and ends at the group's end (introAboveGrid.ts, gridEnd.ts).
 * Only where detection chose the collection by this rule: a page read as a collection by its prices or a platform
 * keeps its own read (the lead's first form, this group as a grid wherever the collection found none, lost a half-B
 * tuning page declassed). Such a page is no feed of teasers either: collection.ts reads it as a collection, not
 * through the listing (unpricedGrid.ts), and from its h1 to its cards' end (`fewCardRead`).
 * Measured (session 61, wcxb-dev tuning part, word F1): collection 0.83892 -> 0.83945 as is, 0.82551 -> 0.82606
 * declassed, 0.80480 -> 0.80535 with unique classes and no profiles (one half-A big-box category 0.68 -> 0.72 on all
 * three), listing 0.75392 -> 0.76352 unique (a half-A listing of priced items detected by its few cards, read as a
 * feed of its menus, 0.16 -> 0.85); half B, metadata and kind detection unchanged, no page down. On coll59's `fewer`
 * proxy (the 25 tuning collections cut to three cards): 0.6641 -> 0.6667 as is (half B 0.5410 -> 0.5459),
 * 0.6415 -> 0.6580 declassed (half B equal; a half-A maker's market 0.51 -> 0.93), 0.6345 -> 0.6593 unique (half B
 * 0.5312 -> 0.5451), no page down. Without `MAX_OUTSIDE_PRICE_LINES_PER_CARD` a half-B wallet shop's category (a
 * cart drawer of 18 priced upsells above its h1) gains as is, 0.54 -> 0.68, and loses declassed, 0.76 -> 0.64.
 */
export function fewCardGrid(index: BlockIndex): ShopGrid | undefined {
	const known = gridOf.get(index);
	if (known) return known.grid;
	const group = chosen.get(index);
	const grid = group && isMainPricedRun(index, group) ? { block: group.block, pricedItems: group.cards } : undefined;
	gridOf.set(index, { grid });
	return grid;
}

/**
 * The read of a page kind detection named a collection by its few priced cards (`fewCardGrid`): the whole page's
 * blocks from the h1 to the group's end, so the h1, the category's prose above the cards and the cards, without the
 * menus above the h1 and the footer below the cards; undefined without such a grid or when the span keeps no text.
 */
export function fewCardRead({ index, whole }: Pick<KindContext, 'index' | 'whole'>): Attempt | undefined {
	const grid = fewCardGrid(index);
	const name = grid && productHeading(index);
	if (!grid || !name) return undefined;
	const blocks = leavesIn(whole.blocks, { start: name.range.start, end: grid.block.range.end });
	const chars = collapsedChars(blocks);
	return chars === 0 ? undefined : { ...whole, blocks, chars };
}

/** Whether fewer price lines (linked ones and filter panels' aside) than cards sit outside `group`: one walk of the page's blocks, the group's span read past. */
function isMainPricedRun(index: BlockIndex, { block: group, cards }: FewCardGroup): boolean {
	const blocks = index.order.blocks;
	const start = index.order.get(group) ?? 0;
	let last: Block = group;
	for (let kids = childBlocks(last); kids.length > 0; kids = childBlocks(last)) last = kids[kids.length - 1];
	const end = index.order.get(last) ?? start;
	const drawers = cartDrawers(index);
	let outside = 0;
	for (let at = 0; at < blocks.length; at++) {
		if (at === start) {
			at = end;
			continue;
		}
		const b = blocks[at];
		if (drawers?.has(b)) {
			at = lastInside(index, b);
			continue;
		}
		if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
		const text = collapsedText(b);
		if (text === '' || !hasCardPrice(text) || index.statsOf(b).linkChars >= MIN_LINKED_SHARE * text.length || isInFacetPanel(index, b)) continue;
		if (++outside >= MAX_OUTSIDE_PRICE_LINES_PER_CARD * cards) return false;
	}
	return true;
}

/**
 * A short line naming a cart's total or its way to pay ("Subtotal", "Checkout", "View cart"): the box above the h1
 * that holds one is the shop's cart drawer, whose priced lines are the shopper's picks or upsells, not the category's.
 */
const CART_TOTAL_RE = /^(?:(?:cart |order |bag |basket )?(?:sub-?)?total\b|(?:proceed to |go to |secure )?check ?out\b|view (?:my |your )?(?:cart|bag|basket)\b)/i;

/** A cart line is a label or a button: past this many characters it is prose that names a checkout. */
const MAX_CART_LINE_CHARS = 60;

/** Boxes walked up from a cart line for its drawer (a drawer's line sits some boxes deep in its panel). */
const MAX_DRAWER_DEPTH = 12;

/**
 * The cart drawers above the page's h1: for each short cart line (`CART_TOTAL_RE`) before the h1, the outermost box
 * holding it that ends before the h1 (at most `MAX_DRAWER_DEPTH` boxes up). Their price lines are no price outside the
 * cards (`isMainPricedRun`): a shop's drawer of priced upsells above the h1 is chrome, which kept a half-B wallet
 * shop's few-card category off its read (coll61). Undefined without an h1 or without such a line.
 * Measured (session 62, wcxb-dev tuning part, word F1): as is, declassed and with unique classes (no profiles) no page
 * moves; coll60's `fewer` proxies (25 collections cut to three priced cards; as is, declassed, unique) no page moves:
 * the half-B wallet shop's drawer writes no total and no checkout line, only that the cart is empty, and reading that
 * line as a drawer's moved nothing either. Designed on a synthetic page (test/unit/fewCardCategory.test.ts). Linear:
 * the lines before the h1 read once, each cart line walks at most `MAX_DRAWER_DEPTH` boxes up.
 */
function cartDrawers(index: BlockIndex): Set<Block> | undefined {
	const name = productHeading(index);
	if (!name) return undefined;
	const h1 = name.range.start;
	let drawers: Set<Block> | undefined;
	for (const b of index.order.keys()) {
		if (b.range.start >= h1) break;
		if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
		const text = collapsedText(b);
		if (text.length > MAX_CART_LINE_CHARS || !CART_TOTAL_RE.test(text)) continue;
		let box: Block | undefined;
		let p = index.parent.get(b);
		for (let depth = 0; p !== undefined && depth < MAX_DRAWER_DEPTH && p.range.end <= h1; depth++, p = index.parent.get(p)) box = p;
		if (box) (drawers ??= new Set()).add(box);
	}
	return drawers;
}

/** The order number of the last block inside `b` (its last descendant's). */
function lastInside(index: BlockIndex, b: Block): number {
	let last: Block = b;
	for (let kids = childBlocks(last); kids.length > 0; kids = childBlocks(last)) last = kids[kids.length - 1];
	return index.order.get(last) ?? index.order.get(b) ?? 0;
}

/** The container or list whose child boxes (or items) hold the most cards with links of their own, at least `MIN_FEW_CARDS`. */
export function fewCardGroup(index: BlockIndex, name: string): FewCardGroup | undefined {
	let best: Block | undefined;
	let bestCards = MIN_FEW_CARDS - 1;
	for (const b of index.order.keys()) {
		const boxes = cardBoxes(b);
		if (!boxes || boxes.length <= bestCards) continue;
		const { cards, repeated } = distinctCards(boxes, (box) => cardLink(index, box, name));
		if (!repeated && cards > bestCards && cards >= MIN_CARD_SHARE * boxes.length) {
			best = b;
			bestCards = cards;
		}
	}
	return best && { block: best, cards: bestCards };
}

/**
 * The link of a card: `blocks` short and visible, a price on one of its lines, a link out of the page on another (its
 * name's or its picture's), no line repeating the page's `name`; undefined when not a card. A buying control's link
 * ("Add to cart") is no item's link, nor is a call to act ("Order now": a service's price plans, each a box with its
 * price and its button, on a half-A tuning page read as a collection without this test).
 */
function cardLink(index: BlockIndex, blocks: readonly Block[], name: string): string | undefined {
	const card = cardLines(index, blocks);
	if (!card?.whole) return undefined;
	let price = false;
	let link: string | undefined;
	for (const b of card.lines) {
		const text = collapsedText(b);
		if (text === name) return undefined;
		if (hasCardPrice(text)) price = true;
		if (link === undefined && !BUY_CONTROL_RE.test(text) && !FOREIGN_BUY_RE.test(text) && !CALL_TO_ACT_RE.test(text)) link = firstLink(b.content);
	}
	return price ? link : undefined;
}

/** The page of the first link out of the page among `inlines` (through emphasis and spans, `itemPath`), or undefined. */
function firstLink(inlines: readonly Inline[]): string | undefined {
	for (const n of inlines) {
		if (n.kind === 'link' && n.href !== '' && !isHashLink(n.href)) return itemPath(n.href);
		if (n.kind === 'emphasis' || n.kind === 'span') {
			const inner = firstLink(n.children);
			if (inner !== undefined) return inner;
		}
	}
	return undefined;
}

/**
 * The page a link leads to, less its query and its fragment: a product's options link to one page with a variant in
 * the query (`?variant=2`), and are one item, not cards of several.
 */
function itemPath(href: string): string {
	const end = href.search(/[?#]/);
	return (end < 0 ? href : href.slice(0, end)).replace(/\/+$/, '');
}


/** Whether no price line (a linked one aside) and no buying control sits between the h1 (at `from` in reading order) and `grid`; filter panels are read past. */
function isBareName(index: BlockIndex, from: number, grid: Block): boolean {
	const blocks = index.order.blocks;
	let seen = 0;
	for (let at = from + 1; at < blocks.length; at++) {
		const b = blocks[at];
		if (b === grid) return true;
		if (isContainer(b) || b.kind === 'list' || b.kind === 'table' || isInFacetPanel(index, b)) continue;
		const text = collapsedText(b);
		if (text === '') continue;
		if (++seen > MAX_BLOCKS_TO_GRID || BUY_CONTROL_RE.test(text)) return false;
		// A linked price line is a way into the shop ("Gifts under $50"), not a buy box's price.
		if (isPriceLine(text) && index.statsOf(b).linkChars < MIN_LINKED_SHARE * text.length) return false;
	}
	return false;
}
