// A run of unpriced shop cards under the h1, on a page with a shop's words and no priced grid, names a collection where no other kind rule decided.
import type { BlockIndex } from '../blockIndex';
import { unpricedCardRun } from './collectionCardRun';
import type { PageSignals } from './signals';
import { isUnpricedShop } from './unpricedShop';

/**
 * The cards of the page's unpriced card run (collectionCardRun.ts `unpricedCardRun`: at least six boxes after the h1,
 * each a picture link and a name link to an item page of its own, each short) on a page that writes a shop's words
 * and names at most a banner's price (unpricedShop.ts `isUnpricedShop`); else 0. Asked by kind detection only where
 * every other rule declined and the page would be a spread-out landing page or an article by default (detect.ts), so
 * a feed, a thread, a product, documentation or a page of long prose is never asked.
 * Why: a category whose cards show no price (a shop that hides them until sign-in, a range sold out, a script that
 * writes them in) has no priced grid, and where its cards are boxes no shape rule groups (each a carousel of
 * pictures, swatches and a linked name) detection fell to the article default, whose read keeps the category's menus
 * and footer or one rail of it. Named a collection, the page is read over its card run (collectionGrid.ts). A grid's
 * words alone ("sort by", "results") are not enough: on the tuning part the run with such words and no shop word
 * also fires on five articles and a feed; with a shop word, on one article and one service page
 * (each decided by an earlier rule).
 * Measured (session 62, wcxb-dev tuning part, word F1): as is, declassed and with unique classes (no profiles) no
 * page moves, kind detection unchanged. On coll56's `noprice` proxy (the 70 tuning collections, every price removed):
 * as is 0.7883 -> 0.7950 (half A 0.8076 -> 0.8200: an outdoor shop's three categories 0.82 -> 0.96, 0.66 -> 0.78,
 * 0.10 -> 0.31, a furniture shop's category the same; half B unchanged); declassed 0.7546 -> 0.7614 (half A 0.7315
 * -> 0.7438, half B unchanged); unique classes, no profiles 0.7371 -> 0.7559 (half A 0.7201 -> 0.7678: ten categories
 * of one outdoor shop up, none down; half B 0.7574 -> 0.7419: one camera shop's category whose truth holds only its intro, no
 * card, read whole as an article 1.00 and over its cards 0.50). Cheap: the words are read first; the run
 * is found once per page and the collection strategy reuses it.
 */
export function unpricedShopCards(index: BlockIndex, s: Pick<PageSignals, 'cartWords' | 'prices'>): number {
	if (!isUnpricedShop(s)) return 0;
	return unpricedCardRun(index)?.pricedItems ?? 0;
}
