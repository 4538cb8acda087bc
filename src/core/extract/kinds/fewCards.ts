// Four teaser cards found by shape that hold much of the page are its feed: a short listing is still a listing.
import type { Attempt } from '../blockIndex';
import { MIN_SHAPE_CARDS, SHAPE_CARDS_SIGNATURE } from './cardGroup';
import type { RepeatedGroup } from './signals';

/**
 * A group of `MIN_SHAPE_CARDS` cards found by shape (cardGroup.ts) makes a listing when it holds this share of the
 * page read whole; five cards make one at any share above cardGroup.ts's floor (detect.ts `MIN_LISTING_CARDS`). With
 * every token unique, the tuning part's groups of four hold at most 0.23 of their page (an article read as a landing
 * page; rails, a forum's boxes, offer rows from 0.11), and none is a listing's; a half-A listing with its feed cut to
 * four cards holds 0.35 and was read as an article.
 */
export const MIN_FEW_CARDS_SHARE = 0.3;

/**
 * Whether a shape group of four cards holds enough of the page to be its feed (`MIN_FEW_CARDS_SHARE`). Class groups
 * keep detect.ts's count.
 *
 * Why: a feed's page shows as many items as its site pages by; a search with few results, a new blog, an archive's
 * last page shows four. Measured (session 58, tuning part, 1,054 pages): no page's kind or word F1 moves on any
 * yardstick (unique with profiles off, declassed, as is: no group of four reaches the share); on half-A listings
 * perturbed (a third of the dump's lines cut from the middle, every token unique), one read as an article by
 * default with four cards left (0.35 of its page) is a listing again.
 */
export function isFewCardsFeed(cards: RepeatedGroup, whole: Attempt): boolean {
	return cards.signature === SHAPE_CARDS_SIGNATURE && cards.items.length >= MIN_SHAPE_CARDS && whole.chars > 0 && cards.chars >= whole.chars * MIN_FEW_CARDS_SHARE;
}
