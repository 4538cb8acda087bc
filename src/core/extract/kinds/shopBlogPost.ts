// A shop's blog post: a page of a shop platform with long prose and no cart words is an article, not a product.
import type { PageSignals } from './signals';

/**
 * A shop platform's blog post has this many long paragraphs (as an article's, detect.ts); a product description has
 * fewer, or comes with cart words.
 */
export const MIN_SHOP_POST_LONG_PARAGRAPHS = 5;

/**
 * Whether a page of a shop platform (Shopify, WooCommerce…: their class words mark every page of the shop, its blog
 * included) is one of its blog posts: no cart words at all (no "Add to cart", "In stock", "Quantity"), enough long
 * paragraphs, and not spread out. On the tuning part of wcxb-dev every product page of a shop platform with this much
 * prose has cart words (5 to 45); of the undated shop-platform articles, 4 have none.
 * Session 24 ablation (off; tuning part): fires on 1 half-A and 4 half-B pages; off, 4 articles become products (3 of
 * them half B) and one half-B article scores 0.983 -> 0.999; no product or collection moves: kept for the kinds.
 */
export function isShopBlogPost(s: PageSignals, spread: boolean): boolean {
	return s.platform?.kind === 'shop' && s.cartWords === 0 && s.longParagraphs >= MIN_SHOP_POST_LONG_PARAGRAPHS && !spread;
}
