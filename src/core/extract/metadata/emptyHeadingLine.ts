// An h1 left empty by the dump ("#  {.hero__title}" then its text on the next line) is titled by that line: pandoc moves a block out of a heading.
import type { Inline } from '../../model/dumpDocument';
import type { MetadataScan, MNode } from './scan';
import { hasWords } from './wordlessHeadings';

/**
 * A headline line has at most this many words; a longer block after an empty h1 is the standfirst or the body (the h1
 * really was empty, or held only an image).
 */
const MAX_LINE_WORDS = 16;
/** A line ending like a sentence is a standfirst or a prompt ("Loading Comments..."), not a headline. */
const SENTENCE_END_RE = /[.…:]$/u;

/** The paragraph a block is, or the only paragraph of a fence (pandoc's fence for a `<div>` inside the `<h1>`). */
function lineOf(s: MetadataScan, m: MNode): MNode | undefined {
	const b = m.block;
	if (b?.kind === 'paragraph') return m;
	// The scan numbers a fence's first child right after it.
	if ((b?.kind === 'div' || b?.kind === 'htmlDiv') && b.children.length === 1 && b.children[0].kind === 'paragraph') return s.nodes[m.order + 1];
	return undefined;
}

/** Whether a heading has no content at all (an image or a link in it is content: its own text may be the title). */
function isEmpty(content: readonly Inline[]): boolean {
	return content.every((c) => (c.kind === 'text' && c.value.trim() === '') || c.kind === 'softbreak' || (c.kind === 'span' && isEmpty(c.children)));
}

/** The sibling blocks after `n` under its parent, in document order. */
function* nextSiblings(s: MetadataScan, n: MNode): Generator<MNode> {
	for (let i = n.order + 1; i < s.nodes.length; i++) {
		const m = s.nodes[i];
		if (m.parent === n.parent && m.block) yield m;
		// Past the parent's end: no sibling follows.
		if (n.parent && m.range.start >= n.parent.range.end) return;
	}
}

/**
 * The line that titles an empty h1. Page builders wrap the headline's text in a `<div>` or `<p>` inside the `<h1>`
 * (HubSpot's `hs_cos_wrapper`, a React header's `<div>`); pandoc cannot put a block in a heading, so it writes the h1
 * empty and the text as the next block ("#  {#section .ev-hero__title}" then "::: hs_cos_wrapper … Top Nine Financial
 * Tips for Working Adults :::"). The heading then gave no title at all, and a lesser heading won.
 * The line is taken when it is the heading's next sibling block, a paragraph or a fence holding only a paragraph, of at
 * most `MAX_LINE_WORDS` words, not ending like a sentence. When another short line follows under the same parent, it is
 * not known which of the two the h1 held (an eyebrow "Get that tech stack" then the name "Klatch Coffee"): none is
 * taken. Only h1s: an empty h2 is mostly a slider's or a dialog's caption slot.
 * Measured on the wcxb-dev tuning part: title right 761 -> 764 of 1054 (an article, a documentation page and a
 * collection, three sites); no title lost.
 */
export function emptyHeadingLine(s: MetadataScan, n: MNode): MNode | undefined {
	const b = n.block;
	if (b?.kind !== 'heading' || b.level !== 1 || !isEmpty(b.content)) return undefined;
	const siblings = nextSiblings(s, n);
	const first = siblings.next();
	if (first.done) return undefined;
	const m = first.value;
	const line = lineOf(s, m);
	if (!line) return undefined;
	const text = s.textOf(line);
	if (!isHeadlineLine(text)) return undefined;
	for (const next of siblings) {
		if (next.block?.kind === 'heading') break;
		const nextText = s.textOf(next);
		if (nextText === '') continue;
		if (isHeadlineLine(nextText)) return undefined;
		break;
	}
	return line;
}

function isHeadlineLine(text: string): boolean {
	const words = text.split(' ').length;
	return text.length >= 2 && words <= MAX_LINE_WORDS && hasWords(text) && !SENTENCE_END_RE.test(text);
}
