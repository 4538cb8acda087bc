// A kicker over the page's title: the short plain line a landing page sets right above its h1 belongs to the title, not to the chrome above it.
import type { Block, Inline } from '../../model/dumpDocument';
import { collapse, inlineText } from '../inlineText';

/**
 * A landing page often sets a short line right above its hero heading: the product or service it speaks of ("Zendesk
 * for customer service" over "The complete customer service solution"), a section label ("Our Services"), a line of
 * pitch. The annotators keep it with the heading; a whole-page read that starts at the first h1 (pageStart.ts) dropped
 * it with the account links, menus and banners above. Chrome right above an h1 is a breadcrumb trail, a logo, a menu
 * or a link: lists, images and links, never one plain paragraph of a few words.
 *
 * Measured on half A of the tuning part of wcxb-dev (the last block a whole-page read dropped above the title, where it
 * is a plain paragraph of a few words without links or images): 3 of 3 such lines are in the annotated text, all on
 * service pages; `MIN_KICKER_WORDS` leaves out a one-word "Listen" (chrome) and "Course" (annotated, on an article);
 * `SENTENCE_END_RE` leaves out one of the three (a line of pitch ending in a period), as a short banner's notice ends.
 * `eval --part tune`: service half B 0.8567 -> 0.8567 (one page 0.914 -> 0.918, one 0.888 -> 0.887), half A and every
 * other kind and both halves' means unchanged at 4 decimals; readability corpus 0.947, seeds 53/53.
 */

/** A kicker has at least this many words: one word over a title is a control or a label ("Listen", "Share"). */
export const MIN_KICKER_WORDS = 2;
/** And at most this many: a line of pitch, not a paragraph of the page's chrome (a cookie notice, a banner's text). */
export const MAX_KICKER_WORDS = 20;

const WORD_RE = /[\p{L}\p{N}]+/gu;
/** A kicker starts with a letter or a digit (not a symbol, a stray mark or an encoding's debris like "Ã---"). */
const STARTS_WITH_WORD_RE = /^[\p{L}\p{N}]/u;
/** A kicker is a label, not a sentence: a line that ends as a sentence ends is a banner's notice ("Open evening on Thursday."). */
const SENTENCE_END_RE = /[.!?]$/u;

/** Whether the inlines hold a link, an image, raw HTML or a note (anything but styled text). */
function hasNonText(inlines: readonly Inline[]): boolean {
	for (const i of inlines) {
		if (i.kind === 'link' || i.kind === 'image' || i.kind === 'rawHtml' || i.kind === 'note') return true;
		if ((i.kind === 'emphasis' || i.kind === 'span') && hasNonText(i.children)) return true;
	}
	return false;
}

/** The last block without children that ends at or before `at`, at any depth, in reading order. */
function lastLeafBefore(blocks: readonly Block[], at: number): Block | undefined {
	let last: Block | undefined;
	for (const b of blocks) {
		if (b.range.start >= at) break;
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') last = lastLeafBefore(b.children, at) ?? last;
		else if (b.kind === 'list') last = b.range.end <= at ? b : last;
		else if (b.range.end <= at) last = b;
	}
	return last;
}

/**
 * The kicker right above `title` among `blocks`: the last block before it, when that is a plain paragraph (no link,
 * image or raw HTML) of `MIN_KICKER_WORDS` to `MAX_KICKER_WORDS` words; otherwise undefined.
 */
export function titleKicker(blocks: readonly Block[], title: Block): Block | undefined {
	const b = lastLeafBefore(blocks, title.range.start);
	if (!b || b.kind !== 'paragraph' || hasNonText(b.content)) return undefined;
	const text = collapse(inlineText(b.content)).trim();
	if (!STARTS_WITH_WORD_RE.test(text) || SENTENCE_END_RE.test(text)) return undefined;
	const words = text.match(WORD_RE)?.length ?? 0;
	return words >= MIN_KICKER_WORDS && words <= MAX_KICKER_WORDS ? b : undefined;
}
