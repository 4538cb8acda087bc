// Collection repeats: a long block a category page prints twice (a review quoted in a carousel and again in its slide's clone) is read once.
import type { Attempt } from '../blockIndex';
import { dropListingRepeats } from './listingRepeats';

/**
 * A category page, like a listing (listingRepeats.ts), has no author who repeats a paragraph on purpose: a long block
 * printed again on it is one rendered twice (a customer review in a carousel and in the carousel's cloned slide, the
 * category's blurb over the grid and in a "read more" panel). The token-bag metric counts every copy. Blocks longer
 * than the general clean-up's limit (heuristics/repeatedBlocks.ts) whose text an earlier block already holds go.
 * Wired last in the collection strategy (collection.ts). Tuning part of wcxb-dev (session 30, word F1): collection
 * half A 0.8338 -> 0.8343 (a wellness shop's category whose review carousel printed one review twice 0.869 -> 0.888),
 * half B 0.8229 -> 0.8255 (2 pages up by 0.074 and 0.010, 1 down by 0.002); no other kind moves; readability
 * corpus 0.947, seeds 53/53.
 */
export function withoutCollectionRepeats(a: Attempt): Attempt {
	const removed = [...a.removed];
	const blocks = dropListingRepeats(a.blocks, removed);
	return removed.length === a.removed.length ? a : { ...a, blocks, removed };
}
