// Speed (issue 13): one measure of a block read without its stats object, the inline parse's segments rewritten per block, diagnose's text runs found without slices: each answers as before.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block, Inline } from '../../src/core/model/dumpDocument';
import { childBlocks } from '../../src/core/model/blockTree';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { withTextCache } from '../../src/core/extract/inlineText';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { resolveOptions } from '../../src/core/diagnose/diagnose';
import { buildContext } from '../../src/core/diagnose/context';

/** Every block of a tree, depth first. */
function allBlocks(blocks: readonly Block[], out: Block[] = []): Block[] {
	for (const b of blocks) {
		out.push(b);
		allBlocks(childBlocks(b), out);
	}
	return out;
}

/** A page with prose, links, lists, a table, a container above the columns' 16-bit range, and a hidden block. */
function page(): string {
	const prose = 'A sentence of plain prose, with commas, and a few more words to make it long enough to count. ';
	const long = prose.repeat(800);
	return [
		'# Title',
		'',
		'::: {.wrap}',
		prose.repeat(3),
		'',
		'- [a link item of some length](/x)',
		'- plain item, with a comma',
		'',
		'::: inner',
		long,
		'',
		'[Read more](/more) and [other](/o) links.',
		':::',
		':::',
		'',
		'::: {style="display:none"}',
		'Hidden words here.',
		':::',
		'',
		'| a | b |',
		'|---|---|',
		'| 1 | 2 |',
		'',
	].join('\n');
}

suite('speed: fewer objects', () => {
	test('charsOf and proseCharsOf read what statsOf reads, for every block, the root and a block not indexed', () => {
		withTextCache(() => {
			const doc = parseDump(page());
			const index = new BlockIndex(doc);
			let big = 0;
			for (const b of allBlocks(doc.blocks)) {
				const s = index.statsOf(b);
				assert.strictEqual(index.charsOf(b), s.chars);
				assert.strictEqual(index.proseCharsOf(b), s.proseChars);
				if (s.chars > 0xffff) big++;
			}
			assert.ok(big > 0, 'a container above the columns range');
			assert.strictEqual(index.charsOf(undefined), index.rootStats.chars);
			assert.strictEqual(index.proseCharsOf(undefined), index.rootStats.proseChars);
			const stranger = parseDump('Another paragraph.').blocks[0];
			assert.strictEqual(index.charsOf(stranger), 0);
			assert.strictEqual(index.proseCharsOf(stranger), 0);
		});
	});

	test('inlines of paragraphs of one line, several lines, list items, quotes and glued table cells parse as before', () => {
		const text = ['Para *one*', 'line two [link](/a)', '', '> quoted **bold**', '> more', '', '- item `code`', '  continued', '', 'last'].join('\n');
		const doc = parseDump(text);
		const texts = allBlocks(doc.blocks)
			.filter((b) => b.kind === 'paragraph')
			.map((b) => JSON.stringify(b.kind === 'paragraph' ? b.content : []));
		assert.strictEqual(texts.length, 4);
		assert.ok(texts[0].includes('"emphasis"') && texts[0].includes('"link"'));
		assert.ok(texts[1].includes('"strong"') || texts[1].includes('emphasis'));
		assert.ok(texts[2].includes('"code"'));
	});

	test('diagnose reads the text runs the slice-and-trim reading found, across gaps of white space and soft breaks', () => {
		const text = ['# Title', '', 'Words   ', 'after a break [link](https://example.com/) and *more*', 'text\u00a0', 'ends [x]{.a} y\u2003', 'z', ''].join('\n');
		const doc = parseDump(text);
		const ctx = buildContext(doc, extractArticle(doc), resolveOptions({ scope: 'page' }));
		// The reading before: each gap sliced and trimmed.
		const want: number[] = [];
		const runs = (inlines: readonly Inline[]): void => {
			let start = -1;
			let end = -1;
			const flush = (): void => {
				if (start >= 0) want.push(start, end);
				start = -1;
			};
			for (const n of inlines) {
				if (n.kind === 'text' || n.kind === 'softbreak') {
					if (start >= 0 && doc.text.slice(end, n.range.start).trim() !== '') flush();
					if (start < 0) start = n.range.start;
					end = n.kind === 'text' && n.softBreakAfter ? n.range.end + 1 : n.range.end;
					continue;
				}
				flush();
				if (n.kind === 'emphasis' || n.kind === 'span') runs(n.children);
			}
			flush();
		};
		for (const b of allBlocks(doc.blocks)) if (b.kind === 'paragraph' || b.kind === 'heading') runs(b.content);
		assert.ok(want.length >= 8);
		assert.deepStrictEqual(Array.from(ctx.textRuns), want);
	});
});
