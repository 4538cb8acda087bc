// A menu instead of the grid: on a collection, an attempt of links that kept nothing of the priced grid is the shop's menu, not the page.
import { childBlocks } from '../../model/blockTree';
import type { Block, SourceRange } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { measureBlocks } from './blockMeasures';
import type { KindContext } from './pageKind';
import { collectionGrid } from './collectionGrid';

/**
 * A grid needs this many priced items to be the collection's own (as `MIN_PRICED_CARDS`, kinds/detect.ts): fewer
 * are a row of picks beside a buying guide.
 */
export const MIN_GRID_ITEMS = 4;
/**
 * The attempt is a menu when at least this share of its kept text is link text. A category's introduction or
 * buying guide is prose (its links are a few words in a sentence), and annotators often keep it alone; a shop's
 * mega-menu, kept because the grid's container lost its cards to the link-density clean-up, is all links. On the
 * tuning part of wcxb-dev 0.2 to 0.6 change the same two pages; at 0 (any attempt without the grid) 7 collections
 * whose truth is their introduction alone fall by 0.07 to 0.88 and 3 rise (collection-detected pages 0.753 → 0.730).
 */
export const MIN_MENU_LINK_SHARE = 0.6;

/** Whether any paragraph or heading among the blocks, at any depth, lies inside the range. */
function keepsTextIn(blocks: readonly Block[], r: SourceRange): boolean {
	for (const b of blocks) {
		if (b.range.end <= r.start || b.range.start >= r.end) continue;
		if (b.kind === 'paragraph' || b.kind === 'heading') return true;
		if (keepsTextIn(childBlocks(b), r)) return true;
	}
	return false;
}

/**
 * Whether the attempt kept nothing of the page's priced grid (kinds/shopGrid.ts) and is mostly links: a menu,
 * picked by the article pipeline or left by its clean-up around a grid it removed. The collection is then the whole
 * page, read as a landing page is (named chrome and navigation lists pruned), which holds the grid. Tuning part of
 * wcxb-dev, the 69 pages detected as collections: two change, an outdoor shop's category page whose grid the
 * clean-up removed beside its mega-menu 0.119 → 0.588 and a listing 0.362 → 0.759 (collection F1 0.748 → 0.755).
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A collection 0.815 -> 0.802 and listing 0.694 -> 0.680 (the outdoor shop's
 * category 0.73 -> 0.27, a shop's listing 0.85 -> 0.36), half B unchanged: kept.
 */
export function isMenuBesideGrid({ index, signals }: KindContext, attempt: Attempt): boolean {
	if (attempt.chars === 0) return false;
	const grid = collectionGrid({ index, signals });
	if (!grid || grid.pricedItems < MIN_GRID_ITEMS || keepsTextIn(attempt.blocks, grid.block.range)) return false;
	return measureBlocks(attempt.blocks).linkChars >= attempt.chars * MIN_MENU_LINK_SHARE;
}
