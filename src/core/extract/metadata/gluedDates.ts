// Two dates run together in one dateline ("May 21, 2025April 24, 2025") are a theme's published and updated times: the earlier is the publication.
import type { FoundDate } from '../dates';

/** A digit run into a capitalised word ("2025April", "2025Updated"): two elements whose text the dump wrote without a space. */
const GLUED_WORD_RE = /(?<=\d)(?=\p{Lu}\p{Ll})/u;
const GLUED_WORDS_RE = new RegExp(GLUED_WORD_RE.source, 'gu');

/**
 * A year run into the reading time after it ("Mar 27, 20255 mins", "May 2nd 202511 mins"): a dateline whose date and
 * "5 mins" are two elements the dump wrote without a space, which left the date's year five or six digits long, and
 * the date unread. The year is the first four digits (19xx or 20xx), the reading time one to three digits and "min".
 */
const GLUED_READING_TIME_RE = /(?<=(?<!\d)(?:19|20)\d\d)(?=\d{1,3}\s?min)/u;
const GLUED_READING_TIMES_RE = new RegExp(GLUED_READING_TIME_RE.source, 'gu');

/**
 * The text with a space where a number runs into a capitalised word, so that both dates (or the date and its label)
 * are read, and where a year runs into a reading time (measured on the wcxb-dev tuning part, as is and declassed:
 * published right 416 -> 417 and 410 -> 411, one page of half B; none lost, where none unchanged).
 */
export function unglued(text: string): string {
	const worded = GLUED_WORD_RE.test(text) ? text.replace(GLUED_WORDS_RE, ' ') : text;
	return GLUED_READING_TIME_RE.test(worded) ? worded.replace(GLUED_READING_TIMES_RE, ' ') : worded;
}

/** What may stand between the two dates of a glued pair: nothing, or spaces (two `<time>` elements side by side). */
const GLUED_GAP_RE = /^\s*$/u;

/**
 * Whether the i-th date of a text is the later of two dates written with nothing between them. WordPress themes print
 * the post's `published` and `updated` `<time>` elements side by side and hide one with CSS; the dump keeps both, and
 * themes differ in which comes first (GeneratePress: updated first; underscores: published first). A post is updated
 * after it is published, so the later date is the update. Measured on the wcxb-dev tuning part: published right
 * 402 -> 403 of 561, no right date lost.
 */
export function isLaterOfGluedPair(text: string, dates: readonly FoundDate[], i: number): boolean {
	if (dates.length !== 2) return false;
	const [a, b] = dates;
	if (!GLUED_GAP_RE.test(text.slice(a.end, b.start))) return false;
	const day = (d: FoundDate): string => d.iso.slice(0, 10);
	if (day(a) === day(b)) return false;
	const later = day(a) > day(b) ? 0 : 1;
	return i === later;
}
