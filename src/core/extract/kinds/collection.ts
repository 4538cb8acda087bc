// Collections (category grids): the category's text and its cards, without the filter panels beside them nor the cards' controls.
import type { Attempt, BlockIndex } from '../blockIndex';
import { dropCardControls } from '../heuristics/cardControls';
import { cardForms, dropCardForms } from '../heuristics/cardForms';
import { cardRanges, dropCardRepeats } from '../heuristics/cardRepeats';
import { facetPanels } from '../heuristics/facetPanels';
import { articleOrWholePage, cleanedWholePage } from './coverage';
import { withIntroAbove } from './introAboveGrid';
import { isMenuBesideGrid } from './menuBesideGrid';
import type { KindStrategy } from './pageKind';
import { productHeading, withoutChrome } from './productRegion';

/** The attempt less its cards' buying forms, buttons and badges and the lines a card repeats (heuristics/cardForms.ts, cardControls.ts, cardRepeats.ts). */
export function withoutCardControls(index: BlockIndex, a: Attempt): Attempt {
	const removed = [...a.removed];
	const blocks = dropCardRepeats(dropCardControls(dropCardForms(a.blocks, cardForms(index), removed), removed), cardRanges(index), removed);
	return removed.length === a.removed.length ? a : { ...a, blocks, removed };
}

export const collection: KindStrategy = {
	kind: 'collection',
	reason:
		'A collection (category grid) is its cards and the category text; the article pipeline finds one card or the category blurb, and the whole page brings the filter panels (heuristics/facetPanels.ts) and each card its buying form, buttons and badges (heuristics/cardForms.ts, cardControls.ts).',
	extract(page) {
		// A menu of links beside the priced grid is not the collection: the whole page holds it (menuBesideGrid.ts).
		const read = isMenuBesideGrid(page, page.article) ? cleanedWholePage(page.whole) : articleOrWholePage(page);
		// The grid's container leaves the category's title and blurb above it (introAboveGrid.ts).
		const withIntro = read === page.article ? withIntroAbove(page, read) : read;
		return withoutCardControls(page.index, withoutChrome(withIntro, facetPanels(page.index, productHeading(page.index))));
	},
	// A grid a script shows (kinds/wholePage.ts `hiddenContent`) has the same cards' controls and copies.
	tidyHidden: withoutCardControls,
};
