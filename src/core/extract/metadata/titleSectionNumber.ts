// A manual's chapter heading numbered "3.1 Git Branching - Branches in a Nutshell" is titled without its section number.

/**
 * A section number of two or more levels at the heading's start ("3.1 ", "2.4.1. "), followed by words. One level
 * alone ("10 Best Practices", "2025 in Review") starts many headlines, and so does a decimal outside manuals ("1.5
 * Million Jobs"): only documentation pages are read (`withoutSectionNumber`).
 */
const SECTION_NUMBER_RE = /^\d+(?:\.\d+)+\.?\s+(?=\p{L})/u;

/**
 * The title without its section number on a documentation page. Book-like manuals (Pro Git, numbered Sphinx and
 * DocBook sections) number each chapter's h1; the page's `<title>`, which the annotators give, names the chapter
 * only. Undefined when there is nothing to cut. Measured on the wcxb-dev tuning part: title right 775 -> 776 of 1054
 * (half A +1, half B has no such page).
 */
export function withoutSectionNumber(title: string, pageKind: string | undefined): string | undefined {
	if (pageKind !== 'documentation') return undefined;
	const m = SECTION_NUMBER_RE.exec(title);
	return m ? title.slice(m[0].length) : undefined;
}
