// The block parser's pending inlines (dump/pendingInlines.ts): held as offsets, parsed to what parseInlines makes.
import * as assert from 'node:assert/strict';
import type { Inline } from '../../src/core/model/dumpDocument';
import { parseInlines, type Segment } from '../../src/core/dump/parseInlines';
import { PendingInlines } from '../../src/core/dump/pendingInlines';
import { parseDump } from '../../src/core/dump/parseDump';

/** A stand-in for a paragraph node: what the store sets is what it keeps. */
class Target {
	content: Inline[] = [];
}

const NO_DEFINITIONS = new Map();

suite('pending inlines', () => {
	test('each block gets the inlines parseInlines makes of its own segments, glued pieces included', () => {
		const text = 'A [link](https://a.example/x) here\nand *more* text\nhttps://a.exa\nmple/long-url\n# Heading {#h}\n';
		const line = (s: string): Segment => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
		const blocks: Segment[][] = [
			[line('A [link](https://a.example/x) here'), line('and *more* text')],
			[line('https://a.exa'), { ...line('mple/long-url'), glue: true }],
			[],
			[line('Heading')],
		];
		const store = new PendingInlines();
		const targets = blocks.map(() => new Target());
		blocks.forEach((segs, k) => store.add(targets[k], segs));
		assert.equal(store.length, blocks.length);
		store.parseAll(text, NO_DEFINITIONS, { left: 1000 });
		blocks.forEach((segs, k) => assert.deepEqual(targets[k].content, parseInlines(text, segs, NO_DEFINITIONS, { left: 1000 }), `block ${k}`));
		assert.equal(store.length, 0, 'the store is empty once parsed');
	});

	test('thousands of blocks grow the arrays without losing one', () => {
		const text = 'word [x](y) *z*\n'.repeat(5000);
		const store = new PendingInlines();
		const targets: Target[] = [];
		for (let k = 0; k < 5000; k++) {
			const t = new Target();
			targets.push(t);
			// A block of one to three lines, so blocks of different lengths share the arrays.
			const lines = Math.min(3, 5000 - k, 1 + (k % 3));
			const segs: Segment[] = [];
			for (let l = 0; l < lines; l++) segs.push({ start: (k + l) * 16, end: (k + l) * 16 + 15 });
			store.add(t, segs);
		}
		store.parseAll(text, NO_DEFINITIONS, { left: 1e6 });
		assert.equal(targets[4999].content.length, parseInlines(text, [{ start: 4999 * 16, end: 4999 * 16 + 15 }], NO_DEFINITIONS).length);
		assert.deepEqual(targets[3000].content, parseInlines(text, [{ start: 3000 * 16, end: 3000 * 16 + 15 }], NO_DEFINITIONS));
	});

	test('a dump of headings and paragraphs parses as before: every block has its text', () => {
		const text = '# Hostile\n\n' + '## Toc\n\nSome words of [prose](x) here.\n\n'.repeat(2000);
		const doc = parseDump(text);
		assert.equal(doc.blocks.length, 1 + 4000);
		const last = doc.blocks[doc.blocks.length - 1];
		assert.equal(last.kind, 'paragraph');
		if (last.kind === 'paragraph') assert.equal(last.content.map((n) => (n.kind === 'text' ? n.value : n.kind)).join('|'), 'Some words of |link| here.');
	});
});
