// The measures of every block of a BlockIndex as columns of small numbers, not one object per block.
import type { Stats } from './blockIndex';

/*
 * Why columns: a `Stats` object is 96 bytes in Node's V8 (nine fields), and 112 once `linkChars` holds a fraction (a
 * heap number of its own): one a block, alive for the whole extraction. Here the nine measures are 2 bytes each in
 * one Uint16Array: 18 bytes a block. Most blocks are leaves (a paragraph, a heading, a list item's line) with fewer
 * than 65,536 characters; a block with a measure that is not such an integer (a page's outer containers, link
 * characters weighted by a fraction) is kept as its object, so nothing is ever rounded. The columns are cut to the
 * blocks' number once the index is built (`fit`): doubling left up to half of them empty for the whole extraction.
 * 'headings named like the preview' (120,001 blocks): 13.4 MB as objects, 5.2 MB as 40-byte rows (an Int32Array and a
 * Float64Array, doubled), 2.2 MB now; 'tracking pixels' (13,514 blocks): 0.66 -> 0.24 MB.
 * `get` makes a fresh object each time: readers of `statsOf` only read it or add it into their own.
 */

/** Columns in the Uint16Array, in this order. */
const FIELDS = ['chars', 'linkChars', 'commas', 'paragraphs', 'images', 'listItems', 'listChars', 'headingChars', 'proseChars'] as const;
const WIDTH = FIELDS.length;
/** `field`'s columns: characters and prose characters. */
export const CHARS_FIELD = 0;
export const PROSE_CHARS_FIELD = 8;
/** Room for this many blocks at first; doubled when full. */
const FIRST_CAPACITY = 256;
/** The largest value a column holds. */
const MAX_VALUE = 0xffff;

/** Whether a column holds `v` exactly (an integer from 0 to MAX_VALUE, and not -0). */
function fits(v: number): boolean {
	return (v & MAX_VALUE) === v && !Object.is(v, -0);
}

export class StatsColumns {
	#values = new Uint16Array(FIRST_CAPACITY * WIDTH);
	/** Measures with a value the columns cannot hold exactly, by position. */
	readonly #objects = new Map<number, Stats>();

	/** Stores `s` as the measures of the block at `at` (positions are filled in any order, each once). */
	set(at: number, s: Stats): void {
		if (!(fits(s.chars) && fits(s.linkChars) && fits(s.commas) && fits(s.paragraphs) && fits(s.images) && fits(s.listItems) && fits(s.listChars) && fits(s.headingChars) && fits(s.proseChars))) {
			this.#objects.set(at, { ...s });
			return;
		}
		if ((at + 1) * WIDTH > this.#values.length) this.#grow(at + 1);
		const v = this.#values;
		const o = at * WIDTH;
		v[o] = s.chars;
		v[o + 1] = s.linkChars;
		v[o + 2] = s.commas;
		v[o + 3] = s.paragraphs;
		v[o + 4] = s.images;
		v[o + 5] = s.listItems;
		v[o + 6] = s.listChars;
		v[o + 7] = s.headingChars;
		v[o + 8] = s.proseChars;
	}

	/** The measures stored at `at`, as a new object. */
	get(at: number): Stats {
		const kept = this.#objects.get(at);
		if (kept) return { ...kept };
		const v = this.#values;
		const o = at * WIDTH;
		if (o >= v.length) return { chars: 0, linkChars: 0, commas: 0, paragraphs: 0, images: 0, listItems: 0, listChars: 0, headingChars: 0, proseChars: 0 };
		return { chars: v[o], linkChars: v[o + 1], commas: v[o + 2], paragraphs: v[o + 3], images: v[o + 4], listItems: v[o + 5], listChars: v[o + 6], headingChars: v[o + 7], proseChars: v[o + 8] };
	}

	/**
	 * One measure stored at `at` (`CHARS_FIELD`, `PROSE_CHARS_FIELD`): what `get(at)[field]` reads, without the object.
	 * Most readers of `statsOf` read one measure: a nine-field object per read was 1.4% of the pipeline's allocated bytes.
	 */
	field(at: number, field: number): number {
		if (this.#objects.size > 0) {
			const kept = this.#objects.get(at);
			if (kept) return field === CHARS_FIELD ? kept.chars : kept.proseChars;
		}
		const o = at * WIDTH;
		return o >= this.#values.length ? 0 : this.#values[o + field];
	}

	/** Cuts the columns to `count` blocks (called once every block is stored): no empty room for the rest of the run. */
	fit(count: number): void {
		if (count * WIDTH < this.#values.length) this.#values = this.#values.slice(0, count * WIDTH);
	}

	#grow(need: number): void {
		let capacity = this.#values.length / WIDTH;
		while (capacity < need) capacity *= 2;
		const values = new Uint16Array(capacity * WIDTH);
		values.set(this.#values);
		this.#values = values;
	}
}
