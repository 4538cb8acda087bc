// A collection's grid printed as two or more lists of priced cards, split by an ad, a banner or a row break: the read takes every part, not the first.
import type { Block, List } from '../../model/dumpDocument';
import { childBlocks } from '../../model/blockTree';
import type { Attempt, BlockIndex } from '../blockIndex';
import { blockText, collapse, collapsedChars } from '../inlineText';
import type { KindContext } from './pageKind';
import { hasCardPrice } from './shopGrid';
import { MAX_PRICED_CARD_CHARS } from './collectionGrid';

/** A list holds a grid's part when it has this many items, at least half of them short priced cards: two priced items are a product's options. */
export const MIN_PART_ITEMS = 3;

/**
 * What may sit between two parts of one grid: an ad slot, a promotion tile or an empty row break, a block or two of a
 * sentence each. A heading between them opens another section (a "Recently viewed" rail), so a gap holds none.
 */
export const MAX_GAP_BLOCKS = 3;
/** The gap's characters at most: an ad's label and its sentence; a category text between two grids is longer. */
export const MAX_GAP_CHARS = 400;
/**
 * The parts of one grid share their cards' size: the other part's cards average at most this many times the read
 * part's (or at least its inverse). A list of short links or of long entries beside the grid is another thing.
 */
export const MAX_CARD_SIZE_RATIO = 2.5;

/** A list's priced share and its items' mean characters, when it is a grid's part (`MIN_PART_ITEMS`, half priced). */
export function gridPart(b: Block): { readonly meanChars: number } | undefined {
	if (b.kind !== 'list') return undefined;
	const items = (b as List).items;
	if (items.length < MIN_PART_ITEMS) return undefined;
	let priced = 0;
	let chars = 0;
	for (const it of items) {
		let text = '';
		for (const c of it.children) text += ` ${blockText(c)}`;
		const t = collapse(text);
		chars += t.length;
		if (t.length <= MAX_PRICED_CARD_CHARS && hasCardPrice(t)) priced++;
	}
	return priced * 2 >= items.length && priced >= MIN_PART_ITEMS - 1 ? { meanChars: chars / items.length } : undefined;
}

/** Whether a block may sit in a gap between two parts of a grid: no heading, no container holding one, short. */
export function isGapBlock(index: BlockIndex, b: Block): boolean {
	if (b.kind === 'heading') return false;
	if (childBlocks(b).some((c) => c.kind === 'heading')) return false;
	return index.charsOf(b) <= MAX_GAP_CHARS;
}

/**
 * The read with the other parts of its grid: for each list of priced cards the read holds (`gridPart`), its sibling
 * lists of priced cards of a like size (`MAX_CARD_SIZE_RATIO`) that the read lacks, when at most `MAX_GAP_BLOCKS`
 * short blocks without a heading (`MAX_GAP_CHARS` in all) sit between the two, are added in document order; the gap's
 * blocks stay out (an ad is not the collection's). The read as it is when it holds no such list, or no part is missing.
 *
 * Why: a shop splits a long grid into lists around an ad slot, a promotion tile or a row of its own, and the article
 * pipeline's container (or the grid's end, gridEnd.ts) then holds the first part only: the collection read loses the
 * cards after the break. Robustness proxy (scripts of session 55, tuning part of wcxb-dev, the 56 annotated
 * collections with four or more price lines): an ad's div (a label and one sentence) inserted between two cards
 * at the middle of the grid's price lines; a shop whose grid is a list of 48 cards then read 24 (0.949 -> 0.696).
 * Measured (session 55, main 030ec50): tuning part as detected, as is and declassed, no page moves on any kind (a
 * guard: no tuning grid is split so); on the ad-split copies, collection 0.7795 -> 0.7840 (half B 0.7841 -> 0.7946,
 * the one shop back to 0.949, 0.928 declassed; half A unchanged; no page down).
 */
export function withSplitGrid({ index }: Pick<KindContext, 'index'>, attempt: Attempt): Attempt {
	if (attempt.blocks.length === 0) return attempt;
	const inRead = new Set<Block>(attempt.blocks);
	// Each parent's children are scanned once, whatever the number of the read's lists it holds.
	const seenParents = new Set<Block | undefined>();
	const added: Block[] = [];
	for (const b of attempt.blocks) {
		if (b.kind !== 'list') continue;
		const parent = index.parent.get(b);
		if (seenParents.has(parent)) continue;
		seenParents.add(parent);
		const kids = parent === undefined ? index.doc.blocks : childBlocks(parent);
		collectParts(index, kids, inRead, added);
	}
	if (added.length === 0) return attempt;
	const blocks = [...attempt.blocks, ...added].sort((x, y) => x.range.start - y.range.start);
	// A part an earlier step cut (the grid's end, gridEnd.ts, read the first part as the whole grid) is no longer removed.
	// The added parts are disjoint: each removed region asks the last part starting at or before it (a binary search).
	const parts = [...added].sort((x, y) => x.range.start - y.range.start);
	const within = (start: number, end: number): boolean => {
		let lo = 0;
		let hi = parts.length - 1;
		let at = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (parts[mid].range.start <= start) {
				at = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return at >= 0 && end <= parts[at].range.end;
	};
	const removed = attempt.removed.filter((r) => !within(r.range.start, r.range.end));
	return { ...attempt, blocks, removed, chars: attempt.chars + collapsedChars(added) };
}

/**
 * One pass over a parent's children: runs of grid parts joined by short gaps; a run that holds a part of the read
 * gives its other parts to `added`.
 */
function collectParts(index: BlockIndex, kids: readonly Block[], inRead: ReadonlySet<Block>, added: Block[]): void {
	let run: { block: Block; meanChars: number }[] = [];
	let gapBlocks = 0;
	let gapChars = 0;
	const close = (): void => {
		if (run.length > 1 && run.some((p) => inRead.has(p.block))) {
			const read = run.find((p) => inRead.has(p.block))!;
			for (const p of run) {
				if (inRead.has(p.block)) continue;
				const ratio = p.meanChars / Math.max(1, read.meanChars);
				if (ratio <= MAX_CARD_SIZE_RATIO && ratio >= 1 / MAX_CARD_SIZE_RATIO) added.push(p.block);
			}
		}
		run = [];
		gapBlocks = 0;
		gapChars = 0;
	};
	for (const k of kids) {
		const part = gridPart(k);
		if (part) {
			run.push({ block: k, meanChars: part.meanChars });
			gapBlocks = 0;
			gapChars = 0;
			continue;
		}
		if (run.length === 0) continue;
		gapBlocks++;
		gapChars += index.charsOf(k);
		if (gapBlocks > MAX_GAP_BLOCKS || gapChars > MAX_GAP_CHARS || !isGapBlock(index, k)) close();
	}
	close();
}
