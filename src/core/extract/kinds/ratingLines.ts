// A product's rating summary as a line of its own ("4.4 (159)", "★★★★☆ 12 reviews"): read past between a plain name line and its price.
import { MAX_REVIEW_LINE_CHARS, isReviewLine } from './reviewWidgets';
import { GROUPED_COUNT_RE } from './ratingAtName';
import { isReviewCount } from './reviewCounts';

/** Stars drawn as characters, with an average and a count or not: "★★★★☆", "★★★★★ 4.8 (12)". */
const STARS_RE = /^[★☆✩✪⭐\s]*[★☆✩✪⭐][★☆✩✪⭐\s]*(?:[0-5](?:[.,]\d)?)?\s*(?:\(?\d[\d.,]*\)?)?$/u;
/** An average out of five and its count of votes: "4.6 (212)", "4.6/5 (1,204)". A bare number (an item number, a size) is not one. */
const AVERAGE_COUNT_RE = /^[0-5][.,]\d\s*(?:\/\s*5\s*)?\(\d[\d.,]*\)$/;
/** A count of reviews or ratings inside a longer line: "159 Reviews", "View the 159 reviews with an average rating of 4.4". */
const COUNTED_REVIEWS_RE = /\d[\d.,]*\s*(?:customer\s+)?(?:reviews?|ratings?|bewertungen|rezensionen|avis|évaluations|reseñas|valoraciones|opiniones|recensioni|beoordelingen|recensies|opinii|recenzj[ia]|omdömen|recensioner|avaliações)\b/iu;

/**
 * Why (session 62, brief item 1): a shop prints its product's rating summary between the name and the price ("4.4 (159)",
 * "159 Reviews", "View the 159 reviews with an average rating of 4.4 out of 5 stars"). The walk that reads a plain
 * name line back from the page's first bare price (nameLines.ts `findPlainLine`) counted that line as one of its three
 * and took it for the line right above the price, so the name was not reached or not vouched for. A rating line
 * is a review widget's star line (reviewWidgets.ts `isReviewLine`), a bare count of reviews (reviewCounts.ts
 * `isReviewCount`), stars drawn as characters, an average with its count of votes ("4.6 (212)"), or a line of at most `MAX_REVIEW_LINE_CHARS`
 * naming a counted number of reviews or ratings (`COUNTED_REVIEWS_RE`). A name never counts its reviews. The walk
 * reads past such a line, and it vouches for the name line right above it as a cart button after the price does.
 * Measured (session 62, wcxb-dev tuning part, word F1, with kinds/buyBox.ts taking the plain name line): as is,
 * declassed and unique no page of any kind moves; under `EVAL_PERTURB=plainname` products as is 0.7386 → 0.7498
 * (A 0.7106 → 0.7441, B 0.7526 =): a half-A outdoor shop's pack read as a collection is a product, 0.16 → 0.93;
 * declassed 0.6649 → 0.6750 (A 0.6478 → 0.6783, B 0.6735 → 0.6733: a half-B sandal page becomes a product as with
 * its h1, 0.922 → 0.915); collections under `plainname` unchanged as is and declassed.
 */
export function isRatingLine(text: string): boolean {
	if (text.length === 0 || text.length > MAX_REVIEW_LINE_CHARS) return false;
	if (isReviewLine(text.replace(GROUPED_COUNT_RE, '')) || isReviewCount(text)) return true;
	return STARS_RE.test(text) || AVERAGE_COUNT_RE.test(text) || COUNTED_REVIEWS_RE.test(text);
}
