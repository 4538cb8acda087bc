// Offer cards: a page made mostly of one group of cards, with buttons that ask the reader to act, is a landing page whose cards are its offer, not a listing's items.
import type { Attempt } from '../blockIndex';
import type { RepeatedGroup } from './signals';

/**
 * A landing page presents its offer as a row of cards (plans, features, customers' stories) and asks the reader to
 * act ("Get started", "Contact sales", "Book a demo": signals.ts `CALL_TO_ACT_RE`); a listing's cards are its items
 * (articles, jobs, courses) and seldom sit beside more than a button or two. The cards rule (detect.ts
 * `MIN_LISTING_CARDS`) names both listings. So when the page's repeated cards hold at least `MIN_OFFER_CARDS_SHARE`
 * of the page read whole (kinds/wholePage.ts) and the page has at least `MIN_CALLS_TO_ACT` calls to act, it is a
 * service page, read by the service strategy (the whole page less its chrome) rather than the listing's.
 * Studied on half A of the tuning part of wcxb-dev, the 11 pages named listings by their cards: the two service
 * pages whose cards are most of the page have 7 and 9 calls to act (a help desk's landing page, a cloud host's
 * customer stories), word F1 0.695 -> 0.801 and 0.644 -> 0.944 read as services; the listings and articles there have
 * 0 to 2, the third service page 3 with cards holding 0.03 of the page. Offline, 3 calls to act alone moved 4 pages
 * of half B for -0.124 F1 in all; with the share, none.
 * Measured (`eval --only wcxb --part tune`, session 27): page kind 867 -> 869 of 1054 (half A 400 -> 402, half B 467),
 * service half A 0.841 -> 0.847 (the two pages), all half A 0.8928 -> 0.8936, half B unchanged on every page;
 * readability corpus 0.947, seeds 53/53.
 */
export const MIN_CALLS_TO_ACT = 3;
/** ...and the cards are most of the page: a listing's rail or a footer's tiles are a small part of it. */
export const MIN_OFFER_CARDS_SHARE = 0.5;

/** Whether the page's cards are a landing page's offer: `MIN_OFFER_CARDS_SHARE` of the page read whole, and `MIN_CALLS_TO_ACT` calls to act. */
export function isOfferCards(cards: RepeatedGroup, callsToAct: number, whole: Attempt): boolean {
	return callsToAct >= MIN_CALLS_TO_ACT && whole.chars > 0 && cards.chars >= whole.chars * MIN_OFFER_CARDS_SHARE;
}
