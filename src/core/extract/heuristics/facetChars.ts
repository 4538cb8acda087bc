// Filter panels found by their options weigh nothing in the whole page's measure: its text, not its blocks, leaves them out.
import type { Block } from '../../model/dumpDocument';
import type { Attempt, BlockIndex } from '../blockIndex';
import { countedFacetPanels } from './countedFacets';

/**
 * The characters of the page's counted-facet panels (countedFacets.ts: boxes of options like "Red (12)", whatever
 * their class words) that the whole-page read keeps (none inside a box it prunes), to be taken off the whole page's
 * `chars` where the FAQ test weighs the article's container against it (kinds/faqSection.ts), its blocks untouched.
 * Why: the coverage tests compare the article pipeline's container with the whole page's text. A category whose theme
 * prints a filter box of a score of counted options beside its grid made the page look longer than its content: the
 * category's container (its title, grid and a few questions) fell under `MAX_FAQ_COVERAGE` of it (kinds/faqSection.ts),
 * and the page was read whole, menus and filters with it (coll57's facet proxy, a CBD shop, 0.978 -> 0.725). Pruning
 * the panels from the whole page's blocks cost a declassed category (session 56), so only the measure changes.
 * Taken off the whole page's `chars` itself (every coverage test), it moved a half-B page read as a product (its
 * breadcrumb came back, 1.000 -> 0.909): only the FAQ test, the one that failed, reads it, and the near-empty read's
 * test (heuristics/emptyReadFallback.ts `frameWrappers`, session 59), the one a shoe shop's filter box failed.
 * Measured: see `wholeCharsLessFacets`.
 */
export function facetPanelChars(index: BlockIndex, pruned: ReadonlyMap<Block, string>): number {
	let chars = 0;
	for (const p of countedFacetPanels(index, undefined)) {
		let kept = true;
		for (let q: Block | undefined = p; q !== undefined && kept; q = index.parent.get(q)) if (pruned.has(q)) kept = false;
		if (kept) chars += index.charsOf(p);
	}
	return chars;
}

/** The filter panels' characters noted for each whole-page attempt (`noteFacetChars`). */
const facetCharsOf = new WeakMap<Attempt, number>();

/** Notes the characters of the filter panels inside the whole-page attempt `whole` (kinds/wholePage.ts). */
export function noteFacetChars(whole: Attempt, chars: number): void {
	if (chars > 0) facetCharsOf.set(whole, chars);
}

/**
 * The whole page's characters less its counted filter panels' (`facetPanelChars`), as noted when it was read.
 * Measured (session 58, wcxb-dev tuning part, word F1): as is, declassed and unique (`EVAL_DECLASS=unique
 * EVAL_NO_PLATFORMS=all`) no page of any kind moves. coll55's proxy of a counted filter box inserted under the h1 (68
 * annotated collections): declassed 0.8100 -> 0.8137 and unique 0.7914 -> 0.7951 (half A: a CBD shop's category
 * 0.725 -> 0.978, read whole before; half B unchanged), as is unchanged; coll57's labelled-facets proxy unchanged.
 */
export function wholeCharsLessFacets(whole: Attempt): number {
	return Math.max(0, whole.chars - (facetCharsOf.get(whole) ?? 0));
}
