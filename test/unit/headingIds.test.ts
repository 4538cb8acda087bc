// Heading ids: the bases and suffixes kept instead of a set of every id give the ids the set gave, `-N` bases too.
import * as assert from 'node:assert/strict';
import { HeadingIds } from '../../src/core/render/headingIds';

/** The session 22 algorithm: a set of every id given, and per base the suffix to resume at. */
function idsBySet(bases: readonly string[]): string[] {
	const used = new Set<string>();
	const nextSuffix = new Map<string, number>();
	return bases.map((base) => {
		let id = base;
		let n = nextSuffix.get(base) ?? 2;
		if (used.has(id)) {
			for (id = `${base}-${n}`; used.has(id); ) id = `${base}-${++n}`;
			nextSuffix.set(base, n + 1);
		}
		used.add(id);
		return id;
	});
}

function idsByTake(bases: readonly string[]): string[] {
	const ids = new HeadingIds();
	return bases.map((b) => ids.take(b));
}

/** A small deterministic generator (tests must not vary between runs). */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
		return s / 2 ** 32;
	};
}

suite('heading ids', () => {
	test('a repeated base counts up; a base that ends in -N is not given twice', () => {
		assert.deepEqual(idsByTake(['pd-h-intro', 'pd-h-intro', 'pd-h-intro-2', 'pd-h-intro', 'pd-h-intro-2']), ['pd-h-intro', 'pd-h-intro-2', 'pd-h-intro-2-2', 'pd-h-intro-3', 'pd-h-intro-2-3']);
		// The -N base first: the repeat skips the number it holds.
		assert.deepEqual(idsByTake(['pd-h-intro-2', 'pd-h-intro', 'pd-h-intro', 'pd-h-intro']), ['pd-h-intro-2', 'pd-h-intro', 'pd-h-intro-3', 'pd-h-intro-4']);
		// Not suffixes: a leading zero, -1, -0, a trailing dash.
		assert.deepEqual(idsByTake(['pd-h-a', 'pd-h-a', 'pd-h-a-02', 'pd-h-a-1', 'pd-h-a-0', 'pd-h-a-', 'pd-h-a--2']), ['pd-h-a', 'pd-h-a-2', 'pd-h-a-02', 'pd-h-a-1', 'pd-h-a-0', 'pd-h-a-', 'pd-h-a--2']);
	});

	test('the same ids as a set of every id, on random headings whose bases end in -N', () => {
		const words = ['pd-h-a', 'pd-h-a-2', 'pd-h-a-3', 'pd-h-a-2-2', 'pd-h-a-2-3', 'pd-h-a-10', 'pd-h-a-1', 'pd-h-a-02', 'pd-h-a-', 'pd-h-a--2', 'pd-h-b', 'pd-h-b-2', 'pd-h-section', 'pd-h-section-3'];
		for (let seed = 1; seed <= 200; seed++) {
			const next = random(seed);
			const bases = Array.from({ length: 20 + Math.floor(next() * 200) }, () => words[Math.floor(next() * words.length)]);
			const expected = idsBySet(bases);
			assert.deepEqual(idsByTake(bases), expected, `seed ${seed}`);
			assert.equal(new Set(expected).size, bases.length);
		}
	});

	test('thousands of repeats: each id once, counted up', () => {
		const bases = Array.from({ length: 30_000 }, (_, k) => ['pd-h-toc', 'pd-h-meta', 'pd-h-toc-7'][k % 3]);
		const ids = idsByTake(bases);
		assert.deepEqual(ids, idsBySet(bases));
		assert.equal(ids[3], 'pd-h-toc-2');
		assert.equal(new Set(ids).size, bases.length);
	});
});
