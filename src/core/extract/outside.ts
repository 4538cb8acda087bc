// What extraction left outside the article: each sibling of the kept blocks' ancestors, recorded as removed.
import { childBlocks } from '../model/blockTree';
import type { Block } from '../model/dumpDocument';
import { removedRegion, type RemovedRegion } from './article';
import { blockAttrs, type BlockIndex, type Candidate, isContainer } from './blockIndex';
import { attrWords } from './inlineText';

/** Records the blocks outside the article members: for each ancestor level, the siblings not kept. */
export function recordOutside(index: BlockIndex, members: readonly Block[], removed: RemovedRegion[], scores?: Map<Candidate, number>): void {
	const keep = new Set<Block>(members);
	const ancestors = new Set<Block>();
	for (const m of members) for (let p = index.parent.get(m); p !== undefined; p = index.parent.get(p)) ancestors.add(p);
	const walk = (blocks: readonly Block[]): void => {
		for (const b of blocks) {
			if (keep.has(b)) continue;
			if (ancestors.has(b)) {
				walk(childBlocks(b));
				continue;
			}
			if (b.kind === 'spacer') continue;
			const attrs = blockAttrs(b);
			const score = isContainer(b) ? scores?.get(b) : undefined;
			removed.push(removedRegion(b.range, 'outside-article', attrs ? attrWords(attrs) || b.kind : b.kind, score));
		}
	};
	walk(index.doc.blocks);
}
