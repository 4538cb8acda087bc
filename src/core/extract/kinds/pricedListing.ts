// A listing of priced cards is a shop's collection: read by the collection strategy, not as teasers.
import type { KindContext } from './pageKind';
import { productChrome } from './productRegion';
import { shopGrid } from './shopGrid';

/**
 * Priced cards that make a grid of products, as kind detection counts them (detect.ts `MIN_PRICED_CARDS`): a rail
 * of three related products beside a feed does not make a feed a shop's grid.
 */
export const MIN_LISTING_PRICED_CARDS = 4;

/**
 * Whether the page a listing strategy reads is a shop's grid: outside shop chrome, at least `MIN_LISTING_PRICED_CARDS`
 * priced cards or a short list of product cards beside a sort or filter toolbar (shopGrid.ts `small`). The listing
 * strategy reads teasers: it takes the whole page when the titles lie outside the pipeline's container, which on a
 * shop brings the filter panels, mega-menu and footer, and it keeps each card's buying controls. The collection
 * strategy (collection.ts) reads the grid's container with the category's title, blurb and guide, without them.
 *
 * Measured with `EVAL_FORCE_KIND=listing` on the 70 annotated collections of the tuning part (the listing strategy
 * forced on every page, the proxy for a collection that detection takes for a listing): see listing.ts.
 */
export function isPricedListing(page: KindContext): boolean {
	const grid = shopGrid(page.index, page.signals, productChrome(page.index));
	return grid !== undefined && (grid.small === true || grid.pricedItems >= MIN_LISTING_PRICED_CARDS);
}
