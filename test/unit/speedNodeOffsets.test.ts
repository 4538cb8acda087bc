// Issue 13: a metadata node's `start` and `end` (read without making a range object) are its item's range, for every kind of node.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { withTextCache } from '../../src/core/extract/inlineText';
import { MetadataScan } from '../../src/core/extract/metadata/scan';

/** Pieces of synthetic dumps: text, spans, links of each form, images, emphasis and code. */
const PIECES = [
	'Jane', 'wrote', ' ', '2024', '[span]{.byline}', '[a link](/author/x)', '[titled](/a "Title"){.c}', '<https://example.org/x>',
	'![alt](data:image/png;base64,AAAA)', '![pic](/p.png){.lead}', '**bold**', '`code`', '[ref][r]',
];
const LINE = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));
/** Blocks of every kind the scan makes nodes of: paragraphs, headings, list items, quotes, code, a table, an HTML div. */
const BLOCK = fc.oneof(
	fc.tuple(fc.constantFrom('', '# ', '## ', '- ', '1. ', '> '), LINE).map(([lead, l]) => `${lead}${l}\n`),
	LINE.map((l) => `| a | b |\n|---|---|\n| ${l} | x |\n`),
	LINE.map((l) => `\`\`\` {.js}\n${l}\n\`\`\`\n`),
	LINE.map((l) => `<div class="box">\n\n${l}\n\n</div>\n`),
);
const DUMP = fc
	.tuple(fc.array(BLOCK, { minLength: 1, maxLength: 8 }), fc.constantFrom('', 'author', 'post-date'))
	.map(([blocks, cls]) => `${cls ? `::: {.${cls}}\n${blocks.join('\n')}\n:::\n` : blocks.join('\n')}\n[r]: /ref\n`);

suite('speed: metadata node offsets (issue 13)', () => {
	test('every node\'s start and end are its range\'s', () => {
		fc.assert(
			fc.property(DUMP, (dump) =>
				withTextCache(() => {
					const s = new MetadataScan(parseDump(dump), {});
					for (const n of s.nodes) {
						assert.equal(n.start, n.range.start);
						assert.equal(n.end, n.range.end);
					}
				}),
			),
			{ numRuns: 300 },
		);
	});

	test('a page of every node kind gives blocks and inlines with the offsets of their source', () => {
		const dump = '# Title\n\n::: {.byline}\nBy [Jane Doe](/author/jane) on [May 1, 2024]{.date} ![x](/a.png)\n:::\n\n- one\n- two\n\n| a |\n|---|\n| b |\n';
		const s = new MetadataScan(parseDump(dump), {});
		const kinds = new Set<string | undefined>(s.nodes.map((n) => n.block?.kind ?? n.inline?.kind));
		for (const k of ['heading', 'div', 'paragraph', 'link', 'span', 'image', 'list', 'table']) assert.ok(kinds.has(k), k);
		for (const n of s.nodes) assert.deepEqual({ start: n.start, end: n.end }, n.range);
		const link = s.nodes.find((n) => n.inline?.kind === 'link')!;
		assert.equal(dump.slice(link.start, link.end), '[Jane Doe](/author/jane)');
	});
});
