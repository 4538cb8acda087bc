// The shape shared by the Markdown renderer and everything that renders from its output (HTML, preview, source mapping).
import type { SourceRange } from '../model/dumpDocument';
import { arrayView, Int32Column, viewColumns } from '../model/arrayView';

/** One top-level block of the output and where it came from. */
export interface OutputBlock {
	/** Zero-based first and last line of the block in `markdown` (inclusive). */
	readonly startLine: number;
	readonly endLine: number;
	/** The dump range the block was rendered from. */
	readonly source: SourceRange;
}

/*
 * Why columns: an output block was an object literal (48 bytes in Node's V8, no pointer compression) holding its
 * block's `range`, a `{ start, end }` object of its own (40 bytes): 88 bytes an output block, alive from the Markdown
 * step to the end of the run (html, diagnose, json). Session 21 made it a class with the four numbers as fields (56
 * bytes and the list's 8-byte slot); here the list is four Int32Arrays by position (16 bytes a block) behind a
 * read-only array view (model/arrayView.ts), and an element is the plain object the renderer made before, made when
 * read. 'headings named like the preview' renders 60,000 output blocks: 3.84 -> 0.92 MB; 'UTF-16' 10,000. The html
 * renderer and the Markdown chunker read the columns through `outputBlockReader`, without making objects.
 */
/** The output blocks as columns, by position. */
interface OutputBlockColumns {
	readonly startLines: Int32Array;
	readonly endLines: Int32Array;
	readonly sourceStarts: Int32Array;
	readonly sourceEnds: Int32Array;
}

function readBlock(c: OutputBlockColumns, i: number): OutputBlock {
	return { startLine: c.startLines[i], endLine: c.endLines[i], source: { start: c.sourceStarts[i], end: c.sourceEnds[i] } };
}

/** Collects output blocks in output order; `finish` returns them as a read-only list backed by columns. */
export class OutputBlockMap {
	readonly #startLines = new Int32Column();
	readonly #endLines = new Int32Column();
	readonly #sourceStarts = new Int32Column();
	readonly #sourceEnds = new Int32Column();

	push(startLine: number, endLine: number, source: SourceRange): void {
		this.#startLines.push(startLine);
		this.#endLines.push(endLine);
		this.#sourceStarts.push(source.start);
		this.#sourceEnds.push(source.end);
	}

	finish(): readonly OutputBlock[] {
		const columns: OutputBlockColumns = { startLines: this.#startLines.fit(), endLines: this.#endLines.fit(), sourceStarts: this.#sourceStarts.fit(), sourceEnds: this.#sourceEnds.fit() };
		return arrayView(columns, columns.startLines.length, readBlock);
	}
}

/** Reads output blocks by position without making an object per read. */
export interface OutputBlockReader {
	readonly length: number;
	startLine(i: number): number;
	endLine(i: number): number;
	sourceStart(i: number): number;
	sourceEnd(i: number): number;
}

/** A reader of `blocks`: their columns when `OutputBlockMap` made them, the objects' fields for any other list. */
export function outputBlockReader(blocks: readonly OutputBlock[]): OutputBlockReader {
	const c = viewColumns<OutputBlockColumns>(blocks);
	if (c) {
		return {
			length: c.startLines.length,
			startLine: (i) => c.startLines[i],
			endLine: (i) => c.endLines[i],
			sourceStart: (i) => c.sourceStarts[i],
			sourceEnd: (i) => c.sourceEnds[i],
		};
	}
	return {
		length: blocks.length,
		startLine: (i) => blocks[i].startLine,
		endLine: (i) => blocks[i].endLine,
		sourceStart: (i) => blocks[i].source.start,
		sourceEnd: (i) => blocks[i].source.end,
	};
}

/** The article body as CommonMark/GFM, with a map from output lines back to the dump. */
export interface RenderedMarkdown {
	/** The body only (no front matter, no title heading). Ends with a newline unless empty. */
	readonly markdown: string;
	/** Top-level blocks in output order. */
	readonly blocks: readonly OutputBlock[];
}
