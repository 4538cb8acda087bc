// Run state held as numbers: the block index's parent orders and the Markdown renderer's output blocks read as before.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import type { Block } from '../../src/core/model/dumpDocument';
import { renderBlocksMarkdown } from '../../src/core/render/articleMarkdown';
import { viewColumns } from '../../src/core/model/arrayView';
import { outputBlockReader } from '../../src/core/render/renderedMarkdown';

/** Sections of a heading and a paragraph in divs, nested two deep: more blocks than the parents' first room (256). */
function sections(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) parts.push(`::: {.outer}`, `::: {.inner}`, `## Part ${i}`, '', `Words of part ${i}.`, ':::', ':::', '');
	return parts.join('\n');
}

suite('compact run state', () => {
	test('parents past the first room of the index: each block names its own container, top blocks none', () => {
		const doc = parseDump(sections(200));
		const index = new BlockIndex(doc);
		assert.equal(index.parent.size, 800);
		let checked = 0;
		const visit = (b: Block, parent: Block | undefined): void => {
			assert.equal(index.parent.get(b), parent);
			checked++;
			if (b.kind === 'div') for (const c of b.children) visit(c, b);
		};
		for (const b of doc.blocks) visit(b, undefined);
		assert.equal(checked, 800);
		const entries = [...index.parent];
		assert.deepEqual(entries.map(([b]) => b), [...index.parent.keys()]);
		for (const [b, p] of entries) assert.equal(p, index.parent.get(b));
	});

	test('output blocks: lines and source read as the plain objects were, JSON in the same form and key order', () => {
		const source = '# Title\n\nFirst paragraph.\n\nSecond\nparagraph.\n';
		const r = renderBlocksMarkdown(parseDump(source).blocks);
		assert.deepEqual(r.blocks.map((b) => [b.startLine, b.endLine, source.slice(b.source.start, b.source.end)]), [
			[0, 0, '# Title'],
			[2, 2, 'First paragraph.'],
			[4, 4, 'Second\nparagraph.'],
		]);
		assert.ok(viewColumns(r.blocks), 'the list is a view of columns');
		assert.ok(Array.isArray(r.blocks));
		assert.equal(JSON.stringify(r.blocks[0]), '{"startLine":0,"endLine":0,"source":{"start":0,"end":7}}');
		assert.equal(JSON.stringify(r.blocks), JSON.stringify([...r.blocks]));
		assert.deepEqual(r.blocks, [...r.blocks]);
		assert.deepEqual(Object.keys(r.blocks), ['0', '1', '2']);
		assert.equal(r.blocks[3], undefined);
		assert.notEqual(r.blocks[1], r.blocks[1], 'each read makes its own object, as the model makes its ranges');
		assert.throws(() => ((r.blocks as unknown as { length: number }[])[0] = { length: 1 }), TypeError);
		const reader = outputBlockReader(r.blocks);
		const plain = outputBlockReader([...r.blocks]);
		assert.equal(reader.length, 3);
		for (let i = 0; i < 3; i++) {
			assert.deepEqual([reader.startLine(i), reader.endLine(i), reader.sourceStart(i), reader.sourceEnd(i)], [plain.startLine(i), plain.endLine(i), plain.sourceStart(i), plain.sourceEnd(i)]);
		}
	});
});
