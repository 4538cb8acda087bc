// A line that is a publication label and its date and nothing else ("Published August 13, 2025", "Posted on: 4 March 2024"), far from the title: the page's date when it is the page's only one.
import { DATE_DIGIT_RE } from '../dates';
import { LABEL_LINE_MAX_CHARS } from './dateLabelLine';
import { LABEL_WORD_RE, PUBLISHED_LINE_RE } from './labelLineDates';
import { MIN_SCORE, type MetadataScan, type MNode } from './scan';

/**
 * `PUBLISHED_LINE_RE`'s labels at the start of a line, followed by the rest of it: the same words, the line's end
 * (`\s*:?$`) replaced by a colon or a space and at least one more character.
 */
const PUBLISHED_PREFIX_RE = new RegExp(`${PUBLISHED_LINE_RE.source.replace(/\\s\*:\?\$$/u, '')}\\s*:?\\s+\\S`, 'iu');

/**
 * After the label, a date and at most a time ("Published Jun 4, 2025", "Published: 27/05/2024 10:39AM"): longer rests
 * are sentences ("Published by Hooded Horse and released in May 2025"), which `dateCandidates.ts` reads only near the title.
 */
const DATE_REST_MAX_CHARS = 32;

/** A digit in the first characters after the label: the date comes right after it, not a name or a sentence. */
const DATE_SOON_RE = /^(?:\p{L}{1,12}\.?,?\s+){0,2}\d/u;

/** Whether a paragraph is one line made of a publication label and its date. */
function isLine(s: MetadataScan, n: MNode): boolean {
	if (n.block?.kind !== 'paragraph' || !s.mayHoldChar(n, DATE_DIGIT_RE) || !s.mayHoldWord(n, LABEL_WORD_RE)) return false;
	const max = LABEL_LINE_MAX_CHARS + DATE_REST_MAX_CHARS;
	if (s.textLongerThan(n, max)) return false;
	const text = s.textOf(n).trim();
	if (text.length > max) return false;
	const m = PUBLISHED_PREFIX_RE.exec(text);
	if (!m) return false;
	const rest = text.slice(m[0].length - 1);
	return rest.length <= DATE_REST_MAX_CHARS && DATE_SOON_RE.test(rest);
}

/** How many such lines each page holds, counted once per scan. */
const LINE_COUNTS = new WeakMap<MetadataScan, number>();

/** The number of label-and-date lines on the page (one pass over its nodes, then remembered). */
function lineCount(s: MetadataScan): number {
	const known = LINE_COUNTS.get(s);
	if (known !== undefined) return known;
	let count = 0;
	for (let i = 0; i < s.nodes.length; i++) if (s.kindAt(i) === 'paragraph' && isLine(s, s.nodes[i])) count++;
	LINE_COUNTS.set(s, count);
	return count;
}

/**
 * Whether a paragraph is the page's one line made of a publication label and its date.
 *
 * Reason: a page that writes the label and the date on one line, in a box under the article or beside an author card
 * far from the headline (a newsletter box between them), says whose date it is; once its classes are opaque nothing
 * else marks it, and `chooseDates` read such a line only near the title or in a date-named element, so it went
 * unread. The line is read as a date-named element far from the title is: it is reported only as the page's lone
 * labelled date (`loneLabelledDate.ts`), so another day read on the page keeps it out, and on undated kinds it is kept
 * as any lone labelled date is (`kindPolicy.ts`). Comment boxes, related boxes and snippet copies are still excluded by
 * `chooseDates`. Only a page's single such line: a thread prints "Posted March 5, 2024" over every post, and a list of
 * teasers one per item; their first is read as the thread's date by `repeatedBylines.ts`.
 *
 * Measured on the wcxb-dev tuning part (`metaTune.js score`, cached regions), declassed: published right 407 -> 410
 * of 561 (half A 199 -> 200, half B 208 -> 210), reported where the truth has none unchanged (16 of 493); as is
 * unchanged (416, 9). Session 46 scored the line as a label line (`labelLineDates.ts`, reported wherever it is,
 * whatever other days the page shows): 407 -> 409, and a far line then beat another day read on the page.
 */
export function isLabelledDateLine(s: MetadataScan, n: MNode): boolean {
	return isLine(s, n) && lineCount(s) === 1;
}

/** The rule name of such a date. */
export const LABELLED_LINE_RULE = 'text:labelled-line';

/**
 * The score of such a date: MIN_SCORE, enough to be weighed by `loneLabelledDate.ts` and under MIN_REPORTED_SCORE, so
 * that no other rule reports it. A line in a foreign box (comments, related stories, a sidebar) keeps its own score,
 * which that box's penalty (`WEIGHT.foreign`) takes under zero, out of `loneLabelledDate.ts`' reach.
 */
export function labelledLineScore(s: MetadataScan, n: MNode, score: number): number {
	return s.isForeign(n) ? score : MIN_SCORE;
}
