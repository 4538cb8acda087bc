// A heading that opens with a short span set apart by a spacer span ("# [Tips/Techniques][ ]ProxMox or …") opens with a label, not with its title's words.
import type { Inline } from '../../model/dumpDocument';
import { collapse, inlineText } from '../inlineText';

/** A label is a tag's few words ("Tips/Techniques", "Player", "Solved"); a longer span is part of the headline. */
const MAX_LABEL_WORDS = 3;
const MAX_LABEL_CHARS = 32;

/** Whether the inline is a span whose text is white space only (pandoc's `[ ]{…}` for a separator element). */
function isSpacerSpan(n: Inline | undefined): boolean {
	return n?.kind === 'span' && n.children.length > 0 && collapse(inlineText(n.children)) === '';
}

/** Whether the inline is a text node holding only white space, or a soft break. */
function isBlank(n: Inline | undefined): boolean {
	return n !== undefined && (n.kind === 'softbreak' || (n.kind === 'text' && n.value.trim() === ''));
}

/**
 * The heading's inlines without a leading label: a first span of a few words, then a span holding only white space,
 * then the headline's words. Why: forum software prints a thread's prefix (a tag the poster picks) inside the thread's
 * heading as a span with a spacer span after it (XenForo: `<span class="label" dir="auto">Tips/Techniques</span><span
 * class="label-append">&nbsp;</span>`), and the thread's `<title>` has no prefix. `headingBadges.ts` knows the classes;
 * this reads the shape, so a site whose class words no rule knows is read the same (the declassed yardstick). A label
 * span followed by a plain space is not taken: "# [Breaking]{.kicker} Storm closes the pass" may be either.
 * Measured (cached regions, metadata alone, wcxb-dev tuning part): declassed title right half A 349 -> 350 of 498
 * (a football board), half B 427 -> 428 of 556 (a metalworking board): two XenForo sites, one a half; one more title
 * changed from one wrong to another (a "[Vocabulary]" prefix the annotated title keeps alone); as is unchanged (793 of
 * 1054: `headingBadges.ts` took these labels by their classes). Author and date unchanged.
 */
export function withoutPrefixLabel(content: readonly Inline[]): readonly Inline[] {
	let i = 0;
	while (isBlank(content[i])) i++;
	const label = content[i];
	if (label?.kind !== 'span' || !isSpacerSpan(content[i + 1])) return content;
	const text = collapse(inlineText(label.children));
	if (text === '' || text.length > MAX_LABEL_CHARS || text.split(' ').length > MAX_LABEL_WORDS) return content;
	const rest = content.slice(i + 2);
	return collapse(inlineText(rest)) === '' ? content : rest;
}
