// A listicle's section headings are a list's items; the heading of the same or a higher level just above them is the page's headline.
import type { Candidate, MNode } from './scan';
import { MIN_SCORE } from './scan';

/** A scored heading of the title's choice. */
interface Scored {
	readonly candidate: Candidate<string>;
	readonly node: MNode;
}

/** A heading's level, or 7 for a title-classed node that is not a heading. */
function level(n: MNode): number {
	return n.block?.kind === 'heading' ? n.block.level : 7;
}

/**
 * When the best candidate is one of a list's item headings, the best heading that is no item, comes before it and is of
 * its level or higher ("## How to make a good game" above "## Skip the tutorial?", "## Indicate controls", …): the
 * items sit in the article region and outscore the headline above it by the region's weight. Measured on the wcxb-dev
 * tuning part: see `title.ts`.
 */
export function headingAboveList<T extends Scored>(cands: readonly T[], items: ReadonlySet<MNode>, top: T): T | undefined {
	let best: T | undefined;
	for (const c of cands) {
		if (c.node.order >= top.node.order) break;
		if (items.has(c.node) || c.candidate.score < MIN_SCORE || level(c.node) > level(top.node)) continue;
		if (!best || c.candidate.score > best.candidate.score) best = c;
	}
	return best;
}
