// A grid split by an ad under the page's name: the buy-box tests leave out every part of the grid, not the largest one only.
import type { Block, List } from '../../model/dumpDocument';
import { childBlocks } from '../../model/blockTree';
import type { BlockIndex } from '../blockIndex';
import { blockText, collapse } from '../inlineText';
import { hasCardPrice } from './shopGrid';
import { MAX_PRICED_CARD_CHARS } from './collectionGrid';
import { isGapBlock, MAX_CARD_SIZE_RATIO, MAX_GAP_BLOCKS, MAX_GAP_CHARS } from './splitGrid';

/**
 * A part beside the grid holds at least this many cards, every one short and priced: a buy box is one price at the
 * name, not a run of priced cards; two cards are the least a split leaves before its gap (an ad after a row of two).
 */
export const MIN_OTHER_PART_CARDS = 2;

/** The cards of a list (its items) or of a container (its child blocks), each as its collapsed text. */
function cardTexts(b: Block): string[] | undefined {
	if (b.kind === 'list') return (b as List).items.map((it) => collapse(it.children.map((c) => blockText(c)).join(' ')));
	const kids = childBlocks(b);
	return kids.length > 0 ? kids.map((c) => collapse(blockText(c))) : undefined;
}

/** The cards' mean characters when every card is short and priced and there are at least `min` of them. */
function pricedPart(b: Block, min: number): number | undefined {
	if (b.kind === 'heading') return undefined;
	const cards = cardTexts(b);
	if (!cards || cards.length < min) return undefined;
	let chars = 0;
	for (const t of cards) {
		if (t.length > MAX_PRICED_CARD_CHARS || !hasCardPrice(t)) return undefined;
		chars += t.length;
	}
	return chars / cards.length;
}

/**
 * The block the buy-box tests of kinds/detect.ts leave out: `grid`'s parent when the parent holds nothing but `grid`,
 * other runs of short priced cards (`MIN_OTHER_PART_CARDS`, of a like size: splitGrid.ts `MAX_CARD_SIZE_RATIO`) and
 * short gaps between them (splitGrid.ts `isGapBlock`, at most `MAX_GAP_BLOCKS` in a row, `MAX_GAP_CHARS`); `grid` as
 * it is otherwise (fails safe: a parent that also holds a heading, a buy box or prose is not widened).
 *
 * Why: a shop's grid split by an ad slot under the h1 leaves its first part out of the grid the detection found (the
 * larger part), and that part's first card, a price and an "Add to cart" under the name, read as one product's buy box:
 * the category went to product. A buy box is one price at the name, not a run of priced cards continued past a short
 * block. Robustness proxy (coll55's `ads`: an ad's div inserted at the middle of a collection's price lines, 56 tuning
 * collections; session 56): as detected 0.7841 -> 0.7911 (half A 0.7761 -> 0.7786, half B 0.7946 -> 0.8078; failed 6 -> 5),
 * declassed 0.7669 -> 0.7786 (A 0.7646 -> 0.7745, B 0.7700 -> 0.7842): a maker's market 0.83 -> 0.91 (A) and a
 * headphone shop 0.47 -> 0.79 (B) back to collection. Tuning part as is and declassed: no page moves, no page's kind or
 * kind rule changes. Products stay products: the same ad put in the 44 tuning product pages' price lines (their
 * recommendations), as is and declassed, and prod56's `EVAL_PERTURB=gap|noprice`: no page moves.
 */
export function gridWithParts(index: BlockIndex, grid: Block | undefined): Block | undefined {
	if (grid === undefined) return grid;
	const parent = index.parent.get(grid);
	if (parent === undefined) return grid;
	const gridChars = pricedPart(grid, MIN_OTHER_PART_CARDS);
	if (gridChars === undefined) return grid;
	let parts = 0;
	let gapBlocks = 0;
	let gapChars = 0;
	for (const k of childBlocks(parent)) {
		if (k === grid) {
			gapBlocks = 0;
			gapChars = 0;
			continue;
		}
		const chars = pricedPart(k, MIN_OTHER_PART_CARDS);
		if (chars !== undefined) {
			const ratio = chars / Math.max(1, gridChars);
			if (ratio > MAX_CARD_SIZE_RATIO || ratio < 1 / MAX_CARD_SIZE_RATIO) return grid;
			parts++;
			gapBlocks = 0;
			gapChars = 0;
			continue;
		}
		gapChars += index.charsOf(k);
		if (++gapBlocks > MAX_GAP_BLOCKS || gapChars > MAX_GAP_CHARS || !isGapBlock(index, k)) return grid;
	}
	return parts > 0 ? parent : grid;
}
