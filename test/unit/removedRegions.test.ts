// Removed regions as compact nodes (article.ts): the same fields, JSON and key order as the literals they replace.
import * as assert from 'node:assert/strict';
import { compactRemoved, removedBlock, removedRegion, shareRemovalCause, type RemovedRegion } from '../../src/core/extract/article';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { parseDump } from '../../src/core/dump/parseDump';

/** A small page: navigation and a footer around an article of a few paragraphs. */
const DUMP = [
	'::: {.site-nav}',
	'[Home](/) [News](/news) [About](/about)',
	':::',
	'',
	'::: {.article-body}',
	'# A title for the page',
	'',
	'The first paragraph of the article, long enough to count as prose, with a comma, and a full stop.',
	'',
	'The second paragraph of the article says more about the same thing, with a comma, and ends.',
	':::',
	'',
	'::: {.footer}',
	'Copyright and [contact](/contact).',
	':::',
	'',
].join('\n');

suite('Removed regions', () => {
	test('a compact region reads, serializes and keys as the literal it replaces, with and without a score', () => {
		const plain: RemovedRegion = { range: { start: 3, end: 9 }, step: 'link-density', signal: 'nav' };
		const scored: RemovedRegion = { range: { start: 10, end: 20 }, step: 'outside-article', signal: 'footer', score: 1.5 };
		const compact = compactRemoved([plain, scored]);
		const [a, b] = compact;
		assert.deepEqual(a.range, plain.range);
		assert.equal(a.step, 'link-density');
		assert.equal(a.signal, 'nav');
		assert.equal(a.score, undefined);
		assert.equal('score' in a, false, 'no score key where the literal had none');
		assert.equal(b.score, 1.5);
		assert.equal(JSON.stringify(a), JSON.stringify(plain));
		assert.equal(JSON.stringify(b), JSON.stringify(scored));
		assert.notEqual(compact[0], compact[0], 'an element is made when read, as the model nodes make their ranges');
		const node = removedRegion({ start: 1, end: 2 }, 's', 'x');
		assert.notEqual(node.range, node.range, 'a node makes its range when read');
		assert.equal(JSON.stringify(compactRemoved([plain, scored])), JSON.stringify([plain, scored]));
		assert.equal(JSON.stringify(removedRegion({ start: 1, end: 2 }, 's', 'x', 0)), JSON.stringify({ range: { start: 1, end: 2 }, step: 's', signal: 'x', score: 0 }));
	});

	test('compacting keeps the order, reads a compact node as its literal, and keeps a score key holding undefined', () => {
		const made = removedRegion({ start: 0, end: 1 }, 'a', 'b');
		const odd = { range: { start: 5, end: 6 }, step: 'c', signal: 'd', score: undefined };
		const scored = removedRegion({ start: 7, end: 9 }, 'e', 'f', 2.5);
		const out = compactRemoved([made, odd, scored]);
		assert.equal(out.length, 3);
		assert.deepEqual(out[0], { range: { start: 0, end: 1 }, step: 'a', signal: 'b' });
		assert.deepEqual(out[1], odd);
		assert.equal('score' in out[1], true);
		assert.deepEqual(out[2], { range: { start: 7, end: 9 }, step: 'e', signal: 'f', score: 2.5 });
		assert.deepEqual([...out].map((r) => r.step), ['a', 'c', 'e']);
		assert.deepEqual(out.filter((r) => r.score !== undefined).map((r) => r.signal), ['f']);
		assert.deepEqual(out.slice(1, 2), [odd]);
		assert.equal(compactRemoved([]).length, 0);
	});

	test('an extracted article returns its removed regions compact, in source order, serialized as before', () => {
		const article = extractArticle(parseDump(DUMP));
		assert.ok(article.removed.length > 0);
		for (let i = 1; i < article.removed.length; i++) assert.ok(article.removed[i - 1].range.start <= article.removed[i].range.start);
		for (const r of article.removed) {
			const literal: RemovedRegion = { range: { start: r.range.start, end: r.range.end }, step: r.step, signal: r.signal, ...(r.score !== undefined ? { score: r.score } : {}) };
			assert.equal(JSON.stringify(r), JSON.stringify(literal));
		}
	});

	test('a removed block reads and serializes as the region of its range, and shares its cause with the blocks removed alike', () => {
		// Session 53: a removed block holds its block and a shared cause (article.ts `removedBlock`), not four fields.
		const doc = parseDump('# A heading\n\nA paragraph of words.\n\n- an item\n- another\n\nA last paragraph.\n');
		const [heading, paragraph, list, last] = doc.blocks;
		const regions = [removedBlock(heading, 'repeated-block', 'a heading'), removedBlock(paragraph, 'empty', 'short'), removedBlock(list, 'empty', 'short'), removedBlock(last, 'repeated-block', 'a heading')];
		const literals = [heading, paragraph, list, last].map((b, k) => ({ range: { start: b.range.start, end: b.range.end }, step: k === 0 || k === 3 ? 'repeated-block' : 'empty', signal: k === 0 || k === 3 ? 'a heading' : 'short' }));
		for (let k = 0; k < regions.length; k++) {
			assert.deepEqual(regions[k].range, literals[k].range);
			assert.equal(regions[k].step, literals[k].step);
			assert.equal(regions[k].signal, literals[k].signal);
			assert.equal('score' in regions[k], false, 'no score key, as a region made without one');
			assert.equal(JSON.stringify(regions[k]), JSON.stringify(removedRegion(literals[k].range, literals[k].step, literals[k].signal)));
		}
		assert.equal(JSON.stringify(compactRemoved(regions)), JSON.stringify(literals));
		assert.ok(shareRemovalCause(regions[1], regions[2]), 'two blocks removed alike share one cause');
		assert.ok(shareRemovalCause(regions[0], regions[3]), 'a cause a few regions back is found again');
		assert.ok(!shareRemovalCause(regions[0], regions[1]), 'different causes are different objects');
		// An equal signal made as a new string is the same cause: the repeated blocks' signals are made per text.
		assert.ok(shareRemovalCause(regions[1], removedBlock(last, 'empty', ['sh', 'ort'].join(''))));
		assert.ok(!shareRemovalCause(removedRegion(heading.range, 'empty', 'short'), regions[1]), 'a region made from a range holds no cause');
	});
});
