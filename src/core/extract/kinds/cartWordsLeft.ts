// Cart words on a page nothing else decided: an undated page with no article's prose, posts, cards or sections that prints a shop's cart words is one product's page.
import type { PageSignals } from './signals';

/**
 * A page that reaches the last rules of detect.ts has none of the structures the other kinds are read by: no posts,
 * no article's prose in one container, no cards, no headed sections, no feature tiles. It was called a service page by
 * its spread-out text (`article coverage`: 4 of 13 tuning pages right) or an article by default (9 of 38), the least
 * sure rules there are. A cart word there (kinds/signals.ts `CART_RE`: "Add to cart", "Quantity", "In stock", "SKU",
 * "Write a review") is the strongest evidence the page has: a product whose price a script draws, or whose price
 * lies in a merchants' table, so no buy box or cart rule saw it. A dated page stays as it was (a shop's post).
 * Tuning part of wcxb-dev: it holds on 3 pages, all products (half A: one default article, one spread page read as
 * a service; half B: one default article), and on no page of another kind. Product F1 unchanged on half B (the
 * page scores as before), half A 0.7562 -> 0.7563; page kind +2 on half A, +1 on half B.
 */
export const MIN_LEFT_CART_WORDS = 1;

/** Whether a page no other rule decided prints a shop's cart words. */
export function hasCartWordsLeft(s: PageSignals): boolean {
	return s.cartWords >= MIN_LEFT_CART_WORDS;
}
