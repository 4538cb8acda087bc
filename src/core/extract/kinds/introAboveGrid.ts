// The category's introduction above its grid: a collection read from the grid's container gets back the title and blurb that sit above it.
import type { Block } from '../../model/dumpDocument';
import { type Attempt, blockAttrs, type BlockIndex, isContainer, ROOT } from '../blockIndex';
import { collapsedChars, isHidden } from '../inlineText';
import type { KindContext } from './pageKind';
import { firstTitle } from './pageStart';
import { collectionGrid } from './collectionGrid';

/**
 * A category page opens with its h1, a line or two about the category and often its sub-category tiles, then the
 * grid. The article pipeline picks the grid's container (it holds most of the text), which leaves the title and its
 * blurb outside; the whole-page read does not always hold them either, as they sit in a "banner" or "hero" the
 * clean-up strips.
 *
 * Measured on the tuning part of wcxb-dev, the 69 pages detected as collections (word F1): 3 up (a wallet shop's
 * category 0.686 -> 0.716, a bookshop's best sellers 0.727 -> 0.734, 0.944 -> 0.949), 3 down (an article read as a
 * collection 0.825 -> 0.816, two pages by 0.001 and 0.002); annotated collections 0.755 -> 0.756, all 0.878.
 *
 * It is taken back only up to this many characters: a category's blurb is a sentence or two, while an article's
 * deck, byline and date under its h1 are longer (at 1500, two articles read as collections lost 0.01 to 0.02).
 * Session 55: 300 -> 600. A category blurb of 301 to 600 characters (two or three sentences) lost the title and the
 * blurb whole; on the coll55 proxy (a 300-character blurb inserted under each tuning collection's h1) 600 lifts 6
 * pages of 6 sites and lowers none; on the tuning part one article read as a collection 1.000 -> 0.992, nothing else.
 */
export const MAX_INTRO_CHARS = 600;
/** A line with this share of link text is a menu or a tile's link, not the category's words. */
export const MAX_INTRO_LINK_SHARE = 0.5;

/** A block of the title's box that is the category's words: a heading or a paragraph that is not mostly links. */
function isIntroLine(index: BlockIndex, b: Block): boolean {
	if (b.kind !== 'heading' && b.kind !== 'paragraph') return false;
	const s = index.statsOf(b);
	return s.chars > 0 && s.linkChars < s.chars * MAX_INTRO_LINK_SHARE;
}

/**
 * The attempt with the category's title and blurb put before it: the page's first h1 and the headings and
 * paragraphs after it in the same box (at any depth, hidden parts left out), when that box ends before the attempt's
 * container, the container holds the page's priced grid (kinds/shopGrid.ts) and the lines have at most
 * `MAX_INTRO_CHARS` of text; otherwise the attempt as it is. Only the title's own box: the stretch between it and
 * the grid also holds the filter panels and the sort menu. An attempt that is the category's text beside the grid is
 * left alone (annotators often keep that text alone).
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A collection -0.0003 (two marketplace categories, -0.005 and -0.007), half B
 * collection -0.0004 (2 up, 1 down): kept.
 * Session 25 ablation (rule off where it fires; tuning part of wcxb-dev, main 23a4350, word F1): half A collection
 * 0.8300 -> 0.8297 (2 down), half B 0.7845 -> 0.7806 (3 down, 3 up; a collection 0.63 -> 0.52 the most): kept. Widened
 * (the intro taken beside any grid, not only a grid inside the container; or 600 / 1500 characters): no collection
 * moves, one half-A article read as a collection -0.014: not taken.
 */
export function withIntroAbove({ index, signals }: KindContext, attempt: Attempt): Attempt {
	if (attempt.region === ROOT || attempt.chars === 0) return attempt;
	const region = attempt.region.range;
	const title = firstTitle(index.doc.blocks);
	const box = title && index.parent.get(title);
	if (!title || !box || !isContainer(box) || box.range.end > region.start) return attempt;
	const grid = collectionGrid({ index, signals });
	if (!grid || grid.block.range.start < region.start || grid.block.range.end > region.end) return attempt;
	const intro: Block[] = [];
	const walk = (blocks: readonly Block[]): void => {
		for (const b of blocks) {
			if (b.range.end <= title.range.start || isHidden(blockAttrs(b))) continue;
			if (isContainer(b)) walk(b.children);
			else if (isIntroLine(index, b)) intro.push(b);
		}
	};
	walk(box.children);
	const chars = collapsedChars(intro);
	if (chars === 0 || chars > MAX_INTRO_CHARS) return attempt;
	return { ...attempt, blocks: [...intro, ...attempt.blocks], chars: attempt.chars + chars };
}
