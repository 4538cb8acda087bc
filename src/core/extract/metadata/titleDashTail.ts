// A short title-cased tag after the last spaced dash ("Gym Workouts for Beginners — Strength Training") is a section, series or site label: the title is what comes before it.

/** The last spaced dash of a title: hyphen, en or em dash, or pandoc's `--`/`---` for them. */
const TAIL_DASH_RE = / (?:-{1,3}|–|—) (?!.* (?:-{1,3}|–|—) )/u;
/**
 * A tail of at most this many words is a tag ("Personally Tested", "Caterer Comparison Spreadsheet", a forum board's
 * "Programming"); four or more words after a dash are a headline's second clause ("How Machine Learning is Shaping
 * eCommerce – 10 Benefits, Use Cases, Best Practices").
 */
const MAX_TAIL_WORDS = 3;
/** The headline before the tag must be one of its own: a phrase, not a label ("Squad 2024 - 2025", "Zero Waste - …"). */
const MIN_HEAD_WORDS = 3;
/** Joining words a title-cased tag may keep in lower case ("Tips of the Trade"). */
const MINOR_WORDS_RE = /^(?:a|an|and|as|at|by|for|in|of|on|or|the|to|with|&)$/u;
/**
 * A tag's word: capitalised, no digit. Digits make the tail a date, a range or a model ("- March 2026", "- 2025",
 * "Staple Tee - 5001"), which annotators keep in the title; "Part 1" of a series is left whole for the same reason.
 */
const TAG_WORD_RE = /^[\p{Lu}][\p{L}'’.&-]*$/u;

function words(text: string): string[] {
	return text.split(/\s+/u).filter((w) => w.length > 0);
}

/**
 * The title without a short title-cased tail after its last spaced dash, or undefined when it has none. A `<title>`
 * pasted into a heading, or a headline set with its kicker after it, names the page by what precedes the dash; the
 * site-name suffix (`titleSiteSuffix.ts`) is one such tail, cut only with the site's name as evidence, and this rule
 * cuts the others by their shape alone: at most three capitalised words without digits, after a headline of three or
 * more words. Lower-case tails are a sentence's continuation ("Zoho's Free CRM Software - rich in features, free of
 * cost.") and stay.
 * Measured on the wcxb-dev tuning part (session 28): title right half A 352 -> 356 of 498 (three article headlines with
 * a kicker, a forum thread with its board), half B 427 -> 428 of 556; no title lost on either half; body F1, the
 * Readability corpus (title 53/127) and the seeds unchanged.
 */
export function withoutDashTail(title: string): string | undefined {
	const m = TAIL_DASH_RE.exec(title);
	if (!m || m.index === 0) return undefined;
	const head = title.slice(0, m.index).trim();
	const tail = words(title.slice(m.index + m[0].length));
	if (tail.length === 0 || tail.length > MAX_TAIL_WORDS || words(head).length < MIN_HEAD_WORDS) return undefined;
	const last = tail.length - 1;
	const tagged = tail.every((w, i) => TAG_WORD_RE.test(w) || (i > 0 && i < last && MINOR_WORDS_RE.test(w)));
	return tagged ? head : undefined;
}
