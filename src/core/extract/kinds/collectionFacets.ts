// A collection's filter panels: those of heuristics/facetPanels.ts, and labelled option panels beside the grid the collection read finds.
import type { Block } from '../../model/dumpDocument';
import { facetPanels } from '../heuristics/facetPanels';
import { labelledOptionPanels } from '../heuristics/labelledOptions';
import { collectionGrid } from './collectionGrid';
import type { KindContext } from './pageKind';

/**
 * The page's filter panels for the collection read. heuristics/labelledOptions.ts finds a panel of labelled option
 * lists ("Colour / Red Blue Green", three groups or more) only beside a grid of priced cards found by what each card
 * holds (kinds/pricedCardGroup.ts), its guard against a service page's lists. On a page already read as a collection
 * the grid the collection read itself finds (kinds/collectionGrid.ts: a platform's grid, a list or a class signature of
 * priced cards) is as good a guard: a category whose cards pricedCardGroup.ts misses (a running shop's "prices 11"
 * page) kept its labelled filter box.
 * Measured (session 58, wcxb-dev tuning part, word F1): as is, declassed and unique no page of any kind moves. coll57's
 * labelled-facets proxy (four labelled groups under the h1 of the 68 annotated collections): as is 0.8111 -> 0.8140
 * (half A 0.8265 -> 0.8297, B 0.7915 -> 0.7942; 10 up, none down: the running shop 0.891 -> 0.975, a clothing shop
 * 0.906 -> 0.947), declassed 0.8040 -> 0.8073 (7 up, none down), unique 0.7854 -> 0.7862 (2 up, none down); the
 * counted-facets proxy unchanged.
 */
export function collectionFacetPanels(page: Pick<KindContext, 'index' | 'signals'>, title: Block | undefined): ReadonlyMap<Block, string> {
	const panels = facetPanels(page.index, title);
	const grid = collectionGrid(page)?.block;
	if (!grid) return panels;
	let wider: Map<Block, string> | undefined;
	for (const c of labelledOptionPanels(page.index, title, grid)) {
		if (panels.has(c)) continue;
		wider ??= new Map(panels);
		wider.set(c, 'labelled options beside the grid');
	}
	return wider ?? panels;
}
