// A listing's filter panels: search results and directories read with their facet sidebar ("Date: Today, Tomorrow; Format: Class, Conference") keep controls, not items.
import type { Attempt, BlockIndex } from '../blockIndex';
import { facetPanels } from '../heuristics/facetPanels';
import { productHeading, withoutChrome } from './productRegion';

/**
 * Search results, event finders and directories set a filter sidebar beside their items (Date: Today, Tomorrow; Format:
 * Class, Conference; Language; Currency), and a listing read whole keeps it: the reader came for the items, and the
 * panel's options are controls. The containers named as filter panels (heuristics/facetPanels.ts, the collection's own
 * test: class words, under 0.3 of the page's text, not the wrapper of the results) leave the listing's read as they
 * leave a collection's. Measured on the tuning part of wcxb-dev (word F1): pages detected as listings unchanged (none
 * names such a panel); with the listing strategy forced on the 72 annotated listings (`EVAL_FORCE_KIND=listing`), an
 * event finder 0.349 -> 0.357, no page down: a guard for search pages on unseen sites rather than a tuning gain.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): no page moves, half A or B (the guard above): kept.
 */
export function withoutListingFacets(index: BlockIndex, a: Attempt): Attempt {
	return withoutChrome(a, facetPanels(index, productHeading(index)));
}
