// The article's kept blocks held as positions in the document's top-level list when they all sit there (issue 11).
import { arrayView } from '../model/arrayView';
import type { Block } from '../model/dumpDocument';

/*
 * Why positions: the article's block list is held from the end of extraction to the end of the run (outline, md,
 * html, diagnose, json), an 8-byte slot a block on the heap, beside the document's own list of the same blocks.
 * Where every kept block is a top-level block of the document, in document order (a page of headings and paragraphs
 * with no container), the list is their positions in an Int32Array (4 bytes a block, outside the heap) behind a
 * read-only array view (model/arrayView.ts); a read returns the document's block itself, so identity holds (unlike the
 * other views, whose elements are made when read). 'headings named like the preview' keeps 60,000 blocks: 0.48 MB
 * less on the heap at every step after extraction, render html's peak included (see memoryShapes.test.ts).
 */
/**
 * Below this many blocks the list stays a plain array: a few thousand slots are tens of KB, and a view makes every
 * read go through a proxy. Only a block-dense dump of hundreds of KB or more has a list worth the view.
 */
export const MIN_VIEW_BLOCKS = 4096;

interface BlockPositions {
	readonly top: readonly Block[];
	readonly at: Int32Array;
}

function readBlock(c: BlockPositions, i: number): Block {
	return c.top[c.at[i]];
}

/**
 * `blocks` as positions in `top` (the document's top-level blocks) when each is one of them, in `top`'s order, and
 * there are at least MIN_VIEW_BLOCKS; else `blocks` itself.
 */
export function compactArticleBlocks(top: readonly Block[], blocks: readonly Block[]): readonly Block[] {
	const n = blocks.length;
	if (n < MIN_VIEW_BLOCKS) return blocks;
	const at = new Int32Array(n);
	let j = 0;
	for (let i = 0; i < top.length && j < n; i++) {
		if (top[i] === blocks[j]) at[j++] = i;
	}
	return j === n ? arrayView({ top, at }, n, readBlock) : blocks;
}
