// The product's name inside a product-detail container: a page whose h1 sits in a shop's `pdp` / `product-detail` wrapper is one product's page.
import type { BlockIndex } from '../blockIndex';
import { attrWords } from '../inlineText';
import { productHeading } from './productRegion';

/**
 * Class and id words that shop software writes around one product's page, its name, buy box and description: the
 * "product detail page" (`pdp`, `product-detail`, `product-details`), WooCommerce's `single-product` and
 * `type-product`, Shopify themes' `product-single`, `main-product`, `product__title` and `product-page`, BigCommerce's
 * `productView`, Magento's `product-info-main` (Magento 1's `product-essential`), Squarespace's `ProductItem-details`, and
 * `product-info`, `product-main`, `buy-box`. The last two platforms' words were added in session 26: on the tuning
 * part they name one half-A product already detected (Squarespace) and no other page. A category page's cards
 * are `product-card`, `product-item`, `product-grid`: none of these, and a category's h1 names the category above its
 * grid, not inside a card.
 */
export const PRODUCT_DETAIL_RE =
	/(?:^|[\s_-])pdp(?:$|[\s_-])|product[-_]?details?(?:$|[\s_-])|product[-_]?single|single[-_]product|(?:^|\s)type-product(?:$|\s)|product[-_]?view(?:$|[\s_-])|product[-_]?info(?:rmation)?(?:$|[\s_-])|product[-_]?info[-_]?main|product[-_]?page(?:$|[\s_-])|(?:main[-_]?product|product[-_]?main)(?:$|[\s_-])|product[-_]*title(?:$|[\s_-])|buy[-_]?box|productitem[-_]?details|product[-_]?essential/i;

/**
 * Class words a shop writes on the product's name itself: WooCommerce's `product_title`, Shopify themes'
 * `product-title` and `product__title`, BigCommerce's `productView-title`, Salesforce Commerce's and Magento 1's
 * `product-name`, `product__name`, eBay's `x-item-title`, `pdp-title`. Tested on the heading's own classes only (its id
 * is a slug of its text, and an article's title can name products). Tuning part of wcxb-dev: 18 h1s carry one
 * (5 of half A, 13 of half B), all of annotated products that other rules already detect; no page of another kind has
 * one (a broader `product` word takes in an article's `product-page-title`, a menu's `SiteProductsNav__groupTitle`
 * and a WooCommerce category's `woocommerce-products-header__title`). It changes no tuning page: it is there for shops
 * that no platform profile and no wrapper word name.
 */
export const PRODUCT_NAME_CLASS_RE = /product[-_]*(?:view[-_]*)?(?:title|name)(?:$|[\s_-])|(?:^|[\s_-])item[-_]*title(?:$|[\s_-])|pdp[-_]*(?:title|name)/i;

/**
 * Whether the page's product heading (its first visible h1, else a hidden one on a page hidden whole; productRegion.ts)
 * lies inside a container named as a product's detail page (`PRODUCT_DETAIL_RE`). The name says what the page is for
 * whatever its other signals are: a product's related items make grids and prices, its story makes long paragraphs,
 * and a price drawn by a script leaves no buy box.
 * Tuning part of wcxb-dev: it holds on 28 pages (12 of half A, 16 of half B), all of them annotated products, and on
 * no page of another kind. 27 were products already; one half-B product read as a listing by its cards becomes a
 * product (kind agreement +1; that page's F1 falls, half-B product 0.7250 -> 0.7239).
 */
export function isNameInProductDetail(index: BlockIndex): boolean {
	const name = productHeading(index) ?? productHeading(index, true);
	if (!name) return false;
	if (name.kind === 'heading' && name.attrs && PRODUCT_NAME_CLASS_RE.test(name.attrs.classes.join(' '))) return true;
	for (let p = index.parent.get(name); p !== undefined; p = index.parent.get(p)) {
		if ((p.kind === 'div' || p.kind === 'htmlDiv') && PRODUCT_DETAIL_RE.test(attrWords(p.attrs))) return true;
	}
	return false;
}
