// The parser's most numerous inline nodes (text, soft and hard breaks) with their range as two numbers on the node.
import type { LineBreak, SoftBreak, SourceRange, Text } from './dumpDocument';

/*
 * Why classes: a `{ start, end }` object is 40 bytes in Node's V8 (no pointer compression: a 24-byte header and 8
 * bytes a field), as much as the node that holds it. A dump's lines make a text node and a soft break each, so on
 * line-dense dumps these ranges were a third of the model (621,331 of them, 24.9 MB, in a 7.5 MB dump). Here `start`
 * and `end` are fields of the node (16 bytes) and `range` is a getter that makes the object when it is read, so
 * every reader of `range` is unchanged; `kind` is on the prototype of the two most numerous (8 bytes a node). `toJSON`
 * keeps the plain-object form for anything that serialises a node.
 * Nodes of these kinds are never spread or sent through `postMessage` (both drop a getter): readers that rebuild
 * inlines make plain objects, which are nodes of the model as well.
 */

/** Plain text with escapes resolved; its source is `start`..`end`. */
export class TextNode implements Text {
	declare readonly kind: 'text';
	readonly value: string;
	readonly start: number;
	readonly end: number;
	readonly softBreakAfter: boolean;

	constructor(value: string, start: number, end: number, softBreakAfter = false) {
		this.value = value;
		this.start = start;
		this.end = end;
		this.softBreakAfter = softBreakAfter;
	}

	get range(): SourceRange {
		return { start: this.start, end: this.end };
	}

	toJSON(): Text {
		return textJson(this);
	}
}
Object.defineProperty(TextNode.prototype, 'kind', { value: 'text', enumerable: true });

/**
 * Plain text that is exactly its source, `source.slice(start, end)` (most text nodes: no escape, no entity, no
 * trailing space): `value` is sliced from the source when read instead of held. A held copy of a short line costs
 * 40 bytes or more beside the node (V8 copies slices shorter than 13 characters), the most numerous string of a
 * line-dense dump's model; 'invalid UTF-8' (80,660 lines of 12 characters) kept 3.2 MB of them.
 */
export class SourceTextNode implements Text {
	declare readonly kind: 'text';
	/** On the prototype: false here, true on the nodes `sourceText` makes with a soft break after them. */
	declare readonly softBreakAfter: boolean;
	/** The string the node was parsed from (the dump, or a cell or decoded page parsed on its own). */
	readonly source: string;
	readonly start: number;
	readonly end: number;

	constructor(source: string, start: number, end: number) {
		this.source = source;
		this.start = start;
		this.end = end;
	}

	get value(): string {
		return this.source.slice(this.start, this.end);
	}

	get range(): SourceRange {
		return { start: this.start, end: this.end };
	}

	toJSON(): Text {
		return textJson(this);
	}
}
Object.defineProperty(SourceTextNode.prototype, 'kind', { value: 'text', enumerable: true });
Object.defineProperty(SourceTextNode.prototype, 'softBreakAfter', { value: false, enumerable: true });

/**
 * A `SourceTextNode` followed by a soft break. The flag is its class's, not a field: 8 bytes less on the most numerous
 * node of link- and image-dense dumps ('encoded script links': 84,000 text nodes, 0.67 MB).
 */
class SourceTextBreakNode extends SourceTextNode {}
Object.defineProperty(SourceTextBreakNode.prototype, 'softBreakAfter', { value: true, enumerable: true });

/** Text that is exactly `source.slice(start, end)`, with a soft break after it or not. */
export function sourceText(source: string, start: number, end: number, softBreakAfter = false): SourceTextNode {
	return softBreakAfter ? new SourceTextBreakNode(source, start, end) : new SourceTextNode(source, start, end);
}

/** A line break inside a paragraph: the one character at `start`. */
export class SoftBreakNode implements SoftBreak {
	declare readonly kind: 'softbreak';
	readonly start: number;

	constructor(start: number) {
		this.start = start;
	}

	get end(): number {
		return this.start + 1;
	}

	get range(): SourceRange {
		return { start: this.start, end: this.start + 1 };
	}

	toJSON(): SoftBreak {
		return { kind: this.kind, range: this.range };
	}
}
// On the prototype: a soft break is one field, the most numerous node of a dump of short lines.
Object.defineProperty(SoftBreakNode.prototype, 'kind', { value: 'softbreak', enumerable: true });

/** A hard line break (`\` at the end of a line, or two trailing spaces). */
export class LineBreakNode implements LineBreak {
	readonly kind = 'break';
	readonly start: number;
	readonly end: number;

	constructor(start: number, end: number) {
		this.start = start;
		this.end = end;
	}

	get range(): SourceRange {
		return { start: this.start, end: this.end };
	}

	toJSON(): LineBreak {
		return { kind: this.kind, range: this.range };
	}
}

/** The plain-object form of a text node; `softBreakAfter` only when set, so unflagged nodes serialise as before. */
function textJson(n: TextNode | SourceTextNode): Text {
	return n.softBreakAfter ? { kind: n.kind, value: n.value, range: n.range, softBreakAfter: true } : { kind: n.kind, value: n.value, range: n.range };
}
