// Controls inside a heading (a web component's popout slots, a copy button's label) are not the heading's words: the title leaves them out.
import type { Inline } from '../../model/dumpDocument';
import { collapse } from '../inlineText';
import { smartInlineText } from '../smartText';
import { hasHeadingBadge, withoutHeadingBadges } from './headingBadges';
import { isHeadingDateSpan } from './headingDateSpans';
import { isHeadingSubtitle } from './headingSubtitles';
import { withoutPrefixLabel } from './headingPrefixLabels';
import type { MetadataScan, MNode } from './scan';

/**
 * A span with a `slot` attribute is a web component's slotted content: inside a heading, the text of a popout or tooltip
 * ("IAM overview [ Stay organized with collections ]{slot="popout-heading"} [ Save and categorize … ]{slot="popout-contents"}",
 * Google's developer docs), never the headline itself.
 */
function isSlot(n: Inline): boolean {
	return n.kind === 'span' && n.attrs.pairs.some(([k]) => k === 'slot');
}

/**
 * Labels of buttons that documentation generators print inside the page's heading, flattened to text by the dump
 * ("Crate tokio Copy item path", rustdoc). Data: one entry per generator, matched at the heading's end.
 */
const HEADING_BUTTON_LABELS = ['Copy item path'] as const;
const HEADING_BUTTON_RE = new RegExp(`\\s+(?:${HEADING_BUTTON_LABELS.map((l) => l.replace(/ /g, '\\s+')).join('|')})$`, 'iu');

/** An inline of a heading that is not its words: a slotted control, a date span (`headingDateSpans.ts`) or a subtitle span (`headingSubtitles.ts`). */
function isAside(n: Inline): boolean {
	return isSlot(n) || isHeadingDateSpan(n) || isHeadingSubtitle(n);
}

/** A node's collapsed text as the scan reads it, without a heading's slotted controls, date spans, badges (`headingBadges.ts`), prefix label (`headingPrefixLabels.ts`) and button labels. */
export function textWithoutControls(s: MetadataScan, n: MNode): string {
	const b = n.block;
	if (b?.kind !== 'heading') return s.textOf(n);
	// A thread's prefix label before a spacer span is left out too (`headingPrefixLabels.ts`).
	const content = withoutPrefixLabel(b.content);
	const badged = hasHeadingBadge(content);
	const text = badged || content !== b.content || content.some(isAside) ? collapse(smartInlineText((badged ? withoutHeadingBadges(content) : content).filter((c) => !isAside(c)), s.doc.text)) : s.textOf(n);
	// A heading that is all subtitle span has no other words to be its title: it keeps its whole text.
	if (text === '' && b.content.some(isHeadingSubtitle)) return s.textOf(n);
	return text.replace(HEADING_BUTTON_RE, '');
}
