// Priced cards found by what each one holds (a link, a price, a short text), whatever their class words: a grid's block for the buy-box tests.
import type { Block } from '../../model/dumpDocument';
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
 * The container (or undefined for the dump's top level) whose child boxes are the page's largest group of priced
 * cards: at least `MIN_GROUP_CARDS` visible child containers, each at most `MAX_CARD_CHARS` long, holding a link and a
 * price, and at least `MIN_CARD_SHARE` of the container's visible child containers. No class word and no shape is
 * asked: the cards of a theme whose classes differ card by card (a "sale" card's modifier first, a card numbered in
 * its class) or whose classes were stripped still each hold a link and a price.
 * Why: the buy-box tests of kinds/detect.ts (buyBoxAtName.ts, buyBox.ts, ratingAtName.ts, nameAbovePrice.ts) read a
 * price and a cart line right after the h1, and leave out those inside the grid shopGrid.ts finds by one class
 * signature or a list. Where that grid is missed, a category's first card (its price, its "Add to cart") sits right
 * under the h1 and reads as one product's buy box. On the tuning part of wcxb-dev, declassed, 6 collections of 5
 * sites (both halves) have such a buy box once their grid is not given; read as products they score 0.402 against
 * 0.769.
 * Linear: each container's children are read once, under their parent; a child's text is read only when it is short.
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

/**
 * Whether `blocks` (a child box, or a list item's blocks) make a card: short and visible, with a price on one of its
 * lines and a name linked to its own page on another: a line that is mostly link text, and not a buying control
 * ("Add to Cart" links a game's editions, each a box with its price, on one product's page).
 */
function isCard(index: BlockIndex, blocks: readonly Block[]): boolean {
	let chars = 0;
	for (const c of blocks) chars += index.charsOf(c);
	if (chars === 0 || chars > MAX_CARD_CHARS) return false;
	let price = false;
	let name = false;
	let read = 0;
	const stack = [...blocks];
	while (stack.length > 0 && read++ < MAX_CARD_BLOCKS && !(price && name)) {
		const b = stack.pop()!;
		if (b.kind !== 'paragraph' && b.kind !== 'heading') {
			const kids = childBlocks(b);
			for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
			continue;
		}
		const text = collapsedText(b);
		if (text === '') continue;
		if (hasCardPrice(text)) price = true;
		else if (!name) name = isNameLink(index, b, text);
	}
	return price && name;
}

/** Whether a card's line is its name linked to its page: mostly link text, and no buying control's label. */
function isNameLink(index: BlockIndex, b: Block, text: string): boolean {
	const s = index.statsOf(b);
	return s.linkChars >= MIN_NAME_LINK_SHARE * s.chars && !BUY_CONTROL_RE.test(text) && !FOREIGN_BUY_RE.test(text);
}
