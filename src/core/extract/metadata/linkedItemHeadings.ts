// Headings below h1 that each link to another page, several at one level: a list's items, whatever their classes.
import { isLinkedHeading } from './listHeadings';
import type { MetadataScan, MNode } from './scan';

/**
 * This many linked headings of one level (with different texts) make the page a list of teasers: three, as for
 * `listHeadings.ts`. There a list's items must share their classes; a front page's featured story is marked up
 * apart from the rest (`## [Story](/2026/story)` in a hero box, the others in cards), so it was taken for the page's
 * title and the byline and date under it for the page's. A post's own title is an h1, or the one linked heading of its level.
 */
const LINKED_ITEMS_MIN = 3;

/**
 * The candidates that are linked headings below h1, at a level where at least LINKED_ITEMS_MIN of them, with
 * different texts, link away: the items of a list (a blog's front page, a feed, a shop grid).
 *
 * Measured on the wcxb-dev tuning part (note meta5): published where none 17 -> 15 of 493, author where none 8 -> 7 of
 * 525 (a blog front page and a feed: the first teaser's date and poster), no right value lost; titles unchanged.
 */
export function linkedItemHeadings(s: MetadataScan, nodes: readonly MNode[]): Set<MNode> {
	const byLevel = new Map<number, MNode[]>();
	for (const n of nodes) {
		const b = n.block;
		if (b?.kind !== 'heading' || b.level < 2 || !isLinkedHeading(s, n)) continue;
		const g = byLevel.get(b.level);
		if (g) g.push(n);
		else byLevel.set(b.level, [n]);
	}
	const out = new Set<MNode>();
	for (const g of byLevel.values()) {
		if (new Set(g.map((n) => s.textOf(n))).size < LINKED_ITEMS_MIN) continue;
		for (const n of g) out.add(n);
	}
	return out;
}
