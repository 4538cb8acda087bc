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

	/** The order the table's slots follow. */
	get order(): ReadonlyMap<Block, number> {
		return this.#order;
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

/** Room for this many blocks' marks at first; doubled when full. */
const FIRST_MARKS = 256;

/**
 * Texts by block that are most often another table's texts of the same blocks: the block index's raw paragraph texts,
 * which are their collapsed texts (`base`) whenever a paragraph has no line break or run of spaces. A block whose text
 * is the base's is marked (a byte), and only the others take a slot, in a table made when the first one is set: a
 * second table of a slot per block (8 bytes each) held the same strings as the collapsed one. 'headings named like the
 * preview' (120,001 blocks, every paragraph one line): 0.96 MB less at the extraction's peak. Set a block's text
 * after the base's (the index remembers the collapsed text first).
 */
export class OverlayTexts extends BlockTexts {
	readonly #base: BlockTexts;
	/** Per block order: 1 when the block's text is the base's. */
	#marks = new Uint8Array(FIRST_MARKS);
	#size = 0;
	/** The texts that are not the base's, made when the first is set. */
	#own: BlockTexts | undefined;

	constructor(base: BlockTexts) {
		super(base.order);
		this.#base = base;
	}

	override get size(): number {
		return this.#size;
	}

	override grow(): void {
		if (this.#size === this.#marks.length) {
			const marks = new Uint8Array(this.#marks.length * 2);
			marks.set(this.#marks);
			this.#marks = marks;
		}
		this.#size++;
		this.#own?.grow();
	}

	override fit(): void {
		if (this.#size < this.#marks.length) this.#marks = this.#marks.slice(0, this.#size);
		this.#own?.fit();
	}

	override get(b: Block): string | undefined {
		const at = this.orderOf(b);
		if (at === undefined) return undefined;
		return this.#marks[at] === 1 ? this.#base.get(b) : this.#own?.get(b);
	}

	override has(b: Block): boolean {
		return this.get(b) !== undefined;
	}

	/** Not made from an overlay: its slots are the marks' (see `BlockTexts.sibling`). */
	override sibling(): BlockTexts {
		throw new Error('OverlayTexts has no sibling');
	}

	override set(b: Block, text: string): void {
		const at = this.orderOf(b);
		if (at === undefined) return;
		if (this.#base.get(b) === text) {
			this.#marks[at] = 1;
			return;
		}
		this.#marks[at] = 0;
		if (this.#own === undefined) {
			// Sized to the blocks numbered so far, as a sibling of the base is; `grow` adds the rest.
			this.#own = this.#base.sibling();
			while (this.#own.size < this.#size) this.#own.grow();
		}
		this.#own.set(b, text);
	}
}
