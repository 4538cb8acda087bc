// Outline heading nodes made compact (outline.ts HeadingNode): they read, nest and turn into literals as before.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { buildOutline, plainOutlineNode, walkOutline, type OutlineNode } from '../../src/core/outline/outline';

/** Headings of three levels, one inside a div that bounds its section. */
const TEXT = ['# One', '', 'text', '', '## Two', '', 'more', '', '::: {.box}', '### Three', '', 'boxed', ':::', '', '## Four {#four}', '', 'tail', ''].join('\n');

function plainTree(nodes: readonly OutlineNode[]): OutlineNode[] {
	return nodes.map((n) => ({ ...plainOutlineNode(n), children: plainTree(n.children) }));
}

suite('Outline heading nodes', () => {
	const outline = buildOutline(parseDump(TEXT), { metadata: {}, blocks: [], removed: [], empty: true });
	const headings = [...walkOutline(outline)];

	test('a heading reads its name, detail, kind, level and ranges as the literal did', () => {
		const [one, two, three] = headings;
		assert.deepEqual([one.name, one.detail, one.kind, one.level], ['One', 'H1', 'heading', 1]);
		assert.deepEqual([three.name, three.detail, three.level], ['Three', 'H3', 3]);
		assert.deepEqual(one.range, { start: 0, end: TEXT.trimEnd().length });
		assert.deepEqual(one.selectionRange, { start: 2, end: 5 });
		assert.equal(TEXT.slice(two.range.start, two.range.end).startsWith('## Two'), true);
		assert.equal(TEXT.slice(three.range.start, three.range.end), '### Three\n\nboxed', 'the div closes its section');
		assert.notEqual(one.range, one.range, 'ranges are made when read');
	});

	test('nesting: children under the nearest lower level whose section holds them; leaves share one empty list', () => {
		assert.deepEqual(outline.map((n) => n.name), ['One']);
		assert.deepEqual(outline[0].children.map((n) => n.name), ['Two', 'Four']);
		assert.equal(TEXT.slice(headings[3].selectionRange.start, headings[3].selectionRange.end), 'Four');
		assert.deepEqual(outline[0].children[0].children.map((n) => n.name), ['Three']);
		assert.equal(headings[2].children, headings[3].children);
		assert.equal(headings[2].children.length, 0);
	});

	test('plainOutlineNode makes the literal a spread or postMessage needs, keys in the literal order', () => {
		const plain = plainOutlineNode(headings[1]);
		assert.deepEqual(Object.keys(plain), ['name', 'detail', 'kind', 'range', 'selectionRange', 'children', 'level']);
		assert.deepEqual(structuredClone(plainTree(outline))[0].children[0].range, headings[1].range);
		assert.equal(JSON.stringify(plainTree(outline)).includes('"detail":"H3"'), true);
		const literal: OutlineNode = { name: 'x', detail: '', kind: 'metadata', range: { start: 0, end: 1 }, selectionRange: { start: 0, end: 1 }, children: [] };
		assert.equal(plainOutlineNode(literal), literal, 'a literal is its own plain form');
	});
	test('repeated headings of one level: each a root in order, its section up to the next, as many as written', () => {
		const text = Array.from({ length: 30 }, (_, k) => `## ${['Toc', 'Meta', 'Article'][k % 3]}\n\nwords ${k}\n`).join('\n');
		const roots = buildOutline(parseDump(text), { metadata: {}, blocks: [], removed: [], empty: true });
		assert.equal(roots.length, 30);
		assert.deepEqual(roots.slice(0, 4).map((n) => n.name), ['Toc', 'Meta', 'Article', 'Toc']);
		for (let k = 0; k < 29; k++) assert.equal(text.slice(roots[k].range.start, roots[k].range.end), `## ${roots[k].name}\n\nwords ${k}`);
		assert.equal(roots[29].range.end, text.trimEnd().length);
		assert.ok(roots.every((n) => n.children.length === 0 && n.level === 2));
	});
});
