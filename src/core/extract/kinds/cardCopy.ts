// A heading after the h1 that repeats one of the grid's card names is a copy of that card (a compare drawer's panel), not the page's product.
import type { Block, Inline } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { childBlocks } from '../../model/blockTree';
import { collapse, collapsedText, inlineText } from '../inlineText';

/** A card's name is a short line: longer lines of a card are its blurb, not a name another panel would repeat. */
const MAX_NAME_CHARS = 80;
/** Shorter texts ("New", "Sale", "-38%") are badges that any panel may print, not one card's name. */
const MIN_NAME_CHARS = 4;

/** The card names of a grid, found once per grid (the buy-box tests walk from each h1 against the same grid). */
const namesOf = new WeakMap<Block, ReadonlySet<string>>();

/**
 * Whether `b`, met by the buy-box walk from the page's h1 `name` (kinds/buyBox.ts), is a heading that repeats one of
 * the names of the cards of `grid` (the page's grid of priced items): then it opens a copy of that card, and what
 * follows it is no buy box of the page's own product, so the walk stops there.
 * Why: a category can print, after its grid, a drawer of per-card panels (a "Compare products" drawer: each card's
 * name as a heading, its price, its colour and "Add to cart"). Where the classes that line those panels up are gone
 * (every class word its own token: the unique yardstick), the panels are no grid of their own, and the walk from the
 * h1, past a grid whose lines it leaves out, reaches the first panel: a price and a cart button, read as the page's
 * buy box, and the category became a product (a half-A headphone shop: unique 0.849 -> 0.289). A product's own name
 * repeated under its h1 is never a copy (a heading equal to the h1 is left alone): a shop's grid of recommendations
 * can hold the product itself ("recently viewed").
 * The card names are the grid's short lines and its links' labels, class-free; a heading outside the grid equal to one
 * of them is asked for only (no text block of the grid is read unless the walk meets a heading outside it).
 * Measured (session 58, wcxb-dev tuning part, word F1): unique yardstick (`EVAL_DECLASS=unique`, no shop profiles)
 * that page product -> collection (with cardDetailPanels.ts `copyDrawer`, 0.289 -> 0.956), collection 0.7926 -> 0.8022
 * (half A 0.7936 -> 0.8112, half B unchanged), no product or other page moves, kinds detected as annotated 846 -> 847;
 * as is and declassed no page moves.
 */
export function isCardCopy(index: BlockIndex, b: Block, grid: Block | undefined, name: Block): boolean {
	if (grid === undefined || b.kind !== 'heading') return false;
	const text = nameKey(collapsedText(b));
	if (text.length < MIN_NAME_CHARS || text.length > MAX_NAME_CHARS || text === nameKey(collapsedText(name))) return false;
	let names = namesOf.get(grid);
	if (names === undefined) namesOf.set(grid, (names = cardNames(grid)));
	return names.has(text);
}

/** A name compared without case, spaces or trailing punctuation ("Aria® Pro" and "aria® pro ." are one name). */
function nameKey(s: string): string {
	return collapse(s).toLowerCase().replace(/[\s.,:;|!-]+$/u, '');
}

/** The grid's short text lines and link labels, as `nameKey`s; one walk over its blocks, with a stack (no recursion depth limit). */
function cardNames(grid: Block): ReadonlySet<string> {
	const names = new Set<string>();
	const add = (s: string): void => {
		const key = nameKey(s);
		if (key.length >= MIN_NAME_CHARS && key.length <= MAX_NAME_CHARS) names.add(key);
	};
	const stack: Block[] = [grid];
	for (let b = stack.pop(); b !== undefined; b = stack.pop()) {
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			add(collapsedText(b));
			linkLabels(b.content, add);
			continue;
		}
		const kids = childBlocks(b);
		for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
	}
	return names;
}

/** Each link's label among `inlines`, links inside emphasis or spans included (a linked name wrapped in a styled span). */
function linkLabels(inlines: readonly Inline[], add: (s: string) => void): void {
	const stack: Inline[] = [...inlines];
	for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
		if (n.kind === 'link') add(inlineText(n.children));
		if (n.kind === 'link' || n.kind === 'emphasis' || n.kind === 'span') for (const k of n.children) stack.push(k);
	}
}

/**
 * How many of the names of `grid`'s cards the headings inside `box` repeat (each name once): a box whose headings copy
 * most of the cards is a drawer of per-card panels (a compare drawer), not the category (kinds/cardDetailPanels.ts).
 * One walk over the box's blocks.
 */
export function copiedCardNames(grid: Block, box: Block): number {
	let names = namesOf.get(grid);
	if (names === undefined) namesOf.set(grid, (names = cardNames(grid)));
	const copied = new Set<string>();
	const stack: Block[] = [box];
	for (let b = stack.pop(); b !== undefined; b = stack.pop()) {
		if (b === grid) continue;
		if (b.kind === 'heading') {
			const key = nameKey(collapsedText(b));
			if (names.has(key)) copied.add(key);
			continue;
		}
		for (const k of childBlocks(b)) stack.push(k);
	}
	return copied.size;
}
