// Cards without prose: a listing of short cards with (almost) no paragraph of prose is read whole, not as the block the article pipeline scored best.
import type { Attempt } from '../blockIndex';
import { measureBlocks } from './blockMeasures';
import type { PageSignals } from './signals';

/**
 * More repeated cards than a rail of related items shows: an article or a product page ends with a row of four to
 * six. At 5 (as `MIN_LISTING_CARDS`, detect.ts) the readability corpus fell 0.943 → 0.942 (a news story in Chinese,
 * whose paragraphs are all under `LONG_PARAGRAPH_CHARS`, beside a rail of 5 cards, was read whole); at 7 it keeps
 * its story, and on the tuning part 2 products and 1 service page that lost (0.02-0.10) are left alone too.
 */
export const MIN_CARDS = 7;
/**
 * The whole page has at most this many long paragraphs of prose: the article pipeline scores prose, so on a page
 * with none its container is one column or one block of teasers picked on a few commas, not the listing. Measured
 * offline on the tuning part of wcxb-dev (pages detected as listings by their cards and left to the article
 * attempt; sum of page F1, article attempt → cleaned whole page, with at least 5 cards): at 0 +0.27 (5 up, 3 down); at 1
 * +0.66 (7 up: 5 listings of 5 sites and 2 service pages; 4 down by 0.02-0.10: 2 products, 1 service, 1 article);
 * at 2 +0.14 (a job board whose truth is its introduction alone loses 0.42).
 */
export const MAX_LONG_PARAGRAPHS = 1;
/**
 * ...and the container holds less than this share of the page's text: a container that is nearly the page is the
 * listing already (a results list with a heading above it), and a whole page shorter than the container has lost
 * its cards to a named-chrome wrapper (a shop grid "Loading..." in a filter panel).
 */
export const MAX_CARDS_PAGE_COVERAGE = 0.9;

/**
 * Whether a page of cards has no prose for the article pipeline to find: at least `MIN_CARDS` repeated cards, at
 * most `MAX_LONG_PARAGRAPHS` long paragraphs on the whole page, and the container holds less than
 * `MAX_CARDS_PAGE_COVERAGE` of it. A platform profile's container is always the article.
 * Session 22 ablation (rule off; whole tuning part, word F1): half A listing 0.6961 -> 0.6867 (a tech blog's front
 * 0.423 -> 0.104), half B listing 0.8433 -> 0.8408 (2 down: 0.996 -> 0.910, 0.600 -> 0.591), product B -0.001: kept.
 * Session 25 ablation (rule off where it fires; tuning part of wcxb-dev, main 23a4350, word F1): half A listing 0.7053
 * -> 0.6875 (1 down), half B listing 0.8443 -> 0.8418 (3 down) and product 0.7250 -> 0.7241: kept.
 */
export function isCardsWithoutProse(signals: PageSignals, article: Attempt, whole: Attempt): boolean {
	if (article.profile || (signals.cards?.items.length ?? 0) < MIN_CARDS) return false;
	if (article.chars >= whole.chars * MAX_CARDS_PAGE_COVERAGE) return false;
	return measureBlocks(whole.blocks).longParagraphs <= MAX_LONG_PARAGRAPHS;
}
