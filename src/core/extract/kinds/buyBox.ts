// A buy box near the product's name: a price line and a buying control (add to cart, quantity, stock) in the first lines after the page's h1.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, insideTable, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { isInFacetPanel } from './facetPrices';
import { MAX_NAMES_TRIED } from './buyBoxAtName';
import { levelOneHeadings } from './productRegion';
import { boldNameLines, vouchedNameLines } from './nameLines';
import { PRICE_RE } from './signals';
import { FOREIGN_BUY_RE } from './shopWordsAbroad';
import { isCardCopy } from './cardCopy';

/**
 * A product page's buy box follows its name: brand, rating, price, variants, quantity and the cart button, each a
 * short line. Whatever else the page holds (a long description, reviews, a feature story, a shop platform or none)
 * it is one product's page: the other product signals of kinds/detect.ts give way to an article's long paragraphs and
 * to a landing page's sections, and a shop platform's profile (platforms.ts) is the only thing that saves most
 * products of Shopify and WooCommerce shops (without profiles, 6 of their 11 tuning product pages were services).
 *
 * Tuning part of wcxb-dev, pages with a short price line within `MAX_BLOCKS_TO_PRICE` text blocks after the h1 and
 * a buying line within `MAX_BLOCKS_TO_BUY`: 29 of 69 product pages (of 25 sites), 2 of 70 collections (both decided
 * before by their priced cards), no article, documentation, service, listing or forum page (one article's cost table
 * headed "Quantity" matched until table cells were left out). Windows tried: price 5 / buy 30 finds 22 products,
 * 15 / 15 finds 22, 15 / 30 finds 29 with no page of another kind more.
 */
export const MAX_BLOCKS_TO_PRICE = 15;
/**
 * The price window reaches past `MAX_BLOCKS_TO_PRICE` blocks while the text blocks read so far hold fewer characters
 * than this: many short lines under the name (a brand, an item number, a colour, badges) push the price down by
 * blocks but add little text, whereas a category's facets and sort options before its first card add up.
 * Designed on half A with prod55's gap proxy (six neutral lines under the h1; now `EVAL_PERTURB=gap`): a phone
 * maker's page whose price sat 13 blocks down (104 characters) became an article under the proxy. Measured (session
 * 56, tuning part, full eval, as is and declassed): no page's F1 or kind moves. Proxies: gap, declassed, no shop
 * profiles: products found 53 → 54 (that page, article → product, F1 unchanged 0.683); gap as is 57 → 58 (service →
 * product); price line removed: unchanged; collections unchanged under all three (4 and 8 of 70 read as products).
 * A block window of 21 instead (tried first) read a half-B headphone category as a product (facet lines declassed).
 */
export const MAX_CHARS_TO_PRICE = 300;
/** Variant swatches (a line each) can push the cart button 20-30 lines below the name (two tuning shops of 29 do). */
export const MAX_BLOCKS_TO_BUY = 30;
/** A price line or a button's label is short: a longer line naming a price or "in stock" is a sentence. */
const MAX_LINE_CHARS = 80;

/**
 * Words of a buying control: the cart button, the quantity box, the stock line. Not shipping, reviews or SKUs, which
 * articles and collections also print (kinds/signals.ts `CART_RE`). Other languages' ("In den Warenkorb", "Agotado",
 * "カートに入れる") are kinds/shopWordsAbroad.ts `FOREIGN_BUY_RE`, tested beside it.
 */
export const BUY_CONTROL_RE = /\b(?:add(?:ed)? to (?:cart|bag|basket|trolley)|buy (?:it )?now|in stock|out of stock|sold out|quantity|qty|pre-?order)\b/i;

