// A publication date said in so many words ("Published On: 15 August 2025", a `published-date` class) is the page's when it is the page's only date, even far from the title.
import { MIN_REPORTED_SCORE } from './confidence';
import { MIN_SCORE, type Candidate } from './scan';

/**
 * Reason: a post's "Published" box often sits in a sidebar column or under the article (`single-post-meta`, an
 * Avada `fusion-tb-published-date`, an author credit after the text), too far from the headline for its nearness to
 * count, so its score stays under MIN_REPORTED_SCORE and the page gets no date. When the date says it is the
 * publication (its label or its class) and no other date is read on the page outside foreign boxes (comments,
 * related stories), the label is evidence enough.
 *
 * Measured on the wcxb-dev tuning part (`metaTune.js`): published right 395 -> 399 of 561 (0054, 0300, 1708, 4592),
 * reported where the truth has none unchanged (17 of 493), no right date lost. Without the same-markup test below a
 * related post's date was taken (1 wrong).
 */
export function loneLabelledDate(published: readonly Candidate<string>[], labelled: ReadonlySet<Candidate<string>>): Candidate<string> | undefined {
	// Dates outside comments and related boxes (their penalty takes them under zero): one day only.
	const own = published.filter((c) => c.score >= 0);
	const days = new Set(own.map((c) => c.value.slice(0, 10)));
	if (days.size !== 1) return undefined;
	const c = own.filter((x) => labelled.has(x) && x.score >= MIN_SCORE).sort((x, y) => y.score - x.score)[0];
	if (!c) return undefined;
	// The same markup with other days elsewhere (marked down as related posts) makes it the first of a list of teasers.
	const day = c.value.slice(0, 10);
	if (published.some((x) => x.node?.words === c.node?.words && x.value.slice(0, 10) !== day)) return undefined;
	return { ...c, rule: `${c.rule}${LONE_SUFFIX}`, score: Math.max(c.score, MIN_REPORTED_SCORE) };
}

/** The rule suffix of a date reported by this rule. */
export const LONE_SUFFIX = ':lone-labelled';
