// The collection's grid wherever it sits: the largest group of same-class sibling cards that name a price, when it outnumbers the page's grid.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { blockText, collapse, isHidden } from '../inlineText';
import type { KindContext } from './pageKind';
import { insideChrome, productChrome } from './productRegion';
import { hasCardPrice, shopGrid, type ShopGrid } from './shopGrid';
import { blockHasLink } from './signals';
import { platformShopGrid } from './platformGrid';
import { fewCardGrid } from './fewCardCategory';
import { unpricedCardRun } from './collectionCardRun';

/**
 * A card is a name, a few facts and a price: a shop's tile with its swatches, rating and sale price reaches a few
 * hundred characters. The page signals' cards (signals.ts, 400 on average) fit a teaser; a priced card may be twice that.
 * Longer items are sections of text that name a price (a plan's feature list, a review's paragraph).
 */
export const MAX_PRICED_CARD_CHARS = 800;
/** A group of fewer priced cards is a rail of picks or a product's options, not a grid. */
export const MIN_GROUP_PRICED_CARDS = 3;

/**
 * The group of sibling containers sharing a first class (a shop's card template) with the most items that name a
 * price (`hasCardPrice`, each at most `MAX_PRICED_CARD_CHARS`), at least `MIN_GROUP_PRICED_CARDS`, half of them
 * holding a link, outside shop chrome (productRegion.ts) and not hidden.
 */
export function pricedCardGroup(index: BlockIndex, chrome: ReadonlyMap<Block, string>): ShopGrid | undefined {
	const known = groupOf.get(index);
	if (known && known.chrome === chrome) return known.grid;
	let grid: ShopGrid | undefined;
	const visit = (kids: readonly Block[], parent: Block | undefined): void => {
		const bySig = new Map<string, Container[]>();
		for (const k of kids) {
			if (!isContainer(k)) continue;
			const attrs = divAttrParts(k);
			if (attrs.classes.length === 0 || isHidden(attrs)) continue;
			const list = bySig.get(attrs.classes[0]);
			if (list) list.push(k);
			else bySig.set(attrs.classes[0], [k]);
		}
		for (const items of bySig.values()) {
			if (items.length < MIN_GROUP_PRICED_CARDS || items.length <= (grid?.pricedItems ?? 0)) continue;
			let priced = 0;
			let linked = 0;
			for (const it of items) {
				// The index's count first: a long item's text is not flattened (a chain of nested groups would flatten
				// the same text again at every level). The flattened text is never shorter than that count.
				if (index.charsOf(it) <= MAX_PRICED_CARD_CHARS) {
					const text = collapse(blockText(it));
					if (text.length <= MAX_PRICED_CARD_CHARS && hasCardPrice(text)) priced++;
				}
				if (it.children.some(blockHasLink)) linked++;
			}
			if (priced < MIN_GROUP_PRICED_CARDS || priced <= (grid?.pricedItems ?? 0) || linked < items.length / 2) continue;
			if (!insideChrome(index, items[0], chrome)) grid = { block: parent ?? items[0], pricedItems: priced };
		}
	};
	visit(index.doc.blocks, undefined);
	for (const c of index.containers) visit(c.children, c);
	groupOf.set(index, { chrome, grid });
	return grid;
}

/** The group found for a page, with the chrome it was found with (`pricedCardGroup`). */
const groupOf = new WeakMap<BlockIndex, { readonly chrome: ReadonlyMap<Block, string>; readonly grid: ShopGrid | undefined }>();

/**
 * The grid the collection strategy reads by: the page's shop grid (shopGrid.ts), or the group of priced cards
 * (`pricedCardGroup`) when that holds more priced items. The shop grid takes the page signals' cards, the group of
 * sibling cards with the most items, priced or not, and a list only from eight priced items: on a shop the reader has
 * never seen, the largest group is often the mega-menu's tiles or a row of sub-category links, and the product tiles
 * run longer than a teaser. Kind detection keeps the shop grid (its thresholds were set on it); only the collection's
 * reading (the grid's cards, intro, prose below, end and section) follows the priced cards.
 * Tuning part of wcxb-dev (session 34, main e3f963e, word F1): collection 0.83213 -> 0.83487, half B collection
 * 0.82837 -> 0.83438 (a game store's category whose 7 priced tiles run past 400 characters, 0.732 -> 0.924: its grid
 * now ends the read), half A unchanged (every studied grid was already found); no other page moves. The grid changes
 * on 7 tuning pages detected as collections (6 sites, all of half B; 4 shops' grids found where none or one priced
 * card was), and only the one page moves. At 1200 characters the same; lists of 3 to 7 priced linked items taken as
 * groups too: a solar shop's small grid (shopGrid.ts `small`) gives way to a list, 0.633 -> 0.630, not taken.
 */
export function collectionGrid({ index, signals }: Pick<KindContext, 'index' | 'signals'>): ShopGrid | undefined {
	const chrome = productChrome(index);
	// A known platform's grid, read from its card template's classes (kinds/platformGrid.ts), comes first.
	const platform = platformShopGrid(index, chrome);
	if (platform) return platform;
	const grid = shopGrid(index, signals, chrome);
	const cards = pricedCardGroup(index, chrome);
	const best = cards && cards.pricedItems > (grid?.pricedItems ?? 0) ? cards : grid;
	// A few priced cards kind detection named the page a collection by, where no class word lines them up (fewCardCategory.ts `fewCardGrid`).
	const few = fewCardGrid(index);
	if (few && few.pricedItems > (best?.pricedItems ?? 0)) return few;
	// A run of shop cards without prices, where no priced grid was found (collectionCardRun.ts).
	return best ?? unpricedCardRun(index);
}
