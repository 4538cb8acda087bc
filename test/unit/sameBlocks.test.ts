// Block lists that hold the same blocks in the same order are one list (extract/sameBlocks.ts), with the same reads.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { sameOrCopy } from '../../src/core/extract/sameBlocks';
import { articleAttempt } from '../../src/core/extract/sieve';
import { wholePage } from '../../src/core/extract/kinds/wholePage';

/** A page of top-level blocks only: the index's blocks by order are the document's list. */
const FLAT = ['# Title', '', 'Some words of prose here.', '', '## Part', '', 'More words of prose.', ''].join('\n');
/** A page with a container: its blocks by order are not the document's list. */
const NESTED = ['# Title', '', '::: {.box}', 'Inside words of prose.', ':::', '', 'After.', ''].join('\n');

suite('Shared block lists', () => {
	test('the same blocks in the same order: the other list; otherwise a copy cut to length', () => {
		const doc = parseDump(FLAT);
		const copy = [...doc.blocks];
		assert.equal(sameOrCopy(copy, doc.blocks), doc.blocks);
		const fewer = copy.slice(1);
		const made = sameOrCopy(fewer, doc.blocks);
		assert.notEqual(made, fewer);
		assert.deepEqual(made, fewer);
		const swapped = [copy[1], copy[0], ...copy.slice(2)];
		assert.deepEqual(sameOrCopy(swapped, doc.blocks), swapped);
		assert.notEqual(sameOrCopy(swapped, doc.blocks), doc.blocks);
		assert.deepEqual(sameOrCopy(copy, undefined), copy);
	});

	test("a flat page: the index's order, the article attempt and the whole page share the document's list", () => {
		const doc = parseDump(FLAT);
		const index = new BlockIndex(doc);
		assert.equal(index.order.blocks, doc.blocks);
		assert.equal(index.order.get(doc.blocks[2]), 2);
		const article = articleAttempt(index);
		const whole = wholePage(index, false, false, article.blocks);
		if (article.blocks.length === doc.blocks.length) assert.equal(article.blocks, doc.blocks);
		assert.deepEqual(whole.blocks, article.blocks);
	});

	test("a page with a container: the index's order is its own list, every block numbered", () => {
		const doc = parseDump(NESTED);
		const index = new BlockIndex(doc);
		assert.notEqual(index.order.blocks, doc.blocks);
		assert.ok(index.order.blocks.length > doc.blocks.length);
		for (const [i, b] of index.order.blocks.entries()) assert.equal(index.order.get(b), i);
	});
});
