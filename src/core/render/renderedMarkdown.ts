// The shape shared by the Markdown renderer and everything that renders from its output (HTML, preview, source mapping).
import type { SourceRange } from '../model/dumpDocument';

/** One top-level block of the output and where it came from. */
export interface OutputBlock {
	/** Zero-based first and last line of the block in `markdown` (inclusive). */
	readonly startLine: number;
	readonly endLine: number;
	/** The dump range the block was rendered from. */
	readonly source: SourceRange;
}

/*
 * Why a class: an output block was an object literal (48 bytes in Node's V8, no pointer compression) holding its
 * block's `range`, a `{ start, end }` object of its own (40 bytes), made by the block's range getter: 88 bytes an
 * output block, alive from the Markdown step to the end of the run (html, diagnose, json). Here the four numbers are
 * fields (56 bytes) and `source` makes the object when read, as the model's ranges do (model/rangedNode.ts). 'headings
 * named like the preview' renders 60,000 output blocks: 5.3 -> 3.4 MB; 'UTF-16' 10,000. `toJSON` keeps the plain
 * object's form, key order included. A spread copies the numbers but not `source`: make one with `new OutputBlockNode`.
 */
/** An output block as the Markdown renderer makes it: its source as two numbers. */
export class OutputBlockNode implements OutputBlock {
	readonly startLine: number;
	readonly endLine: number;
	readonly sourceStart: number;
	readonly sourceEnd: number;

	constructor(startLine: number, endLine: number, source: SourceRange) {
		this.startLine = startLine;
		this.endLine = endLine;
		this.sourceStart = source.start;
		this.sourceEnd = source.end;
	}

	get source(): SourceRange {
		return { start: this.sourceStart, end: this.sourceEnd };
	}

	/** The plain object the renderer made before. */
	toJSON(): OutputBlock {
		return { startLine: this.startLine, endLine: this.endLine, source: this.source };
	}
}

/** The article body as CommonMark/GFM, with a map from output lines back to the dump. */
export interface RenderedMarkdown {
	/** The body only (no front matter, no title heading). Ends with a newline unless empty. */
	readonly markdown: string;
	/** Top-level blocks in output order. */
	readonly blocks: readonly OutputBlock[];
}
