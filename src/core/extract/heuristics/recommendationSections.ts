// Recommendation sections: on a product page, a heading like "You may also like" or "Customers also bought" ends the product's own text.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { blockText, collapse, collapsedText } from '../inlineText';
import { isShopPitchHeading } from './shopPitch';
import { FOREIGN_RELATED_HEADING_RE } from '../kinds/shopWordsAbroad';
import { SectionCuts } from './sectionCuts';
import { itemHeadingsFrom, itemProseBefore } from './itemProseAfter';

/**
 * Headings of the sections a shop puts after the product: other products, never this one. Not "Reviews" (some
 * annotators keep a product's reviews) and not "Related videos" (of this product). Measured on the 69 product pages
 * of the wcxb-dev tuning part, with the product name first (productName.ts): mean F1 0.576 → 0.580, no page lower.
 * Shop labels added later ("Featured products", "Top picks", "Best sellers", "Pairs well with", "Bought together",
 * "Explore more"): product F1 (eval, tuning) 0.613 → 0.623, five pages up, none lower; all five are one shop's
 * pages ("Featured Products"), so the gain shows the label, not that it generalises.
 * Upsell and testimonial labels added after ("Choose your add-ons", "Customer testimonials", "Keep shopping",
 * "Compare with similar products", "Related books", "Similar brands"): product 0.646 → 0.647 (two pages up, none lower).
 * News labels added after ("Recent events & announcements", "Latest news", "News and updates", "What curators say": a
 * store's feed of the product's posts and press quotes, dated items annotators leave out): product 0.666 → 0.668 (three
 * pages up, +0.03 to +0.05, none lower; all three are one game store's pages, so the gain shows the label, not that it
 * generalises). Other languages' headings ("Vous aimerez aussi", "Kunden kauften auch", "関連商品") are
 * kinds/shopWordsAbroad.ts `FOREIGN_RELATED_HEADING_RE` (data/shopWords.ts), tested beside this one.
 * Platform and shop phrasings added in session 37, for shops not in the tuning part: Magento 2's up-sell title "We
 * found other products you might like!" (Magento_Catalog, also in Bagisto's and Vue Storefront's locales), PrestaShop's
 * category-products module "16 other products in the same category:" (modules ps_categoryproducts/productscategory
 * templates), and the near-synonyms of the listed labels "Frequently purchased together/with", "Often bought
 * together", "More like this", "Others also bought/viewed". Tuning part: one half-A page of one shop up ("Frequently
 * Purchased With", 0.757 -> 0.758), no page lower, half B unchanged (product 0.75233 -> 0.75234).
 */
export const RECOMMENDATION_HEADING_RE =
	/^(?:related (?:products|items|categories)|similar (?:products|items)|recommended|you (?:may|might) also|customers (?:also|who)|frequently bought|recently viewed|more from|people (?:also|who)|complete the look|shop the look|featured products|top picks|best ?sellers|more products|pairs (?:well|perfectly) with|goes (?:well )?with|bought together|explore more|you may like|(?:choose|select|add) (?:your |some )?add-?ons|(?:customer|user) testimonials|keep shopping|compare (?:with )?similar|keep exploring|related books|similar brands|(?:recent|latest) (?:events|news|updates|announcements)|(?:events|news) (?:&|and) (?:announcements|updates|events)|what curators say|we found other products|\d+ other products? in the same category|frequently purchased|often bought|more like this|others also (?:bought|viewed|liked|purchased))/i;

/** Headings longer than this are sentences of the description, not section labels. */
export const MAX_SECTION_LABEL_CHARS = 60;

/** Whether a heading's text labels a recommendation section. */
export function isRecommendationHeading(text: string): boolean {
	const t = collapse(text);
	return t.length <= MAX_SECTION_LABEL_CHARS && (RECOMMENDATION_HEADING_RE.test(t) || FOREIGN_RELATED_HEADING_RE.test(t));
}

/** A paragraph this long is prose (a description, a footer's guarantee), never a card's name and price. */
export const PROSE_PARAGRAPH_CHARS = 150;

/**
 * The blocks less their recommendation sections. A section runs from its heading (after the first block) to the
 * next heading of its level or above. The product's text goes on after it only when more prose follows that heading
 * than precedes the section: a shop that puts "Frequently bought together" in its buy box writes the description
 * after it. Otherwise the rest of the page is recommendations and footer (a guarantee, a cookie notice), and goes.
 * Ending the text at the first recommendation heading, as before, lost those descriptions: wcxb-dev tuning part,
 * product kind 0.632 → 0.638 (one page 0.26 → 0.70, no page lower).
 * Session 57: given the product's name, the prose after counts only where it names the item (two name words) and no
 * heading of the item's data follows, when the text before the section names the item (heuristics/itemProseAfter.ts):
 * a page-builder shop's testimonials after its related-products grid no longer carry the read into its footer.
 * Tuning part: as is no page moves; declassed product 0.72844 → 0.74237 (A 0.6988 → 0.7283, B 0.7433 → 0.7494;
 * failed 12 → 10; up: a half-A shop 0.222 → 0.901, half-B pages 0.395 → 0.667 and 0.950 → 0.961; none down);
 * unique-declassed without platforms the same three pages, product 0.72771 → 0.74164. No other kind moves.
 */
export function endAtRecommendations(blocks: readonly Block[], removed: RemovedRegion[], name?: Block): readonly Block[] {
	const cuts = new SectionCuts(blocks, removed);
	// Prose before each block, summed once: a page of thousands of such headings stays linear (shop chrome reads
	// whole pages, kinds/shopChrome.ts).
	let prose: number[] | undefined;
	// The prose after a section counts only where it names the item, when the text before the section names it and no
	// heading of the item's data follows (heuristics/itemProseAfter.ts).
	let itemProse: number[] | undefined;
	let itemHeadings: boolean[] | undefined;
	for (let i = 1; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind !== 'heading') continue;
		// The shop's own pitch ("Why shop with us", heuristics/shopPitch.ts) ends the product's text as other products do.
		const text = blockText(b);
		if (!isRecommendationHeading(text) && !isShopPitchHeading(text)) continue;
		let end = sectionEnd(blocks, i, b.level);
		prose ??= proseBefore(blocks);
		itemProse ??= itemProseBefore(blocks, name) ?? prose;
		itemHeadings ??= itemHeadingsFrom(blocks);
		const after = itemProse[i] > 0 && !itemHeadings[end] ? itemProse : prose;
		if (after[blocks.length] - after[end] <= prose[i]) end = blocks.length;
		cuts.cut(i, end, 'recommendations', collapsedText(b));
		i = end - 1;
	}
	return cuts.kept();
}

/** The index after the section a heading of `level` at `i` opens: the next heading of its level or above among `blocks`, or their end. */
export function sectionEnd(blocks: readonly Block[], i: number, level: number): number {
	let end = i + 1;
	while (end < blocks.length) {
		const h = blocks[end];
		if (h.kind === 'heading' && h.level <= level) break;
		end++;
	}
	return end;
}

/** For each index, the characters of the paragraphs of prose (`PROSE_PARAGRAPH_CHARS` and longer) before it; one more entry for the end. */
export function proseBefore(blocks: readonly Block[]): number[] {
	const sums = [0];
	for (const b of blocks) {
		const chars = b.kind === 'paragraph' ? collapsedText(b).length : 0;
		sums.push(sums[sums.length - 1] + (chars >= PROSE_PARAGRAPH_CHARS ? chars : 0));
	}
	return sums;
}
