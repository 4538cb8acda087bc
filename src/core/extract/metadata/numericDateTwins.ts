// Day or month first in a page's numeric dates, from a numeric date whose one reading the page also writes in words ("02-12-2025" beside "December 02, 2025").

import { forEachDate } from './datesInWords';

/** How many dates are read at most: a page's own dates come first (byline, list of posts). */
const MAX_DATES_READ = 400;

function key(y: number, m: number, d: number): string {
	return `${y}-${m}-${d}`;
}

/**
 * Whether the page's ambiguous numeric dates are day first (true) or month first (false), when one of them stands
 * beside its own date in words: a blog lists a post as "December 02, 2025" and its byline reads "02-12-2025", so the
 * byline is 2 December, not 12 February. Only dates whose one reading is written out and whose other is not count;
 * undefined when none do, or when they disagree.
 *
 * Reason: a page's numeric order is otherwise guessed from its unambiguous numeric dates (`numericDateOrder.ts`), its
 * dates in words (`writtenDateOrder.ts`) or its language; a twin is direct evidence and comes before the words' order,
 * which may differ from the numbers' ("December 02, 2025" in a list, "02-12-2025" in the byline of a Hungarian author).
 * Measured on the wcxb-dev tuning part (cached regions): published right half A 198 -> 199 of 265 (a byline's
 * "02-12-2025" beside the post's "December 02, 2025" in a list of posts), half B 210 of 296 unchanged, where none
 * unchanged on both halves (A 6/233, B 4/260). It answers on 4 half-A pages and 1 half-B page.
 */
export function twinDayFirst(text: string): boolean | undefined {
	const written = new Set<string>();
	const ambiguous: { y: number; a: number; b: number }[] = [];
	let read = 0;
	forEachDate(text, (d) => {
		if (d.kind === 'words') written.add(key(d.year, d.month, d.day));
		// Both parts could be the month, and the two readings differ.
		else if (d.a >= 1 && d.b >= 1 && d.a <= 12 && d.b <= 12 && d.a !== d.b) ambiguous.push({ y: d.year, a: d.a, b: d.b });
		return ++read < MAX_DATES_READ;
	});
	let dayFirst = 0;
	let monthFirst = 0;
	for (const { y, a, b } of ambiguous) {
		const asDayFirst = written.has(key(y, b, a));
		const asMonthFirst = written.has(key(y, a, b));
		if (asDayFirst && !asMonthFirst) dayFirst++;
		else if (asMonthFirst && !asDayFirst) monthFirst++;
	}
	if (dayFirst > 0 && monthFirst === 0) return true;
	if (monthFirst > 0 && dayFirst === 0) return false;
	return undefined;
}
