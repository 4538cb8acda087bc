// Why a title was missed: each miss of the WCXB eval put in one cause, so that a change's effect can be read per cause.

/**
 * The causes, in the order they are tested (the first that fits names the miss):
 * - `none`: nothing was reported.
 * - `quote-style`: the same words with other quote marks or dashes (a heading's ’ where the annotated `<title>` has ').
 * - `separator-part`: the truth is one part of the reported title cut at a separator (" - ", " | ", ": "): a site
 *   name, category or subtitle kept, or the wrong part kept.
 * - `heading`: the truth is another heading of the dump: a heading other than the title was chosen.
 * - `elsewhere`: the truth is in the dump's text, but in no heading (a breadcrumb's item, a link, an image's alt, a label).
 * - `absent-longer`: the truth is nowhere in the dump and holds the reported title's words (a brand or site name, a
 *   year or SEO words that only the page's `<title>` had).
 * - `absent`: the truth is nowhere in the dump, in other words (most often a landing page's `<title>` over its hero line).
 * Only the first three and `heading`/`elsewhere` can be fixed by reading the dump.
 */
export const TITLE_MISS_CAUSES = ['none', 'quote-style', 'separator-part', 'heading', 'elsewhere', 'absent-longer', 'absent'] as const;
export type TitleMissCause = (typeof TITLE_MISS_CAUSES)[number];

/** Typographic quote marks and dashes, and the plain characters an annotated `<title>` often has instead. */
const PLAIN_MARKS: Readonly<Record<string, string>> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-' };
const MARKS_RE = /[\u2018\u2019\u201c\u201d\u2013\u2014]/g;
/** The separators a `<title>` joins its parts with; a colon only when followed by a space. */
const SEPARATOR_RE = /\s+(?:[-\u2013\u2014|\u00b7\u2022]|::?)\s+|:\s+/;

/** Pandoc's backslash escapes (`\'`, `\*`, `\[`): the dump's text has them where the page had the bare mark. */
const ESCAPE_RE = /\\([!-/:-@[-`{-~])/g;

/** The dump's text as a truth is looked for in it: escapes resolved, then folded as `foldTitle` folds. */
export function dumpSearchText(dump: string): string {
	return foldTitle(dump.replace(ESCAPE_RE, '$1'));
}

/** Unicode, case and white-space folding, as the eval's `titleMatches` does. */
export function foldTitle(s: string): string {
	return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function plainMarks(s: string): string {
	return s.replace(MARKS_RE, (c) => PLAIN_MARKS[c] ?? c);
}

function words(s: string): string[] {
	return foldTitle(s).match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/**
 * The cause of one title miss. `dumpText` is the dump as `dumpSearchText` gives it (once per page); `headings` the
 * folded texts of the dump's headings.
 */
export function titleMissCause(expected: string, actual: string | undefined, dumpText: string, headings: ReadonlySet<string>): TitleMissCause {
	const want = foldTitle(expected);
	const got = actual === undefined ? '' : foldTitle(actual);
	if (got === '') return 'none';
	if (plainMarks(want) === plainMarks(got)) return 'quote-style';
	if (got.split(SEPARATOR_RE).some((part) => part.trim() === want)) return 'separator-part';
	if (headings.has(want)) return 'heading';
	if (dumpText.includes(want) || plainMarks(dumpText).includes(plainMarks(want))) return 'elsewhere';
	const wanted = new Set(words(want));
	const reported = words(got);
	return reported.length > 0 && reported.every((w) => wanted.has(w)) ? 'absent-longer' : 'absent';
}
