// Shop policy sections: on a product page, a section headed "Shipping & Returns", "Delivery & Returns" or "30-Day Return Policy" is the shop's terms, not the product.
import type { Block, Inline } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { blockText, collapse, collapsedText } from '../inlineText';
import { MAX_SECTION_LABEL_CHARS } from './recommendationSections';
import { FOREIGN_POLICY_HEADING_RE } from '../kinds/shopWordsAbroad';

/**
 * Headings of the shop's delivery and return terms, which every product of the shop repeats. Studied on the 69
 * product pages of the wcxb-dev tuning part (headings of the kept text against the annotated text): headed
 * "Shipping and Returns", "Shipping and return policies", "Delivery & Returns", "30-Day Return Policy", the
 * annotators left the section out on 7 pages of 5 shops and kept it on none; the two kept sections that name returns
 * start with "Warranty" ("Warranty, Returns, And Additional Information", "Warranty & Support": the product's own
 * warranty), which this pattern leaves alone, as it leaves "Warranty Info" (one shop's pages, left out).
 * The shop's offers of help were added later ("Need help choosing gear?", "Ask an expert", "Chat with our experts",
 * "Still not sure which products are right for you?": a chat or phone prompt every product repeats; not a bare
 * "Questions", which may head the product's own questions and answers):
 * product 0.6678 → 0.6682 (two pages of two shops up, +0.006 and +0.022, none lower).
 */
export const POLICY_HEADING_RE =
	/^(?:(?:free |fast |easy )*(?:shipping|delivery|returns?)(?:\s*(?:&|and|\+|,|\/)\s*(?:free )?(?:returns?|exchanges?|shipping|delivery|refunds?))*(?: (?:polic(?:y|ies)|info(?:rmation)?|details))?|\d+[- ]days? (?:free )?returns?(?: polic(?:y|ies))?|return polic(?:y|ies)|need (?:some |more )?help(?: choosing [\w' ]+| deciding)?|ask an? (?:expert|specialist|question)|(?:talk|speak|chat) (?:to|with) (?:an? |one of our |our )?(?:experts?|specialists?|advisors?)|still (?:have questions|not sure[\w' ]*))\s*[?:!]?$/i;

/**
 * Whether a heading's text labels the shop's shipping or returns terms. Other languages' labels ("Versand & Rückgabe",
 * "Livraison et retours", "Envío y devoluciones"; data/shopWords.ts `policy`, session 37) are the same panels' titles
 * on shops abroad: the tuning part has no non-English product page with such a panel (no tuning page changes), so
 * they stand on the English rule's measurement.
 */
export function isPolicyHeading(text: string): boolean {
	const t = collapse(text);
	return t.length <= MAX_SECTION_LABEL_CHARS && (POLICY_HEADING_RE.test(t) || FOREIGN_POLICY_HEADING_RE.test(t));
}

/**
 * A paragraph that is one bold run ("**Free Shipping & Returns**") labels a section as a heading does, one level
 * below every heading: shops write the panels of an accordion that way. With the policy sections dropped before
 * the buy-box lines (kinds/product.ts), which took the bold label alone: tuning part of wcxb-dev, product 0.654 →
 * 0.654 (one page 0.75 → 0.77, none lower).
 */
export const BOLD_LABEL_LEVEL = 7;

/**
 * A bold label's section is a short note: when more blocks than this follow it before the next label, the bold line
 * is a promise in the buy box ("**Free shipping**") and the description after it stays.
 */
export const MAX_BOLD_SECTION_BLOCKS = 3;

/**
 * A paragraph of plain text can label an accordion's panel too: shop themes write the panel's title as a bare line in
 * a `…-label` or `…-title` wrapper (`Shipping & Returns`, then the terms). Read as a bold label is (a short section
 * of at most `MAX_BOLD_SECTION_BLOCKS` blocks), so that a policy line followed by the description stays. Not a link:
 * "Shipping & Returns" linking to the shop's policy page labels no panel. Tuning part of wcxb-dev (session 27):
 * product half A 0.7628 -> 0.7638 (a cup shop's shipping panel 0.87 -> 0.90; a watch shop's returns list 0.41 -> 0.41,
 * -0.006, whose truth keeps a delivery note), half B 0.7239 -> 0.7241 (two pages up, none down); other kinds unchanged.
 */
function isPlainLabel(b: Block): boolean {
	return b.kind === 'paragraph' && !b.content.some((i) => i.kind === 'link' || i.kind === 'image');
}

/** The level of a block that labels a section: a heading's own, `BOLD_LABEL_LEVEL` for a bold-only paragraph. */
function labelLevel(b: Block): number | undefined {
	if (b.kind === 'heading') return b.level;
	if (b.kind === 'paragraph' && isBoldOnly(b.content)) return BOLD_LABEL_LEVEL;
	return undefined;
}

/** Whether the inlines are one strong run and white space. */
function isBoldOnly(content: readonly Inline[]): boolean {
	let bold = 0;
	for (const i of content) {
		if (i.kind === 'emphasis' && i.style === 'strong') bold++;
		else if (!(i.kind === 'softbreak' || i.kind === 'break' || (i.kind === 'text' && i.value.trim() === ''))) return false;
	}
	return bold === 1;
}

/** Drops each policy heading (or bold label) with its section: the blocks up to the next label of the same or a higher level. */
export function dropPolicySections(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	let out: Block[] | undefined;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		// A plain line that is only a policy label heads its panel as a bold one does (`isPlainLabel`).
		const level = labelLevel(b) ?? (isPlainLabel(b) ? BOLD_LABEL_LEVEL : undefined);
		if (level !== undefined && isPolicyHeading(blockText(b))) {
			const end = sectionEnd(blocks, i, level);
			if (level === BOLD_LABEL_LEVEL && end - i - 1 > MAX_BOLD_SECTION_BLOCKS) {
				out?.push(b);
				continue;
			}
			removed.push({ range: { start: b.range.start, end: blocks[end - 1].range.end }, step: 'policy-section', signal: collapsedText(b) });
			out ??= blocks.slice(0, i);
			i = end - 1;
			continue;
		}
		out?.push(b);
	}
	return out ?? blocks;
}

/** The index after the last block of the section the label at `at` opens. */
function sectionEnd(blocks: readonly Block[], at: number, level: number): number {
	let end = at + 1;
	while (end < blocks.length) {
		const l = labelLevel(blocks[end]);
		if (l !== undefined && l <= level) break;
		end++;
	}
	return end;
}
