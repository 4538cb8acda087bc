// Buy box before the description: on a product page, the short lines between the text's first block (the name) and a "Description" label are the buy box.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText } from '../inlineText';

/**
 * The label a shop puts over the product's own text, alone on its line: "Description", "Product details", "About
 * this item", "Overview" (and "Description" in a few other languages). Anchored, one short line: a sentence that
 * starts with the word is no label.
 */
export const DESCRIPTION_LABEL_RE = /^(?:product )?(?:description|details|overview|about (?:this|the) (?:item|product)|product details|beschreibung|produktbeschreibung|descripci[oó]n|descri[cç][aã]o|descrizione|beschrijving|omschrijving)\s?:?$/i;

/**
 * How far after the text's first block the label may be, in lines (a paragraph or heading is one, a list one per
 * item): a buy box with variant swatches, a stock line, delivery options and a size guide runs 20-30 lines on the
 * tuning shops. Tried: 25 and 60 lines found the same pages as 40.
 */
export const MAX_LINES_TO_LABEL = 40;

/**
 * A buy-box line is short: a price, a button, a swatch's name, a stock or delivery note. A line longer than this is
 * a sentence of the description or a tagline, and the run is then no buy box (the rule does nothing). Tried on the
 * tuning part (declassed; as is): 80 characters found 6 pages (+0.0035; +0.0008 product mean), 110 found 13 (+0.0065;
 * +0.0028), 150 the same 13, 300 found 17 with a tagline or a summary paragraph the truths keep (+0.0012; -0.0046).
 */
export const MAX_BUY_BOX_LINE_CHARS = 110;

/**
 * On a product page the text starts at the product's name (productName.ts) and the buy box follows it: rating,
 * price, colour and size swatches ("xs", "s", "m", "Size guide", "Please select a size"), stock alerts, quantity,
 * delivery options. Many shops then print a label ("Description", "Product details", "About this item") over the
 * product's own text. When every line between the first block and such a label is short, those lines are the buy
 * box, which annotators leave out, and the label with them (a control of the tab or accordion that shows the text).
 * Lists and tables in the run stay: a buy box's bullet points and a key-value table ("Form factor: True Wireless")
 * are the product's highlights, which truths keep more often than not. Found by the line shape and one label word,
 * whatever the markup's class words: the buy box's lines are many and differ from shop to shop (they were left to
 * class words before, so a shop whose class words are unknown kept them).
 * Measured (session 47, prod52, wcxb-dev tuning part, word F1): declassed product 0.70394 → 0.70867 (half A 0.71883
 * → 0.72925, half B 0.69650 → 0.69837; all 0.88907 → 0.88938), as is product 0.75421 → 0.75611 (A 0.76494 → 0.76648,
 * B 0.74885 → 0.75093); no other kind moves. Fires on 7 sites of both halves: eight pages up (a sportswear page
 * declassed 0.705 → 0.978, as is 0.929 → 0.984), one down (a watch shop 0.487 → 0.443 declassed, 0.402 → 0.374 as is,
 * whose truth keeps its variant and stock lines). "Product information" as a label was tried and left out: on a
 * marketplace it heads the technical table below a summary whose lines (store, rating, positive ratings) the truth
 * keeps (one page 0.677 → 0.596 declassed).
 */
export function dropBuyBoxBeforeDescription(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	const first = firstWithText(blocks);
	const label = first < 0 ? -1 : descriptionLabelAt(blocks, first);
	if (label < 0) return blocks;
	const out: Block[] = blocks.slice(0, first + 1);
	for (let i = first + 1; i <= label; i++) {
		const b = blocks[i];
		if (i < label && (b.kind === 'list' || b.kind === 'table')) out.push(b);
		else if (collapsedText(b) === '') out.push(b);
		else removed.push({ range: b.range, step: 'buy-box-before-description', signal: collapsedText(b).slice(0, 60) });
	}
	for (let i = label + 1; i < blocks.length; i++) out.push(blocks[i]);
	return out;
}

/**
 * The index of the description label within `MAX_LINES_TO_LABEL` lines after the first block, when every line
 * before it is a short one; -1 otherwise (no label, a long line first, or a label right after the first block).
 */
function descriptionLabelAt(blocks: readonly Block[], first: number): number {
	let lines = 0;
	for (let i = first + 1; i < blocks.length && lines <= MAX_LINES_TO_LABEL; i++) {
		const b = blocks[i];
		const texts = lineTexts(b);
		if (texts.length === 0) continue;
		if ((b.kind === 'heading' || b.kind === 'paragraph') && DESCRIPTION_LABEL_RE.test(texts[0])) return i > first + 1 ? i : -1;
		if (texts.some((t) => t.length > MAX_BUY_BOX_LINE_CHARS)) return -1;
		lines += texts.length;
	}
	return -1;
}

/** The index of the first block that prints text (a gallery's photos print none), within `MAX_LINES_TO_LABEL` blocks; -1 when none. */
function firstWithText(blocks: readonly Block[]): number {
	for (let i = 0; i < blocks.length && i <= MAX_LINES_TO_LABEL; i++) if (lineTexts(blocks[i]).length > 0) return i;
	return -1;
}

/** The lines a block prints: a paragraph or heading one, a list one per item, a table one per row; others none counted. */
function lineTexts(b: Block): string[] {
	if (b.kind === 'paragraph' || b.kind === 'heading') {
		const t = collapsedText(b);
		return t === '' ? [] : [t];
	}
	if (b.kind === 'list') return b.items.map((it) => collapse(it.children.map((c) => collapsedText(c)).join(' '))).filter((t) => t !== '');
	if (b.kind === 'table') return b.rows.map((r) => collapse(r.cells.map((c) => c.text).join(' '))).filter((t) => t !== '');
	const t = collapsedText(b);
	return t === '' ? [] : [t];
}
