// Containers put back into an attempt: each one's children cleaned with given flags, merged with the attempt's blocks in page order.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import type { Attempt, BlockIndex, Container, Flags } from '../blockIndex';
import { cleanBlock } from '../clean';
import { pushAll } from '../../model/pushAll';

/**
 * The attempt with `containers` put back (kinds/cardHeaders.ts, kinds/faqAnswers.ts): each container's children are
 * cleaned with `flags` inside `pruned` (the containers prune.ts set aside under those flags), what is kept joins the
 * attempt's blocks in page order and its characters the attempt's count; the attempt itself when nothing is kept.
 */
export function withContainersBack(index: BlockIndex, attempt: Attempt, containers: readonly Container[], flags: Flags, pruned: Map<Block, string>): Attempt {
	const removed: RemovedRegion[] = [...attempt.removed];
	const found: Block[] = [];
	let chars = attempt.chars;
	for (const c of containers) {
		for (const child of c.children) {
			const kept = cleanBlock(index, child, flags, removed, undefined, false, pruned);
			pushAll(found, kept.blocks);
			chars += kept.stats.chars;
		}
	}
	if (found.length === 0) return attempt;
	return { ...attempt, blocks: [...attempt.blocks, ...found].sort((a, b) => a.range.start - b.range.start), removed, chars };
}
