// Where the article Markdown may be cut so that markdown-it parses and renders it a piece at a time, to the same HTML.
import { outputBlockReader, type OutputBlock, type OutputBlockReader } from './renderedMarkdown';

/**
 * Markdown characters the HTML renderer parses at once. markdown-it's tokens take about 130 bytes per character of
 * Markdown, and all of them lived until the render ended: 'headings named like the preview' (580 KB of Markdown)
 * held 75 MB of tokens (240,000 Tokens). A piece this long holds about 1 MB. Articles shorter than this render in one
 * piece, as they always did. At 32 KB a piece held 4 MB, the peak of the whole pipeline on 'UTF-16' (340 KB of
 * input, 90 KB of Markdown in three pieces: 12 MB above what the render keeps). At 8 KB a piece's tokens were still
 * about 1 MB on top of the pieces of HTML made so far: 'headings named like the preview' (568 KB of Markdown) peaked
 * at 18.4 MB above the warm heap in the preview's html render and finished under a 35 MB heap 1 run of 3; at 2 KB,
 * 17.5 MB and 3 runs of 3. The same HTML (cuts only where markdown-it would start a block anyway), no slower: 277
 * pieces instead of 70 on the headings, 694 vs 775 ms; 60 wcxb-dev pages 313 vs 315 ms.
 */
export const MARKDOWN_CHUNK_CHARS = 2_048;

/** A list item marker at the start of a line: after a blank line it would continue a list above. */
const LIST_MARKER_RE = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLANK_RE = /^[ \t]*$/;

/** A piece of the Markdown: its start, as an offset and as a zero-based line. */
export interface MarkdownChunk {
	readonly offset: number;
	readonly line: number;
}

/**
 * The pieces of `markdown` (rendered from `blocks`), each at least `chunkChars` long but the last. A piece is cut only
 * before an output block that begins a top-level block whatever precedes it: one or more blank lines before it, and
 * its first line neither indented (indented code, or more of a list item) nor a list item (which would join the list
 * above and make it loose). Fenced code never spans two output blocks: the Markdown renderer closes each fence in its
 * block. No cut at all when the Markdown has a reference definition (`]:`, which applies to links in every piece) or
 * a CR (markdown-it would count lines the output blocks do not).
 */
export function markdownChunks(markdown: string, list: readonly OutputBlock[] | OutputBlockReader, chunkChars = MARKDOWN_CHUNK_CHARS): MarkdownChunk[] {
	const blocks = Array.isArray(list) ? outputBlockReader(list as readonly OutputBlock[]) : (list as OutputBlockReader);
	const chunks: MarkdownChunk[] = [{ offset: 0, line: 0 }];
	if (markdown.length <= chunkChars || markdown.includes(']:') || markdown.includes('\r')) return chunks;
	let line = 0;
	let offset = 0;
	/** The end of the current line (its `\n`, or the end of the Markdown). */
	const lineEnd = (): number => {
		const nl = markdown.indexOf('\n', offset);
		return nl < 0 ? markdown.length : nl;
	};
	const advanceTo = (target: number): boolean => {
		while (line < target) {
			const end = lineEnd();
			if (end >= markdown.length) return false;
			offset = end + 1;
			line++;
		}
		return true;
	};
	for (let k = 1; k < blocks.length; k++) {
		const start = blocks.startLine(k);
		const afterPrevious = blocks.endLine(k - 1) + 1;
		if (start <= afterPrevious || !advanceTo(afterPrevious)) continue;
		const gapOffset = offset;
		if (!advanceTo(start)) break;
		if (offset - chunks[chunks.length - 1].offset < chunkChars) continue;
		const first = markdown.slice(offset, lineEnd());
		if (first === '' || first[0] === ' ' || first[0] === '\t' || LIST_MARKER_RE.test(first)) continue;
		if (!BLANK_RE.test(markdown.slice(gapOffset, offset - 1).replace(/\n/g, ''))) continue;
		chunks.push({ offset, line });
	}
	return chunks;
}
