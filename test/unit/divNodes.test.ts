// Divs and attribute blocks with their ranges as numbers, the extraction's texts by block order, and shared empty
// child lists: read, rewritten and serialised as the plain objects they replace.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { AttributesNode } from '../../src/core/model/attributesNode';
import { divAttrParts, FencedDivNode, HtmlDivNode, withChildren } from '../../src/core/model/divNodes';
import type { BlockQuote, FencedDiv, HtmlDiv, Image, Link, Paragraph, Table } from '../../src/core/model/dumpDocument';
import { TextNode } from '../../src/core/model/leafInlines';
import { mapLineContent } from '../../src/core/model/walk';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { BlockTexts } from '../../src/core/extract/blockTexts';
import { attrWords, collapsedText, isHidden, rememberText, withTextCache } from '../../src/core/extract/inlineText';

const range = (text: string, piece: string, from = 0): { start: number; end: number } => {
	const start = text.indexOf(piece, from);
	assert.ok(start >= 0, piece);
	return { start, end: start + piece.length };
};

/** Own fields of a node that are objects other than the allowed ones (a range object held on the node). */
function objectFields(node: object, allowed: readonly string[]): string[] {
	return Object.keys(node).filter((k) => typeof (node as Record<string, unknown>)[k] === 'object' && !allowed.includes(k));
}

