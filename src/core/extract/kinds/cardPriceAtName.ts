// A price at the product's name read as the grid reads its cards' prices: a whole amount with its currency after it ("49 €", "1 299 kr") counts.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { isLineAtName, MAX_BLOCKS_TO_PRICE } from './buyBoxAtName';
import { hasCardPrice } from './shopGrid';

/** A price line is short: a longer line naming a price is a sentence (as buyBoxAtName.ts reads it). */
const MAX_PRICE_LINE_CHARS = 80;

/** A short line naming a price as a grid's card names it (shopGrid.ts `hasCardPrice`: `PRICE_RE` or a European or Nordic amount). */
export function isCardPriceLine(text: string): boolean {
	return text.length <= MAX_PRICE_LINE_CHARS && hasCardPrice(text);
}

/**
 * Whether the page's product heading is followed by a price before any other heading, within the window of the price
 * at the name (buyBoxAtName.ts `MAX_BLOCKS_TO_PRICE`), outside `grid`, with prices read as the grid reads its cards'.
 *
 * Reason: kinds/detect.ts weighs a grid of priced cards against a buy box at the product's name. The grid counts a
 * card as priced by `hasCardPrice`, which also reads the whole amounts that European and Nordic shops print ("49 €",
 * "1.299 €", "1 299 kr", "CHF 49"), but the price at the name read only `PRICE_RE` (signals.ts), which needs cents
 * after such an amount. On a shop that prints its prices so, the related items under a product were a grid and the
 * product's own price was no price: the page was read as a collection, the kind strategy that keeps the whole grid.
 * The tie-break now reads the product's price as the grid reads its cards': what comes first, the name and its price
 * above the grid, decides, in whatever form the shop prints its prices. A superset of `hasBuyBoxAtName`.
 * Measured in the report of session 51 (kind56): see CHANGELOG.md.
 */
export function hasCardPriceAtName(index: BlockIndex, grid?: Block): boolean {
	return isLineAtName(index, MAX_BLOCKS_TO_PRICE, grid, isCardPriceLine, true);
}
