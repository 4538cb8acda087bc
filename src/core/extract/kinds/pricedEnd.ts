// The collection ends with its last priced card even when no grid container was found: a whole-page read drops the footer and dialogs after it.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import type { Attempt } from '../blockIndex';
import { collapsedChars, collapsedText } from '../inlineText';
import { measureBlocks } from './blockMeasures';
import { cutBlocks } from './cutBlocks';
import { collectionGrid } from './collectionGrid';
import { MIN_AFTER_GRID_PROSE } from './gridEnd';
import { MAX_AFTER_CARDS_SHARE } from './listingEnd';
import type { KindContext } from './pageKind';
import { hasCardPrice } from './shopGrid';

/** Priced lines a read needs for its last one to end a grid: fewer are a shipping threshold or one offer in a banner. */
export const MIN_PRICED_LINES = 3;

/** A priced line longer than this is a sentence of text that names a price, not a card's line. */
const MAX_PRICED_LINE_CHARS = 400;

/** How the cut below the last priced line is recorded. */
const AFTER_PRICES = { step: 'after-prices', signal: 'after the last priced line, no grid found' };

/** The end of the last short priced line among the blocks (depth first, in order), and how many such lines there are. */
function lastPricedLine(blocks: readonly Block[]): { end: number; lines: number } {
	let end = -1;
	let lines = 0;
	const visit = (bs: readonly Block[]): void => {
		for (const b of bs) {
			if (b.kind === 'paragraph' || b.kind === 'heading') {
				const text = collapsedText(b);
				if (text.length <= MAX_PRICED_LINE_CHARS && hasCardPrice(text)) {
					lines++;
					end = b.range.end;
				}
			} else visit(childBlocks(b));
		}
	};
	visit(blocks);
	return { end, lines };
}

/**
 * A collection read whole whose page shows no grid container the reader knows (collectionGrid.ts: no class-word group,
 * list or platform template) still ends with its last card: on a shop whose template no rule knows, the whole page
 * brings the footer's columns, the cookie banner and the offer pop-up after the cards. The read ends after its last
 * short priced line when it holds at least `MIN_PRICED_LINES` of them, under gridEnd.ts's guards: what follows is less
 * than `MAX_AFTER_CARDS_SHARE` of the read and holds fewer than `MIN_AFTER_GRID_PROSE` long paragraphs (a category's
 * buying guide below the cards keeps the read whole).
 * Session 51 (coll56), tuning part of wcxb-dev, word F1: the 70 annotated collections move on no proxy (as is,
 * declassed, platform profiles off, both, the collection read forced): every whole-page read there finds a grid.
 * With the collection read forced on the 141 product and listing pages (declassed, profiles off, where a grid's
 * class words and platform templates are gone), one page of half B up (a marketplace's product page whose cards
 * print their prices apart from any grid, 0.238 -> 0.266), none down. A guard for unseen templates, not tuning gain.
 */
export function untilPricedEnd({ index, signals, whole }: KindContext, read: Attempt): Attempt {
	if (read.region !== whole.region || collectionGrid({ index, signals })) return read;
	const last = lastPricedLine(read.blocks);
	if (last.lines < MIN_PRICED_LINES) return read;
	const dropped: RemovedRegion[] = [];
	const kept = cutBlocks(read.blocks, last.end, false, dropped, AFTER_PRICES);
	const total = collapsedChars(read.blocks);
	const keptChars = collapsedChars(kept);
	if (total === 0 || keptChars === total || total - keptChars >= total * MAX_AFTER_CARDS_SHARE) return read;
	if (measureBlocks(cutBlocks(read.blocks, last.end, true, [], AFTER_PRICES)).longParagraphs >= MIN_AFTER_GRID_PROSE) return read;
	return { ...read, blocks: kept, removed: [...read.removed, ...dropped], chars: keptChars };
}
