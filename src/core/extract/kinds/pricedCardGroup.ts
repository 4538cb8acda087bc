// Priced cards found by what each one holds (a name link, a price, a short text), whatever their class words: a grid for kind detection.
import type { Block, Heading, Paragraph } from '../../model/dumpDocument';
import { type BlockIndex, isContainer } from '../blockIndex';
import { childBlocks } from '../../model/blockTree';
import { collapsedText } from '../inlineText';
import { BUY_CONTROL_RE } from './buyBox';
import { FOREIGN_BUY_RE } from './shopWordsAbroad';
import { hasCardPrice } from './shopGrid';

/**
 * Priced cards side by side that make a grid, not one product's buy box: a product's own box holds one price (with a
 * former price, a unit price), and its variants are swatches or a select, not linked boxes each with a price. Six, as
 * gridFallback.ts `MIN_FALLBACK_CARDS`: a product page's rail of related items shows three to five (at 4, one half-B
 * product whose rail of five scents sits right under its h1 lost the price at its name and was read as a collection).
 */
export const MIN_GROUP_CARDS = 6;

/**
 * The share of a container's child boxes that must be priced, linked cards: a grid's cards all are, bar a promotion
 * tile or a banner; a page's layout columns, one of which holds the buy box, are not.
 */
export const MIN_CARD_SHARE = 0.6;

/** A card's name is a line at least this much link text (a linked title, maybe with a short badge). */
const MIN_NAME_LINK_SHARE = 0.5;

/** A card is short: a name, a line or two, a price (shopGrid.ts reads a list item of 400 characters as one). */
const MAX_CARD_CHARS = 600;

/** A group of priced cards: the container or list that holds them, and how many there are. */
export interface PricedCardGroup {
	readonly block: Block;
	readonly cards: number;
}

/**
 * The container or list whose child boxes (or items) are the page's largest group of priced cards: at least
 * `MIN_GROUP_CARDS` cards, each at most `MAX_CARD_CHARS` long with a price on one line and its name linked on another
 * (`isCard`), and at least `MIN_CARD_SHARE` of the container's child boxes. No class word and no shape is asked: the
 * cards of a theme whose classes differ card by card (a "sale" card's modifier first, a card numbered in its class)
 * or whose classes were stripped still each hold a name link and a price.
 * Why: the buy-box tests of kinds/detect.ts (buyBoxAtName.ts, buyBox.ts, ratingAtName.ts, nameAbovePrice.ts) read a
 * price and a cart line right after the h1, and leave out those inside the grid shopGrid.ts finds by one class
 * signature or a list. Where that grid is missed, a category's first card (its price, its "Add to cart") sits right
 * under the h1 and reads as one product's buy box (the lead measured 6 tuning collections so read: 0.402 as products
 * against 0.769). Asked only where shopGrid.ts finds no grid or another one.
 * Measured (wcxb-dev tuning part, session 54; the buy-box tests with no grid given, then with this group as the grid):
 * as is, 7 collections of 6 sites (half A 5 pages, B 2) have a buy box with no grid given; with the group, none. Declassed,
 * 6 (A 5, B 1), 5 of them none (on one half-A headphone shop's category no group is found). Of the 50
 * product pages with a buy box (as is and declassed), every one keeps it; the 4 service pages with one keep it too.
 * As a rule of its own (detect.ts `card group`, where no grid was found): no tuning page changes kind on either
 * yardstick; with every class word unique to its box (declassed, then each class renamed apart, so no class lines
 * cards up), 3 category pages of one half-A furniture shop, read as services and a listing, are collections again.
 * Full tuning evals: every page's F1 unchanged, as is and declassed.
 * Linear: each container's and list's children are read once, under their parent, and a card's read stops after
 * `MAX_CARD_BLOCKS` blocks.
 */
