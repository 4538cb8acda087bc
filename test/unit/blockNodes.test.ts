// Paragraphs and headings with their ranges as numbers: read, rewritten and serialised as the plain blocks they replace.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { HeadingNode, ParagraphNode, withContent } from '../../src/core/model/blockNodes';
import type { FencedDiv, Heading, Paragraph, Table } from '../../src/core/model/dumpDocument';
import { mapLineContent } from '../../src/core/model/walk';
import { TextNode } from '../../src/core/model/leafInlines';

const range = (text: string, piece: string, from = 0): { start: number; end: number } => {
	const start = text.indexOf(piece, from);
	assert.ok(start >= 0, piece);
	return { start, end: start + piece.length };
};

suite('Block nodes (paragraphs and headings)', () => {
	test('the parser makes them with the ranges of their source, and holds no range object', () => {
		const text = '## Title here {#t .x}\n\nSome words\nof prose.\n\nSetext\n======\n';
		const [h, p, s] = parseDump(text).blocks as [Heading, Paragraph, Heading];
		assert.ok(h instanceof HeadingNode && p instanceof ParagraphNode && s instanceof HeadingNode);
		assert.deepEqual(h.range, range(text, '## Title here {#t .x}'));
		assert.deepEqual(h.contentRange, range(text, 'Title here'));
		assert.equal(h.attrs?.id, 't');
		assert.deepEqual(p.range, range(text, 'Some words\nof prose.'));
		assert.deepEqual(s.range, range(text, 'Setext\n======'));
		assert.deepEqual(s.contentRange, range(text, 'Setext'));
		assert.equal(s.setext, true);
		// The point of the classes: no `{ start, end }` object (40 bytes) lives on the node.
		for (const b of [h, p, s]) for (const key of Object.keys(b)) assert.ok(typeof (b as unknown as Record<string, unknown>)[key] !== 'object' || key === 'inlines' || key === 'attrs', `${b.kind}.${key}`);
		assert.notEqual(p.range, p.range);
	});

	test('JSON is the plain block, key order included (a setext heading has no attrs)', () => {
		const text = '# A\n\nb\n\nC\n-\n';
		const [h, p, s] = parseDump(text).blocks;
		assert.equal(JSON.stringify(h), '{"kind":"heading","level":1,"content":[{"kind":"text","value":"A","range":{"start":2,"end":3}}],"contentRange":{"start":2,"end":3},"setext":false,"range":{"start":0,"end":3}}');
		assert.equal(JSON.stringify(p), '{"kind":"paragraph","content":[{"kind":"text","value":"b","range":{"start":5,"end":6}}],"range":{"start":5,"end":6}}');
		assert.equal(JSON.stringify(s), '{"kind":"heading","level":2,"content":[{"kind":"text","value":"C","range":{"start":8,"end":9}}],"contentRange":{"start":8,"end":9},"setext":true,"range":{"start":8,"end":11}}');
	});

	test('a grid cell parsed on its own maps its paragraphs and headings back to the dump', () => {
		// The first two lines fill the column: pandoc cut one long word there, so the cell is parsed as a text of its own.
		const text = ['+------------+', '| abcdefghij |', '| klmnopqrst |', '|            |', '| ## Head    |', '|            |', '| cell text  |', '+------------+'].join('\n');
		const table = parseDump(text).blocks[0] as Table;
		assert.equal(table.kind, 'table');
		const [word, h, p] = table.rows[0].cells[0].blocks as [Paragraph, Heading, Paragraph];
		assert.deepEqual(word.content.map((n) => n.kind === 'text' && n.value), ['abcdefghijklmnopqrst']);
		assert.equal(h.kind, 'heading');
		assert.deepEqual(h.range, range(text, '## Head'));
		assert.deepEqual(h.contentRange, range(text, 'Head'));
		assert.deepEqual(p.range, range(text, 'cell text'));
		// The cell's one-text paragraph was held as its string: moving the block's offsets leaves the text's value.
		assert.deepEqual(p.content.map((n) => n.kind === 'text' && n.value), ['cell text']);
	});

	test('a rewrite of the content keeps the kind, the ranges and the rest (mapLineContent, withContent)', () => {
		const text = '::: {.a}\n### Head {#h}\n\nbody text\n:::\n';
		const doc = parseDump(text);
		const out = mapLineContent(doc.blocks, (content) => [...content, new TextNode('!', 0, 0)]);
		const div = out[0] as FencedDiv;
		const [h, p] = div.children as [Heading, Paragraph];
		const [h0, p0] = (doc.blocks[0] as FencedDiv).children as [Heading, Paragraph];
		assert.notEqual(h, h0);
		assert.equal(h.kind, 'heading');
		assert.equal(h.level, 3);
		assert.equal(h.attrs?.id, 'h');
		assert.deepEqual(h.range, h0.range);
		assert.deepEqual(h.contentRange, h0.contentRange);
		assert.equal(p.kind, 'paragraph');
		assert.deepEqual(p.range, p0.range);
		assert.equal(p.content.length, p0.content.length + 1);
		// A plain block (one an extraction step made) is copied as a plain object.
		const plain: Paragraph = { kind: 'paragraph', content: [], range: { start: 1, end: 2 } };
		assert.deepEqual(withContent(plain, p0.content), { kind: 'paragraph', content: p0.content, range: { start: 1, end: 2 } });
	});

	test('one plain text is held as its source string, one other inline without its array; content reads the same', () => {
		const text = '## Plain title\n\nOne line.\n\n## [Linked](https://a.example/)\n\nTwo\nlines.\n\nAn *emphasis*.\n';
		const [h, p, linked, two, mixed] = parseDump(text).blocks as [Heading, Paragraph, Heading, Paragraph, Paragraph];
		const held = (b: Paragraph | Heading): unknown => (b as unknown as { inlines: unknown }).inlines;
		// The one text spanning the heading's text, or the paragraph: its string (the dump), no node and no array.
		assert.equal(held(h), text);
		assert.equal(held(p), text);
		assert.equal(JSON.stringify(h.content), `[{"kind":"text","value":"Plain title","range":${JSON.stringify(range(text, 'Plain title'))}}]`);
		assert.equal(JSON.stringify(p.content), `[{"kind":"text","value":"One line.","range":${JSON.stringify(range(text, 'One line.'))}}]`);
		// Made when read: equal values, a new array each time.
		assert.notEqual(p.content, p.content);
		assert.deepEqual(p.content[0].range, p.content[0].range);
		// A single link is held as the node itself, so it is the same node on every read.
		assert.equal(linked.content.length, 1);
		assert.equal(linked.content[0].kind, 'link');
		assert.equal(linked.content[0], linked.content[0]);
		assert.equal(held(linked), linked.content[0]);
		// Several inlines keep their array.
		assert.ok(Array.isArray(held(two)) && Array.isArray(held(mixed)));
		assert.equal(two.content, two.content);
		assert.deepEqual(two.content.map((n) => n.kind === 'text' && n.value), ['Two', 'lines.']);
		// A rewrite with one text that is not the block's whole text keeps it as a node.
		const cut = withContent(p, [new TextNode('One', p.range.start, p.range.start + 3)]);
		assert.ok(cut.content[0] instanceof TextNode);
		assert.equal(held(cut), cut.content[0]);
	});

	test('a heading keeps its level and form in one field', () => {
		const text = '###### Six\n\nOne\n===\n\nTwo\n---\n';
		const [six, one, two] = parseDump(text).blocks as [Heading, Heading, Heading];
		assert.deepEqual([six.level, six.setext, one.level, one.setext, two.level, two.setext], [6, false, 1, true, 2, true]);
		const copy = withContent(one, two.content);
		assert.deepEqual([copy.level, copy.setext], [1, true]);
	});
});
