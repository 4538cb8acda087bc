// A page read with one named container kept as the article's region, as a kind strategy receives it (the region's blocks as the whole page reads them).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, type Container, isContainer } from '../../src/core/extract/blockIndex';
import { blockText, collapsedText } from '../../src/core/extract/inlineText';
import { wholePage } from '../../src/core/extract/kinds/wholePage';

/** The page's index, its whole-page read, and an attempt that keeps the first container with class `regionClass`. */
export function readWithRegion(text: string, regionClass: string): { index: BlockIndex; kept: Attempt; whole: Attempt } {
	const index = new BlockIndex(parseDump(text));
	const whole = wholePage(index);
	const region = index.containers.find((c) => (c.attrs?.classes ?? []).includes(regionClass)) as Container;
	assert.ok(region && isContainer(region), `no container .${regionClass}`);
	const blocks = whole.blocks.filter((b) => b.range.start >= region.range.start && b.range.end <= region.range.end);
	let chars = 0;
	for (const b of blocks) chars += collapsedText(b).length;
	return { index, whole, kept: { region, regionScore: 1, blocks, removed: [], chars } };
}

/** An attempt's text, a block a line. */
export const attemptText = (a: Attempt): string => a.blocks.map((b) => blockText(b)).join('\n');
