// The streaming JSON writer: its pieces joined are JSON.stringify(value, null, 2) byte for byte, on every shape.
import * as assert from 'node:assert/strict';
import { extractDump, extractionToJson, formatExtraction, writeExtraction } from '../../src/core/render/formats';
import { CHUNK_CHARS, JsonItems, jsonText, writeJson } from '../../src/core/render/jsonChunks';

function pieces(value: unknown, indent?: number): string[] {
	const out: string[] = [];
	writeJson(value, (c) => void out.push(c), indent);
	return out;
}

function same(value: unknown, indent = 2): void {
	assert.equal(pieces(value, indent).join(''), JSON.stringify(value, null, indent) ?? '');
}

/** A hand-made dump: headings, a removed navigation, a link and an image. */
const DUMP = `::: {.site-nav}
[Home](/) [About](/about)
:::

# A title

Some words of prose, with [a link](https://example.org/a) and an ![image](https://example.org/i.png).

## A section

More words "quoted", a tab\there, and an emoji 😀 and a lone \ud800 half.

::: {.footer}
Copyright
:::
`;

suite('jsonChunks', () => {
	test('scalars, empties and nesting as JSON.stringify writes them', () => {
		for (const v of [null, true, false, 0, -0, 1.5, -1e21, 1e-7, NaN, Infinity, '', 'a"b\\c\n\u0001\u2028', [], {}, [[]], [{}], { a: [] }, { a: {} }, [1, [2, [3, {}]]], { a: { b: { c: [null] } } }]) same(v);
	});

	test('left out in objects, null in arrays: undefined, functions, symbols', () => {
		same({ a: undefined, b: () => 1, c: Symbol('x'), d: 1 });
		same({ a: undefined });
		same([undefined, () => 1, Symbol('x'), 2]);
		assert.equal(pieces(undefined).join(''), '');
	});

	test('toJSON with its key, once a property; wrapper objects unwrapped', () => {
		const keys: string[] = [];
		const t = {
			toJSON(key: string): unknown {
				keys.push(key);
				return { key };
			},
		};
		same({ x: t, list: [t, t], d: new Date(0), n: new Number(3), s: new String('s'), b: new Boolean(false) });
		assert.deepEqual(keys, ['x', '0', '1', 'x', '0', '1']);
		same({ gone: { toJSON: () => undefined }, kept: 1 });
	});

	test('keys in Object.keys order, integer-like keys first', () => {
		same({ b: 1, a: 2, 2: 3, 1: 4, 'x y': 5, '"': 6 });
	});

	test('other indents', () => {
		for (const indent of [0, 1, 4]) same({ a: [1, { b: 'c' }], d: {} }, indent);
	});

	test('a long string is written in slices, never cutting a surrogate pair', () => {
		// A pair astride every slice boundary, lone halves too, and characters JSON escapes.
		const pair = '😀';
		for (const shift of [0, 1, 2]) {
			const s = 'x'.repeat(CHUNK_CHARS - 1 - shift) + pair + '\ud800"\n' + 'y'.repeat(CHUNK_CHARS) + pair + '\udc00';
			same({ s });
			same(s);
		}
		const p = pieces({ s: 'z'.repeat(3 * CHUNK_CHARS) });
		assert.ok(p.length >= 3, `${p.length} pieces`);
		assert.ok(Math.max(...p.map((c) => c.length)) <= 2 * CHUNK_CHARS);
	});

	test('JsonItems: written item by item as the array they make', () => {
		let made = 0;
		const items = new JsonItems(function* () {
			for (let i = 0; i < 3; i++) {
				made++;
				yield { i, none: undefined };
			}
		});
		assert.equal(made, 0);
		assert.equal(jsonText({ items, empty: new JsonItems(() => []) }), JSON.stringify({ items: items.toArray(), empty: [] }, null, 2));
		assert.equal(jsonText([new JsonItems(() => [undefined, 1])]), JSON.stringify([[null, 1]], null, 2));
	});

	test('thousands of items: many pieces, each about CHUNK_CHARS', () => {
		const list = Array.from({ length: 20_000 }, (_, i) => ({ level: 2, text: `Heading ${i}`, line: i }));
		const p = pieces({ list });
		assert.equal(p.join(''), JSON.stringify({ list }, null, 2));
		assert.ok(p.length > 10);
		assert.ok(p.every((c) => c.length < CHUNK_CHARS + 200));
	});

	test('the json format: writeExtraction and formatExtraction are JSON.stringify of extractionToJson', () => {
		const extraction = extractDump(DUMP);
		const expected = JSON.stringify(extractionToJson(extraction), null, 2) + '\n';
		assert.equal(formatExtraction(extraction, 'json'), expected);
		const out: string[] = [];
		writeExtraction(extraction, 'json', (c) => void out.push(c));
		assert.equal(out.join(''), expected);
		// The lists are there, with their items.
		const parsed = JSON.parse(expected) as { headings: unknown[]; removed: unknown[] };
		assert.ok(parsed.headings.length >= 1 && parsed.removed.length >= 1, expected);
	});

	test('the other formats: one piece, formatExtraction itself (html: its pieces joined, see htmlPieces.test.ts)', () => {
		const extraction = extractDump(DUMP);
		for (const format of ['md', 'html', 'text'] as const) {
			const out: string[] = [];
			writeExtraction(extraction, format, (c) => void out.push(c));
			if (format === 'html') assert.equal(out.join(''), formatExtraction(extraction, format));
			else assert.deepEqual(out, [formatExtraction(extraction, format)]);
		}
	});
});
