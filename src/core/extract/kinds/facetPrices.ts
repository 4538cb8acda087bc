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

const panelsOf = new WeakMap<BlockIndex, ReadonlyMap<Block, string>>();

/** Whether the block lies inside one of the page's filter panels (heuristics/facetPanels.ts, outside the product heading). */
export function isInFacetPanel(index: BlockIndex, b: Block): boolean {
	let panels = panelsOf.get(index);
	if (!panels) {
		panels = facetPanels(index, productHeading(index));
		panelsOf.set(index, panels);
	}
	if (panels.size === 0) return false;
	for (let p = index.parent.get(b); p !== undefined; p = index.parent.get(p)) if (panels.has(p)) return true;
	return false;
}
