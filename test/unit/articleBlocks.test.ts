// The article's blocks as positions in the document's top-level list: read as the plain list was, the same blocks.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { compactArticleBlocks, MIN_VIEW_BLOCKS } from '../../src/core/extract/articleBlocks';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { viewColumns } from '../../src/core/model/arrayView';
import type { Block } from '../../src/core/model/dumpDocument';
import { renderMarkdown } from '../../src/core/render/articleMarkdown';

/** `n` sections of a heading and a paragraph, all at the top level. */
function sections(n: number): string {
	const parts: string[] = ['# A long page', ''];
	for (let i = 0; i < n; i++) parts.push(`## Part ${i}`, '', `Some words of part ${i}, a sentence of prose.`, '');
	return parts.join('\n');
}

suite('article blocks as positions', () => {
	test('a long page of top-level blocks: a view whose reads are the document blocks themselves', () => {
		const doc = parseDump(sections(MIN_VIEW_BLOCKS));
		const article = extractArticle(doc);
		const blocks = article.blocks;
		assert.ok(blocks.length >= MIN_VIEW_BLOCKS, `${blocks.length} blocks`);
		assert.ok(viewColumns(blocks), 'the list is a view of positions');
		assert.ok(Array.isArray(blocks));
		const plain = [...blocks];
		assert.equal(plain.length, blocks.length);
		const top = new Set<Block>(doc.blocks);
		for (let i = 0; i < blocks.length; i++) {
			assert.equal(blocks[i], plain[i], 'a read is the same block each time');
			assert.ok(top.has(blocks[i]));
		}
		assert.equal(blocks[blocks.length], undefined);
		assert.equal(blocks.indexOf(plain[7]), 7);
		assert.deepEqual(blocks.slice(0, 3), plain.slice(0, 3));
		assert.equal(JSON.stringify(blocks.slice(0, 5)), JSON.stringify(plain.slice(0, 5)));
		assert.throws(() => ((blocks as Block[])[0] = plain[1]), TypeError);
		// The renderers read the view as the list it stands for.
		assert.equal(renderMarkdown(article, doc).markdown, renderMarkdown({ ...article, blocks: plain }, doc).markdown);
	});

	test('the list stays as it is: too short, out of order, or a block not at the top level', () => {
		const doc = parseDump(sections(MIN_VIEW_BLOCKS));
		const top = doc.blocks;
		const all = top.slice();
		assert.ok(viewColumns(compactArticleBlocks(top, all)));
		const short = all.slice(0, MIN_VIEW_BLOCKS - 1);
		assert.equal(compactArticleBlocks(top, short), short);
		const swapped = all.slice();
		[swapped[1], swapped[2]] = [swapped[2], swapped[1]];
		assert.equal(compactArticleBlocks(top, swapped), swapped);
		const nested = parseDump('::: {.box}\nInside.\n:::\n').blocks[0];
		assert.equal(nested.kind, 'div');
		const withNested = [...all.slice(0, -1), ...(nested.kind === 'div' ? nested.children : [])];
		assert.equal(compactArticleBlocks(top, withNested), withNested);
	});

	test('a page with a container keeps its plain list', () => {
		const doc = parseDump(`::: {.article}\n${sections(50)}\n:::\n`);
		const article = extractArticle(doc);
		assert.ok(article.blocks.length > 0);
		assert.equal(viewColumns(article.blocks), undefined);
	});
});
