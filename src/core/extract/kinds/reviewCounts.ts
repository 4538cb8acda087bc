// Review counts: inside a collection's cards, a line that is only the item's count of reviews ("146 Reviews") is the rating widget, not the item.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { dropLinesAnywhere } from '../heuristics/cardRepeats';

/**
 * A line that is a number (in parentheses or not) and the word reviews or ratings, and nothing else: "146 Reviews",
 * "(1,234) reviews", "12 ratings". A card prints it beside its stars, which the dump drops; a line with more words
 * ("4.1 out of 5 stars", "411 reviews with an average rating of 4.1") is left alone: the annotators keep star
 * ratings on about half the tuning collections that show them (an outdoor shop keeps them on 6 categories and drops
 * them on 5, a marketplace keeps them), and dropping every rating line cost half A 0.8300 -> 0.8164.
 */
export const REVIEW_COUNT_RE = /^\(?\d[\d.,]*\)?\s*(?:reviews?|ratings?)\)?$/i;

/** Whether a line of text is only a count of reviews or ratings (`REVIEW_COUNT_RE`). */
export function isReviewCount(text: string): boolean {
	return REVIEW_COUNT_RE.test(text);
}

/**
 * Drops paragraphs and headings that are only a review count (`isReviewCount`), at any depth of containers and list
 * items, where the cards are. Wired in the collection strategy's card clean-up (collection.ts `withoutCardControls`).
 * Measured (session 25, the 62 tuning pages of wcxb-dev detected as collections re-read, word F1): half A collection
 * 0.8300 -> 0.8303 (7 pages up, 4 down by at most 0.005, on 3 sites), half B collection 0.7845 -> 0.7850 (1 up, 0.70
 * -> 0.71, none down); other kinds unchanged. A bare count in parentheses ("(123)") too: half A 0.8305, half B
 * collection 0.7850 but a listing read as a collection down (3 up, 1 down): left out.
 */
export function dropReviewCounts(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return dropLinesAnywhere(blocks, removed, 'review-count', isReviewCount);
}
