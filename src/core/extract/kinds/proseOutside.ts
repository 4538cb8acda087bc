// Prose outside the article: most of the page's long paragraphs lie beyond the container the article pipeline chose.
import type { Attempt } from '../blockIndex';
import { measureBlocks } from './blockMeasures';

/**
 * The page holds at least this many times the container's long paragraphs of prose: the container is one section of
 * a page of sections (a course catalogue, a list of long teasers, a newsletter's archive), and the other sections
 * are content too. Measured offline on the tuning part of wcxb-dev (article-detected pages whose container holds
 * < 0.6 of the page; sum of page F1, article attempt → cleaned whole page), "more than" the ratio: at 2, 4 listings
 * +1.16, 2 services +0.98, 7 articles −0.30, 2 products −0.62; at 3, 3 listings +0.93, 2 services +0.98, 2 articles
 * +0.88, nothing loses. Built at 3 (`eval --part tune`, word F1): listing 0.690 → 0.703, service 0.769 → 0.772, but
 * the readability corpus fell 0.946 → 0.943: liberation-1 (a story of 3 long paragraphs beside a live feed of 7 news
 * briefs) switched. At "at least 4" the corpus page keeps its story and one service page (3.25) no longer switches.
 */
export const MIN_OUTSIDE_PROSE_RATIO = 4;
/** ...and the container holds less than this share of the page's text (as `MAX_ITEMS_PAGE_COVERAGE`, itemTitles.ts). */
export const MAX_PROSE_PAGE_COVERAGE = 0.6;

/**
 * Whether most of the page's prose lies outside the article pipeline's container: the whole page (less its named
 * chrome) has at least `MIN_OUTSIDE_PROSE_RATIO` times (and at least one) the container's long paragraphs, and the container holds
 * less than `MAX_PROSE_PAGE_COVERAGE` of the page's text. A platform profile's container is always the article.
 */
export function proseOutsideArticle(article: Attempt, whole: Attempt): boolean {
	if (article.profile || article.chars >= whole.chars * MAX_PROSE_PAGE_COVERAGE) return false;
	const inside = measureBlocks(article.blocks).longParagraphs;
	return measureBlocks(whole.blocks).longParagraphs >= Math.max(1, inside * MIN_OUTSIDE_PROSE_RATIO);
}
