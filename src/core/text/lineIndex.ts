// Offset <-> line/character conversion, counted as VS Code counts them (UTF-16 code units, lines split at \n, \r\n and \r).

/** A zero-based line and UTF-16 character, as in VS Code's `Position`. */
export interface Position {
	readonly line: number;
	readonly character: number;
}

/** A range of positions, as in VS Code's `Range`. */
export interface Range {
	readonly start: Position;
	readonly end: Position;
}

/**
 * Maps offsets to positions and back for one version of a text. Built once in O(n); each lookup is O(log lines).
 * A vscode `TextDocument` answers the same questions; this lets the core answer them without one.
 */
export class LineIndex {
	/** Offsets at which each line starts; lineStarts[0] is 0. */
	readonly lineStarts: Uint32Array;
	readonly length: number;

	constructor(text: string) {
		// Counted, then filled: a list of numbers grown line by line was 8 bytes a line and more, on the heap.
		this.lineStarts = new Uint32Array(lineBreaks(text, undefined) + 1);
		lineBreaks(text, this.lineStarts);
		this.length = text.length;
	}

	get lineCount(): number {
		return this.lineStarts.length;
	}

	/** The position of an offset; offsets outside the text are clamped to it. */
	positionAt(offset: number): Position {
		const o = Math.max(0, Math.min(offset, this.length));
		let lo = 0;
		let hi = this.lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.lineStarts[mid] <= o) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo, character: o - this.lineStarts[lo] };
	}

	/** The offset of a position; positions outside the text are clamped to it. */
	offsetAt(position: Position): number {
		if (position.line < 0) return 0;
		if (position.line >= this.lineStarts.length) return this.length;
		const start = this.lineStarts[position.line];
		const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.length;
		return Math.max(start, Math.min(start + Math.max(0, position.character), next));
	}

	/** The range of positions covering a span of offsets. */
	rangeOf(span: { readonly start: number; readonly end: number }): Range {
		return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
	}

	/** The zero-based line holding an offset. */
	lineAt(offset: number): number {
		return this.positionAt(offset).line;
	}
}

/**
 * Counts the line breaks of `text` (\n, \r\n, lone \r); with `starts`, also writes each next line's start from index 1.
 * A text without \r (most dumps) is read by `indexOf('\n')`, which runs in the engine's own code: the loop over every
 * character code was 1.8% of a whole `pagedump extract --format json` process over the readability corpus (the JSON's
 * provenance builds a line index of each dump), and the search is about seven times faster on the same texts.
 */
function lineBreaks(text: string, starts: Uint32Array | undefined): number {
	if (text.indexOf('\r') === -1) return newlines(text, starts);
	const n = text.length;
	let count = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a /* \n */) {
			if (starts) starts[count + 1] = i + 1;
			count++;
		} else if (c === 0x0d /* \r */) {
			if (i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
			if (starts) starts[count + 1] = i + 1;
			count++;
		}
	}
	return count;
}

/** `lineBreaks` for a text with no \r: every line ends at a \n. */
function newlines(text: string, starts: Uint32Array | undefined): number {
	let count = 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
		if (starts) starts[count + 1] = i + 1;
		count++;
	}
	return count;
}
