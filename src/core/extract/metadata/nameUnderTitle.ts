// A writer's name alone on a line under the headline, no "By", no class, no link ("# Title" / "Jane Roe" / "March 5, 2026"), read only beside a dateline in the same header.
import { DATE_DIGIT_RE, findDates } from '../dates';
import { isReadingTimeLine } from '../heuristics/readingTimes';
import { GIVEN_NAMES } from './givenNames';
import { looksLikeName, splitNames } from './names';
import { isPageKind } from './kindQuestion';
import type { Candidate, MetadataScan, MNode } from './scan';

/**
 * Reason (session 60, meta60): many blogs print the byline as the bare name on its own line under the headline, the
 * date on another, with no "By" and no author class or link. On a theme whose classes the vocabulary does not know
 * (or the declassed yardstick) nothing read it: `EVAL_RESHAPE_BYLINE=under-h1` (scripts/eval/reshapeByline.ts) kept
 * the author on 0 of 392 reshaped articles. A line of two to four capitalised words under a headline is as often a
 * subtitle, a section or a brand, so three witnesses are asked for together: the header (the short lines between the
 * headline and the body's first long paragraph or next heading) also holds a dateline (a short line with a date),
 * which is what makes it an article's meta block; the line's first word is a common given name (`givenNames.ts`); and
 * the header holds exactly one such line (two are a list of people, or a name and a place).
 *
 * Measured on the wcxb-dev tuning part (session 60, against main 4fc6dec0): as is, author right 431 -> 432 of 529 (one
 * page of half B: "Name" under the headline, the date below), where none 3 -> 3 of 525, wrong 5 -> 5, dates and F1 per
 * kind unchanged; declassed, author 417 -> 418, all else unchanged. `EVAL_RESHAPE_BYLINE=under-h1`, articles: author
 * right 0 -> 85 of 392 (half A 37 of 180, half B 48 of 212), every one of the rule's 85 right, none wrong; most of the
 * rest have no given name (an organisation, one word) or no year-dated line in the header. `EVAL_DROP_BYLINE`: the rule
 * guesses on no page.
 *
 * Widened in session 61 (meta61): the header's dateline may be a month and day without a year ("Apr 12", a blog
 * theme's post header) or a reading time ("6 min read"), and one subtitle of at most 200 characters (a dek) may stand
 * in the header. Measured on the tuning part (against main a1825e73): as is, every F1 and metadata value unchanged
 * (author 432/529, where none 3, wrong 5); declassed unchanged (418/529, 4, 5; a dek allowed up to 300 characters
 * gained one half-B page, but reads a 288-character first body paragraph as a dek). `EVAL_RESHAPE_BYLINE=under-h1`,
 * articles: author right 85 -> 101 of 392 (half A 37 -> 43 of 180, half B 48 -> 58 of 212), wrong 28 = (none by this
 * rule). `EVAL_DROP_BYLINE`: the rule still guesses on no page.
 * Then a team's name ("The Harbour Team", "X Editorial Team", "X Staff": `TEAM_NAME_RE`) counts as a name line too.
 * Measured (against main a1825e73, with the longer given-name list): as is author right 432 -> 433 (half A), declassed
 * 418 -> 419 (the same page), where none and wrong unchanged, F1 unchanged; under-h1 proxy 110 -> 121 of 392 (A 49 -> 57,
 * B 61 -> 64), wrong 29 =; `EVAL_DROP_BYLINE` guesses 65 -> 66 of 529 (a half-B forum thread, whose moderator's name
 * was removed, read as signed by the board's team).
 * Session 61 (meta61b): that team form is skipped on a forum thread (the page's kind, or a header line counting the
 * thread's answers or replies, `THREAD_LINE_RE`): the board's team signs the opening post, not the thread. Measured on
 * the tuning part (against main 50e634ad): as is, declassed and unique every F1 and metadata value unchanged (the
 * half-B thread is annotated with a moderator, still read); `EVAL_DROP_BYLINE` author guesses 66 -> 65 of 529 wrong
 * (that thread: no guess now), none new.
 * Then (meta61b) a name line whose first word is no listed given name is read (`WITNESSED_RULE`) when it is the header's
 * only name-shaped line, beside a dateline, and the end matter repeats it alone in plain text (`inEndMatter`: an author
 * box's heading; not a menu entry, not a link line; at most twice). Measured (against main 50e634ad): as is and
 * declassed every F1 and metadata value unchanged (it fires on no tuning page as is; declassed it first lost a half-B
 * author, a third candidate on a line two other rules read: `author.ts` now adds it only to a line no rule read);
 * `EVAL_RESHAPE_BYLINE=under-h1-box` (name under the headline and as an author box's heading), articles: author right
 * 118 -> 179 of 384 (half A +25, half B +36), wrong 27 =, none by this rule (before that filter); `EVAL_DROP_BYLINE`: no guess.
 */

