// The grid's own section: a collection read whole because the pipeline missed its few cards is read from the section that holds them.
import { childBlocks } from '../../model/blockTree';
import type { Block, SourceRange } from '../../model/dumpDocument';
import { type Attempt, type Container, isContainer } from '../blockIndex';
import { blockText, collapse } from '../inlineText';
import { withIntroAbove } from './introAboveGrid';
import type { KindContext } from './pageKind';
import { collectionGrid } from './collectionGrid';
import { productChrome } from './productRegion';
import { hasOtherSmallGrid } from './shopGrid';

/**
 * The section reaches up from the grid's list through the containers that hold little besides it: its toolbar (sort,
 * filter, a count of items) and pagination. A container with more than this many times the grid's text also holds
 * the shop's other rails (featured products, other collections, a quiz) and is not the section.
 */
export const MAX_SECTION_GRID_RATIO = 3;

/** The text blocks (not containers) among the blocks, at any depth, that lie inside the range. */
export function leavesIn(blocks: readonly Block[], r: SourceRange, out: Block[] = []): Block[] {
	for (const b of blocks) {
		if (b.range.end <= r.start || b.range.start >= r.end) continue;
		if (isContainer(b)) leavesIn(childBlocks(b), r, out);
		else if (b.range.start >= r.start && b.range.end <= r.end) out.push(b);
	}
	return out;
}

/**
 * A collection of a few cards (kinds/shopGrid.ts `small`) that the article pipeline missed is read whole, and the
 * whole page brings the shop's mega-menu, its other rails and its footer with the cards. Read instead the grid's
 * section (the largest container around the grid's list with at most `MAX_SECTION_GRID_RATIO` times its text), as
 * the whole page's clean-up kept it, with the category's title and blurb above it (introAboveGrid.ts); the whole
 * page when there is no such grid or the section lost its text. Tuning part of wcxb-dev, with the small grids
 * (shopGrid.ts): annotated collections 0.779 -> 0.789, 2 up (two shops' collections of 2 and 4 products, 0.081 -> 0.600
 * and 0.450 -> 0.633, before detected as products), none down; every other kind unchanged.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A collection 0.815 -> 0.798 (a beauty shop's small grid 0.71 -> 0.09), half B
 * collection 0.785 -> 0.782 (1 down): kept.
 * Session 25 ablation (rule off where it fires; tuning part of wcxb-dev, main 23a4350, word F1): half A collection
 * 0.8300 -> 0.8136 (1 down, 0.71 -> 0.09), half B 0.7845 -> 0.7823 (1 down, 0.63 -> 0.56): kept.
 * Session 50 (coll55) cross-half audit, declassed: the rule helped half A (the beauty shop, 0.048 -> 0.577) and hurt
 * half B (a solar shop whose page shows three short lists of products, 0.794 -> 0.630: only the first list's section
 * was read). A page with another such list (shopGrid.ts `hasOtherSmallGrid`) is now read whole: declassed collection
 * B 0.80870 -> 0.81382 (the solar shop 0.630 -> 0.794), half A unchanged (the beauty shop has one list); as is the
 * solar shop 0.633 -> 0.630, nothing else moves.
 */
export function smallGridSection(page: KindContext, whole: Attempt): Attempt {
	const { index, signals } = page;
	const grid = collectionGrid({ index, signals });
	// Several short lists of product cards are the page's groups (a shop's ranges side by side): the first one is not
	// its collection, and the whole page reads them all (shopGrid.ts `hasOtherSmallGrid`).
	if (!grid?.small || hasOtherSmallGrid(index, productChrome(index), grid)) return whole;
	const gridChars = index.charsOf(grid.block);
	let section: Container | undefined;
	for (let p = index.parent.get(grid.block); p !== undefined && isContainer(p); p = index.parent.get(p)) {
		if (index.charsOf(p) > gridChars * MAX_SECTION_GRID_RATIO) break;
		section = p;
	}
	if (!section) return whole;
	const blocks = leavesIn(whole.blocks, section.range);
	let chars = 0;
	for (const b of blocks) chars += collapse(blockText(b)).length;
	if (chars === 0) return whole;
	return withIntroAbove(page, { ...whole, region: section, blocks, chars });
}
