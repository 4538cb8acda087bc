// Spread-out content: when the best single container holds little of the page, the page's content is its many sections.
import type { Attempt } from '../blockIndex';
import type { KindContext } from './pageKind';

/**
 * The article pipeline's result is kept when it holds at least this share of the text the whole page keeps once
 * chrome is pruned. Below it, the pipeline found one section of a landing page, one card of a grid or a modal's
 * text, and the page's content is spread over many containers. Measured on the tuning part of wcxb-dev (F1 over
 * all pages): 0.1 → 0.785, 0.2 → 0.799, 0.3 → 0.802, 0.5 → 0.804 but products and documentation lose; from 0.765.
 */
export const MIN_ARTICLE_COVERAGE = 0.3;

/** The article attempt, or the whole page when the attempt covers too little of it. */
export function articleOrWholePage({ article, whole }: KindContext): Attempt {
	if (article.profile) return article;
	return article.chars < whole.chars * MIN_ARTICLE_COVERAGE ? whole : article;
}
