// model/int32Column.ts: a column written by position grows by doubling and keeps what it held.
import * as assert from 'node:assert';
import { setInt32 } from '../../src/core/model/int32Column';

suite('Int32 column', () => {
	test('a write inside the column changes it in place', () => {
		const a = new Int32Array(4);
		assert.strictEqual(setInt32(a, 3, 7), a);
		assert.deepStrictEqual([...a], [0, 0, 0, 7]);
	});

	test('a write past the end doubles the column (more when needed) and keeps the old values', () => {
		let a = new Int32Array(2);
		for (let i = 0; i < 5; i++) a = setInt32(a, i, i * 10 - 1);
		assert.strictEqual(a.length, 8);
		assert.deepStrictEqual([...a.slice(0, 5)], [-1, 9, 19, 29, 39]);
		const far = setInt32(new Int32Array(2), 40, 5);
		assert.strictEqual(far.length, 64);
		assert.strictEqual(far[40], 5);
		assert.strictEqual(setInt32(new Int32Array(0), 0, 3)[0], 3);
	});
});
