// A page read as a service, an article or a product whose main region is a shop's grid of priced cards is read as a collection.
import type { KindEvidence } from './detect';
import { kindConfidence } from './kindConfidence';
import type { KindContext } from './pageKind';
import { productChrome } from './productRegion';
import { shopGrid } from './shopGrid';

/**
 * Priced cards that make a grid the page is about, not a rail beside it: a product page's recommendation rails and a
 * landing page's offer tiles hold three to five. Tuning part of wcxb-dev: 5 product pages hold a grid of 6 to 12
 * priced cards outside shop chrome (a rail named by no class word, declassed), none of them over `MIN_GRID_SHARE`.
 */
export const MIN_FALLBACK_CARDS = 6;

/**
 * The share of the page less its chrome that the grid's block holds for the grid to be the page's main region. The
 * product pages' rails of the tuning part hold 1% to 9% of it; the annotated collections' grids 13% to 97% (one, whose
 * page is mostly a category text, 3%).
 */
export const MIN_GRID_SHARE = 0.15;

/**
 * Whether the page's main region is a shop's grid (shopGrid.ts: the largest group of priced sibling cards, or a list of
 * `MIN_PRICED_LIST_ITEMS` priced items, outside shop chrome): at least `MIN_FALLBACK_CARDS` priced cards holding at
 * least `MIN_GRID_SHARE` of the page less its chrome.
 */
export function isMainGrid({ index, signals, whole }: Pick<KindContext, 'index' | 'signals' | 'whole'>): boolean {
	const grid = shopGrid(index, signals, productChrome(index));
	if (!grid || grid.small === true || grid.pricedItems < MIN_FALLBACK_CARDS) return false;
	return index.statsOf(grid.block).chars >= MIN_GRID_SHARE * whole.chars;
}

/** The kinds whose strategies read a grid badly: the service read keeps every card's controls, the article and product reads one card or the category blurb. */
const FALLS_BACK = new Set(['service', 'article', 'product']);

/**
 * The kind the page is read as: a collection when detection named a service, an article or a product page whose main
 * region is a grid of priced cards (`isMainGrid`), else the detected kind. The collection strategy reads its cards
 * without their controls and the category's text above and below them; the clean-ups after the read are the
 * collection's too (the learned filter of service reads removes a tidied grid whole).
 */
export function asGridCollection(kind: KindEvidence, page: Pick<KindContext, 'index' | 'signals' | 'whole'>): KindEvidence {
	if (!FALLS_BACK.has(kind.kind) || !isMainGrid(page)) return kind;
	return { kind: 'collection', signal: `${kind.signal}, main grid`, confidence: kindConfidence('priced cards') };
}
