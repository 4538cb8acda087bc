// The block index's text tables cut to their blocks' number (blockTexts.ts `fit`, `sibling` sized up front): same reads.
import * as assert from 'node:assert/strict';
import type { Block } from '../../src/core/model/dumpDocument';
import { BlockTexts } from '../../src/core/extract/blockTexts';

/** Stand-in blocks: the table keys them by identity through the order map only. */
function blocks(n: number): Block[] {
	return Array.from({ length: n }, (_, i) => ({ kind: 'spacer', range: { start: i, end: i + 1 } }) as unknown as Block);
}

suite('Block texts, fitted', () => {
	test('fit keeps every text and every empty slot; a sibling has a slot per block, all empty, and takes its own texts', () => {
		const bs = blocks(37);
		const order = new Map<Block, number>();
		const texts = new BlockTexts(order);
		bs.forEach((b, i) => {
			order.set(b, i);
			texts.grow();
			if (i % 3 === 0) texts.set(b, `text ${i}`);
		});
		texts.fit();
		bs.forEach((b, i) => assert.equal(texts.get(b), i % 3 === 0 ? `text ${i}` : undefined));
		const sibling = texts.sibling();
		bs.forEach((b) => assert.equal(sibling.get(b), undefined));
		sibling.set(bs[4], 'four');
		assert.equal(sibling.get(bs[4]), 'four');
		assert.equal(texts.get(bs[4]), undefined, 'the sibling has its own slots');
		assert.equal(texts.numbers(blocks(1)[0]), false);
	});
});
