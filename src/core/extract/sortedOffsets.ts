// Searches in a list of dump offsets sorted in ascending order.

/** The index of the first offset at or after `at` in `sorted` (ascending), `sorted.length` when none is. */
export function firstAtOrAfter(sorted: readonly number[], at: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid] < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Whether `sorted` (ascending) holds an offset in `from`..`to` (`to` excluded): one binary search, where testing
 * every offset (`some`) for each of many ranges is quadratic.
 */
export function hasOffsetIn(sorted: readonly number[], from: number, to: number): boolean {
	const i = firstAtOrAfter(sorted, from);
	return i < sorted.length && sorted[i] < to;
}
