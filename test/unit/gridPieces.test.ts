// Grid cells whose lines pandoc cut to the column width: the pieces are read back as the lines pandoc wrote.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block, FencedDiv, Heading, Image, Inline, Link, List, Paragraph, Span, Table } from '../../src/core/model/dumpDocument';

/**
 * A one-cell grid table of content width `width` holding `lines`, each cut as pandoc's layout library cuts a line
 * longer than the column (DocLayout's `chop`): from its end, in pieces of exactly `width`, the remainder first.
 */
function gridCell(width: number, lines: string[]): string {
	const rows: string[] = [];
	for (const line of lines) {
		if (line.length <= width) {
			rows.push(line);
			continue;
		}
		const head = line.length % width || width;
		rows.push(line.slice(0, head));
		for (let k = head; k < line.length; k += width) rows.push(line.slice(k, k + width));
	}
	const border = `+${'-'.repeat(width + 2)}+`;
	return [border, ...rows.map((r) => `| ${r.padEnd(width)} |`), border, ''].join('\n');
}

function cellBlocks(dump: string): Block[] {
	const table = parseDump(dump).blocks[0] as Table;
	assert.equal(table.kind, 'table');
	return table.rows[0].cells[0].blocks;
}

function texts(nodes: readonly Inline[]): string {
	return nodes.map((n) => (n.kind === 'text' ? n.value + (n.softBreakAfter ? ' ' : '') : n.kind === 'softbreak' ? ' ' : 'children' in n ? texts(n.children) : '')).join('');
}

