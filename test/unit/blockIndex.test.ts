// The block index's per-block values (parents, measures): arrays by document order, read as maps were.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import type { Block } from '../../src/core/model/dumpDocument';

const DUMP = ['::: {#main}', '# Title', '', 'First paragraph, with [a link](https://a.example).', '', '- one', '- two', ':::', '', 'Outside.', ''].join('\n');

suite('Block index', () => {
	test('parents read as a map: get, has, size, keys and entries in document order', () => {
		const doc = parseDump(DUMP);
		const index = new BlockIndex(doc);
		const [main, outside] = doc.blocks;
		assert.equal(main.kind, 'div');
		const kids = main.kind === 'div' ? main.children.filter((c) => c.kind !== 'spacer') : [];
		assert.equal(index.parent.get(main), undefined);
		assert.equal(index.parent.get(outside), undefined);
		for (const k of kids) assert.equal(index.parent.get(k), main);
		assert.ok(index.parent.has(main));
		const stranger: Block = { kind: 'hr', range: { start: 0, end: 0 } };
		assert.equal(index.parent.has(stranger), false);
		assert.equal(index.parent.get(stranger), undefined);
		// Document order, the order map's; entries pair each block with its parent.
		const keys = [...index.parent.keys()];
		assert.equal(index.parent.size, keys.length);
		assert.deepEqual(keys, [...index.order.keys()]);
		keys.forEach((b, i) => assert.equal(index.order.get(b), i));
		assert.deepEqual([...index.parent].map(([b, p]) => [b, p]), keys.map((b) => [b, index.parent.get(b)]));
	});

	test('measures by block: a container sums its children; an unknown block measures empty', () => {
		const doc = parseDump(DUMP);
		const index = new BlockIndex(doc);
		const main = doc.blocks[0];
		const kids = main.kind === 'div' ? main.children : [];
		const sum = kids.reduce((n, k) => n + index.statsOf(k).chars, 0);
		assert.ok(sum > 0);
		assert.equal(index.statsOf(main).chars, sum);
		assert.ok(index.statsOf(kids.find((k) => k.kind === 'paragraph')).linkChars > 0);
		assert.equal(index.statsOf({ kind: 'hr', range: { start: 0, end: 0 } }).chars, 0);
		assert.equal(index.statsOf(undefined), index.rootStats);
	});

	test('isInside: a block is inside itself and each of its ancestors, as a walk up the parents finds them', () => {
		const doc = parseDump(['::: {#outer}', '::: {.inner}', '# Title', '', '> Quoted, with [a link](https://a.example).', ':::', '', 'Beside.', ':::', '', 'Outside.', ''].join('\n'));
		const index = new BlockIndex(doc);
		const blocks = [...index.order.keys()];
		const stranger: Block = { kind: 'hr', range: { start: 0, end: 0 } };
		const walk = (b: Block, a: Block | undefined): boolean => {
			if (a === undefined) return true;
			for (let p: Block | undefined = b; p !== undefined; p = index.parent.get(p)) if (p === a) return true;
			return false;
		};
		let inside = 0;
		for (const b of [...blocks, stranger]) {
			for (const a of [...blocks, stranger, undefined]) {
				assert.equal(index.isInside(b, a), walk(b, a));
				if (a !== undefined && b !== a && index.isInside(b, a)) inside++;
			}
		}
		// The quote's paragraph is inside the quote, the inner div and the outer one (and so on up): not a vacuous check.
		assert.ok(inside >= 8, `${inside}`);
		assert.equal(index.isInside(stranger, stranger), true);
		assert.equal(index.isInside(blocks[0], stranger), false);
	});
});
