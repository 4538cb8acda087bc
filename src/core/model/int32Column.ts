// A column of 32-bit integers by position that doubles when written past its end: parent orders and similar tables.

/**
 * `values` with `value` at `at`: the same array when `at` is inside it, else a copy at least twice its length (zeros
 * after the old end). Tables written in order by position (a block's parent order, a scan node's parent) grow by
 * doubling, as an array grown by `push` would, at 4 bytes a slot instead of 8.
 */
export function setInt32(values: Int32Array<ArrayBuffer>, at: number, value: number): Int32Array<ArrayBuffer> {
	let out = values;
	if (at >= out.length) {
		let length = Math.max(1, out.length * 2);
		while (at >= length) length *= 2;
		out = new Int32Array(length);
		out.set(values);
	}
	out[at] = value;
	return out;
}
