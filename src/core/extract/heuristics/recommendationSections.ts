// Recommendation sections: on a product page, a heading like "You may also like" or "Customers also bought" ends the product's own text.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { blockText, collapse } from '../inlineText';

/**
 * Headings of the sections a shop puts after the product: other products, never this one. Not "Reviews" (some
 * annotators keep a product's reviews) and not "Related videos" (of this product). Measured on the 69 product pages
 * of the wcxb-dev tuning part, with the product name first (productName.ts): mean F1 0.576 → 0.580, no page lower.
 * Shop labels added later ("Featured products", "Top picks", "Best sellers", "Pairs well with", "Bought together",
 * "Explore more"): product F1 (eval, tuning) 0.613 → 0.623, five pages up, none lower; all five are one shop's
 * pages ("Featured Products"), so the gain shows the label, not that it generalises.
 */
export const RECOMMENDATION_HEADING_RE =
	/^(?:related (?:products|items|categories)|similar (?:products|items)|recommended|you (?:may|might) also|customers (?:also|who)|frequently bought|recently viewed|more from|people (?:also|who)|complete the look|shop the look|featured products|top picks|best ?sellers|more products|pairs (?:well|perfectly) with|goes (?:well )?with|bought together|explore more|you may like)/i;

/** Headings longer than this are sentences of the description, not section labels. */
export const MAX_SECTION_LABEL_CHARS = 60;

/** Whether a heading's text labels a recommendation section. */
export function isRecommendationHeading(text: string): boolean {
	const t = collapse(text);
	return t.length <= MAX_SECTION_LABEL_CHARS && RECOMMENDATION_HEADING_RE.test(t);
}

/** The blocks up to the first recommendation heading after the first block; the rest goes. */
export function endAtRecommendations(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	const end = blocks.findIndex((b, i) => i > 0 && b.kind === 'heading' && isRecommendationHeading(blockText(b)));
	if (end < 0) return blocks;
	removed.push({ range: { start: blocks[end].range.start, end: blocks[blocks.length - 1].range.end }, step: 'recommendations', signal: collapse(blockText(blocks[end])) });
	return blocks.slice(0, end);
}
