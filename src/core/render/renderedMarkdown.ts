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

/** The article body as CommonMark/GFM, with a map from output lines back to the dump. */
export interface RenderedMarkdown {
	/** The body only (no front matter, no title heading). Ends with a newline unless empty. */
	readonly markdown: string;
	/** Top-level blocks in output order. */
	readonly blocks: readonly OutputBlock[];
}
