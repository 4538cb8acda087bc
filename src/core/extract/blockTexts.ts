// A text per block of the block index, in an array by the index's order instead of a map keyed by the block.
import type { Block } from '../model/dumpDocument';

/*
 * Why: the extraction kept each paragraph's raw text and each paragraph's and heading's collapsed text in two maps
 * keyed by the block, beside the index's order map. A map entry costs 28 to 56 bytes (three slots, and a hash table
 * at most half full); a slot of an array by order costs 8 per block. 'headings named like the preview' (117,600
 * blocks): the two maps held 5.5 MB at the extraction peak; the 5 MB prose dump (31,600 blocks) 1.4 MB.
 */

/** Room for this many blocks' text numbers at first; doubled when full. */
const FIRST_SLOTS = 256;
/** The most distinct texts looked up to be numbered once (the lookup is started afresh when full). */
const RECENT_TEXTS_MAX = 1024;

/**
 * Texts by block, for the blocks an order numbers; every numbered block has a slot (`grow`). A slot is a number in an
 * Int32Array (outside the object heap): 0 for no text, else one plus the text's place in a list of the texts, where a
 * text equal to one of the last RECENT_TEXTS_MAX distinct ones set takes no new place. A page of distinct texts holds
 * a list of them as the array of one slot a block did (8 bytes a text); a page that repeats its texts holds each once:
 * 'headings named like the preview' (120,001 blocks, six texts) 0.94 MB less at the extraction's peak.
 */
export class BlockTexts {
	readonly #order: ReadonlyMap<Block, number>;
	#slots = new Int32Array(FIRST_SLOTS);
	#size = 0;
	#texts: string[] = [];
	/** The places of recently set distinct texts, by text; dropped by `fit`. */
	#recent: Map<string, number> | undefined = new Map();

	constructor(order: ReadonlyMap<Block, number>) {
		this.#order = order;
	}

	/** The order the table's slots follow. */
	get order(): ReadonlyMap<Block, number> {
		return this.#order;
	}

	/** A slot for the block the order has just numbered (numbers are given in sequence from 0). */
	grow(): void {
		if (this.#size === this.#slots.length) this.#resize(this.#slots.length * 2);
		this.#slots[this.#size++] = 0;
	}

	#resize(room: number): void {
		const slots = new Int32Array(room);
		slots.set(this.#slots.subarray(0, Math.min(this.#size, room)));
		this.#slots = slots;
	}

	/**
	 * Cuts the slots and the texts to their number, once the order has numbered every block: an array grown by `push`
	 * keeps up to half its room empty ('headings named like the preview': 120,001 blocks in 171,720 slots, 0.37 MB a table).
	 */
	fit(): void {
		if (this.#size < this.#slots.length) this.#resize(this.#size);
		this.#texts = this.#texts.slice();
		this.#recent = undefined;
	}

	/** Whether the order numbers `b` (only such a block can be `set`). */
	numbers(b: Block): boolean {
		return this.#order.has(b);
	}

	/** Slots (blocks numbered so far). */
	get size(): number {
		return this.#size;
	}

	/** The order's number of `b`, undefined when it numbers none. */
	orderOf(b: Block): number | undefined {
		return this.#order.get(b);
	}

	get(b: Block): string | undefined {
		const at = this.#order.get(b);
		if (at === undefined || at >= this.#size) return undefined;
		const n = this.#slots[at];
		return n === 0 ? undefined : this.#texts[n - 1];
	}

	/**
	 * `get` of the block the order numbers `at` (its `orderOf`), for a reader that knows the number: the block is not
	 * looked up again. The metadata scan knows each block node's number (metadata/scan.ts `NodeTable`).
	 */
	getAt(at: number): string | undefined {
		if (at >= this.#size) return undefined;
		const n = this.#slots[at];
		return n === 0 ? undefined : this.#texts[n - 1];
	}

	/** Whether a text was set for `b`. */
	has(b: Block): boolean {
		return this.get(b) !== undefined;
	}

	/**
	 * An empty table over the same order, one slot per block numbered so far: another reader's texts of the same blocks
	 * (the metadata scan's, `metadata/scan.ts`), 4 bytes a block instead of a map entry.
	 */
	sibling(): BlockTexts {
		const t = new BlockTexts(this.#order);
		// Sized up front, not grown (see `fit`).
		t.#slots = new Int32Array(Math.max(this.#size, 1));
		t.#size = this.#size;
		return t;
	}

	/** Sets the text of a block the order numbers (others are ignored: see `numbers`). */
	set(b: Block, text: string): void {
		const at = this.#order.get(b);
		if (at !== undefined) this.setAt(at, text);
	}

	/** `set` of the block the order numbers `at` (its `orderOf`), as `getAt`. */
	setAt(at: number, text: string): void {
		if (at >= this.#size) return;
		let place = this.#recent?.get(text);
		if (place === undefined) {
			place = this.#texts.push(text) - 1;
			if (this.#recent) {
				if (this.#recent.size >= RECENT_TEXTS_MAX) this.#recent.clear();
				this.#recent.set(text, place);
			}
		}
		this.#slots[at] = place + 1;
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

	/** By the block's number, looked up once (the base's and the own table's `get` looked it up again: issue 13). */
	override get(b: Block): string | undefined {
		const at = this.orderOf(b);
		return at === undefined ? undefined : this.getAt(at);
	}

	override has(b: Block): boolean {
		return this.get(b) !== undefined;
	}

	override getAt(at: number): string | undefined {
		return this.#marks[at] === 1 ? this.#base.getAt(at) : this.#own?.getAt(at);
	}

	/** Not made from an overlay: its slots are the marks' (see `BlockTexts.sibling`). */
	override sibling(): BlockTexts {
		throw new Error('OverlayTexts has no sibling');
	}

	override set(b: Block, text: string): void {
		const at = this.orderOf(b);
		if (at !== undefined) this.setAt(at, text);
	}

	override setAt(at: number, text: string): void {
		if (this.#base.getAt(at) === text) {
			this.#marks[at] = 1;
			return;
		}
		this.#marks[at] = 0;
		if (this.#own === undefined) {
			// Sized to the blocks numbered so far, as a sibling of the base is; `grow` adds the rest.
			this.#own = this.#base.sibling();
			while (this.#own.size < this.#size) this.#own.grow();
		}
		this.#own.setAt(at, text);
	}
}
