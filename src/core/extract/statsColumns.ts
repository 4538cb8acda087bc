// The measures of every block of a BlockIndex as columns of numbers, not one object per block.
import type { Stats } from './blockIndex';

/*
 * Why columns: a `Stats` object is 96 bytes in Node's V8 (nine fields), and 112 once `linkChars` holds a fraction (a
 * heap number of its own): one a block, alive for the whole extraction. Here the eight counts are 4 bytes each in
 * one Int32Array and `linkChars` 8 bytes in a Float64Array: 40 bytes a block. 'headings named like the preview'
 * (120,001 blocks): 13.4 -> 5.2 MB at the extraction's peak. A measure that is not a 32-bit integer (none is made
 * today: all but `linkChars` are counts of characters or things) is kept as its object, so nothing is ever rounded.
 * `get` makes a fresh object each time: readers of `statsOf` only read it or add it into their own.
 */

/** Columns in the Int32Array, in this order. */
const INT_FIELDS = ['chars', 'commas', 'paragraphs', 'images', 'listItems', 'listChars', 'headingChars', 'proseChars'] as const;
const INTS = INT_FIELDS.length;
/** Room for this many blocks at first; doubled when full. */
const FIRST_CAPACITY = 256;

function isInt32(v: number): boolean {
	return (v | 0) === v;
}

export class StatsColumns {
	#ints = new Int32Array(FIRST_CAPACITY * INTS);
	#linkChars = new Float64Array(FIRST_CAPACITY);
	/** Measures with a value the columns cannot hold exactly, by position. */
	readonly #objects = new Map<number, Stats>();

	/** Stores `s` as the measures of the block at `at` (positions are filled in any order, each once). */
	set(at: number, s: Stats): void {
		if (at >= this.#linkChars.length) this.#grow(at + 1);
		const ints = [s.chars, s.commas, s.paragraphs, s.images, s.listItems, s.listChars, s.headingChars, s.proseChars];
		if (!ints.every(isInt32)) {
			this.#objects.set(at, { ...s });
			return;
		}
		this.#ints.set(ints, at * INTS);
		this.#linkChars[at] = s.linkChars;
	}

	/** The measures stored at `at`, as a new object. */
	get(at: number): Stats {
		const kept = this.#objects.get(at);
		if (kept) return { ...kept };
		const i = this.#ints;
		const o = at * INTS;
		return { chars: i[o], linkChars: this.#linkChars[at], commas: i[o + 1], paragraphs: i[o + 2], images: i[o + 3], listItems: i[o + 4], listChars: i[o + 5], headingChars: i[o + 6], proseChars: i[o + 7] };
	}

	#grow(need: number): void {
		let capacity = this.#linkChars.length;
		while (capacity < need) capacity *= 2;
		const ints = new Int32Array(capacity * INTS);
		ints.set(this.#ints);
		this.#ints = ints;
		const links = new Float64Array(capacity);
		links.set(this.#linkChars);
		this.#linkChars = links;
	}
}
