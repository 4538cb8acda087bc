// A post's relative age on a line of its own ("2y", "· 3y", "1 year ago", "Updated 7mo"): a rendering of its date the thread redraws, not a message.

/**
 * A relative age: a count and a unit, written short ("2y", "7mo", "3d", "5h") or long and followed by "ago" ("1 year
 * ago", "over a year ago", "an hour ago"), or "just now"; optionally after a separator dot (Quora and Reddit-like
 * headers put "·" between the poster and the age) and a verb ("Updated 7mo", "edited 2 days ago"). A long unit without
 * "ago" ("2 years") is a phrase a poster may write as a line of its own, so it stays.
 */
export const RELATIVE_AGE_RE = new RegExp(
	'^(?:[·•|]\\s*)?(?:(?:updated|edited|posted|answered|asked|modified|commented)\\s+)?(?:' +
		[
			// Short units: Reddit, Quora, Lemmy, Wall Street Oasis and most comment widgets ("2y", "7mo", "3 d").
			'\\d{1,3}\\s?(?:y|yr|yrs|mo|mos|w|wk|wks|d|h|hr|hrs|min|mins)',
			// Long units need "ago": "1 year ago", "over a year ago", "about an hour ago", "a few seconds ago".
			'(?:(?:over|about|almost|nearly|more than|less than)\\s+)?(?:\\d{1,3}|an?|one|a few)\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|secs?)\\s+ago',
			'just now',
		].join('|') +
		')\\s*[·•]?$',
	'i',
);

/** A relative age is a few words: a longer line is a sentence that happens to end so. */
export const MAX_RELATIVE_AGE_CHARS = 30;

/**
 * Whether a line is only a post's relative age. Annotators of forum threads and comment threads drop these lines: no
 * tuning truth of wcxb-dev's half A keeps one, on four sites that write them (Lemmy's "1 year ago", Quora's "· 3y",
 * Wall Street Oasis's "2y", Stack Overflow's "Over a year ago"), while some keep a post's absolute date: the age is
 * the thread's clock redrawn at each visit, the date is the post's. A line with a date, a poster's name or more than
 * the age stays. The forum strategy drops them with the other controls (forumControls.ts). Tuning forum pages, profiles
 * on or off: 2 up on 2 sites of half A (0569 0.673 -> 0.675, 2201 0.972 -> 0.977), none down, half B unchanged (Lemmy's
 * thread is read as an article, where forum controls do not apply).
 */
export function isRelativeAge(text: string): boolean {
	return text.length > 0 && text.length <= MAX_RELATIVE_AGE_CHARS && RELATIVE_AGE_RE.test(text.trim());
}
