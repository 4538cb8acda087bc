// The options numeric dates are read with: the language's order, and the page's own order found only when an ambiguous date is read.
import type { DateOptions } from '../dates';
import { pageDayFirst } from './numericDateOrder';
import { twinDayFirst } from './numericDateTwins';
import { writtenDayFirst } from './writtenDateOrder';

/**
 * Date options whose `pageDayFirst` is worked out on first use: only a numeric date whose two first parts could each
 * be the month ("03/10/2023") asks for it, on few pages. The evidence, strongest first: the page's unambiguous numeric
 * dates (`numericDateOrder.ts`), a numeric date written out in words too (`numericDateTwins.ts`), a day-first habit
 * in words (`writtenDateOrder.ts`).
 */
export function numericDateOptions(text: string, dayFirst: boolean | undefined): DateOptions {
	let known = false;
	let order: boolean | undefined;
	return {
		dayFirst,
		get pageDayFirst(): boolean | undefined {
			if (!known) {
				known = true;
				order = pageDayFirst(text) ?? twinDayFirst(text) ?? writtenDayFirst(text);
			}
			return order;
		},
	};
}
