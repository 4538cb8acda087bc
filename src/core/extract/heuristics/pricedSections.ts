// Priced sections: on a product page, a later section that prints prices of its own is an offer or other products' cards, not the product.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { PRICE_RE } from '../kinds/signals';
import { removedPricesAt } from './removedPrices';
import { SectionCuts } from './sectionCuts';

/**
 * A product's own price sits in its buy box, under its name (kinds/buyBoxAtName.ts), and the buy box's bare price
 * lines are gone by now (heuristics/buyBox.ts). A section further down that still prints prices sells something
 * else: a row of other products whose label the recommendation headings do not know (heuristics/recommendationSections.ts),
 * an add-on or a membership offered with the purchase ("Add a one-time membership — $30"). Annotators leave these out.
 * The product's description, features and specifications name no price, or one ("From just $2.65 per meal").
 * Measured on the wcxb-dev tuning part (issue 12, `npm run eval -- --part tune`): product half A (studied) 0.750 →
 * 0.754 (a shop's membership offer and advice links, 0.86 → 0.92; a laptop page's trade-in and education-pricing
 * offers, 0.65 → 0.68; no page down), half B (measured only) 0.724 → 0.725 (a marketplace's page 0.89 → 0.94, one
 * more up by 0.001; no page down). Every other kind unchanged at three decimals (service R 0.885 → 0.884, F1 0.843);
 * readability corpus 0.947, seeds 53/53. Two prices, not three: at three the half-A pages stay as they were.
 */
export const MIN_SECTION_PRICES = 2;
/** A price line is short: a longer line naming prices is a sentence of the description. */
export const MAX_PRICE_LINE_CHARS = 80;
/**
 * The product's description is its first paragraph of at least this many characters after the first heading: a few
 * sentences, longer than a buy box's lines ("Pay in 4 interest-free installments…"), as short as a shop's
 * one-paragraph blurb.
 */
export const MIN_DESCRIPTION_CHARS = 150;

/** The index of the first paragraph of `MIN_DESCRIPTION_CHARS` after the first heading, or -1. */
export function descriptionAt(blocks: readonly Block[]): number {
	let headed = false;
	for (let j = 0; j < blocks.length; j++) {
		const b = blocks[j];
		if (b.kind === 'heading') headed = true;
		else if (headed && b.kind === 'paragraph' && collapsedText(b).length >= MIN_DESCRIPTION_CHARS) return j;
	}
	return -1;
}

/** Whether a block is one short line (`MAX_PRICE_LINE_CHARS`) that names a price. */
export function isPriceLine(b: Block): boolean {
	if (b.kind === 'heading') return false;
	const text = collapsedText(b);
	if (text.length === 0 || text.length > MAX_PRICE_LINE_CHARS) return false;
	PRICE_RE.lastIndex = 0;
	return PRICE_RE.test(text);
}

/**
 * The blocks less every section after the first heading that holds `MIN_SECTION_PRICES` short price lines. A section
 * runs from its heading to the next heading of its level or above, its sub-sections with it. The first heading's
 * section (the product's name, its buy box) is never judged.
 * A priced section is cut from the sub-section that holds its first price line, not from its own heading: a page
 * builder's long section ("What's Inside?") writes the product's ingredients under sub-headings first and the
 * "Add to cart" cards of other products last. Measured with kinds/productCoverage.ts, which reads such pages whole
 * (wcxb-dev tuning part, product): with it, half A 0.7455 → 0.7550 (one page 0.55 → 0.78), half B unchanged.
 * The buy-box step (heuristics/buyBox.ts) runs first and takes out the bare price lines of every card ("$29.95"), so a
 * row of other products or a comparison table of the shop's kits no longer looked priced. Those removed prices count
 * too (heuristics/removedPrices.ts), but only in sections that open after the product's description
 * (`MIN_DESCRIPTION_CHARS`): before it, bare prices are the product's own (its formats, sizes, bundles in the buy
 * box), and counting them there cut a book's formats and a coffee's buy box with the rest of the page. A section
 * priced only by removed prices is cut from the block that holds the first of them (a card's name), not from its
 * heading: a section of the product's requirements or details ends in a bundle's cards with no heading of their
 * own. Measured (session 49, wcxb-dev tuning part, 1,054 pages): declassed product 0.71432 → 0.71725 (half B 0.70546 →
 * 0.70987: a repair shop's comparison tables on three pages +0.07 to +0.09, a gift shop, a music shop, a headphone shop,
 * a game store; down: the repair shop's fourth page, whose truth keeps the same table, 0.875 → 0.752, and a game
 * store's bundle cards 0.491 → 0.476), as is 0.75721 → 0.75960; half A, every other kind and the metadata unchanged.
 * Counting removed prices in every section instead cut the product's own buy box and formats (product −0.03 both
 * yardsticks; session 48).
 */
export function dropPricedSections(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	const cuts = new SectionCuts(blocks, removed);
	let first = true;
	// Bare prices the buy-box step removed, per block, and where the description is (-1: none, so they never count).
	const gone = removedPricesAt(blocks, removed, MAX_PRICE_LINE_CHARS);
	const description = gone.some((n) => n > 0) ? descriptionAt(blocks) : -1;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind !== 'heading') continue;
		if (first) {
			first = false;
			continue;
		}
		let end = i + 1;
		let prices = 0;
		// The heading that opens the sub-section holding the section's first price line, and the block that holds its
		// first removed price (or that sub-section's heading when later).
		let shown = -1;
		let taken = -1;
		let sub = i;
		const counts = description >= 0 && i > description;
		for (; end < blocks.length; end++) {
			const next = blocks[end];
			if (next.kind === 'heading' && next.level <= b.level) break;
			if (next.kind === 'heading') sub = end;
			if (isPriceLine(next)) {
				prices++;
				if (shown < 0) shown = sub;
			}
			if (counts && gone[end] > 0) {
				prices += gone[end];
				if (taken < 0) taken = Math.max(sub, end);
			}
		}
		if (prices < MIN_SECTION_PRICES) continue;
		i = shown < 0 ? taken : taken < 0 ? shown : Math.min(shown, taken);
		cuts.cut(i, end, 'priced-section', collapsedText(blocks[i]).slice(0, 60));
		i = end - 1;
	}
	return cuts.kept();
}