suite('grid cells cut to the column (issue 12)', () => {
	test('a fence line, an image and a span cut mid-token parse as the div, image and span they were', () => {
		const dump = gridCell(40, [
			'::: {style="display: table-cell; width: 33%; vertical-align: top;"}',
			'![Pencil](https://example.org/paywall/pencil.png){style="width: 14px; height: 14px;"}',
			'[Front-row access to the future of',
			'AI]{style="font-family: sans-serif; font-size: 11px; font-weight: 600;"}',
			':::',
		]);
		assert.ok(dump.split('\n').length > 10, 'the fixture\'s long lines are cut into pieces');
		const blocks = cellBlocks(dump);
		assert.equal(blocks.length, 1);
		const div = blocks[0] as FencedDiv;
		assert.equal(div.kind, 'div');
		assert.deepEqual(div.attrs.pairs, [['style', 'display: table-cell; width: 33%; vertical-align: top;']]);
		const content = (div.children[0] as Paragraph).content;
		const image = content.find((n): n is Image => n.kind === 'image');
		assert.equal(image?.src, 'https://example.org/paywall/pencil.png');
		const span = content.find((n): n is Span => n.kind === 'span');
		assert.equal(span && texts(span.children), 'Front-row access to the future of AI');
		assert.equal(texts(content).trim(), 'Front-row access to the future of AI');
	});

	test('a heading cut into pieces keeps its words and its attributes', () => {
		const dump = gridCell(30, ['# Marietta Electricians Costs & Prices - Cost Report {#marietta-costs .bold style="margin: 0px;"}', '', 'Prices for the area.']);
		const blocks = cellBlocks(dump);
		const heading = blocks[0] as Heading;
		assert.equal(heading.kind, 'heading');
		assert.equal(texts(heading.content), 'Marietta Electricians Costs & Prices - Cost Report');
		assert.equal(heading.attrs?.id, 'marietta-costs');
		assert.equal(texts((blocks[1] as Paragraph).content), 'Prices for the area.');
	});

	test('a heading cut right after a space keeps the space the padding hid (How + AI, not HowAI)', () => {
		// The remainder is `# [How ` (its space hidden by the padding), the pieces after it fill the column.
		const line = '# [How AI Can Cut Your Planning Cycle](https://example.org/p/how-ai) {#how-ai-can-cut-x}';
		const dump = gridCell(27, [line]);
		assert.ok(dump.includes('| # [How                      |\n| AI Can Cut Your Planning Cy |\n| cle]('), dump);
		const heading = cellBlocks(dump)[0] as Heading;
		assert.equal(heading.kind, 'heading');
		assert.equal(texts(heading.content), 'How AI Can Cut Your Planning Cycle');
		assert.equal(heading.attrs?.id, 'how-ai-can-cut-x');
		const link = heading.content[0] as Link;
		assert.equal(link.href, 'https://example.org/p/how-ai');
		assert.deepEqual(link.range, { start: dump.indexOf('[How'), end: dump.indexOf('how-ai)') + 'how-ai)'.length });
		// A cut inside a word or a URL still joins with nothing between.
		const cut = gridCell(20, ['# Outstanding Electricians of Marietta {#elec}', '', '<https://example.org/AbcDefGhiJkl/Mnop>']);
		const blocks = cellBlocks(cut);
		assert.equal(texts((blocks[0] as Heading).content), 'Outstanding Electricians of Marietta');
		assert.equal(((blocks[1] as Paragraph).content[0] as Link).href, 'https://example.org/AbcDefGhiJkl/Mnop');
		// A fence's class name cut before a capital (`::: author` + `Name__container`) is one name.
		const fence = gridCell(15, ['::: authorName__container', 'Shel Silverstein', ':::']);
		assert.ok(fence.includes('| ::: author      |\n| Name__container |'), fence);
		assert.deepEqual((cellBlocks(fence)[0] as FencedDiv).attrs.classes, ['authorName__container']);
	});

	test('a narrow column: a fence cut after one colon, a piece opening with the cut space', () => {
		const dump = gridCell(11, ['::: {.sd-section-border .sd-section-content style="padding: 20px;"}', 'Electricians', ':::', '', '::: {style="width: 100%;"}', ':::']);
		const blocks = cellBlocks(dump);
		const div = blocks[0] as FencedDiv;
		assert.equal(div.kind, 'div');
		assert.deepEqual(div.attrs.classes, ['sd-section-border', 'sd-section-content']);
		assert.equal(texts((div.children[0] as Paragraph).content), 'Electricians');
		assert.deepEqual((blocks[1] as FencedDiv).attrs.pairs, [['style', 'width: 100%;']]);
	});

	test('a link target cut across pieces is one target again', () => {
		const dump = gridCell(20, ['See the [annual report](https://example.org/reports/2024/annual-report-final.pdf){.pdf} for details.']);
		const para = cellBlocks(dump)[0] as Paragraph;
		const link = para.content.find((n): n is Link => n.kind === 'link');
		assert.equal(link?.href, 'https://example.org/reports/2024/annual-report-final.pdf');
	});

	test('the line after a cut URL is a line of its own, not more of the URL', () => {
		const dump = gridCell(20, ['Visit', '<https://example.org/abcdefghi>', 'today or call us.']);
		const para = cellBlocks(dump)[0] as Paragraph;
		const link = para.content.find((n): n is Link => n.kind === 'link');
		assert.equal(link?.href, 'https://example.org/abcdefghi');
		assert.equal(texts(para.content), 'Visit https://example.org/abcdefghi today or call us.');
	});

	test('lines pandoc wrapped stay lines: list items, prose filling the column, a line after a fence', () => {
		// Each of these lines is exactly as wide as the column, as a wrapped line can be.
		const dump = gridCell(21, ['-   Certified crews', '-   Flat-rate pricing', '', 'We move homes across', 'the county every day.', '', '::: {.note}', ':::', 'Storage is available.']);
		const blocks = cellBlocks(dump);
		const list = blocks[0] as List;
		assert.equal(list.kind, 'list');
		assert.deepEqual(list.items.map((it) => texts((it.children[0] as Paragraph).content)), ['Certified crews', 'Flat-rate pricing']);
		assert.equal(texts((blocks[1] as Paragraph).content), 'We move homes across the county every day.');
		assert.equal(blocks[2].kind, 'div');
		assert.equal(texts((blocks[3] as Paragraph).content), 'Storage is available.');
	});

	test('a fence line with a class word, then prose that fills the column, are two lines', () => {
		const dump = gridCell(33, ['::: paragraph', 'The "master" branch in Git is not', 'a special branch.', ':::']);
		const div = cellBlocks(dump)[0] as FencedDiv;
		assert.deepEqual(div.attrs.classes, ['paragraph']);
		assert.equal(texts((div.children[0] as Paragraph).content), 'The "master" branch in Git is not a special branch.');
	});

	test('ranges of a cut cell\'s blocks are offsets of the dump, inside the table', () => {
		const dump = gridCell(40, ['::: {style="display: table-cell; width: 33%; vertical-align: top;"}', 'Short text.', ':::']);
		const div = cellBlocks(dump)[0] as FencedDiv;
		assert.ok(dump.slice(div.openRange.start).startsWith('::: {style="'), dump.slice(div.openRange.start, div.openRange.start + 20));
		const para = div.children[0] as Paragraph;
		assert.equal(dump.slice(para.range.start, para.range.end), 'Short text.');
		assert.ok(div.range.end <= dump.length);
	});
});
