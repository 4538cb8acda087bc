// The grid's cards whole: a collection read from the pipeline's container gets back the cards its link-density cleaning dropped.
import type { Block } from '../../model/dumpDocument';
import { type Attempt, ROOT } from '../blockIndex';
import { collapsedChars } from '../inlineText';
import { leavesIn } from './gridSection';
import type { KindContext } from './pageKind';
import { collectionGrid } from './collectionGrid';

/**
 * The whole page's clean-up must keep this much more of the grid's text than the pipeline's container did for its
 * reading to replace the container's: below it the two differ by a dropped badge or an empty line, not by cards.
 */
export const MIN_WHOLE_GRID_GAIN = 1.2;
/**
 * The grid must be nearly all of the container: a news story's container that also holds a gallery of priced
 * pictures keeps the story, and the cleaning was right to drop the gallery (readability corpus, a hotel story whose
 * container holds a 17-picture business gallery at 75% of its text: 0.79 -> 0.30 without this bound).
 */
export const MIN_GRID_SHARE = 0.9;

/**
 * A card is a linked name, a line or two and a price: the article pipeline's link-density cleaning scores a card's
 * name block as a menu and drops it (on a camera shop's results each card's title box, "link density 0.60"), so the
 * container keeps the cards' features and prices without their names. The whole page's clean-up (kinds/wholePage.ts)
 * removes named chrome only and keeps the cards. When the attempt is the pipeline's container, it holds the page's
 * priced grid (kinds/shopGrid.ts) as `MIN_GRID_SHARE` of its text, and the whole page keeps at least `MIN_WHOLE_GRID_GAIN` times the text the attempt
 * keeps inside the grid, the attempt's blocks inside the grid are replaced by the whole page's; otherwise the
 * attempt as it is. Tuning part of wcxb-dev (all 1054 pages): collection 0.789 -> 0.792, 2 pages up on 2 sites (a
 * camera shop's results 0.63 -> 0.81, an article on a charity's shop grid 0.79 -> 0.92), none down; readability corpus
 * 0.945 and seeds 53/53 unchanged.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A unchanged, half B collection 0.785 -> 0.779 and article -0.0005 (2 pages
 * down): kept.
 * Session 25 ablation (rule off where it fires; tuning part of wcxb-dev, main 23a4350, word F1): half A never fires;
 * half B collection 0.7845 -> 0.7787 (2 down, a collection 0.81 -> 0.63 and an article read as a collection 0.92 ->
 * 0.79): kept.
 */
export function withGridCards({ index, signals, article, whole }: KindContext, attempt: Attempt): Attempt {
	if (attempt !== article || attempt.region === ROOT || attempt.chars === 0) return attempt;
	const grid = collectionGrid({ index, signals })?.block;
	const region = attempt.region.range;
	if (!grid || grid.range.start < region.start || grid.range.end > region.end) return attempt;
	if (index.charsOf(grid) < index.charsOf(attempt.region) * MIN_GRID_SHARE) return attempt;
	const inGrid = (b: Block): boolean => b.range.start >= grid.range.start && b.range.end <= grid.range.end;
	// Blocks that straddle the grid's edges are left as they are: only blocks wholly inside it are swapped.
	const own = attempt.blocks.filter(inGrid);
	const cards = leavesIn(whole.blocks, grid.range);
	const ownChars = collapsedChars(own);
	const cardChars = collapsedChars(cards);
	if (cardChars < ownChars * MIN_WHOLE_GRID_GAIN || cardChars === ownChars) return attempt;
	const before = attempt.blocks.filter((b) => b.range.end <= grid.range.start || (!inGrid(b) && b.range.start < grid.range.start));
	const isBefore = new Set(before);
	const after = attempt.blocks.filter((b) => !inGrid(b) && !isBefore.has(b));
	const blocks = [...before, ...cards, ...after];
	return { ...attempt, blocks, chars: attempt.chars - ownChars + cardChars };
}
