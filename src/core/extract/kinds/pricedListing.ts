// A listing of priced cards is a shop's collection: read by the collection strategy, not as teasers.
import type { BlockIndex } from '../blockIndex';
import type { KindContext } from './pageKind';
import { productChrome } from './productRegion';
import { shopGrid } from './shopGrid';
import { type PageSignals, pageSignals } from './signals';

/**
 * Priced cards that make a grid of products, as kind detection counts them (detect.ts `MIN_PRICED_CARDS`): a rail
 * of three related products beside a feed does not make a feed a shop's grid.
 */
export const MIN_LISTING_PRICED_CARDS = 4;
/**
 * Prices across the page that make a shop's collection beside sorting or filtering words and a cart's words, as kind
 * detection counts them (detect.ts `MIN_COLLECTION_PRICES`): a grid whose cards are lists of lines, not one block each.
 */
export const MIN_LISTING_PRICES = 8;

/**
 * Whether the page a listing strategy reads is a shop's grid: outside shop chrome, at least `MIN_LISTING_PRICED_CARDS`
 * priced cards or a short list of product cards beside a sort or filter toolbar (shopGrid.ts `small`), or
 * `MIN_LISTING_PRICES` prices with sorting words and a cart's words. The listing strategy reads teasers: it takes
 * the whole page when the titles lie outside the pipeline's container, which on a shop brings the filter panels,
 * mega-menu and footer, and it keeps each card's buying controls. The collection strategy (collection.ts) reads the
 * grid's container with the category's title, blurb and guide, without them.
 *
 * Measured with `EVAL_FORCE_KIND=listing` on the 70 annotated collections of the tuning part of wcxb-dev (the listing
 * strategy forced on every page: the proxy for a collection that detection takes for a listing, 6 of 19 on the
 * held-out part): 0.737 -> 0.793, each site once 0.759 -> 0.800, 25 pages up on 15 sites, 5 down on 5 (by 0.01 to
 * 0.06, where the listing's whole-page read kept more of a card than the collection's). Detection itself never names such a page a listing (it is a collection or a
 * product there), so pages detected as listings are read as before.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A one page down (an airline's fare listing annotated a service page, 0.989 ->
 * 0.901), half B unchanged: kept.
 */
export function isPricedListing({ index, signals }: Pick<KindContext, 'index' | 'signals'>): boolean {
	const grid = shopGrid(index, signals, productChrome(index));
	if (grid !== undefined && (grid.small === true || grid.pricedItems >= MIN_LISTING_PRICED_CARDS)) return true;
	return isPricedPage(signals);
}

function isPricedPage(s: PageSignals): boolean {
	return s.prices >= MIN_LISTING_PRICES && s.listingWords >= 1 && s.cartWords >= 1;
}

/** `isPricedListing` for a page whose content is hidden until a script runs (kinds/wholePage.ts `hiddenContent`). */
export function isPricedHiddenListing(index: BlockIndex): boolean {
	return isPricedListing({ index, signals: pageSignals(index) });
}
