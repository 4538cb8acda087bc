// One product item: a page whose microdata types exactly one container as a schema.org Product is that product's page.
import type { PageSignals } from './signals';

/**
 * Microdata names what a page is about: a product page types its buy box `itemtype="https://schema.org/Product"`
 * once, and a category grid or a search listing types each card (a tuning listing has 32). On the wcxb-dev tuning
 * part, 10 of the 69 product pages have such a container and no collection has one; one container decides product
 * on 9 pages and nothing else. Before this rule, 6 of the 9 were read as collections (their recommendations' prices
 * and cards): page kinds 719 → 725 of 1054, product F1 (eval) 0.609 → 0.613.
 */
export const PRODUCT_ITEMS_ON_ONE_PAGE = 1;

/** Whether the page types exactly one product. */
export function isOneProductItem(s: PageSignals): boolean {
	return s.productItems === PRODUCT_ITEMS_ON_ONE_PAGE;
}