suite('Div nodes and attribute blocks', () => {
	test('the parser makes divs with the ranges of their source, closed or not, and holds no range object', () => {
		const text = '::: {#a .x}\nbody one\n:::\n\n<div class="y">\n\nbody two\n\n</div>\n\n::: open\nlast words\n';
		const [fenced, html, open] = parseDump(text).blocks as [FencedDiv, HtmlDiv, FencedDiv];
		assert.ok(fenced instanceof FencedDivNode && html instanceof HtmlDivNode && open instanceof FencedDivNode);
		assert.equal(fenced.kind, 'div');
		assert.equal(html.kind, 'htmlDiv');
		assert.deepEqual(fenced.openRange, range(text, '::: {#a .x}'));
		const fenceClose = text.indexOf(':::\n\n<div');
		assert.deepEqual(fenced.closeRange, { start: fenceClose, end: fenceClose + 3 });
		assert.deepEqual(fenced.range, { start: 0, end: fenceClose + 3 });
		assert.equal(fenced.closed, true);
		assert.deepEqual(html.openRange, range(text, '<div class="y">'));
		assert.deepEqual(html.closeRange, range(text, '</div>'));
		assert.deepEqual(html.range, { start: text.indexOf('<div'), end: text.indexOf('</div>') + 6 });
		// Never closed: no closing range, and the div ends with its last child.
		assert.equal(open.closed, false);
		assert.equal(open.closeRange, undefined);
		assert.deepEqual(open.range, { start: text.indexOf('::: open'), end: text.indexOf('last words') + 'last words'.length });
		assert.equal(fenced.attrs.id, 'a');
		assert.deepEqual(fenced.attrs.classes, ['x']);
		assert.deepEqual(fenced.attrs.range, range(text, '{#a .x}'));
		assert.deepEqual(html.attrs.classes, ['y']);
		assert.deepEqual(html.attrs.range, range(text, '<div class="y">'));
		assert.deepEqual(open.attrs.range, range(text, 'open'));
		// The point of the classes: no `{ start, end }` object (40 bytes) lives on a div or an attribute block.
		for (const d of [fenced, html, open]) {
			assert.deepEqual(objectFields(d, ['heldAttrs', 'children']), [], d.kind);
			assert.ok(d.attrs instanceof AttributesNode);
			assert.deepEqual(objectFields(d.attrs, ['classes', 'pairs']), []);
		}
		assert.notEqual(fenced.range, fenced.range);
	});

	test('JSON is the plain object the parser made before, key order included', () => {
		const text = '::: {#a .x k=v}\nb\n:::\n\n::: bare\nc\n';
		const [closed, open] = parseDump(text).blocks;
		assert.equal(
			JSON.stringify(closed),
			'{"kind":"div","attrs":{"id":"a","classes":["x"],"pairs":[["k","v"]],"range":{"start":4,"end":15}},"openRange":{"start":0,"end":15},"closed":true,' +
				'"children":[{"kind":"paragraph","content":[{"kind":"text","value":"b","range":{"start":16,"end":17}}],"range":{"start":16,"end":17}}],"range":{"start":0,"end":21}' +
				',"closeRange":{"start":18,"end":21}}',
		);
		// A bare word's attributes have no id, and an unclosed div no closing range: JSON leaves both out.
		assert.equal(
			JSON.stringify(open),
			'{"kind":"div","attrs":{"classes":["bare"],"pairs":[],"range":{"start":27,"end":31}},"openRange":{"start":23,"end":31},"closed":false,' +
				'"children":[{"kind":"paragraph","content":[{"kind":"text","value":"c","range":{"start":32,"end":33}}],"range":{"start":32,"end":33}}],"range":{"start":23,"end":33}}',
		);
	});

	test('a rewrite of a div\'s children keeps its class, kind, ranges and attributes (withChildren, mapLineContent)', () => {
		const text = '<div id="w">\n\n::: {.a}\nbody text\n:::\n\n</div>\n';
		const doc = parseDump(text);
		const out = mapLineContent(doc.blocks, (content) => [...content, new TextNode('!', 0, 0)]);
		const [outer0] = doc.blocks as [HtmlDiv];
		const [outer] = out as [HtmlDiv];
		const inner0 = outer0.children[0] as FencedDiv;
		const inner = outer.children[0] as FencedDiv;
		assert.notEqual(outer, outer0);
		assert.ok(outer instanceof HtmlDivNode && inner instanceof FencedDivNode);
		for (const [d, d0] of [[outer, outer0], [inner, inner0]] as const) {
			assert.equal(d.kind, d0.kind);
			assert.deepEqual(d.range, d0.range);
			assert.deepEqual(d.openRange, d0.openRange);
			assert.deepEqual(d.closeRange, d0.closeRange);
			assert.equal(d.closed, true);
			// The attribute block is made when read from the parts both hold (model/divNodes.ts): equal, not the same object.
			assert.deepEqual(d.attrs, d0.attrs);
			assert.equal((d as FencedDivNode).heldAttrs, (d0 as FencedDivNode).heldAttrs);
		}
		assert.equal(((inner.children[0] as Paragraph).content.at(-1) as TextNode).value, '!');
		assert.equal(JSON.stringify({ ...JSON.parse(JSON.stringify(outer)), children: [] }), JSON.stringify({ ...JSON.parse(JSON.stringify(outer0)), children: [] }));
		// A plain container (a blockquote, or a div an extraction step made) is copied as a plain object.
		const quote: BlockQuote = { kind: 'blockquote', children: [], range: { start: 1, end: 2 } };
		assert.deepEqual(withChildren(quote, outer.children), { kind: 'blockquote', children: outer.children, range: { start: 1, end: 2 } });
	});

	test('a div held as parts reuses its attribute object while among the last divs read, and never a moved one', () => {
		const text = Array.from({ length: 12 }, (_, i) => `::: {.a}\nbody ${i}\n:::\n`).join('\n');
		const divs = parseDump(text).blocks as FencedDivNode[];
		assert.equal(divs.length, 12);
		const first = divs[0];
		assert.ok(!(first.heldAttrs instanceof AttributesNode), 'the attribute block is held as parts');
		const a = first.attrs;
		assert.equal(first.attrs, a, 'a second read gives the same object');
		assert.deepEqual(a.range, range(text, '{.a}'));
		// Every other div read: the first is out of the ring, and its block is made again, equal.
		for (const d of divs) assert.deepEqual(d.attrs.classes, ['a']);
		for (const d of divs.slice(1)) void d.attrs;
		const again = first.attrs;
		assert.notEqual(again, a);
		assert.deepEqual(again, a);
		// A div moved after a read gives its block at the new offsets, not the object read before.
		const moved = divs[1];
		const before = moved.attrs;
		moved.remap((r) => ({ start: r.start + 3, end: r.end + 3 }));
		assert.deepEqual(moved.attrs.range, { start: before.range.start + 3, end: before.range.end + 3 });
		assert.deepEqual(before.range, range(text, '{.a}', text.indexOf('body 0')));
	});

	test('divAttrParts: a div\'s id, classes and pairs as its attribute block has them, with no object made', () => {
		const long = `{#main .x .y data-note="${'n'.repeat(200)}" style="display:none"}`;
		const text = Array.from({ length: 12 }, (_, i) => `::: {#p${i % 2} .a role="note"}\nbody ${i}\n:::\n`).join('\n') + `\n::: ${long}\nhidden body\n:::\n`;
		const divs = parseDump(text).blocks as FencedDivNode[];
		assert.equal(divs.length, 13);
		for (const d of divs) {
			const parts = divAttrParts(d);
			const attrs = d.attrs;
			assert.deepEqual({ id: parts.id, classes: parts.classes, pairs: parts.pairs }, { id: attrs.id, classes: attrs.classes, pairs: attrs.pairs });
			assert.equal(attrWords(parts), attrWords(attrs));
			assert.equal(isHidden(parts), isHidden(attrs));
		}
		assert.equal(isHidden(divAttrParts(divs[12])), true);
		// Held as parts: the shared parts themselves, the same object however many other divs were read between.
		const first = divs[0];
		assert.ok(!(first.heldAttrs instanceof AttributesNode));
		const p = divAttrParts(first);
		for (const d of divs.slice(1)) void d.attrs;
		assert.equal(divAttrParts(first), p);
		assert.equal(divAttrParts(divs[2]), p, 'divs of one attribute text share their parts');
		// A div the parser did not make (a plain object, as an escaped-HTML page builds) gives its attribute block.
		const block = { id: 'q', classes: ['b'], pairs: [], range: { start: 0, end: 0 } };
		const plain: FencedDiv = { kind: 'div', attrs: block, openRange: { start: 0, end: 0 }, closed: true, children: [], range: { start: 0, end: 0 } };
		assert.equal(divAttrParts(plain), block);
	});

	test('a grid cell parsed on its own maps its divs and attribute blocks back to the dump', () => {
		// The first two lines fill the column: pandoc cut one long word there, so the cell is parsed as a text of its own.
		const text = ['+------------------+', '| abcdefghijklmnop |', '| qrstuvwxyzabcdef |', '|                  |', '| ::: {#in .c}     |', '| cell text        |', '| :::              |', '+------------------+'].join('\n');
		const table = parseDump(text).blocks[0] as Table;
		assert.equal(table.kind, 'table');
		const div = table.rows[0].cells[0].blocks[1] as FencedDiv;
		assert.equal(div.kind, 'div');
		assert.deepEqual(div.openRange, range(text, '::: {#in .c}'));
		assert.deepEqual(div.attrs.range, range(text, '{#in .c}'));
		assert.deepEqual(div.closeRange, range(text, ':::', text.indexOf('cell text')));
		assert.deepEqual(div.range, { start: text.indexOf('::: {#in'), end: text.indexOf(':::', text.indexOf('cell text')) + 3 });
		assert.deepEqual(div.children[0].range, range(text, 'cell text'));
	});

	test('links and images without text share one frozen empty child list', () => {
		const text = 'A ![](https://px.example/a.gif) and ![](https://px.example/b.gif) [](https://example.org/) ![x](y.png)\n';
		const p = parseDump(text).blocks[0] as Paragraph;
		const [a, b] = p.content.filter((n): n is Image => n.kind === 'image');
		const link = p.content.find((n): n is Link => n.kind === 'link')!;
		assert.equal(a.alt.length, 0);
		assert.equal(a.alt, b.alt);
		assert.equal(a.alt, link.children);
		assert.ok(Object.isFrozen(a.alt));
		const withAlt = p.content.filter((n): n is Image => n.kind === 'image')[2];
		assert.equal(withAlt.alt.length, 1);
		assert.ok(!Object.isFrozen(withAlt.alt));
	});
});

