// Removed regions as compact nodes (article.ts): the same fields, JSON and key order as the literals they replace.
import * as assert from 'node:assert/strict';
import { compactRemoved, removedRegion, type RemovedRegion } from '../../src/core/extract/article';
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
		const [a, b] = compactRemoved([plain, scored]);
		assert.deepEqual(a.range, plain.range);
		assert.equal(a.step, 'link-density');
		assert.equal(a.signal, 'nav');
		assert.equal(a.score, undefined);
		assert.equal('score' in a, false, 'no score key where the literal had none');
		assert.equal(b.score, 1.5);
		assert.equal(JSON.stringify(a), JSON.stringify(plain));
		assert.equal(JSON.stringify(b), JSON.stringify(scored));
		assert.notEqual(a.range, a.range, 'the range is made when read, as the model nodes make theirs');
		assert.equal(JSON.stringify(removedRegion({ start: 1, end: 2 }, 's', 'x', 0)), JSON.stringify({ range: { start: 1, end: 2 }, step: 's', signal: 'x', score: 0 }));
	});

	test('compacting keeps the order, keeps a compact region as it is, and copies a literal whose score is undefined', () => {
		const made = removedRegion({ start: 0, end: 1 }, 'a', 'b');
		const odd = { range: { start: 5, end: 6 }, step: 'c', signal: 'd', score: undefined };
		const out = compactRemoved([made, odd]);
		assert.equal(out[0], made);
		assert.deepEqual(out[1], odd);
		assert.equal('score' in out[1], true);
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
});
