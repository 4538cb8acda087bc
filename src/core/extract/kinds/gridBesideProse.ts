// The grid beside the category prose: a collection whose pipeline container is only the category's prose gets back the priced grid that sits outside it.
import { type Attempt, ROOT } from '../blockIndex';
import { collapsedChars, collapsedText } from '../inlineText';
import { collectionGrid } from './collectionGrid';
import { leavesIn } from './gridSection';
import type { KindContext } from './pageKind';
import { hasCardPrice } from './shopGrid';

/**
 * The grid must hold at least this many priced cards: a rail of three or four picks beside a buying guide is the
 * guide's illustration, while a full page of results is the category itself.
 */
export const MIN_BESIDE_GRID_CARDS = 12;
/**
 * The grid's cards (as the whole page's clean-up keeps them) must hold at least this many times the prose's text: a
 * long buying guide next to a short grid is a guide page that happens to list a few products.
 */
export const MIN_BESIDE_GRID_RATIO = 2;
/**
 * The page's text between the grid and the prose (as the whole page's clean-up keeps it) must stay under this: a
 * pager and a per-page chooser ("Previous", "Page 1 of 77", "More results") fit, while other sections set between
 * them (a furniture shop's series tiles, buying-help carousels) make the prose a section of its own, which
 * annotators keep without the grid.
 */
export const MAX_BESIDE_GAP_CHARS = 200;

/**
 * The article pipeline scores paragraphs, so on a category page whose grid cards carry short feature lines and the
 * page's SEO text runs as long paragraphs below the grid, it picks the prose's box; as is a shop's class words
 * ("product", "content") pull the grid into the container as a sibling, but with words the weights do not know the
 * read is the prose alone and the grid of results, which is what the category page is for, is lost (a camera shop's
 * category of 25 cameras, declassed: the four-paragraph blurb only). When the read is the pipeline's container, holds
 * no card price of its own, the page's priced grid (collectionGrid.ts) lies wholly before or after it with at least
 * `MIN_BESIDE_GRID_CARDS` priced cards, and the grid's cards hold at least `MIN_BESIDE_GRID_RATIO` times the read's
 * text, and little but a pager lies between the two (`MAX_BESIDE_GAP_CHARS`), the grid's cards (the whole page's
 * blocks inside it) are read in page order with the prose.
 * Measured (session 42, tuning part of wcxb-dev, word F1): declassed collection B 0.74499 -> 0.76348 (a camera shop's
 * category 0.169 -> 0.760), half A and every other kind unchanged, no page down; as is no page moves. Without the gap
 * bound two categories of a furniture shop, whose prose sits past series tiles and whose truths hold the prose alone,
 * fell (1.000 -> 0.554, 0.718 -> 0.623).
 */
export function withGridBesideProse({ index, signals, article, whole }: KindContext, attempt: Attempt): Attempt {
	if (attempt !== article || attempt.region === ROOT || attempt.chars === 0) return attempt;
	const grid = collectionGrid({ index, signals });
	if (!grid || grid.pricedItems < MIN_BESIDE_GRID_CARDS) return attempt;
	const region = attempt.region.range;
	const before = grid.block.range.end <= region.start;
	if (!before && grid.block.range.start < region.end) return attempt;
	const gap = before ? { start: grid.block.range.end, end: region.start } : { start: region.end, end: grid.block.range.start };
	if (collapsedChars(leavesIn(whole.blocks, gap)) > MAX_BESIDE_GAP_CHARS) return attempt;
	const cards = leavesIn(whole.blocks, grid.block.range);
	if (collapsedChars(cards) < attempt.chars * MIN_BESIDE_GRID_RATIO) return attempt;
	for (const b of attempt.blocks) if (hasCardPrice(collapsedText(b))) return attempt;
	const blocks = before ? [...cards, ...attempt.blocks] : [...attempt.blocks, ...cards];
	return { ...attempt, blocks, chars: attempt.chars + collapsedChars(cards) };
}
