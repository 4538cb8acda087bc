// A forum poster's card written as a definition list ("chunix64" then ": Registered: 2025-11-01", ": Posts: 1"): the page's first such card names the thread's starter.
import { collapse, inlineText } from '../inlineText';
import { MIN_REPORTED_SCORE } from './confidence';
import { splitNames } from './names';
import type { Candidate, MetadataScan } from './scan';

/**
 * A member's statistics line in a poster card: "Posts: 1", "Registered: 2025-11-01", "Joined: Mar 2009", "Member
 * since: 2019", "Messages: 412", "Reputation: 12". A label and a colon, then a value.
 */
const STAT_LINE_RE = /^(?:posts|messages|registered|joined|member\s+since|reputation|karma)\s*:\s*\S/iu;
/** A card has at least two such lines: one "Posts:" line is a count anywhere, two make a member's card. */
const MIN_STAT_LINES = 2;
/** Names read here may be handles ("chunix64"), as an author element's are. */
const HANDLES = { handles: true } as const;

/**
 * The name of the page's first poster card, as a candidate at the lowest reported score.
 *
 * Reason: FluxBB, PunBB and other boards print each post's poster as a definition list: the name as the term, the
 * member's rank, registration date and post count as its definitions. With the board's classes unread (the declassed
 * yardstick) nothing marks the name as an author; the card's shape says it is a member's, and the first card on a
 * thread's page is its opening post's. At the lowest reported score, any byline, author link or platform element
 * outranks it.
 *
 * Measured on the wcxb-dev tuning part (`metaTune.js score`, cached regions): declassed author right 397 -> 398 of
 * 529 (half A 202 -> 203, a FluxBB thread read as an article; half B 195 -> 195), reported where the truth has none
 * unchanged (6 of 525); as is unchanged (424, 3).
 */
export function posterCardCandidates(s: MetadataScan): Candidate<string[]>[] {
	for (let i = 0; i < s.nodes.length; i++) {
		if (s.kindAt(i) !== 'list') continue;
		const n = s.nodes[i];
		const b = n.block;
		if (b?.kind !== 'list' || b.definition !== true) continue;
		for (const item of b.items) {
			const [term, ...defs] = item.children;
			if (term?.kind !== 'paragraph' || defs.length < MIN_STAT_LINES) continue;
			let stats = 0;
			for (const d of defs) if (d.kind === 'paragraph' && STAT_LINE_RE.test(collapse(inlineText(d.content)).trim())) stats++;
			if (stats < MIN_STAT_LINES) continue;
			const names = splitNames(collapse(inlineText(term.content)).trim(), HANDLES);
			// The first card decides: a card without a readable name leaves the page to the other rules.
			return names.length === 1 ? [{ value: names, source: term.range, node: n, rule: 'text:poster-card', score: MIN_REPORTED_SCORE }] : [];
		}
	}
	return [];
}
