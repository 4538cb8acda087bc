// A platform's priced product cards with no product template: a page whose shop platform's card words (data/shopGridPlatforms.ts) make a priced grid, and which carries none of the product page template's words (data/shopProductPlatforms.ts), is a collection.
/*
 * Why: the kind detector counts a grid's priced cards with the page's largest group of classed siblings
 * (kinds/shopGrid.ts). On a themed shop that group is often something else (tab strips, badges, the theme's own
 * wrappers), and a shop page on a known platform with no such grid was read as a product: its product strategy keeps
 * the first card or two of the grid (session 37, a WooCommerce shop page 0.675, R 0.51). A platform's card template is
 * printed once per product on every shop of that platform, so `MIN_PLATFORM_CARDS` priced platform cards inside one
 * grid (kinds/platformGrid.ts `platformShopGrid`) are a grid of products. A product page on the same platform shows
 * the same cards in its related and up-sell rails, but its own template writes its gallery, tabs or buy box words
 * (WooCommerce's `woocommerce-product-gallery`, Dawn's `product__info-container`, Magento's `product-info-main`...,
 * kinds/shopPlatformParts.ts `shopPlatformOf`): such a page is never read as a collection by this rule, and a price
 * under the h1 (a buy box) still makes the page a product (detect.ts).
 * Measured (session 37, main 1241657, tuning part of wcxb-dev): it fires on 1 page of 1 site (a half-A WooCommerce
 * shop page, read as a product before): page kind 873 -> 874/1054; no word F1 moves (all 0.90323, collection 0.83494):
 * the product read held the same visible grid. The platform grid marks 14 tuning pages; the 3 WooCommerce product
 * pages among them carry the product template's words and are left alone (test/unit/platformCollection.test.ts).
 */
import type { BlockIndex } from '../blockIndex';
import { MIN_PLATFORM_CARDS, platformShopGrid } from './platformGrid';
import { productChrome } from './productRegion';
import { shopPlatformOf } from './shopPlatformParts';

/** The priced platform cards of the page's grid when it is a platform collection (no product template on the page), else 0. */
export function platformCollectionCards(index: BlockIndex): number {
	const grid = platformShopGrid(index, productChrome(index));
	if (!grid || grid.pricedItems < MIN_PLATFORM_CARDS) return 0;
	return shopPlatformOf(index) ? 0 : grid.pricedItems;
}
