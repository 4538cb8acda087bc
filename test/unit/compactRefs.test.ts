// List items, grid cells, source texts, metadata nodes and diagnose's link references in their compact forms: read,
// rewritten and serialised as the plain objects they replace.
import * as assert from 'node:assert/strict';
import { buildContext } from '../../src/core/diagnose/context';
import { resolveOptions } from '../../src/core/diagnose/diagnose';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { MetadataScan } from '../../src/core/extract/metadata/scan';
import type { List, ListItem, Paragraph, Table, Text } from '../../src/core/model/dumpDocument';
import { SourceTextNode, sourceText } from '../../src/core/model/leafInlines';
import { ListItemNode, withItemChildren } from '../../src/core/model/listItemNode';
import { mapLineContent } from '../../src/core/model/walk';

const range = (text: string, piece: string, from = 0): { start: number; end: number } => {
	const start = text.indexOf(piece, from);
	assert.ok(start >= 0, piece);
	return { start, end: start + piece.length };
};

suite('Compact list items, cells, texts and references', () => {
	test('list items hold their ranges as numbers and serialise as the plain object, key order included', () => {
		const text = '- one\n- two\n\n10. ten\n';
		const [bullets, numbers] = parseDump(text).blocks as [List, List];
		const [one, two] = bullets.items;
		assert.ok(one instanceof ListItemNode && two instanceof ListItemNode);
		assert.deepEqual(one.range, range(text, '- one'));
		assert.deepEqual(one.markerRange, range(text, '-'));
		assert.deepEqual(two.markerRange, range(text, '-', 2));
		assert.deepEqual(numbers.items[0].markerRange, range(text, '10.'));
		assert.deepEqual(
			Object.keys(one).filter((k) => typeof (one as unknown as Record<string, unknown>)[k] === 'object'),
			['children'],
		);
		assert.equal(JSON.stringify(one), JSON.stringify({ range: one.range, markerRange: one.markerRange, children: one.children }));
	});

	test('an item rebuilt with other children keeps its ranges (withItemChildren, mapLineContent); a plain item is spread', () => {
		const text = '- first words\n- second words\n';
		const list = parseDump(text).blocks[0] as List;
		const item = list.items[1];
		const copy = withItemChildren(item, []);
		assert.ok(copy instanceof ListItemNode);
		assert.deepEqual(copy.children, []);
		assert.deepEqual(copy.range, item.range);
		assert.deepEqual(copy.markerRange, item.markerRange);
		const mapped = mapLineContent([list], () => [])[0] as List;
		assert.deepEqual(mapped.items[0].range, list.items[0].range);
		assert.deepEqual(mapped.items[0].markerRange, list.items[0].markerRange);
		const plain: ListItem = { range: { start: 0, end: 3 }, markerRange: { start: 0, end: 1 }, children: [] };
		const plainCopy = withItemChildren(plain, list.items[0].children);
		assert.ok(!(plainCopy instanceof ListItemNode));
		assert.deepEqual(plainCopy.range, plain.range);
		assert.equal(plainCopy.children, list.items[0].children);
	});

	test('a list inside a grid cell parsed on its own maps its items back to the dump', () => {
		// The first two lines fill the column: pandoc cut one long word there, so the cell is parsed as a text of its own.
		const text = ['+------------------+', '| abcdefghijklmnop |', '| qrstuvwxyzabcdef |', '|                  |', '| - cell item      |', '+------------------+'].join('\n');
		const table = parseDump(text).blocks[0] as Table;
		const list = table.rows[0].cells[0].blocks[1] as List;
		assert.equal(list.kind, 'list');
		assert.deepEqual(list.items[0].range, range(text, '- cell item'));
		assert.deepEqual(list.items[0].markerRange, range(text, '-', text.indexOf('cell item') - 2));
	});

	test('grid cells join their lines, continuing pieces without a break, as before', () => {
		const text = ['+------------------+------+', '| abcdefghijklmnop | x    |', '| qrstuvwxyzabcdef |      |', '|                  |      |', '| next line        | y    |', '+------------------+------+'].join('\n');
		const table = parseDump(text).blocks[0] as Table;
		const [first, second] = table.rows[0].cells;
		assert.equal(first.text, 'abcdefghijklmnopqrstuvwxyzabcdef\n\nnext line');
		assert.equal(second.text, 'x\n\n\ny');
		assert.equal(JSON.parse(JSON.stringify(first)).text, first.text);
		const empty = parseDump('+----+\n|    |\n+----+\n').blocks[0] as Table;
		assert.equal(empty.rows[0].cells[0].text, '');
	});

	test('source texts keep their soft break in their class, with the same value, range and JSON', () => {
		const source = 'xx hello yy';
		const plain = sourceText(source, 3, 8);
		const broken = sourceText(source, 3, 8, true);
		assert.ok(plain instanceof SourceTextNode && broken instanceof SourceTextNode);
		assert.equal(plain.softBreakAfter, false);
		assert.equal(broken.softBreakAfter, true);
		assert.equal(broken.value, 'hello');
		assert.deepEqual(Object.keys(broken), ['source', 'start', 'end']);
		assert.equal(JSON.stringify(plain), JSON.stringify({ kind: 'text', value: 'hello', range: { start: 3, end: 8 } }));
		const para = parseDump('first line\nsecond line\n').blocks[0] as Paragraph;
		const head = para.content[0] as Text;
		assert.equal(head.softBreakAfter, true);
		assert.equal(head.value, 'first line');
	});

	test('metadata nodes share the tags of their attributes and answer words, hidden, wordsId and itemprop as before', () => {
		const text = '::: {.byline itemprop="author"}\n[A]{.byline} and [B]{.byline} [C]{.byline hidden=""}\n:::\n\nplain words\n';
		const s = new MetadataScan(parseDump(text), {});
		const [div, para, a, b, c, plain] = s.nodes;
		assert.equal(div.itemprop, 'author');
		assert.equal(div.words, 'byline author');
		assert.equal(para.words, '');
		assert.equal(para.wordsId, 0);
		assert.equal(a.words, 'byline');
		assert.equal(a.wordsId, b.wordsId);
		assert.equal(a.hidden, false);
		assert.equal(c.hidden, true);
		assert.equal(c.words, 'byline');
		assert.equal(c.itemprop, '');
		assert.equal(plain.words, '');
		assert.equal(plain.order, 5);
		// The parent is kept by order in the scan's table, not as a field (metadata/scan.ts NodeTable); a block node's
		// block too; an inline node's span, link or image is a private field.
		assert.deepEqual(Object.keys(a), ['order']);
		assert.deepEqual(Object.keys(para), ['order']);
		assert.equal(a.inline?.kind, 'span');
		assert.equal(para.block?.kind, 'paragraph');
		assert.equal(a.parent, para);
		assert.equal(para.parent, div);
		assert.equal(div.parent, undefined);
		assert.ok(s.wordTest(a, /byline/) && s.wordTest(c, /byline/) && !s.wordTest(plain, /byline/));
	});

	test('diagnose reads link references and text runs in their compact forms', () => {
		const text = '# Title\n\n[alone](https://example.org/a)\n\nSee [one](https://example.org/b) and [![img](https://example.org/i.png)](https://example.org/c) too.\n';
		const doc = parseDump(text);
		const ctx = buildContext(doc, extractArticle(doc), resolveOptions({ scope: 'page' }));
		const refs = [...ctx.links].map((r) => ({ href: r.node.kind === 'link' ? r.node.href : r.node.src, alone: r.aloneInBlock, parent: r.parentLink?.href, block: r.block.kind }));
		assert.deepEqual(refs, [
			{ href: 'https://example.org/a', alone: true, parent: undefined, block: 'paragraph' },
			{ href: 'https://example.org/b', alone: false, parent: undefined, block: 'paragraph' },
			{ href: 'https://example.org/c', alone: false, parent: undefined, block: 'paragraph' },
			{ href: 'https://example.org/i.png', alone: false, parent: 'https://example.org/c', block: 'paragraph' },
		]);
		const runs: string[] = [];
		for (let i = 0; i < ctx.textRuns.length; i += 2) runs.push(text.slice(ctx.textRuns[i], ctx.textRuns[i + 1]));
		assert.deepEqual(runs, ['Title', 'See ', ' and ', ' too.']);
	});
});
