// A product's name printed as a bold line when the page shows no h1: the stand-in name the walks from the product's name start at.
import type { Block, Inline } from '../../model/dumpDocument';
import { type BlockIndex, insideTable } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { isPriceLine } from './buyBoxAtName';
import { CART_BUTTON_RE } from './buyControlAtName';
import { levelOneHeadings, textBlocksAfter } from './productRegion';

/** A name line is short: a longer bold line is a lead sentence or a notice, not an item's name. */
export const MAX_NAME_LINE_CHARS = 150;
/** A name has a few characters at least: a bold "New" or "5" is a badge or a count. */
const MIN_NAME_LINE_CHARS = 3;
/** Bold lines kept per page: one, the first (see `boldNameLines`); the at-name rules try up to `MAX_NAMES_TRIED` h1s. */
const MAX_NAME_LINES = 1;

// Per index: the at-name rules ask several times per page.
const linesOf = new WeakMap<BlockIndex, Block[]>();

/**
 * The blocks the product's name is read from: the first `limit` visible h1s (productRegion.ts `levelOneHeadings`),
 * or, on a page that shows none, its first `limit` bold name lines (`boldNameLines`). The at-name rules
 * (buyBoxAtName.ts, buyControlAtName.ts, stockAtName.ts, sectionAtName.ts, ratingAtName.ts) walk from these.
 */
export function nameAnchors(index: BlockIndex, limit: number): Block[] {
	const headings = levelOneHeadings(index, limit);
	return headings.length > 0 ? headings : boldNameLines(index, limit);
}

/**
 * Why (session 60, brief item 1): every rule that finds one product by what follows its name (a price, a cart
 * button, a stock line, a "Specifications" tab) walks from an h1. A shop whose template prints the product's name in
 * a styled div or a `<strong>` has no h1 in its dump, and then none of them runs: its related items' grid makes it a
 * collection. The `boldname` perturbation (scripts/eval/perturb.ts: the first h1 of each product written as a bold
 * line) showed the family: products found 59 → 45 as is, product F1 0.774 → 0.715; declassed 0.743 → 0.625.
 * A name line is a paragraph whose whole text is one strong emphasis (`**Trail Pack 25**`), `MIN_NAME_LINE_CHARS`
 * to `MAX_NAME_LINE_CHARS` long with a letter, at most half of it a link (a card's name links to the card's page, a
 * menu's bold label is a link or a list item; a name may link its brand), outside lists and tables. The rules that use it keep their own guards (their
 * evidence outside the grid, outside facet panels, within a few blocks): a bold line only stands where an h1 would.
 * Only the first such line stands in (`MAX_NAME_LINES`): with three, a half-A headphone category (its h1 made bold)
 * became a product by a promo section's bold title further down; with one, no collection moves.
 * Measured (session 60, wcxb-dev tuning part, word F1): as is and declassed no page of any kind moves (every tuning
 * page with a product's bold name line has an h1 too, or is decided otherwise). Under `EVAL_PERTURB=boldname`
 * (products): as is 0.7150 → 0.7558 (A 0.6762 → 0.7633, B 0.7344 → 0.7520), products found 45 → 58 of 69 (59 with
 * the h1); declassed 0.6254 → 0.6952 (A 0.6043 → 0.7011, B 0.6359 → 0.6922), found 36 → 57. Collections under
 * `boldname` unchanged as is (0.840, 49 of 70) and declassed (0.797, 48). Under `plainname` (the name a plain
 * paragraph, not handled here) 0.7150 → 0.7246, by other bold lines of three pages.
 * Linear: one walk over the page's blocks, stopped at the first line; a parent walk per bold paragraph.
 */
export function boldNameLines(index: BlockIndex, limit: number): Block[] {
	let lines = linesOf.get(index);
	if (!lines) {
		lines = findLines(index);
		linesOf.set(index, lines);
	}
	return lines.slice(0, limit);
}

function findLines(index: BlockIndex): Block[] {
	const found: Block[] = [];
	for (const b of index.order.blocks) {
		if (found.length >= MAX_NAME_LINES) break;
		if (b.kind !== 'paragraph' || !isWholeStrong(b.content)) continue;
		const text = collapsedText(b);
		if (text.length < MIN_NAME_LINE_CHARS || text.length > MAX_NAME_LINE_CHARS || !/\p{L}/u.test(text)) continue;
		if (index.statsOf(b).linkChars * 2 > text.length || insideList(index, b) || insideTable(index, b)) continue;
		found.push(b);
	}
	return found;
}

/** Text blocks after a bold name line searched for its price or cart button, as for an h1 (buyBoxAtName.ts `MAX_BLOCKS_TO_PRICE`). */
const MAX_BLOCKS_TO_BUY_LINE = 5;

/**
 * The bold name line the product read starts from (product.ts, on a page with no h1): the first of `boldNameLines`
 * with a short price line (buyBoxAtName.ts `isPriceLine`) or a cart button (buyControlAtName.ts `CART_BUTTON_RE`)
 * within `MAX_BLOCKS_TO_BUY_LINE` text blocks after it, before any heading and outside lists (a card's price); undefined
 * when none has. A bold label inside the description ("**Features**") has neither right under it: the read is not
 * cut there.
 */
export function productNameLine(index: BlockIndex): Block | undefined {
	for (const line of boldNameLines(index, MAX_NAME_LINES)) {
		for (const [b, text] of textBlocksAfter(index, line, MAX_BLOCKS_TO_BUY_LINE)) {
			if (b.kind === 'heading') break;
			if ((isPriceLine(text) || CART_BUTTON_RE.test(text)) && !insideList(index, b)) return line;
		}
	}
	return undefined;
}

/** Whether the inlines, blank text and breaks aside, are one strong emphasis. */
function isWholeStrong(inlines: readonly Inline[]): boolean {
	let strong = 0;
	for (const n of inlines) {
		if (n.kind === 'softbreak' || n.kind === 'break' || (n.kind === 'text' && n.value.trim() === '')) continue;
		if (n.kind !== 'emphasis' || n.style !== 'strong' || ++strong > 1) return false;
	}
	return strong === 1;
}

/** Whether a list holds `b`: a menu's or a card list's bold label. */
function insideList(index: BlockIndex, b: Block): boolean {
	for (let p = index.parent.get(b); p !== undefined; p = index.parent.get(p)) if (p.kind === 'list') return true;
	return false;
}
