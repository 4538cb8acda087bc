// A dated article: prose held by one container under a publication date is an article, whatever cards, prices, code or shop platform surround it.
import type { Attempt } from '../blockIndex';
import { isCardsWithoutProse } from './cardsWithoutProse';
import { itemsOutsideArticle } from './itemTitles';
import { proseOutsideArticle } from './proseOutside';
import type { PageSignals } from './signals';
import { isTitleRailAfter } from './titleRail';

/**
 * A dated page needs this many long paragraphs to be an article: a product or a documentation page can carry a date
 * (a review's, a changelog's) over a short description. Measured offline on the tuning part of wcxb-dev (pages not
 * spread out, a published date found over the pipeline's container): at 3, 42 articles taken for documentation,
 * products, collections, services and listings become articles and 6 pages leave their right kind; at 5, 40 and 5.
 */
export const MIN_DATED_ARTICLE_LONG_PARAGRAPHS = 3;

/**
 * Whether the page is an article by its date: enough long paragraphs, held by the article pipeline's container (the
 * page is not spread out, and its items, prose or cards do not lie outside that container), and a publication date found
 * by the metadata reader (`published`, asked last: it reads the page's metadata). Of the tuning pages of wcxb-dev
 * where the metadata reader finds a publication date, 68% of articles and 81% of forum threads have one, against 2-10%
 * of services, listings, documentation, products and collections; threads are told apart before (kinds/forum.ts).
 */
export function isDatedArticle(s: PageSignals, article: Attempt, whole: Attempt, spread: boolean, published: () => boolean): boolean {
	if (spread || s.longParagraphs < MIN_DATED_ARTICLE_LONG_PARAGRAPHS) return false;
	// A listing dated by its newest item, whose items the listing strategy reads outside the container (kinds/listing.ts).
	// Not titles outside it that are a rail of bare titles after its prose (kinds/titleRail.ts).
	if ((itemsOutsideArticle(article, whole) && !isTitleRailAfter(article, whole)) || proseOutsideArticle(article, whole) || isCardsWithoutProse(s, article, whole)) return false;
	return published();
}
