// A date labelled as an answer's, a reply's or a comment's ("Answered by mike77 on Mar 3, 2024", "Last reply: …") is theirs, not the page's.

/**
 * Reason (issue 12, "say nothing rather than something wrong"): Q&A and forum pages put the answer's or the last
 * reply's poster and date right under the question's title; `NOT_PAGE_DATE_LABEL_RE` (`dateCandidates.ts`) refuses
 * "Last reply:" only when the label ends just before the date, and the poster's name often sits between ("Answered by
 * [mike77](/u/mike77) on Mar 3, 2024", "Last post by anna_b · Mar 4"). A probe page written for this rule reported
 * the answer's date as the question's publication. The label read before a date is at most 40 characters, so the
 * verb is near enough to be the date's.
 *
 * Measured on the wcxb-dev tuning part (cached regions, `metaTune.js`): as detected no value changes on either half
 * (published right A 201/265, B 210/296; where none A 6/233, B 4/260). With every page forced to an article
 * (`metaForceKind.js`, the proxy for held-out pages the kind detector misses): published right A 200 -> 201, B 207 ->
 * 209 of 296, where none unchanged (A 6/233, B 6/260): forum threads whose reply dates had outscored the thread's.
 */
const ANSWER_LABEL_RE = /\b(?:answered|replied|responded|commented|last\s+(?:post|reply|comment|activity))\b(?![^]*\b(?:published|posted|asked|written)\b)/iu;

/** Whether the words before a date say it is an answer's, a reply's or a comment's. */
export function isAnswerDateLabel(label: string): boolean {
	return ANSWER_LABEL_RE.test(label);
}
