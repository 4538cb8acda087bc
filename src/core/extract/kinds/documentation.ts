// Documentation pages: the article pipeline's container (prose, code, tables), unless it holds little of the page.
import { discloseRegionPanels } from '../heuristics/regionPanels';
import { articleOrWholePage } from './coverage';
import type { KindStrategy } from './pageKind';

export const documentation: KindStrategy = {
	kind: 'documentation',
	reason:
		'A documentation page is an article with code and tables: the article pipeline keeps them; its navigation is pruned by name; its hidden tabs inside the container are read (heuristics/regionPanels.ts).',
	extract: (page) => discloseRegionPanels(page.index, articleOrWholePage(page)),
};
