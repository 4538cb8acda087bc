// A page read as a service, an article or a product whose main region is a shop's grid of priced cards is read as a collection.
import type { KindEvidence } from './detect';
import { kindConfidence } from './kindConfidence';
import type { KindContext } from './pageKind';
import { productChrome } from './productRegion';
import { shapeGrid } from './shapeGrid';
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
 * A grid's cards are short: a name, a line, a price. The annotated collections' grids of the tuning part average 30 to
 * 460 characters a priced card; a shopping guide's entries (a gift guide's priced boxes, each with its paragraph)
 * average about 1,500, and the page is its article.
 */
export const MAX_FALLBACK_CARD_CHARS = 600;

/**
 * Whether the page's main region is a shop's grid: at least `MIN_FALLBACK_CARDS` short priced cards
 * (`MAX_FALLBACK_CARD_CHARS` on average) holding at least `MIN_GRID_SHARE` of the page less its chrome. The grid is
 * shopGrid.ts's (the largest group of priced sibling cards of one class, or a list of priced items, outside shop
 * chrome), else shapeGrid.ts's (cards of one shape, whatever their class words).
 */
export function isMainGrid({ index, signals, whole }: Pick<KindContext, 'index' | 'signals' | 'whole'>): boolean {
	const grid = shopGrid(index, signals, productChrome(index));
	// Cards at the top level of the dump have no block of their own: their group's characters stand for the grid's.
	const cards = signals.cards;
	const chars = grid && cards && grid.block === cards.items[0] ? cards.chars : grid ? index.statsOf(grid.block).chars : 0;
	if (grid && grid.small !== true && isMain(grid.pricedItems, chars, whole.chars)) return true;
	const shaped = shapeGrid(index);
	return shaped !== undefined && isMain(shaped.pricedItems, shaped.chars, whole.chars);
}

function isMain(cards: number, chars: number, wholeChars: number): boolean {
	return cards >= MIN_FALLBACK_CARDS && chars <= MAX_FALLBACK_CARD_CHARS * cards && chars >= MIN_GRID_SHARE * wholeChars;
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