/** Lines of the header after the headline read at most (name, date, reading time, share links, a picture). */
const MAX_HEADER_BLOCKS = 8;
/** How far after the headline's start the header may run. */
const MAX_HEADER_CHARS = 1200;
/** A header line is short: longer is the body's first paragraph, where the header ends. */
const MAX_HEADER_LINE_CHARS = 120;
/**
 * One subtitle (a dek) under the headline may be longer than a header line ("Ready to ditch the old and embrace the
 * new? Revamp your closet with ..."): the header goes on past one line up to this long; a second long one is the body.
 */
const MAX_DEK_CHARS = 200;
/** How far before the headline a dateline may stand and still be the header's ("Mar 5, 2026" above the h1). */
const DATE_BEFORE_TITLE_CHARS = 400;
/** A name has 2 to 4 words here: one word is a handle or a section, more is a title. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** How far past the header a repeat of the name must stand to be the end matter's (an author box after the text). */
const MIN_END_MATTER_GAP = 1500;
/** An author box names its writer once or twice (its heading, a link); more lines with the name alone are a speaker's. */
const MAX_NAME_REPEATS = 2;
/** As sure as a name beside a date on a dateline (`datelineName.ts`) less a little: a byline with its own evidence wins. */
const NAME_UNDER_TITLE_SCORE = 10;

/** Each word capitalised (a name's words; "de", "van" and other particles allowed between). */
function capitalisedWords(words: readonly string[]): boolean {
	return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < words.length - 1 && /^(?:de|van|von|der|den|da|di|du|le|la|del|dos)$/.test(w)));
}

/**
 * A team or desk signing as the writer ("The Harbour Team", "Ferry Notes Editorial Team", "Island Post Staff"): a
 * name of one to three capitalised words before the team word. Not a page's own heading ("Our Team", "Meet the Team").
 */
