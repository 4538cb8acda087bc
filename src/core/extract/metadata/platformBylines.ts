// A platform's own byline or date element (`bylineVocabulary.ts`) outweighs weaker candidates; a name or date chosen inside a platform's box of other posts or comments is not reported.
import { MIN_REPORTED_SCORE } from './confidence';
import { PLATFORM_AUTHOR_RE, PLATFORM_CHROME_RE, PLATFORM_PUBLISHED_RE } from './bylineVocabulary';
import type { Candidate, MetadataScan, MNode } from './scan';

/**
 * What a platform's own author or date element adds to a candidate's score: as much as a near-title position
 * (`WEIGHT.nearTitle`, 20) less a little, so that it passes a generic byline or date of the same rule but not a
 * schema.org or profile mark (+40, +60). Reason: the template says the element is the post's own.
 */
export const PLATFORM_MARK_BONUS = 15;
/** How many containers up a platform's author or date class is looked for (the name's link inside the author span, the `<time>`'s text inside the date span). */
const MARK_DEPTH = 2;

/**
 * Whether a node lies in a platform's box of other posts or of comments (a Posts widget, a "read more" card, a
 * query loop, a Disqus thread). A container that holds the page's title is the page's column, whatever its name.
 */
export function inPlatformChrome(s: MetadataScan, n: MNode): boolean {
	const t = s.titleNode;
	for (let p: MNode | undefined = n; p; p = p.parent) {
		if (!s.wordTest(p, PLATFORM_CHROME_RE)) continue;
		if (t && p !== t && p.start <= t.start && p.end >= t.end) continue;
		return true;
	}
	return false;
}

/** Whether a node is, or sits just inside, a platform's own element for `field`. */
function platformMarked(s: MetadataScan, n: MNode, field: 'author' | 'published'): boolean {
	return s.vocab(n, field === 'author' ? PLATFORM_AUTHOR_RE : PLATFORM_PUBLISHED_RE, MARK_DEPTH) > 0;
}

/**
 * A candidate's score raised by PLATFORM_MARK_BONUS in the platform's own author or date element, when it is already
 * reported on its own evidence: the mark decides between candidates, it does not make a reported value of one the
 * other rules set aside (far from the title, in a foreign box). Raising those too reported a date where the truth has
 * none on the wcxb-dev tuning part (half B +1).
 */
export function platformScore(s: MetadataScan, n: MNode | undefined, field: 'author' | 'published', score: number): number {
	return n && score >= MIN_REPORTED_SCORE && platformMarked(s, n, field) ? score + PLATFORM_MARK_BONUS : score;
}

/** `platformScore` applied to an author candidate. */
export function withPlatformEvidence<T>(s: MetadataScan, c: Candidate<T>): Candidate<T> {
	const score = platformScore(s, c.node, 'author', c.score);
	return score === c.score ? c : { ...c, score };
}

/**
 * Whether the chosen author or date was read in a platform's box of other posts or comments: it is another post's
 * or a commenter's, and the page's own is not on the page, so nothing is reported. Applied to the choice, not to the
 * candidates: the box's repeated dates still tell a list (`repeatedBylines.ts`), and lowering them instead lifted a
 * listing's featured-post date on the tuning part (published where none +2).
 */
export function fromPlatformChrome(s: MetadataScan, c: Candidate<unknown> | undefined): boolean {
	return c?.node !== undefined && inPlatformChrome(s, c.node);
}
