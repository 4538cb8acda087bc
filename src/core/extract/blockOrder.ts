// The block index's order (each block's pre-order number) as a hash table of numbers keyed by the block's source start.
import type { Block } from '../model/dumpDocument';
import { RangedNode } from '../model/rangedNode';
import { sameOrCopy } from './sameBlocks';

/*
 * Why: the order was a `Map<Block, number>`, an entry of 28 bytes (three slots and half a bucket) at a power-of-two
 * capacity, alive for the whole extraction: 'headings named like the preview' (120,001 blocks) 3.5 MB of its
 * extraction's peak, 'UTF-16' (30,001) 0.85 MB. JavaScript has no identity hash of its own to key a table by, but
 * every block has a source offset: here a slot holds a block's number plus one in an Int32Array of twice or more the
 * blocks' number (4 to 8 bytes a block, so 1 MB for the headings), found from a hash of the block's start and
 * confirmed by identity against the blocks by number. Blocks that start at the same offset (a container and its first
 * child can, a re-parsed cell's blocks may all map to one range) take the next slots; a block that finds no free slot
 * within PROBE_LIMIT goes to a Map of its own, so many blocks at one offset cost what they cost before, never a long
 * probe. Readers are unchanged: it reads as the `ReadonlyMap` it replaces, entries in number order (the order they
 * were set in).
 */

/** Slots probed from a block's hash before it is held in the overflow map instead. */
const PROBE_LIMIT = 8;
/** The table starts with this many slots (a power of two) and doubles when half full. */
const FIRST_SLOTS = 1024;

/** The pre-order number of each block the index has numbered, read as a `ReadonlyMap<Block, number>`. */
export class BlockOrder implements ReadonlyMap<Block, number> {
	/** Each slot: a block's number plus one, 0 when free. */
	#slots = new Int32Array(FIRST_SLOTS);
	#mask = FIRST_SLOTS - 1;
	/** The blocks by number, as the index numbers them (shared with it: `set` is always called with the next number). */
	#blocks: Block[] = [];
	/** Blocks that found no free slot within PROBE_LIMIT of their hash. */
	#overflow: Map<Block, number> | undefined;

	/** The blocks by number (the index's own list: see `fit`, read it after). */
	get blocks(): readonly Block[] {
		return this.#blocks;
	}

	get size(): number {
		return this.#blocks.length;
	}

	/** Numbers `b`: `at` must be the next number (the blocks' count), as the index's pre-order walk gives them. */
	set(b: Block, at: number): this {
		if (at !== this.#blocks.length) throw new Error('BlockOrder numbers blocks in sequence');
		this.#blocks.push(b);
		if (2 * this.#blocks.length > this.#slots.length) this.#grow();
		else this.#place(b, at);
		return this;
	}

	/**
	 * Cuts the blocks' list to its length once every block is numbered (an array grown by `push` keeps slack); `same`,
	 * a list holding the same blocks in the same order (a page of top-level blocks only: the document's own list), is
	 * shared instead of a copy (blockIndex.ts `sameOrCopy`).
	 */
	fit(same?: Block[]): void {
		this.#blocks = sameOrCopy(this.#blocks, same);
	}

	get(b: Block): number | undefined {
		const slots = this.#slots;
		// The block's source start (the node's field where it keeps one: no range object made), spread over the table
		// by Fibonacci hashing (the mask takes the low bits). Written out here and in `#place`, not as two small
		// functions: the CLI compiles without inlining (cli/jitFlags.ts), where the two calls took 0.75% of the main
		// thread's samples beside the look-up's own 0.94% (`pagedump extract` over 296 tuning and corpus dumps).
		const h = Math.imul(b instanceof RangedNode ? b.start : b.range.start, 0x9e3779b1);
		let i = (h ^ (h >>> 16)) & this.#mask;
		for (let k = 0; k < PROBE_LIMIT; k++) {
			const v = slots[i];
			if (v === 0) return undefined;
			if (this.#blocks[v - 1] === b) return v - 1;
			i = (i + 1) & this.#mask;
		}
		return this.#overflow?.get(b);
	}

	has(b: Block): boolean {
		return this.get(b) !== undefined;
	}

	forEach(callback: (value: number, key: Block, map: ReadonlyMap<Block, number>) => void, thisArg?: unknown): void {
		for (let i = 0; i < this.#blocks.length; i++) callback.call(thisArg, i, this.#blocks[i], this);
	}

	*entries(): IterableIterator<[Block, number]> {
		for (let i = 0; i < this.#blocks.length; i++) yield [this.#blocks[i], i];
	}

	keys(): IterableIterator<Block> {
		return this.#blocks.values();
	}

	*values(): IterableIterator<number> {
		for (let i = 0; i < this.#blocks.length; i++) yield i;
	}

	[Symbol.iterator](): IterableIterator<[Block, number]> {
		return this.entries();
	}

	#place(b: Block, at: number): void {
		const slots = this.#slots;
		// The slot's hash as in `get`.
		const h = Math.imul(b instanceof RangedNode ? b.start : b.range.start, 0x9e3779b1);
		let i = (h ^ (h >>> 16)) & this.#mask;
		for (let k = 0; k < PROBE_LIMIT; k++) {
			if (slots[i] === 0) {
				slots[i] = at + 1;
				return;
			}
			i = (i + 1) & this.#mask;
		}
		(this.#overflow ??= new Map()).set(b, at);
	}

	/** Doubles the table and places every block again, in number order (so each finds the slots it found before or better). */
	#grow(): void {
		this.#slots = new Int32Array(this.#slots.length * 2);
		this.#mask = this.#slots.length - 1;
		this.#overflow = undefined;
		for (let at = 0; at < this.#blocks.length; at++) this.#place(this.#blocks[at], at);
	}
}
