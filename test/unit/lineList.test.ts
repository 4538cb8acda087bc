// Line lists: the dump's lines as one typed array split exactly as VS Code counts lines, and containers' segments.
import * as assert from 'node:assert/strict';
import { SegmentLines, splitLines, type LineList } from '../../src/core/dump/lineList';

/** Every line of a list as `[start, end]`, through `seg`, checked against `start` and `end`. */
function bounds(lines: LineList): [number, number][] {
	const out: [number, number][] = [];
	for (let i = 0; i < lines.length; i++) {
		const s = lines.seg(i);
		assert.equal(lines.start(i), s.start);
		assert.equal(lines.end(i), s.end);
		out.push([s.start, s.end]);
	}
	return out;
}

suite('Line lists', () => {
	test('LF: one line per line break, none after a final one', () => {
		assert.deepEqual(bounds(splitLines('ab\ncd')), [[0, 2], [3, 5]]);
		assert.deepEqual(bounds(splitLines('ab\ncd\n')), [[0, 2], [3, 5]]);
		assert.deepEqual(bounds(splitLines('a\n\nb')), [[0, 1], [2, 2], [3, 4]]);
	});

	test('an empty text and a lone line break are one empty line', () => {
		assert.deepEqual(bounds(splitLines('')), [[0, 0]]);
		assert.deepEqual(bounds(splitLines('\n')), [[0, 0]]);
		assert.deepEqual(bounds(splitLines('\n\n')), [[0, 0], [1, 1]]);
	});

	test('CRLF and lone CR end lines as LF does', () => {
		assert.deepEqual(bounds(splitLines('ab\r\ncd\ref\n')), [[0, 2], [4, 6], [7, 9]]);
		assert.deepEqual(bounds(splitLines('a\r\r\nb')), [[0, 1], [2, 2], [4, 5]]);
		assert.deepEqual(bounds(splitLines('\r')), [[0, 0]]);
		assert.deepEqual(bounds(splitLines('x\r')), [[0, 1]]);
	});

	test('segments copies a range of lines as segments', () => {
		const lines = splitLines('a\nbb\nccc\n');
		assert.deepEqual(lines.segments(1, 3), [{ start: 2, end: 4 }, { start: 5, end: 8 }]);
		assert.deepEqual(lines.segments(2, 2), []);
	});

	test('a container list keeps its segments as they are, glue included', () => {
		const segs = [{ start: 3, end: 7 }, { start: 9, end: 12, glue: true }];
		const lines = new SegmentLines(segs);
		assert.equal(lines.length, 2);
		assert.equal(lines.seg(1), segs[1]);
		assert.deepEqual(bounds(lines), [[3, 7], [9, 12]]);
		assert.deepEqual(lines.segments(0, 1), [segs[0]]);
	});
});
