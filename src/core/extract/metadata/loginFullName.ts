// A byline that shows the writer's login ("HarborJane", "jdoe") names the person the page also shows in full ("Jane Marsh-Olsen").
import { inCommentBox } from './commentBoxes';
import { looksLikeName } from './names';
import { MIN_SCORE, type Candidate, type MetadataScan, type MNode } from './scan';

/**
 * Reason: blog and CMS themes print the account's display name in the byline, and it is often the login
 * ("HarborJane", "jsmith", "jane_doe"), while an author box or a second byline on the same page names the person in
 * full. A reader (and the annotators) cite the person. When the reported author is one login and another author
 * candidate of the page is a full name of the same person, the full name is reported. "The same person": the login is
 * made of one of the full name's words ("harborjane" holds "jane", "jdoe" holds "doe"), and the two do not link to
 * two different author pages. A login that holds no word of the name ("woodshop") may be a shop's or a team's account
 * and is kept, even when it links to the same author page.
 *
 * Unlike the removed `authorDisplayNames.ts` (session 21), which asked for links to the same author page from both
 * names, the full name may come from any author rule (a "Written by" heading, an author card, an unlinked byline),
 * and a login whose name has no author page link is read too. A commenter's full name never counts.
 *
 * Measured on the wcxb-dev tuning part (cached regions, `metaTune.js score`): author right half A 197 -> 198 of 254,
 * half B 211 -> 211 of 275; where none unchanged (2 of 244, 1 of 281). Fires on one half-A page and no half-B page.
 */
export function withFullName(s: MetadataScan, chosen: Candidate<string[]>, cands: readonly Candidate<string[]>[]): Candidate<string[]> {
	if (chosen.value.length !== 1 || !isLogin(chosen.value[0])) return chosen;
	const login = chosen.value[0];
	const loginPage = authorPageOf(s, chosen.node);
	for (const c of cands) {
		if (c.value.length !== 1 || c.score < MIN_SCORE || !c.node || !isFullName(c.value[0])) continue;
		if (inCommentBox(s, c.node)) continue;
		if (!holdsWordOf(login, c.value[0])) continue;
		// Two author pages are two people: "lisa77" and "Lisa Marsh" with pages of their own are co-authors.
		const page = authorPageOf(s, c.node);
		if (loginPage === undefined || page === undefined || page === loginPage) return { ...chosen, value: [c.value[0]], rule: `${chosen.rule}${FULL_NAME_SUFFIX}` };
	}
	return chosen;
}

/** The rule suffix of a login replaced by the person's full name. */
export const FULL_NAME_SUFFIX = ':full-name';

/** A full name: two to four words, each starting with a capital, that reads as a name. */
const FULL_NAME_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** One token of letters, digits and `._-`: a login has no space. */
const TOKEN_RE = /^[\p{L}\p{N}][\p{L}\p{N}._-]+$/u;
/** What tells a login from a one-word name ("Brian"): lower case only, a digit or `._-`, or a capital inside the word. */
const LOGIN_MARK_RE = /^\p{Ll}+$|[\p{N}._-]|\p{Ll}\p{Lu}/u;
/**
 * The shortest word of a full name a login must hold: "Al" or "Li" is in too many logins by chance, while a
 * three-letter surname ("Doe", "Lee") is what "jdoe" and "mlee" are made of.
 */
const MIN_NAME_WORD = 3;

/** Whether a one-word author reads as a login rather than a first name. */
function isLogin(v: string): boolean {
	return TOKEN_RE.test(v) && LOGIN_MARK_RE.test(v);
}

function isFullName(v: string): boolean {
	return FULL_NAME_RE.test(v) && looksLikeName(v);
}

/** Whether a login holds one of a full name's words ("HarborJane" and "Jane Marsh-Olsen", "jdoe" and "Jane Doe"). */
function holdsWordOf(login: string, name: string): boolean {
	const l = login.toLowerCase().replace(/[^\p{L}]/gu, '');
	return name
		.toLowerCase()
		.split(/[\s.'’-]+/u)
		.some((w) => w.length >= MIN_NAME_WORD && l.includes(w));
}

/** The author page a name node links to, as a path without scheme, host, query, trailing slash or case. */
function authorPageOf(s: MetadataScan, n: MNode | undefined): string | undefined {
	const href = n ? s.firstLinkIn(n)?.href : undefined;
	if (!href || href.startsWith('#')) return undefined;
	const key = href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
	return key === '' ? undefined : key;
}
