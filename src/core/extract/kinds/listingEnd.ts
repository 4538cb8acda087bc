// The listing ends with its last card: what a whole-page read keeps after the page's repeated cards (promos, forms, footers no class name marked) is chrome.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
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

/** The read's blocks up to the end of the page's last repeated card, when what follows is less than `MAX_AFTER_CARDS_SHARE` of it. */
export function untilLastCard(blocks: Block[], signals: PageSignals, removed: RemovedRegion[]): Block[] {
	const cards = signals.cards?.items;
	if (!cards || cards.length === 0) return blocks;
	const end = maxOf(cards.map((c) => c.range.end));
	const dropped: RemovedRegion[] = [];
	const kept = cutBlocks(blocks, end, false, dropped, { step: 'after-items', signal: 'after the last card' });
	const total = collapsedChars(blocks);
	if (total === 0 || total - collapsedChars(kept) >= total * MAX_AFTER_CARDS_SHARE) return blocks;
	pushAll(removed, dropped);
	return kept;
}
