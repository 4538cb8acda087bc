// A run of unpriced shop cards (each a picture link and a name link to one item of its own) as the collection's grid, where no priced grid was found.
import type { Block, Inline } from '../../model/dumpDocument';
import { childBlocks } from '../../model/blockTree';
import { type BlockIndex, isHashLink } from '../blockIndex';
import { cardBoxes, distinctCards, MIN_CARD_SHARE } from './pricedCardGroup';
import { productHeading } from './productRegion';
import type { ShopGrid } from './shopGrid';

/** Fewer cards than two rows of a shop's grid are a rail of picks or a menu's tiles, not a category's grid. */
export const MIN_RUN_CARDS = 6;

/**
 * A shop's card without its price is a name, a badge, a rating and a compare label: a few hundred characters of
 * visible text (its pictures' alt texts left out: a carousel repeats the name in every picture). Longer boxes are
 * teasers with a summary or sections of text.
 */
export const MAX_CARD_VISIBLE_CHARS = 400;

/** Blocks read into one box before it is no card (a card's carousel and swatches run to some dozens of blocks). */
const MAX_CARD_BLOCKS = 150;

/** The run found for a page, found once (the collection's steps each ask for their grid). */
const runOf = new WeakMap<BlockIndex, { readonly grid: ShopGrid | undefined }>();

/**
 * The container or list whose child boxes (or items) are each a shop's card without a price, at least `MIN_RUN_CARDS`
 * of them and `MIN_CARD_SHARE` of its boxes, after the page's h1: a card opens with a link out of the page (its
 * picture's, even with no text), holds a second link with text (its name) to the same item page (less query and
 * fragment), no other card of the group links to that page, and its visible text is at most `MAX_CARD_VISIBLE_CHARS`.
 * Why: a category whose cards show no price (a shop that hides them until sign-in, a sold-out range, coll56's
 * `noprice` proxy) has no priced grid (shopGrid.ts, pricedCardGroup.ts), and the collection read the whole page with
 * its mega-menu and footer around the cards. A teaser feed's cards carry a summary (too long) or one link each; a
 * menu's tiles link to categories, one link each. Only the collection strategy asks (collectionGrid.ts, where no
 * priced grid was found), so a page detection named otherwise reads as before; a feed detection named a collection
 * still goes to the listing first (unpricedGrid.ts). With the run as its grid the collection reads as it reads a
 * priced grid: a whole-page or wide read ends at the run's end (gridEnd.ts), its cards' controls go.
 * Measured (session 61, wcxb-dev tuning part, word F1): as is and declassed, no page moves (every kind, metadata and
 * kind detection unchanged: each detected collection has its priced grid); the collection read forced on the 72
 * annotated listings and the 69 products (`EVAL_FORCE_KIND=collection`): no page moves. On coll56's `noprice` proxy
 * (the 70 tuning collections with every price removed): as is 0.7821 -> 0.7883 (half A 0.7963 -> 0.8076, an outdoor
 * shop's category read whole with its menus 0.31 -> 0.74; half B 0.7653 unchanged), declassed 0.7535 -> 0.7546 (half
 * A 0.7293 -> 0.7315: that page 0.66 -> 0.73 and five of its sister categories +0.003 each; half B unchanged), with
 * unique classes and no profiles unchanged (the page is detected as a service there); no page down.
 * Linear: each box is read once by its parent, at most `MAX_CARD_BLOCKS` blocks of it.
 */
export function unpricedCardRun(index: BlockIndex): ShopGrid | undefined {
	const known = runOf.get(index);
	if (known) return known.grid;
	let grid: ShopGrid | undefined;
	const name = productHeading(index);
	const after = name ? name.range.end : Infinity;
	for (const b of index.order.keys()) {
		if (b.range.start < after) continue;
		const boxes = cardBoxes(b);
		if (!boxes || boxes.length < MIN_RUN_CARDS || boxes.length <= (grid?.pricedItems ?? 0)) continue;
		const { cards, repeated } = distinctCards(boxes, cardItem);
		if (!repeated && cards >= MIN_RUN_CARDS && cards > (grid?.pricedItems ?? 0) && cards >= MIN_CARD_SHARE * boxes.length) grid = { block: b, pricedItems: cards };
	}
	runOf.set(index, { grid });
	return grid;
}

/** What one box's blocks hold: its first link's item page, whether a link with text leads there too, its visible characters. */
interface BoxRead {
	first: string | undefined;
	named: boolean;
	chars: number;
}

/** The item page of a card (`unpricedCardRun`), or undefined when the box is no card. */
function cardItem(box: readonly Block[]): string | undefined {
	const read: BoxRead = { first: undefined, named: false, chars: 0 };
	const stack: Block[] = [...box].reverse();
	let seen = 0;
	while (stack.length > 0) {
		const b = stack.pop() as Block;
		if (++seen > MAX_CARD_BLOCKS) return undefined;
		if (b.kind === 'paragraph' || b.kind === 'heading') read.chars += readInlines(b.content, read);
		else if (b.kind === 'table' || b.kind === 'code') return undefined;
		else {
			const kids = childBlocks(b);
			for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
		}
		if (read.chars > MAX_CARD_VISIBLE_CHARS) return undefined;
	}
	return read.first !== undefined && read.named ? read.first : undefined;
}

/** The visible characters of `inlines` (images' alt texts left out); notes in `read` the first link's item page and a named link to it. */
function readInlines(inlines: readonly Inline[], read: BoxRead): number {
	let chars = 0;
	for (const n of inlines) {
		if (n.kind === 'text') chars += n.value.trim().length;
		else if (n.kind === 'code') chars += n.value.length;
		else if (n.kind === 'emphasis' || n.kind === 'span') chars += readInlines(n.children, read);
		else if (n.kind === 'link') {
			const text = readInlines(n.children, read);
			chars += text;
			if (n.href === '' || isHashLink(n.href)) continue;
			const path = itemPath(n.href);
			if (read.first === undefined) read.first = path;
			else if (text > 0 && path === read.first) read.named = true;
		}
	}
	return chars;
}

/** The page a link leads to, less its query and fragment (a card's picture and name may differ in a tracking query). */
function itemPath(href: string): string {
	const end = href.search(/[?#]/);
	return (end < 0 ? href : href.slice(0, end)).replace(/\/+$/, '');
}
