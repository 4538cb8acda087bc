// The HTML renderer parses long Markdown a piece at a time: where it may cut, and that the HTML is the same.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { renderArticleHtml } from '../../src/core/render/articleHtml';
import { MARKDOWN_CHUNK_CHARS, markdownChunks } from '../../src/core/render/markdownChunks';
import type { OutputBlock, RenderedMarkdown } from '../../src/core/render/renderedMarkdown';

/** Output blocks as the Markdown renderer writes them: each block's lines, blocks separated by one blank line. */
function rendered(blockTexts: readonly string[]): RenderedMarkdown {
	const blocks: OutputBlock[] = [];
	let line = 0;
	let offset = 0;
	for (const t of blockTexts) {
		const n = t.split('\n').length;
		blocks.push({ startLine: line, endLine: line + n - 1, source: { start: offset, end: offset + t.length } });
		line += n + 1;
		offset += t.length + 2;
	}
	return { markdown: blockTexts.join('\n\n') + '\n', blocks };
}

/** The cut lines for pieces of at least one character: every boundary the rules allow. */
function cutLines(r: RenderedMarkdown): number[] {
	return markdownChunks(r.markdown, r.blocks, 1).slice(1).map((c) => c.line);
}

/** Blocks a cut between would change: each pair must stay in one piece. */
const JOINING = [
	['- a', '- b'], // a list item after a blank line continues the list (and makes it loose)
	['1. a', '2) b'],
	['* a', '+ b'],
	['- a', '  more of a'], // an indented line is more of the item
	['    code', '    more code'], // indented code goes on across the blank line
];

/** Blocks that start afresh after a blank line, whatever is above. */
const FRESH = ['# Heading', 'A paragraph of prose.', '> A quote', '| a | b |\n|---|---|\n| 1 | 2 |', '```\ncode\n\nwith a blank line\n```', '---', 'Text\n==='];

suite('markdown pieces for the HTML renderer', () => {
	test('cuts before a block that starts afresh, never inside a list, indented code or a list item', () => {
		for (const [a, b] of JOINING) assert.deepEqual(cutLines(rendered(['# Title', 'Prose.', a, b])), [2], `${a} | ${b}`);
		for (const f of FRESH) assert.deepEqual(cutLines(rendered(['- a list', f, '    code'])), [2], f);
	});

	test('no cut where the blocks are not separated by a blank line, or the gap holds text', () => {
		const r = rendered(['# Title', 'Para']);
		const joined: RenderedMarkdown = { markdown: '# Title\nPara\n', blocks: [{ ...r.blocks[0] }, { startLine: 1, endLine: 1, source: r.blocks[1].source }] };
		assert.deepEqual(cutLines(joined), []);
		const gap: RenderedMarkdown = { markdown: '# Title\n\n<!-- -->\n\nPara\n', blocks: [r.blocks[0], { startLine: 4, endLine: 4, source: r.blocks[1].source }] };
		assert.deepEqual(cutLines(gap), []);
	});

	test('no cut at all with a reference definition or a CR', () => {
		assert.deepEqual(cutLines(rendered(['# A', 'See [x].', '# B', '[x]: https://example.com'])), []);
		assert.deepEqual(cutLines(rendered(['# A', 'One\rtwo', '# B'])), []);
		assert.deepEqual(cutLines(rendered(['# A', 'Text', '# B'])), [2, 4]);
	});

	test('a short article is one piece', () => {
		const r = rendered(['# A', 'Text', '# B']);
		assert.deepEqual(markdownChunks(r.markdown, r.blocks), [{ offset: 0, line: 0 }]);
	});

	test('markdown-it renders the pieces to the same HTML as the whole', () => {
		const md = new MarkdownIt('default', { html: false });
		const parts: string[] = [];
		for (let k = 0; k < 40; k++) parts.push(FRESH[k % FRESH.length], ...JOINING[k % JOINING.length], `Paragraph ${k} with *emphasis* and [a link](https://example.com/${k}).`);
		const r = rendered(parts);
		const chunks = markdownChunks(r.markdown, r.blocks, 1);
		assert.ok(chunks.length >= 60, `${chunks.length} pieces`);
		const pieces = chunks.map((c, i) => md.render(r.markdown.slice(c.offset, chunks[i + 1]?.offset)));
		assert.equal(pieces.join(''), md.render(r.markdown));
	});

	test('a long article: heading ids stay unique across pieces and blocks keep their dump lines', () => {
		const parts: string[] = [];
		for (let k = 0; k < 2_000; k++) parts.push('## Toc', `Some words of prose, number ${k}.`);
		const r = rendered(parts);
		assert.ok(markdownChunks(r.markdown, r.blocks).length > 1);
		// A dump whose line k is output block k's source (the blocks' sources are offsets into the joined Markdown).
		const out = renderArticleHtml(r, { dump: r.markdown });
		assert.equal(out.toc.length, 2_000);
		assert.deepEqual(out.toc.slice(0, 3).map((t) => t.id), ['pd-h-toc', 'pd-h-toc-2', 'pd-h-toc-3']);
		assert.equal(new Set(out.toc.map((t) => t.id)).size, 2_000);
		assert.deepEqual(out.toc.map((t) => t.line), r.blocks.filter((_, i) => i % 2 === 0).map((b) => b.startLine));
		assert.equal(out.stats.words, 2_000 * 7);
		assert.ok(out.html.length > MARKDOWN_CHUNK_CHARS);
		assert.match(out.html, /<h2 data-line-start="7996" data-line-end="7996" id="pd-h-toc-2000">Toc<\/h2>/);
	});
});
