// RangeIndex answers "does some range hold / overlap this one" as a scan of every range does, on seeded random ranges.
import * as assert from 'assert';
import { RangeIndex } from '../../src/core/model/rangeIndex';
import type { SourceRange } from '../../src/core/model/dumpDocument';
import { seededRandom } from '../util/seededRandom';

function someRange(next: () => number, span: number): SourceRange {
	const start = Math.floor(next() * span);
	return { start, end: start + Math.floor(next() * span * 0.3) };
}

suite('RangeIndex', () => {
	test('holds and overlaps: touching ends, equal ranges, an empty index', () => {
		const index = new RangeIndex([
			{ start: 10, end: 20 },
			{ start: 30, end: 40 },
		]);
		assert.strictEqual(index.encloses({ start: 10, end: 20 }), true, 'a range holds itself');
		assert.strictEqual(index.encloses({ start: 12, end: 18 }), true);
		assert.strictEqual(index.encloses({ start: 15, end: 35 }), false, 'two ranges together do not hold it');
		assert.strictEqual(index.overlaps({ start: 20, end: 30 }), false, 'touching ends do not overlap');
		assert.strictEqual(index.overlaps({ start: 19, end: 30 }), true);
		assert.strictEqual(new RangeIndex([]).encloses({ start: 0, end: 0 }), false);
		assert.strictEqual(new RangeIndex([]).overlaps({ start: 0, end: 9 }), false);
	});

	test('equals a scan of every range on 300 seeded random sets, nested and overlapping', () => {
		for (let seed = 1; seed <= 300; seed++) {
			const next = seededRandom(seed);
			const ranges = Array.from({ length: 1 + Math.floor(next() * 40) }, () => someRange(next, 200));
			const index = new RangeIndex(ranges);
			for (let q = 0; q < 40; q++) {
				const r = someRange(next, 200);
				const holds = ranges.some((x) => x.start <= r.start && x.end >= r.end);
				const overlaps = ranges.some((x) => x.start < r.end && x.end > r.start);
				assert.strictEqual(index.encloses(r), holds, `seed ${seed}: encloses ${r.start}-${r.end}`);
				assert.strictEqual(index.overlaps(r), overlaps, `seed ${seed}: overlaps ${r.start}-${r.end}`);
			}
		}
	});
});
