// When no candidate reaches the minimum score, the best heading that is no list item and names no site still titles the page.
import type { Candidate, MNode } from './scan';

/** A scored candidate of the title's choice. */
interface Scored {
	readonly candidate: Candidate<string>;
	readonly node: MNode;
	/** Whether the heading's content names the site (`linksOrSpellsSite` in `title.ts`). */
	readonly site: boolean;
}

/** A candidate with this score or less was marked down (a menu's, a box label's): no title rather than it. */
const MIN_WEAK_SCORE = 0;

/**
 * The best candidate above MIN_WEAK_SCORE that is neither one of a list's items nor the site's name, or undefined.
 * Every page has a title, but some only set it in a low heading with nothing around it to vouch for it: a course hub
 * whose only headline is an h3 in a landing row ("### Learn web development", 4 points) above cards of h3 items. With
 * no title at all the reader learns nothing; the rule's name (`+weak`) says how little it rests on, and its
 * confidence is a low heading's (0.15 or less, `confidence.ts`), so the card flags it. Measured on the wcxb-dev
 * tuning part (with the panel headings of `metadataRules.ts`' CHROME_RE and the numbered classes of `listHeadings.ts`):
 * title right 773 -> 775 of 1054 (half A +2 on 2 sites, half B unchanged), body F1 and bylines unchanged.
 */
export function weakTitle<T extends Scored>(cands: readonly T[], items: ReadonlySet<MNode>): T | undefined {
	let best: T | undefined;
	for (const c of cands) {
		if (c.site || items.has(c.node) || c.candidate.score <= MIN_WEAK_SCORE) continue;
		if (!best || c.candidate.score > best.candidate.score) best = c;
	}
	return best;
}
