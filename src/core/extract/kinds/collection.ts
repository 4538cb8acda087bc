// Collections (category grids): the category's text and its cards, without the filter panels beside them.
import { facetPanels } from '../heuristics/facetPanels';
import { articleOrWholePage } from './coverage';
import type { KindStrategy } from './pageKind';
import { productHeading, withoutChrome } from './productRegion';

export const collection: KindStrategy = {
	kind: 'collection',
	reason:
		'A collection (category grid) is its cards and the category text; the article pipeline finds one card or the category blurb, and the whole page brings the filter panels (heuristics/facetPanels.ts).',
	extract: (page) => withoutChrome(articleOrWholePage(page), facetPanels(page.index, productHeading(page.index))),
};
