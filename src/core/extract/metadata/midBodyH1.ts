// An h1 that comes after the article's section headings (a list of repeated h2s or h3s in the region) is one more section heading set one level too high, not the page's headline.
import type { Candidate, MNode, MetadataScan } from './scan';

/** A scored heading of the title's choice. */
interface Scored {
	readonly candidate: Candidate<string>;
	readonly node: MNode;
}

/** The level of a heading node, or 0 for a title-classed node that is not one. */
function levelOf(n: MNode): number {
	return n.block?.kind === 'heading' ? n.block.level : 0;
}

/**
 * The h1 candidates inside the article region that come after one of the region's section headings: a heading of level
 * 2 or lower that is an item of a repeated heading list (`listHeadings.ts`: the body's "## …" sections share one
 * markup). A headline comes before the text it heads; an h1 placed after the text's own sections is a section heading
 * that the page's markup set at the wrong level ("## What do people appreciate about Rust?" … then "# But what they
 * *love* is …", the post's title an h2 above the region; a sponsor's "# A message from …" after a post's h3 sections).
 * The h1's weight and its lead bonus then count as an h2's, and it joins the items, so that the heading above the
 * sections (`headingAboveList.ts`) is read as the title.
 * One pass over the candidates in document order.
 * Measured on the wcxb-dev tuning part (cached regions, metadata alone): as is title right 792 -> 793 of 1054 (half A
 * 359 -> 360, B 433 -> 433); declassed title 771 -> 773, and with the right title the byline and date under it: author
 * 393 -> 395, published 405 -> 407 (all half A; half B unchanged on every field). Two h1s took the rule and kept the
 * title (nothing above their sections could be one).
 */
export function midBodyH1s(s: MetadataScan, cands: readonly Scored[], items: ReadonlySet<MNode>): Set<MNode> {
	const out = new Set<MNode>();
	const region = s.context.region;
	if (!region) return out;
	let sectionSeen = false;
	for (const c of cands) {
		const n = c.node;
		if (n.range.start < region.start || n.range.end > region.end) continue;
		const level = levelOf(n);
		if (level === 1) {
			if (sectionSeen) out.add(n);
		} else if (level >= 2 && items.has(n)) sectionSeen = true;
	}
	return out;
}
