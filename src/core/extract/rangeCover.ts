// Range cover: source ranges merged where they overlap, and a test of whether a block lies wholly inside one of them.
import type { Block } from '../model/dumpDocument';

/** A source range, start inclusive, end exclusive. */
export interface SourceRange {
	readonly start: number;
	readonly end: number;
}

/**
 * The ranges merged where they overlap (sorted here, by start), and a test of whether a block lies wholly inside one
 * of the merged ranges: a binary search, so a whole tree is tested in n log n. Undefined when there are no ranges.
 */
export function rangeCover(ranges: readonly SourceRange[]): ((b: Block) => boolean) | undefined {
	const sorted = [...ranges].sort((a, b) => a.start - b.start);
	const outer: { start: number; end: number }[] = [];
	for (const r of sorted) {
		const last = outer[outer.length - 1];
		if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
		else outer.push({ start: r.start, end: r.end });
	}
	if (outer.length === 0) return undefined;
	return (b: Block): boolean => {
		let lo = 0;
		let hi = outer.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (outer[mid].start <= b.range.start) lo = mid + 1;
			else hi = mid;
		}
		return lo > 0 && b.range.end <= outer[lo - 1].end;
	};
}
