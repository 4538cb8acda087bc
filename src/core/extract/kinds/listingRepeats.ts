// Listing repeats: a listing prints no author's paragraph twice, so a long block that repeats an earlier one is a copy (a launch's pitch in its card, its modal and its preview).
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { dropRepeatedBlocks, MAX_REPEATED_CHARS } from '../heuristics/repeatedBlocks';

/**
 * The general clean-up (heuristics/repeatedBlocks.ts) leaves repeated blocks longer than `MAX_REPEATED_CHARS` alone,
 * because an article's author may repeat a paragraph on purpose (the readability corpus does, and lost 0.05 F1 when
 * they went). A listing has no such author: a long paragraph printed twice on it is one teaser rendered once per
 * layout or panel (a product launch's pitch in its card, its comment preview and its modal; a news feed's summary in
 * the lead story and the river). Those longer ones go here, anywhere on the page (cardCopies.ts compares one card's
 * lines only). Measured with `eval --only wcxb --part tune` (word F1): listing 0.765 → 0.767, all 0.889 → 0.890
 * (page mean 0.8893 → 0.8896), 5 pages up on 5 sites, none down (a launch listing 0.05 → 0.12, a craft shop's page read as a
 * listing 0.66 → 0.80, a news front 0.88 → 0.90, a service page read as a listing 0.59 → 0.65, an article +0.02); readability corpus 0.945
 * and seeds 53/53 unchanged.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A listing -0.003 (a launch listing 0.12 -> 0.05, a tech news front 0.91 ->
 * 0.89), half B 1 up and 2 down (service -0.001, listing +0.0003): kept.
 */
export const MIN_LISTING_REPEAT_CHARS = MAX_REPEATED_CHARS + 1;

/** The listing's blocks without those longer than `MIN_LISTING_REPEAT_CHARS` whose text an earlier block already holds. */
export function dropListingRepeats(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return dropRepeatedBlocks(blocks, removed, MIN_LISTING_REPEAT_CHARS, Infinity);
}
