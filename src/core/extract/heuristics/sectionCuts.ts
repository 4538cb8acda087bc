// Section cuts: the blocks a rule keeps when it cuts whole sections out of a read in one walk, each cut recorded as a removed region.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { pushAll } from '../../model/pushAll';

/**
 * The blocks left when sections `[start, end)` are cut from `blocks` in page order, each cut recorded in `removed`.
 * The product read's section rules (pricedSections.ts, recommendationSections.ts, shopPitchEnd.ts) walk their blocks
 * once and cut as they go; this holds what they share, so each says only which sections go. Linear: each kept block is
 * copied once, and `kept()` is `blocks` itself when nothing was cut.
 */
export class SectionCuts {
	#out: Block[] | undefined;
	#from = 0;

	constructor(
		private readonly blocks: readonly Block[],
		private readonly removed: RemovedRegion[],
	) {}

	/** Cuts blocks `start` to `end` (exclusive; `start` after the last cut's end), recorded as `step` with `signal`. */
	cut(start: number, end: number, step: string, signal: string): void {
		const { blocks } = this;
		this.removed.push({ range: { start: blocks[start].range.start, end: blocks[end - 1].range.end }, step, signal });
		pushAll((this.#out ??= []), blocks.slice(this.#from, start));
		this.#from = end;
	}

	/** The blocks not cut, in order. */
	kept(): readonly Block[] {
		if (!this.#out) return this.blocks;
		pushAll(this.#out, this.blocks.slice(this.#from));
		return this.#out;
	}
}