export function pricedCardGroup(index: BlockIndex): PricedCardGroup | undefined {
	let best: Block | undefined;
	let bestCards = MIN_GROUP_CARDS - 1;
	for (const b of index.order.keys()) {
		let boxes = 0;
		let cards = 0;
		if (isContainer(b)) {
			for (const k of b.children) {
				if (!isContainer(k)) continue;
				boxes++;
				if (isCard(index, [k])) cards++;
			}
		} else if (b.kind === 'list') {
			boxes = b.items.length;
			for (const it of b.items) if (isCard(index, it.children)) cards++;
		} else continue;
		if (cards > bestCards && cards >= MIN_CARD_SHARE * boxes) {
			best = b;
			bestCards = cards;
		}
	}
	return best && { block: best, cards: bestCards };
}

/** Blocks of a card read for its price and its name: a card's few lines; a longer box is no card (and the read stays bounded). */
const MAX_CARD_BLOCKS = 40;

/** The boxes a grid's cards may be under `b`: a container's child containers (a card each) or a list's items; undefined for another block. */
export function cardBoxes(b: Block): (readonly Block[])[] | undefined {
	if (isContainer(b)) {
		const boxes: (readonly Block[])[] = [];
		for (const k of b.children) if (isContainer(k)) boxes.push([k]);
		return boxes;
	}
	return b.kind === 'list' ? b.items.map((it) => it.children) : undefined;
}

/** How many of `boxes` are cards by `linkOf` (a card's own link, undefined for no card), and whether two cards share a link. */
export function distinctCards(boxes: readonly (readonly Block[])[], linkOf: (box: readonly Block[]) => string | undefined): { readonly cards: number; readonly repeated: boolean } {
	const links = new Set<string>();
	let cards = 0;
	let repeated = false;
	for (const box of boxes) {
		const link = linkOf(box);
		if (link === undefined) continue;
		if (links.has(link)) repeated = true;
		links.add(link);
		cards++;
	}
	return { cards, repeated };
}

/** A short card's text blocks (`cardLines`), and whether they are all of them. */
export interface CardLines {
	readonly lines: readonly (Paragraph | Heading)[];
	/** False when the read stopped after `MAX_CARD_BLOCKS` blocks with more left. */
	readonly whole: boolean;
}

/**
 * The text blocks (paragraphs and headings) of a card made of `blocks`, in reading order, at most `MAX_CARD_BLOCKS`
 * blocks read; undefined when the card holds no text or more than `MAX_CARD_CHARS`. The one walk of a card's lines for
 * this file's `isCard` and fewCardCategory.ts `cardLink`.
 */
export function cardLines(index: BlockIndex, blocks: readonly Block[]): CardLines | undefined {
	let chars = 0;
	for (const c of blocks) chars += index.charsOf(c);
	if (chars === 0 || chars > MAX_CARD_CHARS) return undefined;
	const lines: (Paragraph | Heading)[] = [];
	let read = 0;
	const stack = [...blocks].reverse();
	while (stack.length > 0 && read++ < MAX_CARD_BLOCKS) {
		const b = stack.pop()!;
		if (b.kind !== 'paragraph' && b.kind !== 'heading') {
			const kids = childBlocks(b);
			for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
			continue;
		}
		lines.push(b);
	}
	return { lines, whole: stack.length === 0 };
}

/**
 * Whether `blocks` (a child box, or a list item's blocks) make a card: short and visible, with a price on one of its
 * lines and a name linked to its own page on another: a line that is mostly link text, and not a buying control
 * ("Add to Cart" links a game's editions, each a box with its price, on one product's page).
 */
function isCard(index: BlockIndex, blocks: readonly Block[]): boolean {
	const card = cardLines(index, blocks);
	if (!card) return false;
	let price = false;
	let name = false;
	for (const b of card.lines) {
		const text = collapsedText(b);
		if (text === '') continue;
		if (hasCardPrice(text)) price = true;
		else if (!name) name = isNameLink(index, b, text);
		if (price && name) return true;
	}
	return false;
}

/** Whether a card's line is its name linked to its page: mostly link text, and no buying control's label. */
function isNameLink(index: BlockIndex, b: Block, text: string): boolean {
	const s = index.statsOf(b);
	return s.linkChars >= MIN_NAME_LINK_SHARE * s.chars && !BUY_CONTROL_RE.test(text) && !FOREIGN_BUY_RE.test(text);
}
