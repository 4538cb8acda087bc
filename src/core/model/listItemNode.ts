// The parser's list items with their two ranges (the item's and its marker's) as numbers on the node.
import type { Block, ListItem, SourceRange } from './dumpDocument';
import { RangedNode } from './rangedNode';

/*
 * Why a class (as for the blocks of blockNodes.ts and divNodes.ts): an item held two `{ start, end }` objects, 80 bytes
 * beside a 48-byte node in Node's V8 (no pointer compression). Here the four offsets are fields and `range` /
 * `markerRange` are getters that make the objects when read: 64 bytes in all. The 5 MB prose dump's 6,700 items hold
 * 0.4 MB less. `toJSON` keeps the plain-object form; an item is never spread: readers that rebuild one with other
 * children call `withItemChildren`.
 */
export class ListItemNode extends RangedNode implements ListItem {
	markerStart: number;
	markerEnd: number;
	readonly children: Block[];

	constructor(start: number, end: number, markerStart: number, markerEnd: number, children: Block[]) {
		super(start, end);
		this.markerStart = markerStart;
		this.markerEnd = markerEnd;
		this.children = children;
	}

	get markerRange(): SourceRange {
		return { start: this.markerStart, end: this.markerEnd };
	}

	/** Moves both ranges by `map`, in place: a pieced table cell's offsets to the dump's (parseDump's `remapRanges`). */
	override remap(map: (r: SourceRange) => SourceRange): void {
		const marker = map(this.markerRange);
		super.remap(map);
		this.markerStart = marker.start;
		this.markerEnd = marker.end;
	}

	/** The object literal the parser made before: the same fields in the same order. */
	toJSON(): ListItem {
		return { range: this.range, markerRange: this.markerRange, children: this.children };
	}
}

/** `it` with other children: a new node for a parsed item (a spread would drop its ranges), a spread of a plain one. */
export function withItemChildren(it: ListItem, children: Block[]): ListItem {
	return it instanceof ListItemNode ? new ListItemNode(it.start, it.end, it.markerStart, it.markerEnd, children) : { ...it, children };
}
