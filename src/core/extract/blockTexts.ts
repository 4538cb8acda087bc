// A text per block of the block index, in an array by the index's order instead of a map keyed by the block.
import type { Block } from '../model/dumpDocument';

/*
 * Why: the extraction kept each paragraph's raw text and each paragraph's and heading's collapsed text in two maps
 * keyed by the block, beside the index's order map. A map entry costs 28 to 56 bytes (three slots, and a hash table
 * at most half full); a slot of an array by order costs 8 per block. 'headings named like the preview' (117,600
 * blocks): the two maps held 5.5 MB at the extraction peak; the 5 MB prose dump (31,600 blocks) 1.4 MB.
 */

/** Texts by block, for the blocks an order numbers; every numbered block has a slot (`grow`), so the array stays dense. */
export class BlockTexts {
	readonly #order: ReadonlyMap<Block, number>;
	#texts: (string | undefined)[] = [];

	constructor(order: ReadonlyMap<Block, number>) {
		this.#order = order;
	}

	/** A slot for the block the order has just numbered (numbers are given in sequence from 0). */
	grow(): void {
		this.#texts.push(undefined);
	}

	/**
	 * Cuts the slots to their number, once the order has numbered every block: an array grown by `push` keeps up to
	 * half its room empty ('headings named like the preview': 120,001 blocks in 171,720 slots, 0.37 MB a table).
	 */
	fit(): void {
		this.#texts = this.#texts.slice();
	}

	/** Whether the order numbers `b` (only such a block can be `set`). */
	numbers(b: Block): boolean {
		return this.#order.has(b);
	}

	/** Slots (blocks numbered so far). */
	get size(): number {
		return this.#texts.length;
	}

	/** The order's number of `b`, undefined when it numbers none. */
	orderOf(b: Block): number | undefined {
		return this.#order.get(b);
	}

	get(b: Block): string | undefined {
		const at = this.#order.get(b);
		return at === undefined ? undefined : this.#texts[at];
	}

	/** Whether a text was set for `b`. */
	has(b: Block): boolean {
		return this.get(b) !== undefined;
	}

	/**
	 * An empty table over the same order, one slot per block numbered so far: another reader's texts of the same blocks
	 * (the metadata scan's, `metadata/scan.ts`), 8 bytes a block instead of a map entry.
	 */
	sibling(): BlockTexts {
		const t = new BlockTexts(this.#order);
		// Sized up front, not grown by `push` (see `fit`).
		t.#texts = new Array<string | undefined>(this.#texts.length).fill(undefined);
		return t;
	}

	/** Sets the text of a block the order numbers (others are ignored: see `numbers`). */
	set(b: Block, text: string): void {
		const at = this.#order.get(b);
		if (at !== undefined) this.#texts[at] = text;
	}
}
