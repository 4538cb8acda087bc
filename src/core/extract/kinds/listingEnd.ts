// The listing ends with its last card: what a whole-page read keeps after the page's repeated cards (promos, forms, footers no class name marked) is chrome.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type BlockIndex, isContainer } from '../blockIndex';
import { isCardShape, shapeOf } from './cardGroup';
import { collapsedChars } from '../inlineText';
import { cutBlocks } from './cutBlocks';
import type { PageSignals } from './signals';
import { maxOf, pushAll } from '../../model/pushAll';

/**
 * The text after the last card is dropped only when it is less than this share of what the read keeps: cards that
 * sit high on the page (a strip of teasers above a long feed, a menu of cards) leave the rest alone. Measured with
 * `eval --only wcxb --part tune --kind listing` on listings read whole (word F1): 0.25 → 0.707, 0.5 → 0.708 (8
 * listings of 8 sites up: 0.47 → 0.56, 0.65 → 0.68, 0.89 → 0.92, 0.95 → 0.99, four by < 0.02; none down), 0.75 →
 * 0.693, always → 0.685; from 0.705. Whole tuning part at 0.5: all 0.860 → 0.860 (P 0.857 → 0.859), 12 pages of
 * 12 sites up, 5 down (a service page 0.35 → 0.17, two articles read as listings −0.07, −0.06); readability
 * corpus 0.943 → 0.944 (pixnet 0.25 → 0.33).
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A listing 0.694 -> 0.689 (4 down: a tech blog 0.81 -> 0.72, a tech news front
 * 0.42 -> 0.35), half B listing 0.843 -> 0.841 (1 up, 6 down): kept.
 */
export const MAX_AFTER_CARDS_SHARE = 0.5;

/**
 * Text between two boxes of the cards' shape after the group's last card, at most: a section's heading, a "Back to
 * top" link, a label ("Winners", "More in this category"). More text than this ends the run of further cards.
 */
export const MAX_RUN_GAP_CHARS = 200;

/**
 * Where the page's cards end: the last card of the group, and past it every further box of a card's shape
 * (cardGroup.ts `shapeOf`) that follows with at most `MAX_RUN_GAP_CHARS` of other text before it. A list in two
 * parts (a category's items, then a second category's items one box deeper) has one card group, under the first
 * part's parent: the second part's cards are no siblings of the first, yet they are the listing. Found with the
 * `EVAL_PERTURB=unwrap-cards` proxy: an awards list read whole ended after its first half (0.994 -> 0.747).
 * Measured (session 61b, tuning part of wcxb-dev, word F1): as is no page moves (all 0.90762, listing 0.81382);
 * declassed all 0.89478 -> 0.89489 (half B: an article read as a listing 0.864 -> 0.980); unique, no platforms,
 * listing 0.76352 -> 0.76500 (half A =, half B 0.7922 -> 0.7950: a listing 0.746 -> 0.852); unique with unwrap-cards,
 * listing 0.74849 -> 0.75337 (half A 0.6998 -> 0.7070: the awards list 0.747 -> 0.992; half B 0.7920 -> 0.7948); no
 * page down, metadata and page kinds unchanged.
 * Linear: each box after the group is read once, its shape from at most `SHAPE_BLOCKS` blocks (cardGroup.ts).
 */
export function cardsEnd(index: BlockIndex, cards: readonly Block[]): number {
	let end = maxOf(cards.map((c) => c.range.end));
	const shapes = new Set<string>();
	for (const c of cards) {
		const shape = isContainer(c) ? shapeOf(index, c) : undefined;
		if (shape !== undefined && isCardShape(shape)) shapes.add(shape);
	}
	if (shapes.size === 0) return end;
	let gap = 0;
	for (const b of index.order.keys()) {
		if (b.range.start < end) continue;
		if (isContainer(b)) {
			const shape = shapeOf(index, b);
			if (shape === undefined || !shapes.has(shape)) continue;
			end = b.range.end;
			gap = 0;
		} else if (b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'table' || b.kind === 'code') {
			gap += index.charsOf(b);
			if (gap > MAX_RUN_GAP_CHARS) break;
		}
	}
	return end;
}

/** The read's blocks up to the end of the page's last repeated card, when what follows is less than `MAX_AFTER_CARDS_SHARE` of it. */
export function untilLastCard(blocks: Block[], signals: PageSignals, removed: RemovedRegion[], index: BlockIndex): Block[] {
	const cards = signals.cards?.items;
	if (!cards || cards.length === 0) return blocks;
	const end = cardsEnd(index, cards);
	const dropped: RemovedRegion[] = [];
	const kept = cutBlocks(blocks, end, false, dropped, { step: 'after-items', signal: 'after the last card' });
	const total = collapsedChars(blocks);
	if (total === 0 || total - collapsedChars(kept) >= total * MAX_AFTER_CARDS_SHARE) return blocks;
	pushAll(removed, dropped);
	return kept;
}
