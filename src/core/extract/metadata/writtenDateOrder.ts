// Day or month first in a page's numeric dates ("03/10/2023"), from how the page writes its dates in words ("13 October 2023" or "October 13, 2023").

import { forEachDate } from './datesInWords';

/** How many dates in words are read at most: as in `numericDateOrder.ts`, a page's habit shows in its first dates. */
const MAX_DATES_READ = 200;

/**
 * True when the page writes its dates in words day first ("13 October 2023") and never month first; undefined
 * otherwise (no date in words, both orders, or month first only).
 *
 * Reason: a site writes its dates one way. One that writes "13 October 2023" is British or European in habit and
 * writes "03/10/2023" for 3 October. `numericDateOrder.ts` reads the order from unambiguous numeric dates only, and
 * English pages are read month first by default, so a British blog's "03/10/2023" byline was read as 10 March. Used
 * only when the numeric dates do not tell (and no numeric date has a twin in words, `numericDateTwins.ts`).
 * Month-first words are not used as evidence: English slashed dates are read month first already, and the only
 * thing they would change is the day-first reading of dotted dates ("09.10.2024"), which the tuning part never tests
 * (475 of its 1054 pages write dates month first in words; with the month-first answer used too, no value moved).
 * Measured on the wcxb-dev tuning part (cached regions): published right half A 197 -> 198 of 265 (a British blog's
 * "03/10/2023"), half B 210 of 296 unchanged, where none unchanged on both halves (A 6/233, B 4/260). The rule
 * answers on 21 half-A and 30 half-B pages.
 */
export function writtenDayFirst(text: string): true | undefined {
	let dayFirst = 0;
	let mixed = false;
	forEachDate(text, (d) => {
		if (d.kind !== 'words') return true;
		// One date in words month first: the page mixes orders, or writes month first; either way no answer.
		if (!d.dayFirst) mixed = true;
		else dayFirst++;
		return !mixed && dayFirst < MAX_DATES_READ;
	});
	return dayFirst > 0 && !mixed ? true : undefined;
}
