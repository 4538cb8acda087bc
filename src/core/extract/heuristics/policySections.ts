// Shop policy sections: on a product page, a section headed "Shipping & Returns", "Delivery & Returns" or "30-Day Return Policy" is the shop's terms, not the product.
import type { Block, Heading } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { blockText, collapse } from '../inlineText';
import { MAX_SECTION_LABEL_CHARS } from './recommendationSections';

/**
 * Headings of the shop's delivery and return terms, which every product of the shop repeats. Studied on the 69
 * product pages of the wcxb-dev tuning part (headings of the kept text against the annotated text): headed
 * "Shipping and Returns", "Shipping and return policies", "Delivery & Returns", "30-Day Return Policy", the
 * annotators left the section out on 7 pages of 5 shops and kept it on none; the two kept sections that name returns
 * start with "Warranty" ("Warranty, Returns, And Additional Information", "Warranty & Support": the product's own
 * warranty), which this pattern leaves alone, as it leaves "Warranty Info" (one shop's pages, left out).
 */
export const POLICY_HEADING_RE =
	/^(?:(?:free |fast |easy )*(?:shipping|delivery|returns?)(?:\s*(?:&|and|\+|,|\/)\s*(?:free )?(?:returns?|exchanges?|shipping|delivery|refunds?))*(?: (?:polic(?:y|ies)|info(?:rmation)?|details))?|\d+[- ]days? (?:free )?returns?(?: polic(?:y|ies))?|return polic(?:y|ies))\s*:?$/i;

/** Whether a heading's text labels the shop's shipping or returns terms. */
export function isPolicyHeading(text: string): boolean {
	const t = collapse(text);
	return t.length <= MAX_SECTION_LABEL_CHARS && POLICY_HEADING_RE.test(t);
}

/** Drops each policy heading with its section: the blocks up to the next heading of the same or a higher level. */
export function dropPolicySections(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	let out: Block[] | undefined;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind === 'heading' && isPolicyHeading(blockText(b))) {
			const end = sectionEnd(blocks, i, b);
			removed.push({ range: { start: b.range.start, end: blocks[end - 1].range.end }, step: 'policy-section', signal: collapse(blockText(b)) });
			out ??= blocks.slice(0, i);
			i = end - 1;
			continue;
		}
		out?.push(b);
	}
	return out ?? blocks;
}

/** The index after the last block of the section the heading at `at` opens. */
function sectionEnd(blocks: readonly Block[], at: number, heading: Heading): number {
	let end = at + 1;
	while (end < blocks.length) {
		const b = blocks[end];
		if (b.kind === 'heading' && b.level <= heading.level) break;
		end++;
	}
	return end;
}
