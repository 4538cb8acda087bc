// The eval's scorer: tokens, shingles, per-page counts, aggregation and metadata matching.
import * as assert from 'node:assert';
import { aggregate, matchShingles, metadataShare, metadataValueMatches, normalizeCounts, scoreMetadata, shingles, tokenize } from '../../scripts/eval/score';

suite('Eval scorer', () => {
	test('tokens are runs of Unicode letters, digits and underscores', () => {
		assert.deepStrictEqual(tokenize("Héllo, wörld! it's 2017_x — Ωμέγα 東京"), ['Héllo', 'wörld', 'it', 's', '2017_x', 'Ωμέγα', '東京']);
		assert.deepStrictEqual(tokenize(' \n-- '), []);
	});

	test('a text of 1 to 3 tokens is one shingle, an empty text none', () => {
		assert.deepStrictEqual([...shingles('a b c')], [['a b c', 1]]);
		assert.deepStrictEqual([...shingles('')], []);
		assert.strictEqual(shingles('a b c d e').size, 2);
	});

	test('shingles are a multiset', () => {
		assert.strictEqual(shingles('a b c d a b c d').get('a b c d'), 2);
	});

	test('counts compare multisets', () => {
		assert.deepStrictEqual(matchShingles('a b c d e', 'a b c d e'), { tp: 2, fp: 0, fn: 0 });
		assert.deepStrictEqual(matchShingles('a b c d e', 'x a b c d'), { tp: 1, fp: 1, fn: 1 });
		assert.deepStrictEqual(matchShingles('a b c d', 'a b c d a b c d'), { tp: 1, fp: 4, fn: 0 });
		assert.deepStrictEqual(matchShingles('a b c d', ''), { tp: 0, fp: 0, fn: 1 });
	});

	test('per-page counts are divided by tp + fp + fn', () => {
		assert.deepStrictEqual(normalizeCounts({ tp: 2, fp: 1, fn: 1 }), { tp: 0.5, fp: 0.25, fn: 0.25 });
		assert.deepStrictEqual(normalizeCounts({ tp: 0, fp: 0, fn: 0 }), { tp: 0, fp: 0, fn: 0 });
	});

	test('precision and recall are means over pages; F1 is their harmonic mean', () => {
		// Page 1 perfect; page 2 predicted nothing (no precision, recall 0); page 3 half right.
		const s = aggregate([
			{ tp: 4, fp: 0, fn: 0 },
			{ tp: 0, fp: 0, fn: 5 },
			{ tp: 1, fp: 1, fn: 1 },
		]);
		assert.strictEqual(s.predictedPages, 2);
		assert.strictEqual(s.truthPages, 3);
		assert.ok(Math.abs(s.precision - 0.75) < 1e-9);
		assert.ok(Math.abs(s.recall - 0.5) < 1e-9);
		assert.ok(Math.abs(s.f1 - 0.6) < 1e-9);
	});

	test('metadata values match after collapsing white space; dates by leading ISO date', () => {
		assert.ok(metadataValueMatches('title', ' A\n  title ', 'A title'));
		assert.ok(!metadataValueMatches('title', 'A title', 'A Title'));
		assert.ok(metadataValueMatches('published', '2017-03-09T23:16:02+00:00', '2017-03-09'));
		assert.ok(!metadataValueMatches('published', '2017-03-09T23:16:02+00:00', '2017-03-10T01:00'));
		assert.ok(metadataValueMatches('tags', ['b', 'a'], ['a', ' b']));
		assert.ok(!metadataValueMatches('author', 'X', undefined));
	});

	test('metadata share counts expected fields only and flags values absent from the dump', () => {
		const r = scoreMetadata({ title: 'Hello world', author: null, siteName: 'Nowhere Daily' }, { title: 'Hello world', author: 'Z' }, ['title', 'author', 'siteName'], '# Hello world\n\ntext');
		assert.strictEqual(r.length, 2);
		assert.strictEqual(metadataShare(r), 0.5);
		assert.deepStrictEqual(
			r.map((f) => [f.field, f.ok, f.reachable]),
			[
				['title', true, true],
				['siteName', false, false],
			],
		);
	});
});
