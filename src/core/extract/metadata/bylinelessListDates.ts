// A plain-text date repeated down a page that has no byline is a list's (versions, teasers, events), not the page's.
import { MIN_REPORTED_SCORE } from './confidence';
import type { Candidate } from './scan';

/**
 * The rule of a date read from plain text near the title (no date markup, no label) that `repeatedBylines.ts` found
 * repeated in the same markup and took as the first item's (`text:near-title:first-of-5`).
 */
const PLAIN_FIRST_OF_RE = /^text:near-title(?::label)?:first-of-\d+/;

/**
 * Whether the publication date chosen is withheld: a plain-text date that is the first of several in the same markup,
 * on a page that shows no byline (`hasByline`: no author reported, and no name in author markup, `namesInAuthorMarkup`:
 * a thread whose posters' names read as a list, and so name no author, is still a thread). A thread's first post carries its
 * poster's name beside its date, and an article's dateline its author's; dates repeated with no name at all are a
 * list's items (a manual's version picker, a feed's teasers, a calendar), and the first one says nothing about the page. Dates with their own markup (a `date` class,
 * `itemprop`, a platform profile) are not withheld: their markup marks them as the page's posts' dates.
 *
 * Reason: issue 12, "reported where the page has none": such dates are what a listing or a manual page taken for an
 * article reports. Measured on the wcxb-dev tuning part (cached regions, `metaTune.js score`): published where none
 * half A 7 -> 6 of 233 (a manual's version list before its title), half B 4 -> 4 of 260 (fires on no half-B page);
 * right unchanged (A 197 of 265, B 210 of 296). With every page read as an article (the proxy for misdetected
 * listings, `metaForceKind.js`): where none half A 7 -> 6, half B 7 -> 7, right unchanged. (Counting any name as a
 * byline, text-read ones too, dropped a half-B listing's first teaser date as well, B 7 -> 6, but took a thread whose
 * posters read as a list for a list: see the unit test of forum dates.) Every first-of-N date that was right on the
 * tuning part came with a reported author, or with date markup.
 * Full eval (`eval.js --only wcxb --part tune`): the kind stage no longer sees that manual as a dated article, so page
 * kinds detected as annotated 857 -> 858 of 1054 (documentation 49 -> 50 of 61); body F1 unchanged on every kind and
 * both halves; Readability corpus (extractArticle 0.947, metadata 197/499) and seeds (53/53) unchanged.
 */
export function isBylinelessListDate(published: Candidate<unknown>, hasByline: boolean): boolean {
	return !hasByline && PLAIN_FIRST_OF_RE.test(published.rule);
}

/**
 * Rules that read a name from author markup (a platform profile's poster element, `itemprop=author`, `rel=author`, an
 * `author`/`byline`/`username` class), not from text ("Version notes, March 3, 2025" reads as a dateline's name).
 */
const AUTHOR_MARKUP_RULE_RE = /^(?:profile:|itemprop:|rel:author|class:|attr:)/;

/** Whether any author candidate strong enough to be reported is a name in author markup, wherever it is on the page. */
export function namesInAuthorMarkup(cands: readonly Candidate<unknown>[]): boolean {
	return cands.some((c) => c.score >= MIN_REPORTED_SCORE && AUTHOR_MARKUP_RULE_RE.test(c.rule));
}
