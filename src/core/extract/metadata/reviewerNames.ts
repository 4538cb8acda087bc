// A name the page credits as its reviewer or fact checker ("Reviewed by: Jane Roe") is nobody's author on that page, wherever else it appears.
import { splitNames } from './names';
import type { Candidate, MetadataScan } from './scan';

/**
 * Reason: `creditLabels.ts` drops a name element that follows a reviewer's label, and `names.ts` a byline that starts
 * with one, but the same person is often named again where no label says so: the reviewer's author box after the
 * article (an "About" box with the reviewer's picture and bio), or the byline's second name link ("By [Jane Doe].
 * Reviewed by [Ann Roe]" read as one byline of two names). A page that credits someone as its reviewer has someone
 * else as its writer, so a candidate's names credited so are removed, and a candidate left with no name is dropped.
 * "Edited by" is not read: on forums it is the poster's own edit stamp ("edited by jdoe; Feb 17"), and on some pages
 * the editor is the credited author.
 * Measured on the wcxb-dev tuning part (session 53, meta58; cached regions, `metaAudit.js`, and the eval): as is,
 * author wrong 6 -> 5 of 529 (half B: a reviewer's author box, "Reviewed by," over it, read as the author; the writer
 * is not in the dump, so none is reported), right unchanged (427); one half-A byline loses its reviewer ("Shelby Loos,
 * DVM, Molly Price" -> "Shelby Loos, DVM", right either way). Declassed no value changes. Designed on half B's page, checked on half A's
 * (the byline). Reviewer labels are on 48 tuning pages.
 */

/**
 * A reviewer's or fact checker's label and what follows it on its line and the next (pandoc wraps at 72 columns, so a
 * name often continues on the next line). Bounded: one label of at most 60 characters, then at most 200 characters of
 * one wrapped line. `peer-reviewed by` reads as well (a paper's reviewers are not its authors either).
 */
const REVIEWER_LABEL_RE = /\b(?:reviewed|fact[-\s]?checked|verified)(?:\s+and\s+[a-z-]{1,20})?\s+by\b[ \t]*:?[ \t]*([^\n]{0,100}(?:\n[^\n]{0,100})?)/giu;
/**
 * A pre-test every label match passes (speed, issue 13): the label's words without `\b` and the `u` flag, which make the
 * scan of a whole dump about six times slower. Under `iu` only "ſ" and the Kelvin sign fold to ASCII letters ("s",
 * "k"), and neither word before the `k` of "checked" holds one, so a text this fails has no label.
 */
