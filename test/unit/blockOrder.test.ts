// The block index's order as a hash table keyed by source start (blockOrder.ts): it reads as the Map it replaced.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { BlockOrder } from '../../src/core/extract/blockOrder';
import type { Block } from '../../src/core/model/dumpDocument';

/** A plain block (its range a stored object) starting at `start`. */
function block(start: number): Block {
	return { kind: 'thematicBreak', range: { start, end: start + 1 } } as unknown as Block;
}

/** Numbers `blocks` in both a BlockOrder and a Map, and checks every read agrees. */
function agree(blocks: readonly Block[]): void {
	const order = new BlockOrder();
	const map = new Map<Block, number>();
	blocks.forEach((b, i) => {
		order.set(b, i);
		map.set(b, i);
		// Read while numbering too, as the index's text tables do.
		assert.equal(order.get(b), i);
	});
	order.fit();
	assert.equal(order.size, map.size);
	for (const b of blocks) assert.equal(order.get(b), map.get(b));
	assert.equal(order.get(block(3)), undefined, 'a block never numbered, at a start others have');
	assert.equal(order.has(block(123_456)), false);
	assert.deepEqual([...order], [...map]);
	assert.deepEqual([...order.keys()], [...map.keys()]);
	assert.deepEqual([...order.values()], [...map.values()]);
	assert.deepEqual(order.blocks, blocks);
}

suite('Block order', () => {
	test('distinct starts, across several doublings of the table', () => {
		agree(Array.from({ length: 5000 }, (_, i) => block(i * 7)));
	});

	test('many blocks at one start (past the probe limit: the overflow map) and starts that hash alike', () => {
		agree([...Array.from({ length: 3000 }, () => block(3)), ...Array.from({ length: 3000 }, (_, i) => block(i * 1024)), block(3)]);
	});

	test('numbers are given in sequence only', () => {
		const order = new BlockOrder();
		assert.throws(() => order.set(block(0), 1));
	});

	test("the index's order over a parsed dump: pre-order numbers, every block found", () => {
		const doc = parseDump('::: {.a}\n# Title\n\nA paragraph.\n\n- one\n- two\n\n::: {.b}\nInside.\n:::\n:::\n\nAfter.\n');
		const index = new BlockIndex(doc);
		const seen: Block[] = [];
		const walk = (bs: readonly Block[]): void => {
			for (const b of bs) {
				seen.push(b);
				walk(index.childrenOf(b));
			}
		};
		walk(doc.blocks);
		seen.forEach((b, i) => assert.equal(index.order.get(b), i));
		assert.equal(index.order.size, seen.length);
	});
});
