// The parser's fenced and HTML divs with their three ranges as numbers on the node, and `withChildren` to copy one.
import type { Attributes, Block, BlockQuote, FencedDiv, HtmlDiv, SourceRange } from './dumpDocument';
import { RangedNode } from './rangedNode';

/*
 * Why classes (as for paragraphs and headings in blockNodes.ts): a div as an object literal held seven fields (80 bytes
 * in Node's V8, no pointer compression) and three `{ start, end }` objects (its range, its opening line's and its
 * closing line's, 40 bytes each): 200 bytes a div before its attributes and children. Here the six offsets are fields
 * and `range` / `openRange` / `closeRange` are getters that make the object when read, `closed` too: 88 bytes. 'prose (samples,
 * 5 MB)' holds 16,500 divs (the parsed model 1.7 MB smaller), 'UTF-16' 10,000 (1 MB). `toJSON` keeps the plain-object
 * form, key order included. A node of these classes is never spread (a spread drops the getters and `kind`):
 * `withChildren` makes the copy a rewrite needs.
 */

/** `closeStart` of a div that was never closed (it has no `closeRange`). */
const UNCLOSED = -1;

/** What the two div classes share; `kind` is on each class's prototype. */
abstract class DivNodeBase extends RangedNode {
	readonly attrs: Attributes;
	children: Block[];
	openStart: number;
	openEnd: number;
	closeStart: number;
	closeEnd: number;

	/** An open div: its range is its opening line's until `close` sets its end. */
	constructor(attrs: Attributes, openRange: SourceRange, children: Block[]) {
		super(openRange.start, openRange.end);
		this.attrs = attrs;
		this.children = children;
		this.openStart = openRange.start;
		this.openEnd = openRange.end;
		this.closeStart = UNCLOSED;
		this.closeEnd = UNCLOSED;
	}

	/** Whether the div's own fence closed it: it has a closing line (a field less: 8 bytes a div). */
	get closed(): boolean {
		return this.closeStart !== UNCLOSED;
	}

	get openRange(): SourceRange {
		return { start: this.openStart, end: this.openEnd };
	}

	get closeRange(): SourceRange | undefined {
		return this.closeStart === UNCLOSED ? undefined : { start: this.closeStart, end: this.closeEnd };
	}

	/** Ends the div: its children, its closing line (undefined when never closed) and the end of its range. */
	close(children: Block[], closeRange: SourceRange | undefined, end: number): void {
		this.children = children;
		this.closeStart = closeRange ? closeRange.start : UNCLOSED;
		this.closeEnd = closeRange ? closeRange.end : UNCLOSED;
		this.end = end;
	}

	/** Moves the node's offsets, its opening and closing lines' too. */
	override remap(map: (r: SourceRange) => SourceRange): void {
		super.remap(map);
		({ start: this.openStart, end: this.openEnd } = map(this.openRange));
		const close = this.closeRange;
		if (close) ({ start: this.closeStart, end: this.closeEnd } = map(close));
	}

	/** The plain object the parser made before, key order included (`closeRange` was set last, undefined when unclosed). */
	protected plain<K extends 'div' | 'htmlDiv'>(kind: K): { kind: K; attrs: Attributes; openRange: SourceRange; closed: boolean; children: Block[]; range: SourceRange; closeRange: SourceRange | undefined } {
		return { kind, attrs: this.attrs, openRange: this.openRange, closed: this.closed, children: this.children, range: this.range, closeRange: this.closeRange };
	}
}

/** A fenced div (`::: {.class}` ... `:::`). */
export class FencedDivNode extends DivNodeBase implements FencedDiv {
	declare readonly kind: 'div';

	toJSON(): FencedDiv {
		return this.plain('div');
	}
}
Object.defineProperty(FencedDivNode.prototype, 'kind', { value: 'div', enumerable: true });

/** A bare `<div ...>` ... `</div>` pair around Markdown content. */
export class HtmlDivNode extends DivNodeBase implements HtmlDiv {
	declare readonly kind: 'htmlDiv';

	toJSON(): HtmlDiv {
		return this.plain('htmlDiv');
	}
}
Object.defineProperty(HtmlDivNode.prototype, 'kind', { value: 'htmlDiv', enumerable: true });

/** A container block with children of its own. */
type WithChildren = FencedDiv | HtmlDiv | BlockQuote;

/**
 * `b` with its children replaced: a node of the same class for the parser's divs (a spread would drop their range
 * getters and `kind`), a spread for anything else. Every rewrite of a container's children goes through here.
 */
export function withChildren<B extends WithChildren>(b: B, children: Block[]): B {
	if (b instanceof DivNodeBase) {
		const copy: DivNodeBase = b instanceof FencedDivNode ? new FencedDivNode(b.attrs, b.openRange, children) : new HtmlDivNode(b.attrs, b.openRange, children);
		copy.close(children, b.closeRange, b.end);
		copy.start = b.start;
		return copy as unknown as B;
	}
	return { ...b, children };
}
