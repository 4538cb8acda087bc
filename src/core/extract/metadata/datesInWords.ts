// English dates in words ("13 October 2023", "October 13, 2023") and numeric dates ("03/10/2023"), found from their years: the shared reader of `writtenDateOrder.ts` and `numericDateTwins.ts`.

/** A four-digit year of 1900-2099, not inside a longer number. */
const YEAR_RE = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
/** How far before a year its day and month are looked for: "September 30th, " is 16 characters, with room for line breaks. */
const LOOK_BACK_CHARS = 32;
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "13 October " before the year: the day first. */
const DAY_FIRST_RE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+$`, 'iu');
/** "October 13, " before the year: the month first. */
const MONTH_FIRST_RE = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+$`, 'iu');
/** "03/10/" before the year: two numbers and one separator twice (dots, slashes or hyphens). */
const NUMERIC_RE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2$/u;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date found before a year: in words (with its order) or numeric (its two first parts, unread). */
export type FoundDate =
	| { readonly kind: 'words'; readonly dayFirst: boolean; readonly year: number; readonly month: number; readonly day: number }
	| { readonly kind: 'numeric'; readonly year: number; readonly a: number; readonly b: number };

/**
 * Calls `visit` with each date of the text, in order, until it returns false. Years are found first and the text just
 * before each is read: a regular expression over the whole text for month names ran at every character (10 ms per
 * wcxb-dev page on average, against 0.4 ms for the year scan).
 */
export function forEachDate(text: string, visit: (d: FoundDate) => boolean): void {
	YEAR_RE.lastIndex = 0;
	for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
		const year = +m[0];
		const before = text.slice(Math.max(0, m.index - LOOK_BACK_CHARS), m.index);
		const n = NUMERIC_RE.exec(before);
		if (n) {
			if (!visit({ kind: 'numeric', year, a: +n[1], b: +n[3] })) return;
			continue;
		}
		const d = DAY_FIRST_RE.exec(before);
		const w = d ? undefined : MONTH_FIRST_RE.exec(before);
		if (!d && !w) continue;
		const month = MONTHS.indexOf((d ? d[2] : w![1]).slice(0, 3).toLowerCase()) + 1;
		const day = +(d ? d[1] : w![2]);
		if (month < 1 || day < 1 || day > 31) continue;
		if (!visit({ kind: 'words', dayFirst: !!d, year, month, day })) return;
	}
}
