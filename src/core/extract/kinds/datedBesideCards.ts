// Dated beside cards: a page whose container carries a publication date is an article, whatever teaser cards surround it.

/**
 * Repeated short linked cards make a page a listing when nothing more specific decided (detect.ts), but an article's
 * page shows cards too: related stories, more from the author, a newsletter's other issues. A publication date over
 * the article pipeline's container tells them apart: the metadata reader finds one on 57% of the tuning part's
 * articles (325 of 567) and on 4% of its listings (3 of 72), whose dates are their items' and lie outside one
 * container. Of the tuning pages that reach the cards rule (A 13, B 26), the 3 with a date are articles (A 1/1,
 * B 2/2), the 16 listings have none. Built (tuning part of wcxb-dev): page kind 854 → 857 of 1054 (half A 391 → 392,
 * half B 463 → 465), F1 unchanged (half A 0.886, half B 0.896; one page of A 0.800 → 0.797 as the article strategy
 * reads it). Cost: the metadata is read once more on a page that stays a listing (36 tuning pages, about 0.5% of the
 * tuning part's CPU in an interleaved run; the median page is not one of them).
 * Session 22 ablation (rule off; whole tuning part): F1 unchanged on every page; kind right half A 392 -> 391, half B
 * 465 -> 463 (articles taken for listings): kept.
 */
export function isDatedBesideCards(published: () => boolean): boolean {
	return published();
}
