// A listing in a platform's own container: the profile trusts the container, so its lists of links are the items, not chrome.
import type { RemovedRegion } from '../article';
import { type Attempt, type BlockIndex, ROOT } from '../blockIndex';
import { cleanBlock } from '../clean';
import { prunedContainers } from '../prune';
import { WHOLE_PAGE_FLAGS } from './wholePage';

/**
 * The re-read replaces the article pipeline's when it keeps at least this many times its text: the link-density
 * cleaning removed lists that are most of the container (a wiki's category page lists its members as columns of
 * links). Measured on the 74 tuning pages of wcxb-dev detected as listings (mean word F1): 1.0 and 1.2 → 0.711 as
 * 1.5 (two pages re-read: a wiki category page 0.649 → 0.983, a WordPress article read as listing 0.865 → 0.935);
 * 2 → 0.710 (the article back to 0.865); 3 → 0.705 (the category page back too).
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A unchanged, half B listing 0.843 -> 0.834 (2 pages down): kept, it carries
 * over to unstudied sites.
 */
export const MIN_TRUSTED_GAIN = 1.5;

/**
 * The article pipeline's container, when a platform profile found it, read again as a landing page is read (named
 * chrome pruned, nothing cleaned by link density): on a listing, the lists of links are its items. Undefined when
 * the attempt has no profile or the re-read adds less than `MIN_TRUSTED_GAIN`.
 */
export function trustedListing(index: BlockIndex, article: Attempt): Attempt | undefined {
	if (!article.profile || article.region === ROOT) return undefined;
	const pruned = prunedContainers(index, WHOLE_PAGE_FLAGS);
	const removed: RemovedRegion[] = [];
	const kept = cleanBlock(index, article.region, WHOLE_PAGE_FLAGS, removed, article.profile, true, pruned);
	if (kept.stats.chars < article.chars * MIN_TRUSTED_GAIN) return undefined;
	// What the pipeline removed outside its container stands; inside it, the re-read's own removals replace it.
	const { start, end } = article.region.range;
	const outside = article.removed.filter((r) => r.range.end <= start || r.range.start >= end);
	return { ...article, blocks: kept.blocks, removed: [...outside, ...removed], chars: kept.stats.chars };
}
