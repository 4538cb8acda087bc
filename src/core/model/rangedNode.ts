// The one source range a compact model node keeps as two numbers, shared by the block, div and attribute classes.
import type { SourceRange } from './dumpDocument';

/**
 * A node's source as `start`..`end` fields (8 bytes each) instead of a `{ start, end }` object (40 bytes in Node's V8,
 * no pointer compression); `range` makes the object when read, so readers are unchanged. Subclasses with more ranges
 * (a heading's content, a div's opening and closing lines) extend `remap`. Subclasses must not redeclare `start` or
 * `end`: with ES2022 class fields a redeclared field is reset to undefined after this constructor runs.
 *
 * `start` and `end` are `declare`d, not class fields: the constructor sets both, so a field would only add a class-field
 * initialiser that defines them as undefined first. That initialiser is shared by every subclass (paragraphs, headings,
 * list items, attribute blocks, both divs), so its define-own-property site sees six object shapes, goes megamorphic
 * and was the parse's most expensive function after `parseAttributes` (8.8% of its self time, `--cpu-prof` over every
 * fifth wcxb-dev dump). Parse CPU of every tenth wcxb-dev dump, both builds in one process in turns (3 rounds): 0.80-0.89x.
 * Key order and shapes are unchanged: the fields were defined in the order the constructor assigns them.
 */
export abstract class RangedNode {
	declare start: number;
	declare end: number;

	/** Without `end`: a subclass that derives its end (a heading, blockNodes.ts) stores no field for it. */
	constructor(start: number, end?: number) {
		this.start = start;
		if (end !== undefined) this.end = end;
	}

	get range(): SourceRange {
		return { start: this.start, end: this.end };
	}

	/** Moves the node's offsets (a table cell parsed as a text of its own, mapped back to the dump). */
	remap(map: (r: SourceRange) => SourceRange): void {
		({ start: this.start, end: this.end } = map(this.range));
	}
}