suite('Block texts by order', () => {
	test('a table by the order of its blocks: get, has, set, numbers; blocks it does not number are ignored', () => {
		const [p, q] = parseDump('one\n\ntwo\n').blocks;
		const order = new Map([[p, 0]]);
		const texts = new BlockTexts(order);
		texts.grow();
		assert.equal(texts.has(p), false);
		texts.set(p, '');
		assert.equal(texts.has(p), true);
		assert.equal(texts.get(p), '');
		texts.set(q, 'two');
		assert.equal(texts.numbers(q), false);
		assert.equal(texts.get(q), undefined);
	});

	test('the block index keeps paragraphs\' raw texts by order, and the run\'s collapsed texts serve its blocks and others', () => {
		const doc = parseDump('First  line\nsecond line.\n\n## A   heading\n\n::: x\n<span>unclosed markup</span>\n:::\n');
		withTextCache(() => {
			const index = new BlockIndex(doc);
			const [p, h] = doc.blocks as [Paragraph, Paragraph];
			assert.equal(index.rawText.get(p), 'First  line second line.');
			assert.equal(index.rawText.has(h), false);
			assert.equal(collapsedText(p), 'First line second line.');
			// What the index remembered is what later readers get, not a new reading.
			rememberText(h, 'remembered');
			assert.equal(collapsedText(h), 'remembered');
			// A block outside the index (one an extraction step made) is cached too.
			const copy: Paragraph = { kind: 'paragraph', content: [new TextNode('a  b', 0, 0)], range: { start: 0, end: 0 } };
			assert.equal(collapsedText(copy), 'a b');
			rememberText(copy, 'kept');
			assert.equal(collapsedText(copy), 'kept');
		});
		// Outside a run nothing is kept.
		const [p] = doc.blocks as [Paragraph];
		rememberText(p, 'outside');
		assert.equal(collapsedText(p), 'First line second line.');
	});
});