/**
 * Whether a short price line lies within `MAX_BLOCKS_TO_PRICE` text blocks after the page's product heading (its
 * first visible h1, productRegion.ts) and a short buying line within `MAX_BLOCKS_TO_BUY`. Table cells do not count:
 * a cost table's "Quantity" column is no cart. Nor do lines inside `grid` (the page's grid of priced items,
 * kinds/shopGrid.ts): a category's first card has a price and a cart button under the h1 too. Against a grid, with
 * its lines left out, no tuning collection has a buy box (the two above lose theirs) and no tuning page changes kind;
 * it keeps a product whose price sits below a rating, a breadcrumb or a heading from the recommendations' grid, where
 * a collection's strategy costs a product page most (tuning part: product pages read as collections 0.700 -> 0.607,
 * collections read as products 0.781 -> 0.716, page means).
 * A page hidden whole until a script runs (a shop's lock-down app draws an "Access denied" notice over it) has no
 * visible h1; its hidden one names the product then. Of the 95 tuning pages with no visible h1, one (a Shopify
 * product, read as a listing by its cards without shop profiles) gains a buy box: product F1 without profiles
 * 0.716 → 0.717 (that page 0.52 → 0.62), no other page of any kind changes kind.
 * Session 24 ablation (off; tuning part, word F1): fires on 7 half-A and 7 half-B product pages; off, half A product
 * 0.7537 -> 0.7283 (4 pages leave product, one 0.62 -> 0.08), half B unchanged (no page changes kind or score: other
 * rules decide them too). Redundant on half B, not harmful: kept.
 * The walk starts from each of the first `MAX_NAMES_TRIED` visible h1s (buyBoxAtName.ts), or hidden ones when none is
 * visible: a page hidden whole until a script runs can print its mobile title as the first hidden h1, over a gallery
 * of a dozen "Open media N" lines, and its desktop title right above the price. Measured (session 44, wcxb-dev tuning
 * part, word F1): declassed one half-B coffee page hidden by a lock-down app, read as a listing, is a product,
 * 0.46 → 0.58; a half-A page with three visible h1s moves from service to product (its annotated kind), 0.812 → 0.812;
 * as is unchanged.
 * With no h1 and no bold line, a plain name line an alt text, a list item or a rating line vouches for (nameLines.ts
 * `vouchedNameLines`; not one only the cart button after its price vouches for: that button is this walk's own
 * evidence) is walked from too (session 62). Measured with kinds/ratingLines.ts: as is, declassed and unique unchanged; under
 * `EVAL_PERTURB=plainname` declassed a half-B sandal page whose plain name a rating line vouches for was read as a
 * service whose read kept its reviews (0.922 → 0.532 with the rating line alone); with this walk it is a product,
 * 0.915, as with its h1.
 */
export function hasBuyBoxNearName(index: BlockIndex, grid?: Block): boolean {
	// A page hidden whole until a script runs (kinds/wholePage.ts) has no visible h1: its hidden ones name it.
	const visible = levelOneHeadings(index, MAX_NAMES_TRIED);
	const hidden = visible.length > 0 ? visible : levelOneHeadings(index, MAX_NAMES_TRIED, true);
	// With no h1 at all, the product's name may be a bold line, else a plain line a picture, a list item or a rating
	// vouches for (nameLines.ts `vouchedNameLines`; not the cart button this walk looks for).
	const bold = hidden.length > 0 ? hidden : boldNameLines(index, MAX_NAMES_TRIED);
	const names = bold.length > 0 ? bold : vouchedNameLines(index, MAX_NAMES_TRIED);
	for (const name of names) if (isBuyBoxAfter(index, name, grid)) return true;
	return false;
}

/** Whether a short price line lies within `MAX_BLOCKS_TO_PRICE` text blocks after `name` and a short buying line within `MAX_BLOCKS_TO_BUY`, outside tables and `grid`. */
function isBuyBoxAfter(index: BlockIndex, name: Block, grid: Block | undefined): boolean {
	const from = index.order.get(name) ?? 0;
	let seen = 0;
	let chars = 0;
	let price = false;
	let buy = false;
	// An indexed walk from the block after `from` (an entry array a step was 3% of extraction's allocations).
	const blocks = index.order.blocks;
	for (let at = from + 1; at < blocks.length; at++) {
		const b = blocks[at];
		if (isContainer(b) || b.kind === 'list' || b.kind === 'table' || isInFacetPanel(index, b)) continue;
		const text = collapsedText(b);
		if (text === '') continue;
		chars += text.length;
		if (++seen > MAX_BLOCKS_TO_BUY || (!price && seen > MAX_BLOCKS_TO_PRICE && chars > MAX_CHARS_TO_PRICE)) return false;
		if (text.length > MAX_LINE_CHARS || insideTable(index, b) || (grid && index.isInside(b, grid))) continue;
		if (isCardCopy(index, b, grid, name)) return false; // a copy of a grid card (a compare drawer's panel) ends the walk (cardCopy.ts)
		if (!price) {
			PRICE_RE.lastIndex = 0;
			price = PRICE_RE.test(text);
		}
		buy ||= BUY_CONTROL_RE.test(text) || FOREIGN_BUY_RE.test(text);
		if (price && buy) return true;
	}
	return false;
}