const REVIEWER_NEED_RE = /reviewed|fact[-\s]?che|verified/i;
/** Markdown around the name: attribute blocks, link targets, brackets, emphasis and escapes. */
const ATTRIBUTES_RE = /\{[^{}\n]{0,400}\}/g;
const LINK_TARGET_RE = /\]\([^()\s]{0,400}(?:\s+"[^"\n]{0,200}")?\)/g;
const MARKS_RE = /[[\]*_\\]/g;
/** Where the name ends: a sentence's or a box's end, a date's digits, a separator. */
const NAME_END_RE = /[.;|•·(]|\s[-–—]\s|\d|\n\n/u;
/** At most this many labels are read: a page has one reviewer, sometimes two per section; more is a hostile dump. */
const MAX_LABELS = 40;
/** A credited name is short; longer text after a label is a sentence ("reviewed by our research team before …"). */
const MAX_NAME_TEXT = 80;

/** Box fences, raw div tags and blank lines: what stands between a label's box and the name's box. */
const FENCE_LINES_RE = /^(?:\s*|:::[^\n]*|<\/?div[^\n]*>)$/gmu;
/** How far below a label line of its own its name is looked for: the label's box closing, a picture's box, the name's wrappers. */
const BELOW_LABEL_CHARS = 800;
/** At most this many fence lines between the label and the name. */
const BELOW_LABEL_LINES = 10;

/**
 * The first line below `from` that is not a box fence or blank ("Fact Checked By" in a box, then the checker's picture
 * box and name box): a card of labelled people, each label set above its person's name. '' when there is none close by.
 * Found with the spurious-value proxy (`EVAL_DROP_BYLINE=1`): with the writer's name gone, a card's fact checker was read
 * as the writer (session 56). Tuning part of wcxb-dev: as is one value changes and stays right (a half-B byline loses
 * its checker, "Writer, Checker" -> "Writer"), declassed none; F1 per kind and every count unchanged on both yardsticks.
 */
function firstLineBelow(text: string, from: number): string {
	const lines = text.slice(from, from + BELOW_LABEL_CHARS).split('\n');
	for (let i = 1; i < lines.length - 1 && i <= BELOW_LABEL_LINES; i++) {
		FENCE_LINES_RE.lastIndex = 0;
		if (!FENCE_LINES_RE.test(lines[i])) return lines[i];
	}
	return '';
}

/** The names credited as reviewer or fact checker anywhere in the dump's text, lower-cased. */
export function reviewerNames(text: string): ReadonlySet<string> {
	const out = new Set<string>();
	if (!REVIEWER_NEED_RE.test(text)) return out;
	REVIEWER_LABEL_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	for (let n = 0; n < MAX_LABELS && (m = REVIEWER_LABEL_RE.exec(text)) !== null; n++) {
		// A label in a box of its own: the name is the first line of text in the boxes below it.
		const after = /\p{L}/u.test(m[1].replace(FENCE_LINES_RE, '')) ? m[1] : firstLineBelow(text, m.index + m[0].length - m[1].length);
		const plain = after.replace(LINK_TARGET_RE, ']').replace(ATTRIBUTES_RE, ' ').replace(MARKS_RE, ' ');
		const end = plain.search(NAME_END_RE);
		const rest = (end >= 0 ? plain.slice(0, end) : plain).replace(/\s+/g, ' ').trim();
		if (rest === '' || rest.length > MAX_NAME_TEXT) continue;
		// A credential after the name ("Molly Price, DVM") is no name of its own: the writer may hold the same one.
		for (const name of splitNames(rest)) if (!isSuffix(name)) out.add(name.toLowerCase());
	}
	return out;
}

/**
 * The candidate's names without the credited reviewers' ("Shelby Loos", "DVM", "Molly Price" less "Molly Price"), or
 * undefined when no name is left. A name's suffix after a comma ("DVM", "CFP®") goes with the reviewer it follows.
 */
export function withoutReviewers(names: readonly string[], reviewers: ReadonlySet<string>): string[] | undefined {
	if (reviewers.size === 0) return [...names];
	const kept: string[] = [];
	let droppedLast = false;
	for (const name of names) {
		const key = name.toLowerCase();
		if (reviewers.has(key) || (droppedLast && isSuffix(name))) {
			droppedLast = true;
			continue;
		}
		droppedLast = false;
		kept.push(name);
	}
	return kept.length > 0 ? kept : undefined;
}

/** A degree or credential written after a name ("DVM", "PhD", "CFP®"): a single word of capitals, dots and marks. */
function isSuffix(name: string): boolean {
	return /^[A-Z][A-Za-z.]{0,7}[®™]?$/u.test(name) && !/^[A-Z][a-z]+$/u.test(name);
}

/** The reviewers of a scan's page, read once per scan. */
const READ = new WeakMap<MetadataScan, ReadonlySet<string>>();

/** The names credited as reviewer or fact checker on the scanned page (`reviewerNames`), read once per scan. */
export function scanReviewers(s: MetadataScan): ReadonlySet<string> {
	let known = READ.get(s);
	if (!known) READ.set(s, (known = reviewerNames(s.doc.text)));
	return known;
}

/** The candidate without the page's credited reviewers' names (`withoutReviewers`), or undefined when none is left. */
export function candidateWithoutReviewers<C extends Candidate<string[]>>(s: MetadataScan, c: C): C | undefined {
	const reviewers = scanReviewers(s);
	if (reviewers.size === 0) return c;
	const value = withoutReviewers(c.value, reviewers);
	if (!value) return undefined;
	return value.length === c.value.length ? c : { ...c, value, rule: `${c.rule}${NO_REVIEWER_SUFFIX}` };
}

/** The rule suffix of a candidate that lost a reviewer's name. */
const NO_REVIEWER_SUFFIX = '+no-reviewer';
