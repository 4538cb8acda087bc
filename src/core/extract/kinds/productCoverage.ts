// Product coverage: a product page whose chosen region holds under half of the page's text is read from the whole page.
import type { Attempt, BlockIndex } from '../blockIndex';
import { isNameInProductDetail } from './productDetail';
import { isOneProductItem } from './productItems';
import { hasRatingAtName } from './ratingAtName';
import type { PageSignals } from './signals';

/**
 * The share of the page's text (less its named and shop chrome, kinds/productRegion.ts) under which the region the
 * article pipeline chose is only part of the product: its description box beside a specifications table, a feature
 * section below the buy box, one tab of several. Product pages spread their content over many short sections the
 * pipeline does not join, and the page's own chrome is cut by the product span's rules (its name first, its
 * recommendations, priced sections, menus, the footer's copyright tail and link rows; kinds/product.ts).
 * Below `kinds/coverage.ts`'s spread test (0.3 of the text, or 0.5 on pages with few long paragraphs), which is
 * asked first. Only on a page with one product's buy box (cart words) and no sign of a collection (its listing
 * words: sort by, filters, counts of results): collections and an about page detected as products lost their well-chosen region when read whole.
 * Measured on the wcxb-dev tuning part, with heuristics/copyrightTail.ts and the priced sub-section cut
 * (heuristics/pricedSections.ts): product half A (studied) 0.7643 → 0.7633 (one page up 0.71 → 0.78, three down, the
 * worst 0.98 → 0.93), half B (measured only) 0.7265 → 0.7333 (three pages up, +0.08, +0.23, +0.001; none down);
 * collection and service unchanged. Without the collection guard: product B 0.7447 but collection B 0.823 → 0.797
 * (two pages down); without the cart-word guard, service A one page 0.90 → 0.62. Shares 0.4 and 0.65 (unguarded):
 * product B 0.7378 and 0.7369 against 0.7447 at 0.5.
 */
export const MIN_PRODUCT_COVERAGE = 0.5;

/** A page needs this many cart words (add to cart, in stock, quantity…) to be read whole: one product's buy box, not an about page's shop link. */
export const MIN_CART_WORDS = 2;
/**
 * A page with more listing words (sort by, filter, 24 results…) may be a collection: its region is left as it is,
 * unless its markup names one product (`namesOneProduct`): a product page can print listing words of its own (its
 * reviews' sort and filter controls, a "View all" over its add-ons or its media). Session 31, tuning part
 * (collections, services and listings detected as products never reach this test on the tuning part: their region is
 * spread out or the page is read whole before it): three half-B product pages of one shop read whole,
 * +0.18, +0.21, +0.14; product half A 0.7633 → 0.7633, half B 0.7333 → 0.7447; no page down.
 */
export const MAX_LISTING_WORDS = 1;

/**
 * Whether the chosen region holds under `MIN_PRODUCT_COVERAGE` of the product page's text, on a page with one
 * product's buy box. `index` lets a page with listing words through when its markup names one product; without it,
 * listing words alone keep the region.
 */
export function coversLittleOfProduct(signals: PageSignals, chosen: Attempt, page: Attempt, index?: BlockIndex): boolean {
	if (signals.cartWords < MIN_CART_WORDS) return false;
	if (signals.listingWords > MAX_LISTING_WORDS && !(index && namesOneProduct(index, signals))) return false;
	return chosen.chars < page.chars * MIN_PRODUCT_COVERAGE;
}

/**
 * Whether the page's markup names it one product's page: one container typed schema.org Product (productItems.ts) or
 * its h1 inside a product-detail container (productDetail.ts). Neither holds on a tuning collection (a grid types
 * each card, and a category's h1 sits above its grid), unlike a buy box under the name, which a category's first card
 * can make.
 * Or, with no word of the markup at all, a star rating right under the name (ratingAtName.ts): a collection's first
 * rating is a card's, after that card's heading. It stands in for the class words on an unseen shop: a marketplace item
 * "Currently unavailable", whose sponsored carousels print "Sort by" and counts, kept the article pipeline's small
 * region. Session 45, wcxb-dev tuning part, word F1: declassed product 0.68114 → 0.68422 (half B 0.67232 → 0.67693: one
 * page 0.31 → 0.52; half A unchanged; no other page moves); as is unchanged (its class words named the product). A price
 * at the name as well (buyBoxAtName.ts) was tried and dropped: one more page, a music shop's, down 0.70 → 0.63.
 */
export function namesOneProduct(index: BlockIndex, signals: PageSignals): boolean {
	return isOneProductItem(signals) || isNameInProductDetail(index) || hasRatingAtName(index);
}
