// A heading that is only a date ("December 16, 2025", "Tuesday, 3 March 2026") heads a day's posts or dates the post: a label, never the page's title.
import { findDates } from '../dates';

/** Day names a date heading may add to its date (Blogger's "date-header": "Tuesday, December 16, 2025"). */
const DAY_NAME_RE = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/giu;
/** What may be left around the date: separators, commas, brackets. A word left over makes the heading more than a date. */
const DATE_FRAME_RE = /^[\s,.;:·•|/()[\]\-–—]*$/u;
/** A date heading is short: a heading longer than this has room for a headline, whatever dates it holds. */
const MAX_DATE_HEADING_CHARS = 60;

/**
 * Whether a heading's whole text is one date (with a day name at most). Blog platforms set the day's date as a heading
 * above its posts (Blogger's `<h2 class="date-header">`), and archives head each month's or day's group with one;
 * as the first heading above a post's h3 headline it outscored the headline once its classes were unread (wcxb-dev
 * tuning part, declassed: "## December 16, 2025" over "### Vibe Coding"). `wordlessHeadings.ts` already passes over
 * numeric dates ("2025-11-01"); a date in words has words. A penalty, as for a box label: a page may still be titled
 * by a date when nothing else is.
 * Measured with `landmarkHeadings.ts` on the wcxb-dev tuning part: as is, no value changed (title right 792 of 1054);
 * declassed, title right 771 -> 773 (half A 343 -> 345: this rule's "December 16, 2025" and the landmark rule's "Board
 * footer"; half B 428 -> 428), none lost; body F1 unchanged but for the page whose title block is now the thread's.
 */
export function isDateHeading(text: string): boolean {
	if (text.length > MAX_DATE_HEADING_CHARS) return false;
	const dates = findDates(text);
	if (dates.length !== 1) return false;
	const [d] = dates;
	const rest = `${text.slice(0, d.start)} ${text.slice(d.end)}`.replace(DAY_NAME_RE, ' ');
	return DATE_FRAME_RE.test(rest);
}
