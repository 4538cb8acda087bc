// A short attribute block seen before is looked up by its text up to the first `}` instead of being read again: the lookup must give what reading gives.
import * as assert from 'node:assert/strict';
import { parseAttributes } from '../../src/core/dump/attributes';

/** What a block reads as, plain: id, classes, pairs, range and end. */
function read(text: string, start = text.indexOf('{'), limit = text.length, offsetOf?: (o: number) => number): unknown {
	const p = parseAttributes(text, start, limit, offsetOf);
	return p && { id: p.attrs.id, classes: [...p.attrs.classes], pairs: p.attrs.pairs.map((x) => [...x]), range: p.attrs.range, end: p.end };
}

suite('known attribute blocks (parseAttributes)', () => {
	test('a block read again in another place gives the same parts, its own range and end', () => {
		const first = parseAttributes('x {#top .card data-n="1"} y', 2, 27)!;
		const again = parseAttributes('abc {#top .card data-n="1"}', 4, 27, (o) => 100 + o)!;
		assert.deepEqual(read('abc {#top .card data-n="1"}', 4, 27, (o) => 100 + o), { id: 'top', classes: ['card'], pairs: [['data-n', '1']], range: { start: 104, end: 127 }, end: 27 });
		// The parts are the ones made the first time (shared), the range the block's own.
		assert.equal(again.attrs.classes, first.attrs.classes);
		assert.equal(again.attrs.pairs, first.attrs.pairs);
	});

	test('a `}` that the next characters make part of a key is not taken for the end of a known block', () => {
		assert.deepEqual(read('{a}'), { id: undefined, classes: ['a'], pairs: [], range: { start: 0, end: 3 }, end: 3 });
		// Pandoc writes a broken HTML attribute name as it is: `a}b="c"` is one key, so this block ends at the last `}`.
		assert.deepEqual(read('{a}b="c"}'), { id: undefined, classes: [], pairs: [['a}b', 'c']], range: { start: 0, end: 9 }, end: 9 });
		assert.deepEqual(read('{a} b="c"}'), { id: undefined, classes: ['a'], pairs: [], range: { start: 0, end: 3 }, end: 3 });
	});

	test('a known block cut by the limit is no block, and a `}` inside a quoted value is not its end', () => {
		read('{.tiny}');
		assert.equal(read('{.tiny}', 0, 6), undefined);
		read('{title="a}b"}');
		assert.deepEqual(read('{title="a}b"} {title="a}'), { id: undefined, classes: [], pairs: [['title', 'a}b']], range: { start: 0, end: 13 }, end: 13 });
		// The first `}` of this text closes a block only when it is not inside a quote: here it is, and the quote never closes.
		read('{title="a}');
		assert.equal(read('{title="a} x'), undefined);
	});

	test('over many generated blocks, reading a block twice gives the same as reading it once', () => {
		const words = ['.a', '.b-c', '#i', 'k="v"', "q='x}y'", 'a}b="c"', 'w', '-', 'z=1', 'e="\\"}"', '.a}', '{=html}'];
		let seed = 7;
		const pick = (): string => words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length];
		for (let n = 0; n < 400; n++) {
			const block = `{${Array.from({ length: 1 + (n % 4) }, pick).join(n % 3 ? ' ' : '\n')}}`;
			const tail = ['', ' after', 'b="c"} x', '}'][n % 4];
			const text = block + tail;
			const once = read(text, 0);
			assert.deepEqual(read(text, 0), once, text);
			// Elsewhere in a longer text: the same parts and range (mapped back), the end two characters on.
			const moved = read('..' + text, 2, text.length + 2, (o) => o - 2) as { end: number } | undefined;
			assert.deepEqual(moved && { ...moved, end: moved.end - 2 }, once, text);
		}
	});
});
