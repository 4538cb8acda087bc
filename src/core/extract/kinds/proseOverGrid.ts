// Prose over a grid: a page whose long paragraphs outnumber its priced cards (or prices) several times is prose that names prices, not a shop's grid.
/**
 * A shop's category page is its grid: a card per product, each with a price, and at most a buying guide of a few
 * paragraphs below it (a long one holds a paragraph or three per ten cards). A review, a buying guide, a stock
 * analysis or a price list written as a post names prices in its cards or its tables, but the reader came for its
 * prose: many long paragraphs per priced item. Studied on half A of the tuning part of wcxb-dev (pages the priced-cards
 * or prices rule named collections): 8 articles and 3 services reached it with 2 to 7 long paragraphs per priced card
 * (and 1 to 5 per price), the 27 collections with at most 3.3 per card (a category with a long guide below a short
 * grid). Built (`eval --only wcxb --part tune`): page kind 842 → 845 of 1054 (half A 382 → 384, half B 460 → 461: two
 * articles and a service page leave collection, none enters it), F1 unchanged (all 0.890; half A +0.010 page-F1 summed
 * over 3 pages, half B 0 pages changed).
 * Session 25 ablation (rule off where it fires; tuning part of wcxb-dev, main 23a4350, word F1): half A 6 pages change
 * kind (2 right before, 0 after: articles and services become collections; F1 1 down, 2 up, +0.012 summed), half B 1
 * (an article, right before, a collection after; F1 unchanged): kept for the kind it reports.
 */
export const MIN_PROSE_PER_PRICED_ITEM = 4;

/**
 * A grid smaller than this counts as this many items: a short grid beside a sort bar (kinds/shopGrid.ts `small`) is a
 * collection even with a few paragraphs of guide.
 */
export const MIN_GRID_ITEMS = 4;

/** Whether a page's long paragraphs of prose are at least `MIN_PROSE_PER_PRICED_ITEM` per priced item (cards or prices). */
export function isProseOverGrid(longParagraphs: number, pricedItems: number): boolean {
	return longParagraphs >= MIN_PROSE_PER_PRICED_ITEM * Math.max(pricedItems, MIN_GRID_ITEMS);
}
