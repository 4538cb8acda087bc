// Distances in a dump as a reader sees them: inline data URIs (base64 icons and SVG art) take no room between a title and its byline.

/**
 * An image whose source is a data URI this long or longer is counted as no room at all. Themes inline their icons and
 * logos as base64 SVGs of 2–20 KB, so a byline three icons under its headline sat beyond NEAR_TITLE_CHARS of dump
 * text and scored as "far" (a spinning logo of 14 KB twice between a car-rental story's headline and its byline).
 * Short data URIs (a 1-pixel GIF placeholder) do not matter either way.
 */
export const MIN_BULK_CHARS = 200;

/**
 * Offsets into the dump with the bulk of inline data URIs taken out: `at(p)` is `p` minus the length of every such
 * source that ends at or before `p`. Distances between two `at` values are what the nearness rules compare.
 */
export class CompactOffsets {
	/** Ends of the bulk ranges, ascending, and the total bulk length up to and including each. */
	readonly #ends: number[] = [];
	readonly #totals: number[] = [];

	/** Records one data-URI source range; ranges must be added in document order and never overlap. */
	add(start: number, end: number): void {
		if (end - start < MIN_BULK_CHARS) return;
		const before = this.#totals.length > 0 ? this.#totals[this.#totals.length - 1] : 0;
		this.#ends.push(end);
		this.#totals.push(before + end - start);
	}

	/** The compact offset of a dump offset. */
	at(p: number): number {
		// The last bulk range ending at or before p (binary search).
		let lo = 0;
		let hi = this.#ends.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.#ends[mid] <= p) lo = mid + 1;
			else hi = mid;
		}
		return lo === 0 ? p : p - this.#totals[lo - 1];
	}
}
