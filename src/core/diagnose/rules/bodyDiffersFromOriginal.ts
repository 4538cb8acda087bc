// PD301: the dump carries the article's original HTML, and the extracted body does not match it: text was lost or added.
import { decodeEncodedHtml, findHtmlElements, htmlToText } from '../../extract/encodedHtml';
import { blockText } from '../../extract/inlineText';
import type { EncodedHtml, SourceRange } from '../../model/dumpDocument';
import { walkBlocks } from '../../model/walk';
import type { Rule, RuleContext } from '../rule';
import { shorten } from '../rule';

/** Below this many words the original is a teaser or a title, not an article to compare with. */
const MIN_ORIGINAL_WORDS = 30;
/** A paragraph counts as missing (or added) when fewer than this share of its words appear on the other side. */
const PARAGRAPH_PRESENT_RATIO = 0.5;
/** How many missing paragraphs a message names. */
const MAX_NAMED = 3;

const BLOCK_BOUNDARY_RE = /<\/?(?:p|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|figure|figcaption|dt|dd|br|hr|section|article)\b[^>]*>/gi;

function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function counts(list: readonly string[]): Map<string, number> {
	const m = new Map<string, number>();
	for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
	return m;
}

/** Multiset overlap: how many words of `a` are matched by words of `b`. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
	let n = 0;
	for (const [w, c] of a) n += Math.min(c, b.get(w) ?? 0);
	return n;
}

/** The article's HTML inside the decoded line: Khoros's LINGO-BODY, else an <article>, else all of it. */
function originalArticleHtml(html: string): string {
	for (const tag of ['lingo-body', 'article', 'body']) {
		const found = findHtmlElements(html, tag);
		if (found.length > 0) return found[0].inner;
	}
	return html;
}

/** Paragraph texts whose words are mostly absent from `other`. */
function unmatched(paragraphs: readonly string[], other: ReadonlySet<string>): string[] {
	return paragraphs.filter((p) => {
		const w = words(p);
		return w.length > 0 && w.filter((x) => other.has(x)).length < w.length * PARAGRAPH_PRESENT_RATIO;
	});
}

function quoteList(paragraphs: readonly string[]): string {
	const named = paragraphs.slice(0, MAX_NAMED).map((p) => `"${shorten(p, 50)}"`);
	const more = paragraphs.length > MAX_NAMED ? ` and ${paragraphs.length - MAX_NAMED} more` : '';
	return named.join(', ') + more;
}

/** Where the finding goes: the first line of the extracted body, or the dump's first line. */
function bodyAnchor(ctx: RuleContext): SourceRange {
	const first = ctx.article.blocks[0]?.range;
	if (!first) return ctx.metadataAnchor;
	const nl = ctx.doc.text.slice(first.start, first.end).search(/\r|\n/);
	return nl < 0 ? first : { start: first.start, end: first.start + nl };
}

export const bodyDiffersFromOriginal: Rule = {
	code: 'PD301',
	name: 'body-differs-from-original',
	category: 'fidelity',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: "The extracted article body and the original article HTML carried in the dump disagree beyond a threshold; the message names what is missing.",
	fixable: false,
	check(ctx, report) {
		let encoded: EncodedHtml | undefined;
		walkBlocks(ctx.doc.blocks, (b) => {
			if (!encoded && b.kind === 'encodedHtml') encoded = b;
		});
		if (!encoded) return;
		const html = originalArticleHtml(decodeEncodedHtml(encoded.encoded));
		const originalParagraphs = html.split(BLOCK_BOUNDARY_RE).map(htmlToText).filter((p) => p !== '');
		const originalWords = words(originalParagraphs.join(' '));
		if (originalWords.length < MIN_ORIGINAL_WORDS) return;
		const bodyParagraphs = ctx.article.blocks.map((b) => blockText(b, { images: true }).replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
		const bodyWords = words(bodyParagraphs.join(' '));
		const original = counts(originalWords);
		const body = counts(bodyWords);
		const shared = overlap(original, body);
		const recall = shared / originalWords.length;
		const precision = bodyWords.length > 0 ? shared / bodyWords.length : 0;
		const threshold = ctx.options.fidelityThreshold;
		const pct = (x: number): string => `${Math.round(x * 100)}%`;
		const related = [{ message: 'The original article HTML', range: encoded.range }];
		if (recall < threshold) {
			const missing = unmatched(originalParagraphs, new Set(bodyWords));
			const named = missing.length > 0 ? ` Missing: ${quoteList(missing)}.` : '';
			report({ message: `The extracted article keeps ${pct(recall)} of the original article's words (threshold ${pct(threshold)}).${named}`, range: bodyAnchor(ctx), related });
		}
		if (bodyWords.length > 0 && precision < threshold) {
			const extra = unmatched(bodyParagraphs, new Set(originalWords));
			const named = extra.length > 0 ? ` Not in the original: ${quoteList(extra)}.` : '';
			report({ message: `Only ${pct(precision)} of the extracted article's words are in the original article (threshold ${pct(threshold)}).${named}`, range: bodyAnchor(ctx), related });
		}
	},
};
