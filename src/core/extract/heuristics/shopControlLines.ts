// Shop control lines: a product page's widget labels that are no sentence of the product ("Sponsored", "Size guide", "<name> quantity", "Couldn't load pickup availability").
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse } from '../inlineText';
import { dropWholeLines } from './wholeLines';

/**
 * Whole lines that label a shop's widgets, each seen on several tuning shops and never in a product's truth there
 * but once ("Size Guide", kept by one bedding shop's truth): an ad's "Sponsored" badge, "Back to top", the size
 * chart's link, the size picker's prompt ("Please select a size", "Choose an option"), the stock-alert button, the
 * quantity box's screen-reader label (WooCommerce's "<product name> quantity", the page's name then the word), the star rating's
 * screen-reader sentence ("Rated 4.76 out of 5 based on 29 customer ratings") and review count ("29 customer
 * reviews"), and Shopify's pickup widget's error ("Couldn't load pickup availability"). heuristics/buyBox.ts's lines
 * are the buy box's own (cart, price, gallery); these were left to class words before.
 */
export const SHOP_CONTROL_LINE_RE =
	/^(?:sponsored|back to top|couldn'?t load pickup availability|size (?:guide|chart)s?|(?:please )?select an? (?:size|colou?r|option)|choose an option|stock alerts?|rated \d(?:\.\d{1,2})? out of 5 based on \d{1,7} customer ratings?|\(?\d{1,7} customer reviews?\)?)[.:!]?$/i;

/** The longest line tested: a control's label is short. */
export const MAX_SHOP_CONTROL_LINE_CHARS = 100;

/** Whether a whole line is a shop widget's label; `name`, the product's name, makes "<name> quantity" one. */
export function isShopControlLine(text: string, name?: string): boolean {
	const t = collapse(text);
	if (t.length === 0 || t.length > MAX_SHOP_CONTROL_LINE_CHARS) return false;
	return SHOP_CONTROL_LINE_RE.test(t) || (name !== undefined && name !== '' && t.toLowerCase() === `${name.toLowerCase()} quantity`);
}

/**
 * Drops a product page's shop control lines (kinds/product.ts). Measured (session 47, prod52, wcxb-dev tuning part,
 * word F1, after heuristics/variantPickerLines.ts): declassed product 0.71253 → 0.71330 (11 pages of 11 sites of both
 * halves up by 0.002 to 0.015, none down); as is three pages of two sites up by under 0.005. On the lines of the
 * tuning product texts, "Size Guide" is the one a truth keeps (a bedding shop read as a service page, which this rule
 * does not reach).
 */
export function dropShopControlLines(blocks: readonly Block[], removed: RemovedRegion[], name?: string): readonly Block[] {
	return dropWholeLines(blocks, removed, (t) => isShopControlLine(t, name), 'shop-control');
}