const TEAM_NAME_RE = /^(?:The\s+)?(?!(?:Our|Your|My|Meet|Join|About|Contact|Leadership|Management|Sales|Support)\s)(?:[\p{Lu}][\p{L}&'-]*\s+){1,3}(?:Editorial\s+)?(?:Team|Staff|Editors)$/u;

/** The line's text when it reads as one name of two to four capitalised words (no digits, no separators), else undefined. */
function nameShaped(t: string): string | undefined {
	if (/[\p{N}:|·•@]/u.test(t)) return undefined;
	const words = t.split(/\s+/);
	if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS || !capitalisedWords(words) || !looksLikeName(t)) return undefined;
	const names = splitNames(t);
	return names.length === 1 && names[0] === t ? t : undefined;
}

/**
 * The line's text when it reads as one bare name that opens with a given name, or a team's name (`teams`: not on a
 * forum thread, where a board's team signs its announcements, not the thread), else undefined.
 */
function bareName(text: string, teams: () => boolean): string | undefined {
	const t = text.trim();
	if (TEAM_NAME_RE.test(t)) return teams() ? t : undefined;
	const name = nameShaped(t);
	return name && GIVEN_NAMES.has(name.split(/\s+/)[0].toLowerCase()) ? name : undefined;
}

/**
 * A month and day with no year, alone on a short line or beside a reading time ("Apr 12", "Jan 4 · 2 min read",
 * "12 March"): a theme's dateline that leaves the year out. English month names and their short forms only, the
 * names blog themes print so.
 */
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_DAY_RE = new RegExp(String.raw`^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME})$`, 'i');
/** A yearless dateline is short: "Apr 12 · 2 min read" and little more. */
const MAX_MONTH_DAY_LINE_CHARS = 40;
/** Separators between a yearless date and a reading time on one line. */
const SEPARATOR_RE = /\s*[·•|/-]\s*/;

/** Whether a short line is a dateline without a year ("Apr 12") or only a reading time ("5 min read"), alone or both. */
function isYearlessDateline(text: string): boolean {
	const t = text.trim();
	if (t.length > MAX_MONTH_DAY_LINE_CHARS || !/\d/.test(t)) return false;
	const parts = t.split(SEPARATOR_RE).filter((x) => x.length > 0);
	return parts.length > 0 && parts.length <= 2 && parts.every((x) => MONTH_DAY_RE.test(x) || isReadingTimeLine(x));
}

/** Whether a short line holds a date (with its year, or a yearless dateline or reading time: `isYearlessDateline`). */
function isDateline(s: MetadataScan, n: MNode): boolean {
	if (!s.mayHoldChar(n, DATE_DIGIT_RE)) return false;
	const text = s.textOf(n);
	return findDates(text).length > 0 || isYearlessDateline(text);
}

export function nameUnderTitleCandidates(s: MetadataScan): Candidate<string[]>[] {
	// Asked as a question (kindQuestion.ts), and only of a team's line: reading the kind ties the shared read to one kind (issue 13).
	const teams = (): boolean => !isPageKind(s.context, 'forum');
	const t = s.titleNode;
	if (!t || t.block?.kind !== 'heading') return [];
	let ti = -1;
	for (let i = 0; i < s.nodes.length; i++) {
		if (s.nodes[i] === t) {
			ti = i;
			break;
		}
	}
	if (ti < 0) return [];
	let dated = false;
	// A dateline just above the headline belongs to the same header.
	for (let j = ti - 1; j >= 0 && s.gap(s.nodes[j].start, t.start) <= DATE_BEFORE_TITLE_CHARS; j--) {
		if (s.kindAt(j) !== 'paragraph' || s.nodes[j].hidden || s.textLongerThan(s.nodes[j], MAX_HEADER_LINE_CHARS)) continue;
		if (isDateline(s, s.nodes[j])) {
			dated = true;
			break;
		}
	}
	const found: MNode[] = [];
	/** Name-shaped lines whose first word is no listed given name: read only with a second witness (`inEndMatter`). */
	const loose: number[] = [];
	let headerEnd = t.end;
	let thread = false;
	let blocks = 0;
	let dek = false;
	for (let j = ti + 1; j < s.nodes.length; j++) {
		const n = s.nodes[j];
		if (n.start < t.end) continue;
		const k = s.kindAt(j);
		if (k === 'heading' || s.gap(t.start, n.start) > MAX_HEADER_CHARS) break;
		if (k !== 'paragraph' || n.hidden) continue;
		if (s.textLongerThan(n, MAX_HEADER_LINE_CHARS) || s.textOf(n).length > MAX_HEADER_LINE_CHARS) {
			if (dek || s.textLongerThan(n, MAX_DEK_CHARS) || s.textOf(n).length > MAX_DEK_CHARS) break;
			dek = true;
			continue;
		}
		if (++blocks > MAX_HEADER_BLOCKS) break;
		headerEnd = n.end;
		if (THREAD_LINE_RE.test(s.textOf(n).trim())) thread = true;
		if (isDateline(s, n)) dated = true;
		else if (bareName(s.textOf(n), teams)) found.push(n);
		else if (!TEAM_NAME_RE.test(s.textOf(n).trim()) && nameShaped(s.textOf(n).trim())) loose.push(j);
	}
	if (!dated) return [];
	if (found.length === 1) {
		const n = found[0];
		const name = bareName(s.textOf(n), () => !thread && teams());
		return name ? [{ value: [name], source: n.range, rule: 'text:name-under-title', score: NAME_UNDER_TITLE_SCORE + s.positionScore(n), node: n }] : [];
	}
	if (found.length > 0 || loose.length !== 1) return [];
	const n = s.nodes[loose[0]];
	const name = nameShaped(s.textOf(n).trim());
	// A line that is one link is a button or a category's (a link to the writer's page is read by `author.ts`).
	if (!name || wholeLink(s, loose[0]) || !inEndMatter(s, name, headerEnd)) return [];
	return [{ value: [name], source: n.range, rule: WITNESSED_RULE, score: NAME_UNDER_TITLE_SCORE + s.positionScore(n), node: n }];
}

/** The rule of a name line read on the end matter's witness (`author.ts` adds it only when no other rule read that line). */
export const WITNESSED_RULE = 'text:name-under-title:witnessed';

/** Whether the node at `at` is a line that is one link and nothing more (its first inline a link with all its text). */
function wholeLink(s: MetadataScan, at: number): boolean {
	const next = s.nodes[at + 1];
	return next !== undefined && s.kindAt(at + 1) === 'link' && next.parent === s.nodes[at] && s.textOf(next).trim() === s.textOf(s.nodes[at]).trim();
}

/**
 * Whether the same name stands again, alone and in plain text (no menu entry, no link), as a heading or a short line,
 * in the page's end matter (an author box after the text): at least `MIN_END_MATTER_GAP` characters past the header,
 * and at most `MAX_NAME_REPEATS` times (a name on many lines is an interview's speaker). One pass over the nodes.
 */
function inEndMatter(s: MetadataScan, name: string, headerEnd: number): boolean {
	let repeats = 0;
	for (let j = 0; j < s.nodes.length; j++) {
		const n = s.nodes[j];
		if (n.start < headerEnd + MIN_END_MATTER_GAP || n.hidden) continue;
		const k = s.kindAt(j);
		if ((k !== 'paragraph' && k !== 'heading') || s.textLongerThan(n, MAX_HEADER_LINE_CHARS)) continue;
		if (s.textOf(n).trim() !== name) continue;
		// A menu's or a link list's entry, or a line that is one link, is navigation, not an author box.
		if (n.parent?.block?.kind === 'list' || wholeLink(s, j)) continue;
		if (++repeats > MAX_NAME_REPEATS) return false;
	}
	return repeats > 0;
}

/**
 * A thread's count or last-post line in the header ("13 answers /", "4 replies", "Replies: 4", "Last post: ..."): the
 * header is a thread's, and a team's name in it signs the opening post's text (a board's announcement), not the page.
 */
const THREAD_LINE_RE = /^(?:\d[\d,.]*\s+(?:answers?|repl(?:y|ies))\b|(?:answers|replies)\s*:\s*\d|last\s+(?:post|reply)\b)/i;
