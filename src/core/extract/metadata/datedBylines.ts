// A byline that starts with its date ("Dec. 19, 2025 · Niko Matsakis"): the names are the words after the date.
import type { FoundDate } from '../dates';

/**
 * What may stand before a byline's leading date: nothing but punctuation, a weekday, or a date label ("Published",
 * "Posted on"). Any other word before the date means the names come first ("Jane Doe · May 1, 2025").
 */
const LEAD_RE = /^[\s\p{P}\p{S}]*(?:(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*)?$/iu;
/**
 * A weekday just before a date that follows the names is the date's own ("Joe Wee    Monday, February 29, 2016"): cut
 * with it, else the name read "Joe Wee Monday". Whole weekday names only: "Li Sun, May 1, 2025" keeps its "Sun".
 * Reason: issue 12 (helper meta36), a Readability corpus page (simplyfound-1) reported the weekday as part of the
 * name. Measured: wcxb-dev tuning part unchanged (author 421 of 529, where none 3 of 525).
 */
const WEEKDAY_TAIL_RE = /(?:^|\s)(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$/iu;
/** Separators between the date and the names: a dot, a bar, a dash, a comma, "by" is left to the byline prefix. */
const SEPARATOR_RE = /^[\s|•·—–\-,;:/]+/u;
/**
 * "Niko Matsakis on behalf of the Vision Doc group": a byline naming a person for a group; the person is the author.
 * Also ends the names when the date comes last.
 */
export const ON_BEHALF_RE = /\s+on\s+behalf\s+of\s+.*$/iu;

/**
 * The text of a byline without its date. A theme's meta line often puts the date first and the name after it
 * (`publish-date-author`: "Dec. 19, 2025 · Niko Matsakis"); cutting the text at the date, as for "Jane Doe · May 1",
 * left nothing, so no author was read. When only a label or punctuation stands before the first date, the names are
 * what follows it, up to the next date. Measured on the wcxb-dev tuning part (both halves of its sites): author right
 * 394 -> 395 of 529 (half A +1, half B +0), wrong 14 -> 13 (a byline box's "Sat, 20 Dec, 2025" read "Sat" as a name;
 * its date was then read by `bylineDates.ts`, removed in session 21), wrongly present unchanged (6 of 525).
 */
export function withoutDate(text: string, dates: readonly FoundDate[]): string {
	const first = dates[0];
	if (!first) return text;
	if (!LEAD_RE.test(text.slice(0, first.start))) return text.slice(0, first.start).replace(WEEKDAY_TAIL_RE, '');
	const next = dates[1];
	return text.slice(first.end, next ? next.start : undefined).replace(SEPARATOR_RE, '');
}
