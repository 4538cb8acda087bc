// Card controls: inside a grid's cards, lines that are a button, a toggle or a badge ("Compare", "Quick shop", "Top rated") are not the item.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { dropLinesAnywhere } from './cardRepeats';
import { MAX_CONTROL_CHARS, SHOP_CONTROL_RE } from './shopControls';

/**
 * What a product or teaser card shows besides its item, as data: the shop's own controls (`SHOP_CONTROL_RE`, which
 * the general clean-up drops only at the top level) and these card badges and toggles. Studied on the tuning part of
 * wcxb-dev (lines of our collection output that are only the phrase, against lines of the truths): "Compare" 270 out
 * on 10 collection pages, 0 in the truths; "Top rated" 77 on 11, 0; "New arrival(s)" 24 on 10, 0; "Add to cart" 50 on
 * 4, 3 in truths; "Quick shop/view" 22, 0; "Undo", "Sponsored", "Best seller", "Coming soon", "Low stock" a few
 * each, none in the truths. Not here: "Sale", "Sold out", "N colors", "Save N%", "New", which the truths keep about
 * as often as they drop them. The filter panel's toggle ("Filter and sort", "Sort & Filter", "Filter products menu"):
 * 4 lines out on 4 collection and listing pages, none in the truths ("Shop by" is kept once, and stays).
 */
export const CARD_BADGE_RE =
	/^(?:top[- ]rated|new arrivals?|best[- ]?sell(?:er|ing)s?|sponsored|undo|coming soon|low stock|add to compare|compare(?: now)?|select options|choose options|quick[- ](?:view|shop|add|buy|look)|shop now|show \d+ (?:results|items|products)(?: per page)?|(?:showing )?\d+ (?:results|items|products) per page|sort(?:ed)?(?: by)?\s*:.*|skip to (?:search )?results|(?:filter|sort) (?:and|&) (?:sort|filter)|filter products(?: menu)?)[.:!]?$/i;

/**
 * A stock state is the item's news, not a control: the truths keep "Sold out" on 3 tuning pages (8 lines), and
 * dropping it inside cards cost a headphone shop's collection 0.522 → 0.508.
 */
export const STOCK_STATE_RE = /^(?:sold out|in stock|out of stock)[.:!]?$/i;

/** A pattern's alternatives without its anchors, to be combined. */
function phrase(re: RegExp): string {
	return re.source.replace(/^\^/, '').replace(/\$$/, '');
}
const CONTROL = `(?:${phrase(CARD_BADGE_RE)}|${phrase(SHOP_CONTROL_RE)})`;
/**
 * A card's row of buttons printed as one line: two or more controls side by side ("Quick view Compare", "Add to
 * cart | View details"). Studied on the tuning part of wcxb-dev (lines of the output against the truths, pages of
 * every detected kind): 30 such lines on 3 pages, none in the truths; 3 truth lines on 2 other pages, none of which
 * we output. Measured: the 69 tuning pages detected as collections, an outdoor shop's category 0.677 -> 0.714; no page down.
 */
export const CONTROL_ROW_RE = new RegExp(`^${CONTROL}(?:\\s*[|/·•]?\\s*${CONTROL})+$`, 'i');
/** A row that names a stock state carries the item's news with its buttons, and stays (`STOCK_STATE_RE`). */
const STOCK_WORDS_RE = /\b(?:sold out|in stock|out of stock)\b/i;

/**
 * The comparison toggle that names its card for screen readers ("Add Kubo Climbing Shoes - Men's to Compare"): the
 * name sits in a screen-reader span, which the clean-up drops by its class (inlineText.ts); where the class is a
 * site's own the line reads whole, and it is still the card's toggle, not its item. The name is bounded by
 * `MAX_NAMED_CONTROL_CHARS`. Declassed tuning part of wcxb-dev (`EVAL_DECLASS=all`, with priceLabels.ts): an outdoor
 * shop's 10 categories up by 0.04 to 0.12 (collection half A 0.7620 -> 0.7811 for both rules), no page down.
 */
const NAMED_COMPARE_RE = /^add\s.{1,160}?\sto\s{1,8}compar(?:e|ison)(?: list)?[.:!]?$/i;
/** A card's name with the toggle's words around it: a product name is rarely longer than 150 characters. */
const MAX_NAMED_CONTROL_CHARS = 180;

/** Whether a line of text is only a card's control or badge, or a row of them (`CONTROL_ROW_RE`). */
export function isCardControl(text: string): boolean {
	if (text.length === 0) return false;
	if (text.length > MAX_CONTROL_CHARS) return text.length <= MAX_NAMED_CONTROL_CHARS && NAMED_COMPARE_RE.test(text);
	if (NAMED_COMPARE_RE.test(text)) return true;
	if (CARD_BADGE_RE.test(text) || (SHOP_CONTROL_RE.test(text) && !STOCK_STATE_RE.test(text))) return true;
	return CONTROL_ROW_RE.test(text) && !STOCK_WORDS_RE.test(text);
}

/**
 * Drops paragraphs and headings that are only a card control (`isCardControl`), at any depth: inside the cards'
 * containers and list items, where the general clean-up (heuristics/shopControls.ts) does not look.
 */
export function dropCardControls(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return dropLinesAnywhere(blocks, removed, 'card-control', isCardControl);
}
