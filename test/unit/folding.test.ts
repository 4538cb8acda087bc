// Folding ranges: fenced divs, raw HTML, lists and heading sections, properly nested; boilerplate regions for Fold Boilerplate.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dumpFolding, foldingRanges, type DumpFoldingRange } from '../../src/core/outline/folding';
import { LineIndex } from '../../src/core/text/lineIndex';
import { handArticle, loadFixture } from './outlineFixtures';

/** `[first, last, kind]` with one-based lines, as an editor shows them. */
function shown(ranges: readonly DumpFoldingRange[]): [number, number, string][] {
	return ranges.map((r) => [r.startLine + 1, r.endLine + 1, r.kind]);
}

function assertNested(ranges: readonly DumpFoldingRange[]): void {
	const stack: DumpFoldingRange[] = [];
	let last = -1;
	for (const r of ranges) {
		assert.ok(r.startLine > last, `two ranges start on line ${r.startLine + 1}`);
		assert.ok(r.endLine > r.startLine, `range ${r.startLine + 1} folds nothing`);
		while (stack.length > 0 && r.startLine > stack[stack.length - 1].endLine) stack.pop();
		const top = stack[stack.length - 1];
		assert.ok(!top || r.endLine <= top.endLine, `range ${r.startLine + 1}-${r.endLine + 1} crosses ${top?.startLine + 1}-${top?.endLine + 1}`);
		stack.push(r);
		last = r.startLine;
	}
}

suite('Folding', () => {
	test('blog: every fenced div, raw <div> pair, raw HTML block, list and heading section, with exact lines', () => {
		const f = loadFixture('blog-sidebar-comments.txt');
		const folding = dumpFolding(f.doc, handArticle(f.doc, { body: 'entry-content', title: 'Winter Birds of the Marsh' }), f.lines);
		assert.deepEqual(shown(folding.ranges), [
			[1, 80, 'div'], [2, 14, 'div'], [3, 5, 'div'], [7, 13, 'html'], [9, 11, 'list'],
			[16, 75, 'div'], [17, 63, 'div'], [18, 42, 'div'], [19, 41, 'section'], [24, 41, 'div'],
			[28, 30, 'section'], [32, 40, 'section'], [36, 40, 'html'],
			[44, 62, 'div'], [45, 61, 'section'], [47, 57, 'list'], [53, 57, 'div'], [59, 61, 'section'],
			[65, 74, 'div'], [66, 69, 'section'], [68, 69, 'list'], [71, 73, 'section'], [77, 79, 'div'],
		]);
		// Header, comments, sidebar and footer: each folds at its own container.
		assert.deepEqual(folding.boilerplateLines.map((l) => l + 1), [2, 44, 65, 77]);
	});

	test('news: a boilerplate region that is not one container folds as a region of its own', () => {
		const f = loadFixture('news-megamenu.txt');
		const article = handArticle(f.doc, { body: 'article-body', title: 'Tide Tables Go Digital Across the Coast', removed: ['share-tools'] });
		const folding = dumpFolding(f.doc, article, f.lines);
		// "Related stories" heading + list: the region wins over the heading section that would run on into the footer.
		assert.ok(shown(folding.ranges).some(([a, b, k]) => a === 69 && b === 72 && k === 'region'));
		assert.ok(!shown(folding.ranges).some(([a, b]) => a === 69 && b === 81));
		assert.deepEqual(folding.boilerplateLines.map((l) => l + 1), [1, 69, 74]);
		// The share widget inside the article is boilerplate too, but Fold Boilerplate folds only what is outside.
		assert.ok(!folding.boilerplateLines.includes(59));
	});

	test('heading sections end at the next heading of the same or a higher level, inside their container', () => {
		const text = ['# A', '', 'x', '', '## B', '', 'y', '', '::: box', '## C', '', 'z', ':::', '', '# D', '', 'w', ''].join('\n');
		assert.deepEqual(shown(foldingRanges(parseDump(text))), [[1, 13, 'section'], [5, 13, 'section'], [9, 13, 'div'], [10, 12, 'section'], [15, 17, 'section']]);
	});

	test('an unclosed fence folds to its last child; one-line blocks do not fold', () => {
		const text = '::: {.open}\npara one\n\npara two\n';
		assert.deepEqual(shown(foldingRanges(parseDump(text))), [[1, 4, 'div']]);
		assert.deepEqual(foldingRanges(parseDump('# Title\n')), []);
		assert.deepEqual(foldingRanges(parseDump('')), []);
	});

	test('CRLF line endings give the same lines', () => {
		const lf = loadFixture('blog-sidebar-comments.txt').text;
		const crlf = lf.replace(/\n/g, '\r\n');
		const doc = parseDump(crlf);
		assert.deepEqual(foldingRanges(doc, undefined, new LineIndex(crlf)), foldingRanges(parseDump(lf)));
	});

	test('ranges are always properly nested with one per start line, on the fixtures and the real extractor', () => {
		for (const name of ['news-megamenu.txt', 'blog-sidebar-comments.txt', 'plain-notes.txt']) {
			const f = loadFixture(name);
			const folding = dumpFolding(f.doc, extractArticle(f.doc), f.lines);
			assertNested(folding.ranges);
			for (const line of folding.boilerplateLines) assert.ok(folding.ranges.some((r) => r.startLine === line), `${name}: no range at ${line + 1}`);
		}
	});
});
