// Bylines and dates repeated for every item of a page: the posts of a thread, whose first one is the thread's own.
import { NEAR_TITLE_CHARS } from '../metadataRules';
import { best, MIN_SCORE, type Candidate, type MetadataScan, type MNode } from './scan';

/**
 * A byline or date in the same markup this many times is a repeated item's (every post of a thread, every story of
 * a list), not a one-off article byline. Two is a byline shown twice (top and bottom of an article); three is a list.
 */
const REPEATED_MIN = 3;

/** The markup a node sits in: its own words and its parent's, which every item of a list shares. */
function signature(n: MNode): string {
	return `${n.words}|${n.parent?.words ?? ''}|${n.block?.kind ?? n.inline?.kind ?? ''}`;
}

/**
 * The candidate to report. When the best one is one of many in the same markup, the page is a list of posts or
 * items: the first of them after the title is the thread's opening post (its author and date are the thread's),
 * which the scores alone do not prefer (every post sits as near the article region as the first).
 */
export function firstOfRepeated<T>(s: MetadataScan, cands: readonly Candidate<T>[]): Candidate<T> | undefined {
	const top = best(cands);
	if (!top?.node) return top;
	const sig = signature(top.node);
	const same = cands.filter((c) => c.node !== undefined && c.score >= MIN_SCORE && signature(c.node) === sig);
	if (same.length < REPEATED_MIN) return top;
	const a = s.anchor() ?? 0;
	let first: Candidate<T> | undefined;
	for (const c of same) {
		const at = c.node!.range.start;
		if (at < a - NEAR_TITLE_CHARS / 2) continue;
		if (!first || at < first.node!.range.start) first = c;
	}
	return first ? { ...first, rule: `${first.rule}:first-of-${same.length}` } : top;
}
