// Step 4 of metadata reading: the words that share a dateline with its date and are no one's name ("Saturday, March 2", "Opinion | March 3", "Press Release · May 1").

/**
 * Reason (issue 12, "say nothing rather than something wrong"): a meta line under the headline that holds a date and
 * one more part is read as "name · date" (`datelineName.ts`), and any capitalised part passed as a name. The part
 * beside a date is far more often the date's own weekday, the story's section or its format than a person: "Saturday,
 * March 2, 2024", "Health · March 3, 2024", "Opinion | …", "Press Release · …", "Sponsored · …", "Live · …". Each of
 * these was reported as the author (probe pages written for this rule, `metadataDatelineWords.test.ts`). Held-out
 * pages report an author where the truth has none 5-10 times as often as the tuning part does, so the dateline rule
 * must not rest on the tuning pages' luck of having no such line.
 *
 * A part is no name when each of its words is a calendar word (weekday, month, season, "today") or a section or
 * format word of a newsroom or a blog. Only whole parts are refused: "April Smith" and "Tuesday Morning Wines" keep
 * their one calendar word, since some of their words are no such word.
 *
 * Measured on the wcxb-dev tuning part (cached regions, `metaTune.js`): as detected no value changes on either half
 * (author right A 200/254, B 212/275; where none A 2/244, B 1/281): the tuning pages hold no such dateline.
 */

/** Weekdays, months, seasons and relative days, in full and in their usual short forms (English). */
const CALENDAR_WORDS =
	'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
	'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
	'spring summer fall autumn winter today yesterday tomorrow tonight morning afternoon evening weekend week month year';

/**
 * Section and format words a meta line shows beside the date: a newsroom's or a blog's sections and the kind of piece.
 * Data, not a rule per site: words any news or blog platform uses for its sections.
 */
const SECTION_WORDS =
	'news breaking latest top opinion opinions editorial editorials analysis commentary column columns feature features ' +
	'review reviews interview interviews report reports press release releases statement announcement announcements ' +
	'update updates live video videos podcast podcasts audio photo photos gallery galleries webinar webinars event events ' +
	'guide guides tutorial tutorials how-to tips explainer story stories blog blogs article articles post posts ' +
	'sponsored promoted partner advertisement ad ads paid content branded featured exclusive special ' +
	'health business politics technology tech science sports sport travel food culture lifestyle entertainment finance ' +
	'money world local national international economy markets education research insights resources case study studies ' +
	'uncategorized general misc miscellaneous newsletter community semester';

const NOT_NAME_WORDS: ReadonlySet<string> = new Set(`${CALENDAR_WORDS} ${SECTION_WORDS}`.split(/\s+/));

/** Whether a part of a dateline is only calendar, section or format words ("Saturday", "Breaking News", "Press Release"), so no name. */
export function isDatelineWordsOnly(part: string): boolean {
	const words = part.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
	const named = words.filter((w) => !/^(?:and|&|the|of|in|on|at|for)$/.test(w));
	return named.length > 0 && named.every((w) => NOT_NAME_WORDS.has(w.replace(/[.'’]+$/u, '')));
}
