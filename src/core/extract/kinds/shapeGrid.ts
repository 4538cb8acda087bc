// A grid of priced cards found by the cards' repeated shape (the same sequence of child blocks), whatever their class words.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { collapsedText, isHidden } from '../inlineText';
import { hasCardPrice, MIN_PRICED_LIST_ITEMS } from './shopGrid';

/**
 * Cards that make a grid, as many as a list needs (shopGrid.ts `MIN_PRICED_LIST_ITEMS`): a shape lines up more than a
 * class word does, as a list's items do. A product page's rail of six priced cards (a game's add-ons) holds 19% of its
 * page on the tuning part of wcxb-dev (as is) and was read as a grid at 6 (0.40 -> 0.22).
 */
export const MIN_SHAPE_CARDS = MIN_PRICED_LIST_ITEMS;

/**
 * The share of a group's items that must name a price: a grid's cards all do, bar a promotion tile or a card sold
 * out; a page's sections of one shape (an article's boxes, a guide's steps) name a price here and there.
 */
export const MIN_PRICED_SHARE = 0.75;

/** A card longer than this is a section of text that names a price, not a card (shopGrid.ts reads 400 for a list item). */
const MAX_CARD_CHARS = 1500;

/** Child blocks read for a card's shape: a card's first few blocks say what it is; more would read a long section. */
const SHAPE_BLOCKS = 12;

/** A grid found by its cards' shape: its priced cards, all the cards of that shape, their visible characters and their prose's. */
export interface ShapeGrid {
	readonly pricedItems: number;
	readonly items: number;
	readonly chars: number;
	readonly proseChars: number;
}

/** A container's shape: its kind and the kinds of its first `SHAPE_BLOCKS` children (headings with their level). */
function shapeOf(c: Container): string {
	let key = c.kind;
	const n = Math.min(c.children.length, SHAPE_BLOCKS);
	for (let i = 0; i < n; i++) {
		const k = c.children[i];
		key += k.kind === 'heading' ? `,h${k.level}` : `,${k.kind}`;
	}
	return key;
}

/**
 * The page's largest group of sibling containers of one shape (`shapeOf`: the same sequence of child blocks) of which
 * at least `MIN_SHAPE_CARDS`, and `MIN_PRICED_SHARE` of the group, are short cards (`MAX_CARD_CHARS`) naming a price
 * with a link. The shape, not a class word, lines the cards up: a theme whose class words no rule knows (or a page
 * with none) writes its cards as one sequence of blocks repeated. The work is linear: each container is grouped
 * once, under its parent, and a card's text is read only when it is short.
 * Asked only by the grid fallback (gridFallback.ts) where shopGrid.ts finds no grid. Tuning part of wcxb-dev: with
 * each strategy forced on the 70 annotated collections, declassed, it adds one camera shop's category, whose long
 * cards print their price in pieces (service, product and article reads 0.169 -> 0.758); as detected, it finds the
 * moving company's price list of gridFallback.ts. On both yardsticks it finds no grid on any other tuning page detected
 * as a service, an article or a product that also holds `MIN_GRID_SHARE` of its page.
 */
export function shapeGrid(index: BlockIndex): ShapeGrid | undefined {
	let best: ShapeGrid | undefined;
	const visit = (kids: readonly Block[]): void => {
		let groups: Map<string, Container[]> | undefined;
		for (const k of kids) {
			if (!isContainer(k) || isHidden(divAttrParts(k))) continue;
			const key = shapeOf(k);
			groups ??= new Map();
			const g = groups.get(key);
			if (g) g.push(k);
			else groups.set(key, [k]);
		}
		if (!groups) return;
		for (const items of groups.values()) {
			if (items.length < MIN_SHAPE_CARDS || items.length <= (best?.pricedItems ?? 0)) continue;
			let priced = 0;
			let chars = 0;
			let proseChars = 0;
			for (const it of items) {
				const s = index.statsOf(it);
				chars += s.chars;
				proseChars += s.proseChars;
				if (s.chars <= MAX_CARD_CHARS && s.linkChars > 0 && hasCardPrice(collapsedText(it))) priced++;
			}
			if (priced >= MIN_SHAPE_CARDS && priced >= MIN_PRICED_SHARE * items.length && priced > (best?.pricedItems ?? 0)) best = { pricedItems: priced, items: items.length, chars, proseChars };
		}
	};
	visit(index.doc.blocks);
	for (const c of index.containers) visit(c.children);
	return best;
}
