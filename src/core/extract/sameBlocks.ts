// One list for block lists that hold the same blocks in the same order (memory: the headings shape held five).
import type { Block } from '../model/dumpDocument';

/**
 * `blocks` cut to its length, or `same` when that holds the same blocks in the same order. A page of 120,001 top-level
 * blocks ('headings named like the preview', 1.96 MB) held the document's list, the block index's blocks by order, the
 * article attempt's and the whole page's, 0.94 MB each through the metadata read, the extraction's peak. Shared lists
 * are read only: no reader of an attempt's or the index's list changes it (each spreads, filters or reads).
 */
export function sameOrCopy(blocks: Block[], same: Block[] | undefined): Block[] {
	if (same && Array.isArray(same) && same.length === blocks.length) {
		let i = 0;
		while (i < blocks.length && blocks[i] === same[i]) i++;
		if (i === blocks.length) return same;
	}
	return blocks.slice();
}
