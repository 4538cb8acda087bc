// The block parser's paragraphs and headings waiting for their inlines, held as offsets in typed arrays.
import type { Inline, LinkDefinition } from '../model/dumpDocument';
import { parseInlines, type InlineBudget, type Segment } from './parseInlines';

/**
 * Why: inlines are parsed once every link definition is known, so the block pass keeps each paragraph's and
 * heading's segments until its end. As an entry object, a segment array (a 32-byte array and its 152-byte store of
 * 16 free slots) and a 40-byte object a segment, that was about 250 bytes a block: 'headings named like the
 * preview' (1.96 MB, 117,600 blocks) held 53-57 MB live at the end of its block pass, above its 34 MB heap cap.
 * Here a block is its node (8 bytes), where its segments begin (4) and 8 bytes a segment: about 20 bytes a block.
 * The segments are made again, one block at a time and dropped at once, when its inlines are parsed.
 */

/** The least length an array grows to: a table cell's parser holds a block or two, a dump thousands. */
const MIN_LENGTH = 16;
/** Nothing held yet: a parser that makes no paragraph (most table cells' are one) allocates nothing. */
const EMPTY: Int32Array<ArrayBuffer> = new Int32Array(0);

/** A segment `parseAll` rewrites for each block (`glue` false where the block pass stored none). */
interface MutableSegment {
	start: number;
	end: number;
	glue: boolean;
}

/** A block whose inlines are set once parsed (a paragraph or a heading node). */
interface InlineTarget {
	content: Inline[];
}

export class PendingInlines {
	#nodes: InlineTarget[] = [];
	/** Where each block's segments begin in `#bounds` (in int32s); the next block's begins where it ends. */
	#firsts = EMPTY;
	/** Each segment's start and end; a segment that continues the one before it (`glue`) stores `-1 - start`. */
	#bounds = EMPTY;
	#used = 0;

	get length(): number {
		return this.#nodes.length;
	}

	/** Holds `node`'s segments until `parseAll`. */
	add(node: InlineTarget, segments: readonly Segment[]): void {
		const k = this.#nodes.length;
		if (k + 1 >= this.#firsts.length) this.#firsts = grown(this.#firsts, k + 2);
		if (this.#used + 2 * segments.length > this.#bounds.length) this.#bounds = grown(this.#bounds, this.#used + 2 * segments.length);
		const bounds = this.#bounds;
		let at = this.#used;
		for (const s of segments) {
			bounds[at++] = s.glue ? -1 - s.start : s.start;
			bounds[at++] = s.end;
		}
		this.#nodes.push(node);
		this.#firsts[k] = this.#used;
		this.#firsts[k + 1] = at;
		this.#used = at;
	}

	/** Parses every held block's inlines in order (throws `InlineBudgetSpent` as `parseInlines` does), then drops them. */
	parseAll(text: string, definitions: ReadonlyMap<string, LinkDefinition>, budget: InlineBudget): void {
		const nodes = this.#nodes;
		const firsts = this.#firsts;
		const bounds = this.#bounds;
		this.clear();
		// One list and its segment objects for every block of this call, rewritten per block: the parser reads them
		// only while it parses that block (`parseInlines` keeps no segment). A new list and objects per block were
		// 2.6% of the pipeline's allocated bytes (sampled heap profile, every 16th wcxb-dev dump).
		const pool: MutableSegment[] = [];
		const segments: MutableSegment[] = [];
		for (let k = 0; k < nodes.length; k++) {
			let n = 0;
			for (let at = firsts[k]; at < firsts[k + 1]; at += 2, n++) {
				const start = bounds[at];
				const seg = n < pool.length ? pool[n] : (pool[n] = { start: 0, end: 0, glue: false });
				segments[n] = seg;
				seg.start = start < 0 ? -1 - start : start;
				seg.end = bounds[at + 1];
				seg.glue = start < 0;
			}
			segments.length = n;
			nodes[k].content = parseInlines(text, segments, definitions, budget);
		}
	}

	clear(): void {
		this.#nodes = [];
		this.#firsts = EMPTY;
		this.#bounds = EMPTY;
		this.#used = 0;
	}
}

/** `a` copied into an array of twice its length, or `need` (or MIN_LENGTH) if that is more. */
function grown(a: Int32Array, need: number): Int32Array<ArrayBuffer> {
	const b = new Int32Array(Math.max(need, 2 * a.length, MIN_LENGTH));
	b.set(a);
	return b;
}
