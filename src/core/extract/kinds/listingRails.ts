// Listing rails: a listing's read that ends with a labelled rail of other items ("Trending stories", "Popular", "More from ...") ends before it.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import type { BlockIndex } from '../blockIndex';
import { dropTrailingLinks } from '../heuristics/trailingLinks';

/**
 * A feed's page often ends with a rail of the site's other items under a label of further reading ("Trending
 * stories", "Popular", "Recommended", "More from ..."), shaped like the feed's own teasers, so no item rule tells them
 * apart and a read of the feed's container or of the whole page keeps it. The article kinds drop such a closing rail
 * (heuristics/trailingLinks.ts: the last label of further reading after which the text is mostly links, to the end,
 * at most half the read); a listing's read gets the same step, after its other clean-ups. The label list is the
 * article kinds', so a listing's own sections ("Latest posts" over the feed itself) are cut only when what follows
 * is under half of the read.
 * Measured (`eval --only wcxb --part tune`, session 24): listing half A 0.6961 → 0.7045 (a tech blog front 0.42 →
 * 0.71, its "Trending Stories" grid), half B 0.8433 → 0.8440 (a news front 0.80 → 0.83); an article read as a listing
 * on half B 0.935 → 0.945; a service page read as a listing on half A 0.914 → 0.901 (its truth keeps the "Trending
 * Design Articles" rail); all half A 0.8901 → 0.8906, half B 0.8981 → 0.8981. Readability corpus 0.947 → 0.947.
 */
export function dropListingRails(index: BlockIndex, blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return [...dropTrailingLinks(index, blocks, removed)];
}
