// Pieces joined through a buffer outside the heap (render/offHeapJoin.ts): always exactly `parts.join('')`.
import * as assert from 'node:assert/strict';
import { renderArticleHtml, writeArticleHtml } from '../../src/core/render/articleHtml';
import { OffHeapJoin } from '../../src/core/render/offHeapJoin';
import { extractDump } from '../../src/core/render/formats';

function joined(pieces: readonly string[], threshold: number): string {
	const j = new OffHeapJoin(threshold);
	for (const p of pieces) j.push(p);
	return j.text();
}

/** Pieces of every width of character: ASCII, Latin-1, BMP past U+07FF, pairs, a BOM, a NUL, empty pieces. */
const WIDE = ['\uFEFFstart <p>', 'é and ü', '', '漢字 and ✓', '😀 a pair', '\u0000 nul', 'x'.repeat(50), '\uFEFF', 'end'];

suite('OffHeapJoin', () => {
	test('under its threshold: the pieces as they are joined, one piece as itself', () => {
		assert.equal(joined(['a', 'b', 'c'], 1000), 'abc');
		assert.equal(joined([], 1000), '');
		const one = 'only one piece';
		assert.equal(joined([one], 1000), one);
	});

	test('past its threshold: the same characters back from the buffer, whatever their width', () => {
		for (const threshold of [0, 3, 20, 60]) assert.equal(joined(WIDE, threshold), WIDE.join(''), `threshold ${threshold}`);
	});

	test('the buffer grows past its first size', () => {
		const big = Array.from({ length: 40 }, (_, k) => `${k} ${'abcdé漢😀'.repeat(20_000)}`);
		assert.equal(joined(big, 10), big.join(''));
	});

	test('a lone surrogate, before or after the buffer is taken, keeps the join exact', () => {
		const lone = ['ab', '\uD800 high alone', 'cd', 'low alone \uDC00', 'ef'];
		for (const threshold of [0, 2, 5, 1000]) assert.equal(joined(lone, threshold), lone.join(''), `threshold ${threshold}`);
		const late = ['abc', 'def', 'ghi \uDBFF', 'jkl'];
		assert.equal(joined(late, 2), late.join(''));
		const split = ['pair \uD83D', '\uDE00 split'];
		assert.equal(joined(split, 0), split.join(''), 'a pair cut between two pieces');
	});

	test("renderArticleHtml's html is writeArticleHtml's pieces joined, on a long article", () => {
		const parts = ['# A long article', ''];
		for (let k = 0; k < 12_000; k++) parts.push(`## Heading ${k % 7} é 漢`, '', `Words of section ${k}, with [a link](https://example.org/${k}).`, '');
		const { rendered } = extractDump(parts.join('\n'));
		const pieces: string[] = [];
		writeArticleHtml(rendered, {}, (p) => void pieces.push(p), false);
		const html = renderArticleHtml(rendered).html;
		assert.ok(html.length > 1 << 20, `${html.length} chars: long enough to go through the buffer`);
		assert.equal(html, pieces.join(''));
	});
});
