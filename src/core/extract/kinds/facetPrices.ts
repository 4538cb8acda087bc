// Filter prices: a price inside a collection's filter panel ("The highest price is $40.00", "$20 - $50") bounds a filter, it is not a product's buy box.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { facetPanels } from '../heuristics/facetPanels';
import { productHeading } from './productRegion';

/*
 * Why: the kind detector reads a price within a few blocks under the page's h1 as a product's buy box
 * (buyBoxAtName.ts, buyBox.ts). A category whose filters sit right under its title prints its price filter's bounds
 * there (Shopify Dawn's snippets/facets.liquid writes "The highest price is $40.00" in the price facet), and the
 * category was read as a product (session 35, a synthetic Dawn collection). The filter panels are the collection
 * strategy's own (heuristics/facetPanels.ts, named containers under a share of the page): their lines are skipped by
 * the buy-box tests.
 * Measured (session 36, main 4f19061, tuning part of wcxb-dev): no page's kind or text changes (page kind 873/1054,
 * all 0.90313): the tuning categories' filters sit below their first card or hold no price. A guard for the unseen
 * shops on Dawn and other themes that print a price filter under the title (test/unit/facetPrices.test.ts).
 */

/** The filter panels' source ranges, nested ones merged, in order: `[start0, end0, start1, end1, ...]`. */
const panelsOf = new WeakMap<BlockIndex, readonly number[]>();

function panelRanges(index: BlockIndex): readonly number[] {
	const ranges = [...facetPanels(index, productHeading(index)).keys()].map((p) => p.range).sort((a, b) => a.start - b.start);
	const out: number[] = [];
	for (const r of ranges) {
		if (out.length > 0 && r.start < out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], r.end);
		else out.push(r.start, r.end);
	}
	return out;
}

/**
 * Whether the block lies inside one of the page's filter panels (heuristics/facetPanels.ts, outside the product
 * heading). A range check by binary search, not a walk up the block's parents: the buy-box tests ask it of every
 * block after the name, and a hostile page nests hundreds of divs around thousands of empty blocks.
 */
export function isInFacetPanel(index: BlockIndex, b: Block): boolean {
	let panels = panelsOf.get(index);
	if (!panels) {
		panels = panelRanges(index);
		panelsOf.set(index, panels);
	}
	if (panels.length === 0) return false;
	// The last panel starting at or before the block's start.
	let lo = 0;
	let hi = panels.length / 2 - 1;
	let at = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (panels[2 * mid] <= b.range.start) {
			at = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return at >= 0 && b.range.start < panels[2 * at + 1] && b.range.end <= panels[2 * at + 1];
}
