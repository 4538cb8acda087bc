// A shop whose grid shows no prices: a shop's words on a page that names at most a banner's price, read as a collection, not a feed.
import type { PageSignals } from './signals';

/**
 * A shop's words on the page (`PageSignals.cartWords`: "add to cart", "in stock", "free shipping", "quantity"…) that
 * make an unpriced grid a shop's: one is enough, as a feed of teasers (a magazine's front, a blog's index, a directory)
 * rarely writes one (tuning part of wcxb-dev: 2 of the 68 annotated listings that are no priced listing have one, a
 * music shop's listing and a tech site's feed with an "in stock" line; both name 2 or 3 prices, and
 * `MAX_BANNER_PRICES` leaves them to the listing read).
 */
export const MIN_SHOP_WORDS = 1;
/**
 * Prices the page may name and still be a shop that shows none on its cards: a banner's free-shipping threshold
 * ("free delivery over $50"). A page with two or more prices but no priced grid is an offer page (a landing of two
 * products with their buttons), which the listing read keeps whole.
 */
export const MAX_BANNER_PRICES = 1;

/**
 * Whether the page is a shop whose grid shows no prices: `MIN_SHOP_WORDS` shop words and at most `MAX_BANNER_PRICES`
 * prices. A shop hides its prices on a category of items out of stock, sold on request, shown to members only or
 * whose prices a script writes in; such a grid is still the shop's cards (a name, a short line, a rating, a colour
 * count), which the collection strategy reads with the category's title, blurb and buying guide and without the
 * cards' controls, where the listing strategy, made for teasers, keeps the whole page or one rail.
 *
 * Used three times: kind detection names repeated short cards on such a page a collection, not a listing, and on a
 * shop platform's page a collection, not the platform's product (detect.ts), and the collection strategy reads such
 * a page as a collection, not handing it to the listing strategy (unpricedGrid.ts).
 *
 * Measured (session 56, main 9abe5c3b, tuning part of wcxb-dev, collection word F1) on coll55's proxy of cards
 * without prices (the 70 annotated collections, every price removed from the dump and the truth), both uses, as
 * detected: 0.7460 -> 0.7659, half A 0.7386 -> 0.7752 (9 up: an outdoor shop's categories read as "cards 6"
 * listings, 0.11 -> 0.31, 0.70 -> 0.91…, and a running shop's by 0.004), half B 0.7549 -> 0.7548 (a game store
 * +0.003, a desk shop -0.004); declassed 0.7287 -> 0.7497, half A 0.6847 -> 0.7224, half B 0.7809 -> 0.7821 (4 up,
 * 2 down by 0.004). Forced to collection, the read alone: unpricedGrid.ts. The tuning part itself, as is: no page
 * moves, kind agreement 876/1054 both; declassed: one half-A service page read as a collection, not a listing
 * (0.813 -> 0.819), no other move. The annotated listings forced to collection do not move (unpricedGrid.ts).
 * The shop platform's use, added after (the proxy as detected, both uses before it as the base): 0.7659 -> 0.7805,
 * half A 0.7752 -> 0.7932 (a headphone maker's Shopify category 0.29 -> 0.98), half B 0.7548 -> 0.7653 (a
 * headphone shop's 0.49 -> 0.83), failed 11 -> 9; declassed no move (no platform's class words); the tuning part
 * as is: one half-A service page of a WooCommerce shop named a collection, not a product (0.811 both), no other move.
 */
export function isUnpricedShop(s: Pick<PageSignals, 'cartWords' | 'prices'>): boolean {
	return s.cartWords >= MIN_SHOP_WORDS && s.prices <= MAX_BANNER_PRICES;
}
