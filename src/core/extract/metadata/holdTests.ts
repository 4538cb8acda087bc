// The answers of the metadata scan's source pre-tests (`mayHoldChar`, `mayHoldWord`), per regex and node, kept for the extraction.

/** A node not yet tested. */
export const UNTESTED = 0;
/** A node whose source holds no match: its text cannot hold one. */
export const HOLDS_NONE = 1;
/** A node whose text may hold a match. */
export const MAY_HOLD = 2;

/**
 * Per regex, a column of answers by node order (`UNTESTED`, `HOLDS_NONE`, `MAY_HOLD`), one byte a node, made when the
 * regex is first asked about. Why: the date and byline rules ask the same pre-test of the same nodes several times
 * in one read (`labelledDateLines.ts` asks each paragraph once, and once more when it counts the page's lines;
 * `labelLineDates.ts` asks it of the paragraph above each paragraph), and again in a second read over another region or
 * kind: each asking slices the node's source and runs the regex over it. On the bench's 20 MB dump, 52% of the
 * characters `mayHoldWord` read and 80% of `mayHoldChar`'s calls were repeats; on a third of the wcxb-dev tuning
 * dumps, 23% and 49%. A node's answer depends on its source alone, which no read changes.
 */
export class HoldTests {
	readonly #columns = new Map<RegExp, Uint8Array>();

	/** The column of `re` for `size` nodes (the scan's node count, fixed once it is made). */
	of(re: RegExp, size: number): Uint8Array {
		let column = this.#columns.get(re);
		if (column === undefined) {
			column = new Uint8Array(size);
			this.#columns.set(re, column);
		}
		return column;
	}
}
