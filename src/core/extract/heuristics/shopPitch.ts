// Shop pitch sections: on a product page, a heading like "Why shop with us" or "Why Acme is the best place to buy" opens the shop's sales pitch, not the product's text.
import { collapse } from '../inlineText';

/**
 * Headings of the sections where a shop sells itself rather than the product: why to buy here (financing, trade-in,
 * delivery and pickup, engraving, setup help), the brand's values and promises. Every product page of the shop
 * repeats them, and annotators leave them out (studied on half A of the wcxb-dev tuning sites: a brand shop's
 * "Why <shop> is the best place to buy <product>." and "Our values lead the way." are among its pages' `without`
 * snippets). Worded for any shop: "Why buy from us", "Why shop with <shop>", "Reasons to shop at", "Shop with
 * confidence", "Our promise", "Our values", "The <shop> promise"; not "Why choose the <product>" nor "Why you need
 * it", which head the product's own case.
 * Read by heuristics/recommendationSections.ts `endAtRecommendations`, as a section after which the product's text
 * goes on only when more prose follows than precedes it. "Keep exploring <product line>" joined the recommendation
 * labels at the same time. Tuning part of wcxb-dev (session 27): product half B 0.7241 -> 0.7265 (one page 0.32 ->
 * 0.43), half A unchanged (the brand shop's pages that showed the labels are read as service pages, without cart words
 * for kinds/shopChrome.ts), no page of any kind down.
 */
export const SHOP_PITCH_HEADING_RE =
	/^(?:why (?:[\w&'’.-]+ ){1,3}(?:is|are) the best place to (?:buy|shop)\b|why (?:buy|shop|order) (?:from|with|at)\b|reasons to (?:buy|shop) (?:from|with|at)\b|shop with confidence\b|(?:the [\w&'’.-]+ |our )(?:promise|values|commitments?|guarantee)\b)/i;

/** Headings longer than this are sentences of the description, not section labels (as recommendationSections.ts). */
export const MAX_PITCH_LABEL_CHARS = 60;

/** Whether a heading's text opens the shop's pitch. */
export function isShopPitchHeading(text: string): boolean {
	const t = collapse(text);
	return t.length <= MAX_PITCH_LABEL_CHARS && SHOP_PITCH_HEADING_RE.test(t);
}
