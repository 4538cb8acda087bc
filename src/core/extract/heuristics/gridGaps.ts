// Grid gaps: a short block with no price, link or picture between two priced parts of a grid is an ad slot's label and text, not the collection's.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import { withChildren } from '../../model/divNodes';
import type { RemovedRegion } from '../article';
import { isContainer } from '../blockIndex';
import { blockText, collapse } from '../inlineText';
import { MAX_PRICED_CARD_CHARS } from '../kinds/collectionGrid';
import { hasCardPrice } from '../kinds/shopGrid';
import { gridPart, MAX_GAP_BLOCKS, MAX_GAP_CHARS } from '../kinds/splitGrid';
import { hasLinkOrImage } from './gridPromos';

/** Appends the blocks' texts to `into` until it holds more than `cap` characters; false once it does (the rest unread). */
function readUpTo(blocks: readonly Block[], into: string[], cap: number, count: { n: number }): boolean {
	for (const b of blocks) {
		const kids = b.kind === 'paragraph' || b.kind === 'heading' ? [] : childBlocks(b);
		if (kids.length > 0) {
			if (!readUpTo(kids, into, cap, count)) return false;
			continue;
		}
		const t = blockText(b);
		into.push(t);
		count.n += t.length + 1;
		if (count.n > cap) return false;
	}
	return true;
}

/**
 * The blocks' collapsed text, when at most `limit` characters: a wrapper's text is read leaf by leaf and no further
 * than twice the limit, so that a grid's wrapper is not read whole at each of its levels to learn it is long.
 */
function shortText(parts: readonly Block[], limit: number): string | undefined {
	const into: string[] = [];
	if (!readUpTo(parts, into, limit * 2, { n: 0 })) return undefined;
	const t = collapse(into.join(' '));
	return t.length <= limit ? t : undefined;
}

/** The parts a block's text is read from: its children, one at a time (a paragraph or a leaf is read itself). */
function partsOf(b: Block): readonly Block[] {
	const kids = b.kind === 'paragraph' || b.kind === 'heading' ? [] : childBlocks(b);
	return kids.length > 0 ? kids : [b];
}

/** Whether the blocks are one priced card: a price in at most `MAX_PRICED_CARD_CHARS`. */
function isPricedCard(parts: readonly Block[]): boolean {
	const t = shortText(parts, MAX_PRICED_CARD_CHARS);
	return t !== undefined && hasCardPrice(t);
}

/**
 * Whether a block is a priced part of a grid: one priced card (`MAX_PRICED_CARD_CHARS`, with a link or a picture), a list
 * of them (kinds/splitGrid.ts `gridPart`), or the grid's last row: a shorter list whose every item is a priced card.
 */
function isPricedPart(b: Block): boolean {
	if (b.kind === 'list') return gridPart(b) !== undefined || (b.items.length > 0 && b.items.every((it) => isPricedCard(it.children)));
	// A card links to its item or shows its picture: a bare price line is one card's own part, and so is what sits beside it.
	return b.kind !== 'heading' && isPricedCard(partsOf(b)) && hasLinkOrImage([b]);
}

/** Whether a block may be an ad slot's: no heading, no price, no link or picture, short (kinds/splitGrid.ts's gap bounds). */
function gapText(b: Block): string | undefined {
	if (b.kind === 'heading' || b.kind === 'list') return undefined;
	if (childBlocks(b).some((c) => c.kind === 'heading')) return undefined;
	const t = shortText(partsOf(b), MAX_GAP_CHARS);
	if (t === undefined || t.length === 0 || hasCardPrice(t) || hasLinkOrImage([b])) return undefined;
	return t;
}

/**
 * The blocks without the gaps of their grids, at any depth: a run of at most `MAX_GAP_BLOCKS` blocks of at most
 * `MAX_GAP_CHARS` in all, none with a heading, a price, a link or a picture, right between two priced parts of a grid
 * (a priced card, or a list of priced cards) that are its siblings. The gap's neighbours are read once each.
 *
 * Why: a shop splits its grid around an ad slot (a label, "Advertisement", and a sentence) or a row break's caption;
 * the collection read keeps every part (kinds/splitGrid.ts) and, until now, the ad's text between them. An unpriced
 * card of the grid links to its item and stays; a promotion tile with a link is gridPromos.ts's.
 * Measured (session 59, wcxb-dev tuning part): as is, declassed and unique (`EVAL_DECLASS=unique EVAL_NO_PLATFORMS=all`)
 * no page of any kind moves (no tuning grid is split so). coll56's ad-split proxy (an ad's div, a label and a sentence,
 * inserted before the card at the middle of the grid's price lines; 56 annotated collections): as is 0.7910 -> 0.7961
 * (half A 0.7786 -> 0.7814, half B 0.8076 -> 0.8158; 15 pages up by 0.005 to 0.08, none down), declassed 0.7805 ->
 * 0.7860 and unique 0.7388 -> 0.7442 (17 up, none down). Both neighbours must show a link or a picture: with a bare
 * price line as a neighbour, a card's own badges between its price lines ("Exclusive price") went on a tuning page.
 * A pass over the page's boxes for reads that list the cards' lines (the boxes flattened) took a card's guarantee
 * line between its priced parts too: dropped.
 */
export function dropGridGaps(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	let out: Block[] | undefined;
	const n = blocks.length;
	// The priced test of each block, read at most once.
	const priced = new Array<boolean | undefined>(n);
	const isPriced = (i: number): boolean => (priced[i] ??= isPricedPart(blocks[i]));
	const drop = new Set<number>();
	let i = 1;
	while (i < n - 1) {
		// A run of gap blocks starting at i, after a priced part.
		let j = i;
		let chars = 0;
		while (j < n && j - i < MAX_GAP_BLOCKS && !drop.has(j)) {
			const t = gapText(blocks[j]);
			if (t === undefined || chars + t.length > MAX_GAP_CHARS) break;
			chars += t.length;
			j++;
		}
		if (j > i && j < n && isPriced(i - 1) && isPriced(j)) {
			for (let k = i; k < j; k++) drop.add(k);
			i = j + 1;
		} else i = Math.max(i + 1, j);
	}
	for (let k = 0; k < n; k++) {
		const b = blocks[k];
		if (drop.has(k)) {
			const t = collapse(blockText(b));
			removed.push({ range: b.range, step: 'grid-gap', signal: t.length > 40 ? `${t.slice(0, 40)}…` : t });
			out ??= blocks.slice(0, k);
			continue;
		}
		let next = b;
		if (isContainer(b)) {
			const children = dropGridGaps(b.children, removed);
			if (children !== b.children) next = withChildren(b, children);
		}
		if (next !== b) out ??= blocks.slice(0, k);
		out?.push(next);
	}
	return out ?? (blocks as Block[]);
}

