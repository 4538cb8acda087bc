// Card copies: a feed's card that prints its teaser twice (one copy per screen layout) is read once.
import type { Attempt, BlockIndex } from '../blockIndex';
import { cardRanges, dropCardRepeats } from '../heuristics/cardRepeats';

/**
 * Only lines longer than this are compared. A card's short lines ("Winner", a byline, a tag) repeat inside it on
 * purpose and the annotators keep them (comparing every line cost an awards listing 0.99 → 0.95 on the wcxb-dev tuning
 * part); a summary of a few sentences printed twice in one card is a layout copy. Tuning listings (word F1): 150 →
 * 2 pages up (+0.024, +0.010), 60 → the same pages (+0.024, +0.017), none down; articles unchanged either way.
 */
export const MIN_CARD_COPY_CHARS = 60;

/**
 * Feeds print each teaser once per layout (a video playlist's summary in the player, the list and the caption; a
 * card's excerpt for mobile and desktop), and the article pipeline keeps every copy: the reader sees one. The lines
 * of one card (cardRepeats.ts's cards: a group of at least 3 short sibling containers of one class, or list items)
 * longer than `MIN_CARD_COPY_CHARS` whose words an earlier line of that card already holds are dropped, at any
 * length. Wired in the article and listing strategies. Measured on the wcxb-dev tuning part (word F1): listing 0.741
 * → 0.741 (a news hub read as an article 0.756 → 0.780, a tech-news feed 0.764 → 0.781, an article detected as a listing
 * 0.759 → 0.788, none down); article 0.951 → 0.951, no article page moved.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A unchanged, half B listing -0.0004 (1 down): kept.
 * Session 25 ablation (rule off where it fires; tuning part of wcxb-dev, main 23a4350, word F1): half A listing 0.7053
 * -> 0.7049 (2 down), half B listing 0.8443 -> 0.8439 (1 down): kept.
 */
export function withoutCardCopies(index: BlockIndex, a: Attempt): Attempt {
	const removed = [...a.removed];
	const blocks = dropCardRepeats(a.blocks, cardRanges(index), removed, Infinity, MIN_CARD_COPY_CHARS);
	return removed.length === a.removed.length ? a : { ...a, blocks, removed };
}
