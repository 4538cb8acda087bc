// Dates inside a schedule, calendar or opening-hours box are the listed events' dates, not the page's publication date.
import type { MetadataScan, MNode } from './scan';

/**
 * Container names of schedules and calendars (`ScheduleTables`, `event-calendar`, `opening-hours`, `fixtures`): a date
 * in one is a game's, an event's or a day's, never when the page was written. Reason: issue 12, a sports schedule's
 * first game day was reported as a listing page's published date. Measured on the wcxb-dev tuning part: published
 * wrongly present 0.049 -> 0.047 (24 -> 23 of 493), right 395/561 kept. Any `…-hours` box counts (`garden-hours__date`,
 * `store-hours`): today's date over a venue's hours was a service page's published date (issue 12, helper "dates";
 * tuning part: published where none 1 fewer, right unchanged).
 */
export const SCHEDULE_BOX_RE = /schedule|calendar|opening-?hours|(?:^|[\s_-])hours(?:$|[\s_-])|fixtures|timetable|agenda/i;

/** How many ancestors up a schedule's name still counts (table, row, cell, title wrapper). */
const SCHEDULE_DEPTH = 8;

/** Whether a node sits in a schedule or calendar box that does not also hold the page's title. */
export function inScheduleBox(s: MetadataScan, n: MNode): boolean {
	const t = s.titleNode;
	let p: MNode | undefined = n;
	for (let i = 0; i <= SCHEDULE_DEPTH && p; i++, p = p.parent) {
		if (!p.words || !SCHEDULE_BOX_RE.test(p.words)) continue;
		if (t && p !== t && p.range.start <= t.range.start && p.range.end >= t.range.end) continue;
		return true;
	}
	return false;
}
