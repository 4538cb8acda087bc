// Cart words on a page nothing else decided: a page with no article's prose, posts, cards or sections that prints a shop's cart words is one product's page.
import type { PageSignals } from './signals';

/**
 * A page that reaches the end of detect.ts has none of the structures the other kinds are read by: no posts, no
 * long paragraphs, no cards, no headed sections, no date. It was called an article by default, the least sure rule
 * there is (tuning part of wcxb-dev: 9 of 38 pages right). A cart word there (kinds/signals.ts `CART_RE`: "Add to
 * cart", "Quantity", "In stock", "SKU", "Write a review") is the strongest evidence the page has: a product whose
 * price a script draws, or whose price lies in a merchants' table, so no buy box or cart rule saw it. A dated page
 * stays an article (a shop's post).
 * Tuning part: it holds on 2 pages, one product of each half (before: articles by default), and on no page of
 * another kind. Measured effect in detect.ts.
 */
export const MIN_LEFT_CART_WORDS = 1;

/** Whether a page no other rule decided prints a shop's cart words. */
export function hasCartWordsLeft(s: PageSignals): boolean {
	return s.cartWords >= MIN_LEFT_CART_WORDS;
}
