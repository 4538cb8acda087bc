// A date repeated down a page whose bylines were found to be a list's items (teasers, cards) is an item's date too, not the page's.
import { MIN_REPORTED_SCORE } from './confidence';
import { best, type Candidate } from './scan';

/**
 * Bylines a platform profile reads (`profile:xenforo:author`) are its posts' posters: repeated, they are a thread's
 * posts, not a list's items, even when no author is chosen from them (a thread whose user boxes hold headings).
 */
const PROFILE_RULE_RE = /^profile:/;

/** The rule of a date that `repeatedBylines.ts` found repeated in the same markup and took as the first item's. */
const FIRST_OF_RE = /:first-of-\d+/;

/**
 * Whether the page's bylines were withheld as a list's items: a byline candidate strong enough to be reported, yet no
 * author chosen, and not a platform profile's posters. `firstOfRepeated` (repeatedBylines.ts) gives no author when the bylines repeat as teasers' (each under a
 * heading of its own), as cards' or as a long list's. (Callers leave out pages whose title is itself a list item:
 * nothing is read under those.)
 */
export function bylinesAreItems(authorCands: readonly Candidate<unknown>[], chosenAuthor: Candidate<unknown> | undefined): boolean {
	if (chosenAuthor !== undefined) return false;
	const top = best(authorCands);
	return top !== undefined && top.score >= MIN_REPORTED_SCORE && !PROFILE_RULE_RE.test(top.rule);
}

/**
 * Whether the publication date chosen is withheld: the first of several dates in the same markup
 * (`…:first-of-N`), on a page whose bylines are a list's items (`bylinesAreItems`). The dates repeat beside the
 * items' bylines, so the first is the first item's, as its byline is. `bylinelessListDates.ts` withholds such plain
 * dates when no name is in author markup; this is the other side: names in author markup that are items' do not
 * make the page signed.
 *
 * Reason: issue 12, "reported where the page has none" on listings read as articles or threads. Measured on the
 * wcxb-dev tuning part (cached regions, kind label as detected and forced, /tmp/m12h/multi.js): as detected, no
 * change on either half (published right A 197/265, B 210/296; where none A 6/233, B 4/260). Forced article: where
 * none B 7 -> 6 (a listing's first teaser date), A 6 held, right held. Forced forum: where none B 9 -> 8, right held.
 * (Withholding any date on such pages, not only a repeated one: B where none 4 -> 3 as detected, 7 -> 4 forced
 * article, but B right 210 -> 209: an article's own date near its title; see the session 25 note meta12h.)
 */
export function isItemListDate(published: Candidate<unknown>, itemBylines: boolean): boolean {
	return itemBylines && FIRST_OF_RE.test(published.rule);
}
