// Text nodes and line breaks with their range as numbers: read and serialised as the plain nodes they replace.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { LineBreakNode, SoftBreakNode, TextNode } from '../../src/core/model/leafInlines';
import type { Inline, Paragraph } from '../../src/core/model/dumpDocument';
import { walkInlines } from '../../src/core/model/walk';

function inlinesOf(text: string): Inline[] {
	const out: Inline[] = [];
	for (const b of parseDump(text).blocks) if (b.kind === 'paragraph') walkInlines((b as Paragraph).content, (n) => void out.push(n));
	return out;
}

suite('Leaf inline nodes', () => {
	test('a text node reads its kind, value and range; JSON is the plain node', () => {
		const n = new TextNode('ab', 3, 7);
		assert.equal(n.kind, 'text');
		assert.deepEqual(n.range, { start: 3, end: 7 });
		assert.equal(JSON.stringify(n), JSON.stringify({ kind: 'text', value: 'ab', range: { start: 3, end: 7 } }));
		// Each read is its own object: a reader may keep it without holding the node.
		assert.notEqual(n.range, n.range);
	});

	test('a soft break is one character; a hard break keeps both ends', () => {
		const s = new SoftBreakNode(5);
		assert.equal(s.kind, 'softbreak');
		assert.deepEqual(s.range, { start: 5, end: 6 });
		assert.equal(s.end, 6);
		assert.equal(JSON.stringify(s), '{"kind":"softbreak","range":{"start":5,"end":6}}');
		const h = new LineBreakNode(2, 4);
		assert.equal(h.kind, 'break');
		assert.equal(JSON.stringify(h), '{"kind":"break","range":{"start":2,"end":4}}');
	});

	test('the parser makes them, with the ranges of their source (LF, CRLF and lone CR)', () => {
		for (const nl of ['\n', '\r\n', '\r']) {
			const text = `one *two*${nl}three\\${nl}four`;
			const nodes = inlinesOf(text);
			const kinds = nodes.map((n) => n.kind);
			assert.deepEqual(kinds, ['text', 'emphasis', 'text', 'softbreak', 'text', 'break', 'text'], JSON.stringify(nl));
			for (const n of nodes) if (n.kind === 'text' && !n.value.includes('\\')) assert.ok(text.slice(n.range.start, n.range.end).startsWith(n.value.trimEnd()), n.value);
			const soft = nodes.find((n) => n.kind === 'softbreak')!;
			assert.ok(soft instanceof SoftBreakNode);
			assert.equal(text.slice(soft.range.start, soft.range.end), nl[0]);
			const hard = nodes.find((n) => n.kind === 'break')!;
			assert.ok(hard instanceof LineBreakNode);
			assert.equal(text.slice(hard.range.start, hard.range.start + 1), '\\');
		}
	});

	test('adjacent literal texts are merged into one node spanning them', () => {
		const text = 'a [b c';
		const nodes = inlinesOf(text);
		assert.equal(nodes.length, 1);
		assert.ok(nodes[0] instanceof TextNode);
		assert.deepEqual(nodes[0].range, { start: 0, end: text.length });
		assert.equal((nodes[0] as TextNode).value, 'a [b c');
	});
});
