// Line lists for the block parser: a dump's lines in one typed array, or a container's segments as they were built.
import type { Segment } from './parseInlines';

/**
 * The lines a block pass reads, by index. A dump's own lines are a `CompactLines` (8 bytes a line, not a 40-byte
 * object each: 200,000 fence lines took 8 MB as objects); a container's stripped lines stay a small `Segment[]`.
 */
export interface LineList {
	readonly length: number;
	/** The offset where line `i` starts. */
	start(i: number): number;
	/** The offset where line `i` ends (before its line break). */
	end(i: number): number;
	/** Line `i` as a segment; a compact list makes a new one on each call, so callers keep only what they keep. */
	seg(i: number): Segment;
	/** Lines `from` to `to` (exclusive) as segments. */
	segments(from: number, to: number): Segment[];
}

/** Lines in one `Int32Array` of start and end offsets: the whole dump's, made once per parse. */
export class CompactLines implements LineList {
	readonly #bounds: Int32Array;
	readonly length: number;

	constructor(bounds: Int32Array) {
		this.#bounds = bounds;
		this.length = bounds.length >> 1;
	}

	start(i: number): number {
		return this.#bounds[2 * i];
	}

	end(i: number): number {
		return this.#bounds[2 * i + 1];
	}

	seg(i: number): Segment {
		return { start: this.#bounds[2 * i], end: this.#bounds[2 * i + 1] };
	}

	segments(from: number, to: number): Segment[] {
		const out: Segment[] = [];
		for (let i = from; i < to; i++) out.push(this.seg(i));
		return out;
	}
}

/** A container's segments (list item, quote, table cell) as a line list: they are few and short-lived. */
export class SegmentLines implements LineList {
	readonly #segs: readonly Segment[];
	readonly length: number;

	constructor(segs: readonly Segment[]) {
		this.#segs = segs;
		this.length = segs.length;
	}

	start(i: number): number {
		return this.#segs[i].start;
	}

	end(i: number): number {
		return this.#segs[i].end;
	}

	seg(i: number): Segment {
		return this.#segs[i];
	}

	segments(from: number, to: number): Segment[] {
		return this.#segs.slice(from, to);
	}
}

/** Splits text into lines (without line endings), counting \n, \r\n and \r as VS Code does. */
export function splitLines(text: string): CompactLines {
	const n = text.length;
	if (text.indexOf('\r') < 0) {
		// No CR at all (most dumps): let indexOf find each LF, which is much faster than a loop over char codes.
		let count = 1;
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
		// A final line ending does not start a line of its own (unless the text is nothing but it).
		if (n > 0 && text.charCodeAt(n - 1) === 0x0a) count--;
		const bounds = new Int32Array(2 * Math.max(1, count));
		let start = 0;
		let k = 0;
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
			bounds[k++] = start;
			bounds[k++] = i;
			start = i + 1;
		}
		if (start < n || k === 0) {
			bounds[k++] = start;
			bounds[k++] = n;
		}
		return new CompactLines(bounds);
	}
	return new CompactLines(splitWithCr(text));
}

/** The bounds of every line of a text that holds CRs: one pass to count, one to fill. */
function splitWithCr(text: string): Int32Array {
	const n = text.length;
	let count = 0;
	let start = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a || c === 0x0d) {
			count++;
			if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
			start = i + 1;
		}
	}
	if (start < n || count === 0) count++;
	const bounds = new Int32Array(2 * count);
	let k = 0;
	start = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a || c === 0x0d) {
			bounds[k++] = start;
			bounds[k++] = i;
			if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
			start = i + 1;
		}
	}
	if (start < n || k === 0) {
		bounds[k++] = start;
		bounds[k++] = n;
	}
	return bounds;
}
