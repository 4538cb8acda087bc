// Option runs: a line that is a short label and a counting run of whole numbers ("Day 1 2 3 … 31", "Year 1900 1901 …") is a select box's options, a form's.

/**
 * A select's options counted by one: at least this many whole numbers in a row. A birthday form's month has 12 and its
 * day 31; a pager prints fewer pages than this between its arrows, and a table or a list of figures does not count by one.
 */
export const MIN_RUN_NUMBERS = 12;
/** The select's label before its options ("Day", "Birth year", "Qty"): a few words, no digit. */
export const MAX_LABEL_WORDS = 3;
/** A year select of a century and a half, with its label, fits; longer lines are not asked (no split of a long text). */
export const MAX_RUN_CHARS = 1200;

/**
 * Pandoc writes a `<select>` as its label and its options' texts run together on one line; on a sign-up form (a birthday,
 * a quantity, a year) that is a counting run of numbers no reader reads, whatever the page's class words. The line is
 * a few label words (no digit) and then only whole numbers, at least `MIN_RUN_NUMBERS`, each one more (or one less,
 * for years counted down) than the one before. heuristics/formNotices.ts takes such a line as a form's own line: the
 * small box around it goes with it (the form's other labels and its submit button).
 * Measured (session 44, eval --part tune of wcxb-dev, word F1): declassed a wallet shop's category, whose footer box holds
 * a birthday form (Day 1..31, Month 1..12, Year 1900..2017), 0.606 -> 0.773, and a marketplace's product page with a
 * quantity select 0.650 -> 0.674; no page down, as is no page moves (the class words name those footers). Seven tuning
 * dumps hold such a run (quantity selects, calendars, the birthday form); none is in a truth.
 */
export function isOptionRun(text: string): boolean {
	if (text.length > MAX_RUN_CHARS || text.length < 2 * MIN_RUN_NUMBERS) return false;
	const tokens = text.split(/\s+/);
	let i = 0;
	let labels = 0;
	for (; i < tokens.length && !/\d/.test(tokens[i]); i++) if (tokens[i] !== '' && ++labels > MAX_LABEL_WORDS) return false;
	if (tokens.length - i < MIN_RUN_NUMBERS) return false;
	let step = 0;
	let prev = NaN;
	for (let j = i; j < tokens.length; j++) {
		const t = tokens[j];
		if (t === '' && j === tokens.length - 1) break;
		if (!/^\d{1,4}$/.test(t)) return false;
		const n = Number(t);
		if (j > i) {
			const d = n - prev;
			if (d !== 1 && d !== -1) return false;
			if (step === 0) step = d;
			else if (d !== step) return false;
		}
		prev = n;
	}
	return true;
}
