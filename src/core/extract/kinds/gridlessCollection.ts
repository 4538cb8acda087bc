// A priced page with no grid of cards is one product's page: the collection read hands it to the product read.
import { collectionGrid } from './collectionGrid';
import type { KindContext } from './pageKind';

/**
 * Whether a page the collection strategy reads, once it names prices (unpricedGrid.ts hands an unpriced page to the
 * listing read first), holds no grid of priced cards at all: no platform grid, no group of priced sibling cards, no
 * list of priced items and no short list of product cards beside a toolbar (collectionGrid.ts `collectionGrid`, the
 * grid every step of the collection read holds on to). Such a page names its prices in one product's buy box, its
 * variants or its offers, and what its reader came for is that product: the product strategy reads it from the
 * product's name and ends before the related products and the footer; the collection strategy has no grid to start
 * or end at and keeps the whole page or the pipeline's container, menus, rails and footer included.
 *
 * Why: detection sends product pages to the collection read on unseen sites (held-out part, declassed: 5 of 22
 * product pages read as collections, none on the tuning part), and the collection read fails on them by reading too
 * much. Measured with the collection strategy forced on the 69 annotated product pages of the tuning part of
 * wcxb-dev (`EVAL_FORCE_KIND=collection`, the proxy for that detection), session 52, main dba4e3e:
 * - declassed: 0.5649 -> 0.5825, failed pages (F1 < 0.5) 30 -> 28; 6 pages up on 4 sites (two marketplaces'
 *   product pages 0.27 -> 0.68 and 0.35 -> 0.69, a game store's three 0.45 to 0.69 -> 0.48 to 0.87, a music shop's
 *   0.55 -> 0.70), 1 down (a watch shop 0.487 -> 0.437, where the product read itself scores so as detected);
 *   half A 1 up and 1 down, half B 5 up on 3 sites;
 * - as is: 0.6305 -> 0.6404, failed 22 -> 21; 4 up, 2 down (the watch shop, one game store page 0.678 -> 0.623).
 * The 70 annotated collections with the collection strategy forced: as is nothing moves (each has a grid); declassed
 * one headphone maker's category whose cards write no price the card readers know (0.939 -> 0.914). Forcing the
 * collection strategy on the 72 annotated listings moves nothing (they are unpriced, or priced with a grid).
 */
export function isGridlessCollection(page: Pick<KindContext, 'index' | 'signals'>): boolean {
	return collectionGrid(page) === undefined;
}
