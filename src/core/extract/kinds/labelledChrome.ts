// Labelled chrome: a container whose first text is a shop label ("Frequently bought together", "Recently viewed") holds other products or shop promises, not the product.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { isRecommendationHeading, MAX_SECTION_LABEL_CHARS } from '../heuristics/recommendationSections';

/**
 * Labels a shop writes above a block that is not the product's own text, besides the recommendation headings
 * (heuristics/recommendationSections.ts): add-on rows ("Complete your order", "Most popular accessories & related
 * items"), the visitor's history ("Your recently viewed items"), and the marketplace's promises ("Etsy
 * Purchase Protection", "Protect your gear", "Meet your seller"). Not "Shop with confidence": one marketplace's
 * annotators keep its money-back guarantee.
 */
export const SHOP_LABEL_RE =
	/^(?:(?:your )?recently viewed|browsing history|complete (?:your|the) (?:order|set|setup|kit)|(?:most popular |recommended |suggested |popular )?accessories(?: (?:&|and) related items)?$|(?:[\w-]+ )?purchase protection$|protect your (?:gear|purchase|order|item)|(?:add a )?protection plan|meet (?:your|the) sellers?$)/i;

/** A label is a few words: "Recommended by top performers & nutrition experts" is a line of prose that starts like one. */
export const MAX_LABEL_WORDS = 5;

/**
 * "Recommended" heads a column of system requirements ("Recommended:"), a dose ("Recommended daily usage") or a
 * settings row as often as a row of other products; only "Recommended for you", "… products", "… items",
 * "… accessories" and "… with" name other products.
 */
const BARE_RECOMMENDED_RE = /^recommended(?! (?:for you|products|items|accessories|with)\b)/i;

/**
 * A container this large a share of the page's text is not one block of chrome even when it starts with a label: a
 * page that puts "Recently viewed" first inside the wrapper of everything else.
 */
export const MAX_LABELLED_SHARE = 0.5;

/** Whether a block's text is a shop label (`SHOP_LABEL_RE`) or a recommendation heading's text. */
export function isShopLabel(text: string): boolean {
	if (text.length > MAX_SECTION_LABEL_CHARS || BARE_RECOMMENDED_RE.test(text)) return false;
	return SHOP_LABEL_RE.test(text) || (isRecommendationHeading(text) && text.split(' ').length <= MAX_LABEL_WORDS);
}

/**
 * Containers whose first text (a heading, or a short paragraph: many shops draw the section title as a styled div,
 * `::: t-h2`, or bare text) is a shop label. The label may not be a heading, so endAtRecommendations (which reads
 * headings only) misses these; the container says where the section ends, so nothing after it goes with it. A
 * container that holds the product's heading, or `MAX_LABELLED_SHARE` of the page's text, is kept.
 * Applied after the product's span (kinds/product.ts), so a recommendation heading that ends the text there still
 * does. wcxb-dev tuning part, product F1 0.7157 → 0.7176 (P 0.691 → 0.694); generic path (shop profiles off,
 * `EVAL_NO_PLATFORMS=shop`) 0.7034 → 0.7052, each site once 0.7155 → 0.7170. Six pages of four shops up (+0.005 to
 * +0.06: an add-on row, accessories, a protection offer, recently viewed items, a marketplace's purchase protection
 * and seller card), one down (0.89 → 0.85: with the hidden seller lines before the name gone, the name falls within
 * the first blocks the title step (repeatedMetadata.ts) reads, and goes as a repeated title; its truth keeps it).
 */
export function labelledChrome(index: BlockIndex, heading: Block | undefined): Map<Block, string> {
	const found = new Map<Block, string>();
	const started = new Set<Block>();
	const labels: Block[] = [];
	const firstOf = new Map<Block, Block>();
	for (const b of index.order.keys()) {
		if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
		const text = collapsedText(b);
		if (text === '') continue;
		const label = isShopLabel(text);
		if (label) labels.push(b);
		for (let p = index.parent.get(b); p !== undefined && !started.has(p); p = index.parent.get(p)) {
			started.add(p);
			if (label) firstOf.set(p, b);
		}
	}
	const limit = index.rootStats.chars * MAX_LABELLED_SHARE;
	// The product's heading and its ancestors, asked of each wrapper (a walk up from the heading per wrapper was
	// O(wrappers x depth), issue 11).
	const headingChain = new Set<Block>();
	for (let p = heading; p !== undefined; p = index.parent.get(p)) headingChain.add(p);
	for (let i = 0; i < labels.length; i++) {
		const b = labels[i];
		// A wrapper whose first text is `b` holds no earlier label, and holds a later one only if it holds the next one
		// (a subtree is a run of the document order): `labels.some(isInside)` per wrapper was O(wrappers x labels x
		// depth) (issue 11). The next label's ancestors are walked up as the wrapper climbs (document order numbers
		// fall going up), so each wrapper asks in constant time, amortised.
		const next = labels[i + 1];
		let q = next === undefined ? undefined : index.parent.get(next);
		for (let p = index.parent.get(b); p !== undefined && firstOf.get(p) === b; p = index.parent.get(p)) {
			const at = index.order.get(p) ?? -1;
			while (q !== undefined && (index.order.get(q) ?? -1) > at) q = index.parent.get(q);
			// A wrapper of several sections (a second label inside) or of the product is not this section's.
			if (q === p) break;
			if (headingChain.has(p) || index.charsOf(p) > limit) break;
			if (isContainer(p)) found.set(p, collapsedText(b));
		}
	}
	return found;
}
