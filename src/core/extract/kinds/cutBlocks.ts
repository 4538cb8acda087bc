// Cuts a page read at a source offset: the blocks on one side of it stay, containers that straddle it are cut inside.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';

/** What a cut records for each block it drops. */
export interface CutReason {
	readonly step: string;
	readonly signal: string;
}

/**
 * The blocks on one side of source offset `at` (`after`: from it on; otherwise up to it): blocks wholly on the other
 * side go (recorded in `removed` with `reason`), containers and lists that straddle it are cut inside.
 */
export function cutBlocks(blocks: readonly Block[], at: number, after: boolean, removed: RemovedRegion[], reason: CutReason): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		const inside = after ? b.range.start >= at : b.range.end <= at;
		const outside = after ? b.range.end <= at : b.range.start >= at;
		if (inside) out.push(b);
		else if (outside) removed.push({ range: b.range, ...reason });
		else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') out.push(withChildren(b, cutBlocks(b.children, at, after, removed, reason)));
		else if (b.kind === 'list') {
			const items = b.items.map((it) => withItemChildren(it, cutBlocks(it.children, at, after, removed, reason))).filter((it) => it.children.length > 0);
			out.push({ ...b, items });
		} else out.push(b);
	}
	return out;
}
