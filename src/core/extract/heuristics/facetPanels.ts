// Facet panels: on a category page, the filter and refinement panels beside the grid ("Roast: Dark (16 products)") are controls, not the collection.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { blockText } from '../inlineText';
import { PRICE_RE } from '../kinds/signals';
import { matchCount } from '../../text/wordCount';
import { countedFacetPanels } from './countedFacets';
import { labelledOptionPanels } from './labelledOptions';

/**
 * Class and id words of a shop's filter panels: Shopify's `facets__display`, BigCommerce's `facetedSearch`,
 * Salesforce's `refinements`, Magento's `layered-nav`, and the plain `filters`, `filter-group`, `filter-options`.
 * Not `filterable` (a grid that can be filtered) nor `filter-results` / `sort-and-filter` wrappers, which hold the
 * grid: those are kept by the share cap below.
 */
export const FACET_PANEL_RE = /facet|refinement|layered-?nav|(?:^|[\s_-])filters?(?:$|[\s_]|-(?:group|options?|items?|list|panel|block|menu|tree|wrap|container|sidebar|section|drawer|content|body)\b)/i;

/**
 * A container named as a filter panel that holds this share of the page's text is the grid's own wrapper (a
 * `sort-and-filter` section around the products), not a panel.
 */
export const MAX_FACET_PANEL_SHARE = 0.3;

/**
 * A named container that holds other named containers and this many prices is the wrapper of the filters and the
 * grid (a theme's `facets-vertical` around the filter form and the products): its inner panels go, the grid stays.
 * A panel's own prices are a few range bounds; its parts (`facets__header`, `facet-option`) are named too.
 */
export const MIN_WRAPPER_PRICES = 8;

/** The outermost containers named as filter panels, outside the page's title and under `MAX_FACET_PANEL_SHARE` of its text, that do not wrap the grid; then the panels found by their counted options (countedFacets.ts) and by their labelled option lists (labelledOptions.ts). */
export function facetPanels(index: BlockIndex, title: Block | undefined): ReadonlyMap<Block, string> {
	const named = new Map<Block, string>();
	const words = index.containerWords;
	for (let i = 0; i < index.containers.length; i++) {
		const m = FACET_PANEL_RE.exec(words[i]);
		if (m) named.set(index.containers[i], m[0].replace(/^[\s_-]+|[\s_-]+$/g, ''));
	}
	const hasNamedInside = new Set<Block>();
	for (const c of named.keys()) for (let p = index.parent.get(c); p !== undefined; p = index.parent.get(p)) if (named.has(p)) hasNamedInside.add(p);
	const chars = index.rootStats.chars;
	const panels = new Map<Block, string>();
	for (const [c, word] of named) {
		if ((title && index.isInside(title, c)) || index.charsOf(c) >= chars * MAX_FACET_PANEL_SHARE) continue;
		let outer = true;
		for (let p = index.parent.get(c); p !== undefined && outer; p = index.parent.get(p)) if (panels.has(p)) outer = false;
		if (!outer || (hasNamedInside.has(c) && prices(c) >= MIN_WRAPPER_PRICES)) continue;
		panels.set(c, word);
	}
	// Panels whose class words say nothing, found by their options' text (heuristics/countedFacets.ts).
	for (const c of countedFacetPanels(index, title)) if (!panels.has(c)) panels.set(c, 'counted options');
	for (const c of labelledOptionPanels(index, title)) if (!panels.has(c)) panels.set(c, 'labelled options');
	return panels;
}

function prices(c: Block): number {
	PRICE_RE.lastIndex = 0;
	return matchCount(PRICE_RE, blockText(c));
}
