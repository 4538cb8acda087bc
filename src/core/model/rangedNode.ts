// The one source range a compact model node keeps as two numbers, shared by the block, div and attribute classes.
import type { SourceRange } from './dumpDocument';

/**
 * A node's source as `start`..`end` fields (8 bytes each) instead of a `{ start, end }` object (40 bytes in Node's V8,
 * no pointer compression); `range` makes the object when read, so readers are unchanged. Subclasses with more ranges
 * (a heading's content, a div's opening and closing lines) extend `remap`. Subclasses must not redeclare `start` or
 * `end`: with ES2022 class fields a redeclared field is reset to undefined after this constructor runs.
 */
export abstract class RangedNode {
	start: number;
	end: number;

	constructor(start: number, end: number) {
		this.start = start;
		this.end = end;
	}

	get range(): SourceRange {
		return { start: this.start, end: this.end };
	}

	/** Moves the node's offsets (a table cell parsed as a text of its own, mapped back to the dump). */
	remap(map: (r: SourceRange) => SourceRange): void {
		({ start: this.start, end: this.end } = map(this.range));
	}
}
