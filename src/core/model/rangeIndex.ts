// Source ranges sorted by start with the greatest end of each prefix: "does some range hold / overlap this one" by binary search.
import type { SourceRange } from './dumpDocument';

/**
 * A set of source ranges asked, many times, whether one of them holds or overlaps a given range. A scan of every range
 * per question is O(questions x ranges), which hostile dumps made quadratic in the kind strategies (issue 11: a shown
 * tab beside 8,000 others, landing pages of 8,000 tiles, feeds of 16,000 teaser titles). Sorted by start, with the
 * greatest end among the first k ranges kept for every k, each question is one binary search: the ranges that start
 * early enough are a prefix, and one of them reaches far enough exactly when the prefix's greatest end does.
 */
export class RangeIndex {
	readonly #starts: number[];
	readonly #maxEnd: number[];

	constructor(ranges: Iterable<SourceRange>) {
		const sorted = [...ranges].sort((a, b) => a.start - b.start);
		this.#starts = sorted.map((r) => r.start);
		this.#maxEnd = [];
		let most = -Infinity;
		for (const r of sorted) this.#maxEnd.push((most = Math.max(most, r.end)));
	}

	/** Whether some range holds `r`: starts at or before its start and ends at or after its end. */
	encloses(r: SourceRange): boolean {
		const n = this.#countStartingBefore(r.start, true);
		return n > 0 && this.#maxEnd[n - 1] >= r.end;
	}

	/** Whether some range overlaps `r`: starts before its end and ends after its start. */
	overlaps(r: SourceRange): boolean {
		const n = this.#countStartingBefore(r.end, false);
		return n > 0 && this.#maxEnd[n - 1] > r.start;
	}

	/** How many ranges start before `at` (or at it, when `inclusive`): the sorted starts' first index past them. */
	#countStartingBefore(at: number, inclusive: boolean): number {
		let lo = 0;
		let hi = this.#starts.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.#starts[mid] < at || (inclusive && this.#starts[mid] === at)) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}

/**
 * The index of the first of `sorted` (by range start, as blocks in document order) that starts at or after `start`:
 * one binary search, for the strategies that ask of thousands of blocks which of a list lie inside them.
 */
export function firstStartingAt(sorted: readonly { readonly range: SourceRange }[], start: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid].range.start < start) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
