// The parser's fenced and HTML divs with their three ranges as numbers on the node, and `withChildren` to copy one.
import type { Attributes, Block, BlockQuote, FencedDiv, HtmlDiv, SourceRange } from './dumpDocument';
import { AttributesNode } from './attributesNode';
import type { AttributeParts } from './linkNodes';
import { RangedNode } from './rangedNode';

/*
 * Why classes (as for paragraphs and headings in blockNodes.ts): a div as an object literal held seven fields (80 bytes
 * in Node's V8, no pointer compression) and three `{ start, end }` objects (its range, its opening line's and its
 * closing line's, 40 bytes each): 200 bytes a div before its attributes and children. Here the six offsets are fields
 * and `range` / `openRange` / `closeRange` are getters that make the object when read, `closed` too: 88 bytes (64
 * since session 26, below). 'prose (samples, 5 MB)' holds 16,500 divs (the parsed model 1.7 MB smaller), 'UTF-16'
 * 10,000 (1 MB). `toJSON` keeps the plain-object form, key order included. A node of these classes is never spread (a spread drops the getters and `kind`):
 * `withChildren` makes the copy a rewrite needs.
 */

/** `closeStart` of a div that was never closed (it has no `closeRange`). */
const UNCLOSED = -1;

/*
 * Session 26: a div is 64 bytes, and its attribute block no object of its own when its text is a short one seen before
 * (`dump/attributes.ts` shares the id, classes and pairs of such blocks). Four numbers of a div are small in almost
 * every dump and are held in one field, `#spans`, as distances from the div's own offsets: its opening line's end
 * (`openEnd - start`; the opening line starts where the div does), its closing line's length (`end - closeStart`; the
 * closing line ends where the div does), and where its attribute block sits in the opening line (`attrStart - start`,
 * `openEnd - attrEnd`). A div whose numbers do not fit (an opening line of 8 KB, a closing fence of 63 colons, a cell
 * parsed on its own and mapped back) keeps them in `WIDE` instead. The attribute block is held as its shared parts
 * (`heldAttrs`), and `attrs` makes the `AttributesNode` when read, as links do (linkNodes.ts): a block of its own (a
 * long one) is held whole. 'UTF-16' (10,000 divs `::: {#a}`): a div and its attribute block were 88 + 64 bytes.
 * Readers got a new attribute object at each read (38 reads a div in the whole pipeline over 66 wcxb-dev pages; since
 * session 27 the last few divs read share theirs, `RECENT_ATTRS`); the caches keyed by an attribute block
 * (extract/inlineText.ts) key by its lists instead. The helpers are TypeScript
 * `private` methods, not `#` ones: a class with a `#` method gives each of its objects a slot for its brand (8 bytes).
 */
const OPEN_BITS = 13;
const CLOSE_BITS = 6;
const LEAD_BITS = 5;
const TAIL_BITS = 5;
const OPEN_MAX = (1 << OPEN_BITS) - 1;
/** `closeLen` of an unclosed div: one above the longest closing line held. */
const CLOSE_NONE = (1 << CLOSE_BITS) - 1;
const LEAD_MAX = (1 << LEAD_BITS) - 1;
/** `attrTail` of a div whose attribute block is held whole (its range is its own): one above the largest held. */
const TAIL_WHOLE = (1 << TAIL_BITS) - 1;
const CLOSE_SHIFT = OPEN_BITS;
const LEAD_SHIFT = CLOSE_SHIFT + CLOSE_BITS;
const TAIL_SHIFT = LEAD_SHIFT + LEAD_BITS;
/** `#spans` of a div whose numbers are in `WIDE`. */
const SPANS_WIDE = -1;

/** The offsets of a div that does not fit `#spans` (rare: see above). */
interface WideSpans {
	readonly openStart: number;
	readonly openEnd: number;
	readonly closeStart: number;
	readonly closeEnd: number;
	readonly attrStart: number;
	readonly attrEnd: number;
}
const WIDE = new WeakMap<DivNodeBase, WideSpans>();

/*
 * Session 27: the attribute objects made for the last few divs read (a ring), reused while the div's offsets are
 * unchanged. Reads of one div cluster (a rule reads `classes`, then `id`, then a pair; the next rule the same div): a
 * new object at every read was 9.8% of extraction's allocations (sampled over 164 wcxb-dev pages), garbage the
 * collector then spent time on. A memo per div would give back the 64 bytes a div the parts save. The ring is keyed by
 * what the object is made of, the shared parts and the two offsets, never by the div: it holds no div (a document's
 * wrapper div would keep the whole model of a closed document alive in the extension host), only RECENT_ATTRS small
 * objects whatever the dump's size. Two reads with equal keys get equal objects, so sharing one is safe: readers only read.
 */
const RECENT_ATTRS = 8;
const recentHeld: (object | undefined)[] = new Array<object | undefined>(RECENT_ATTRS).fill(undefined);
const recentAttrs: (AttributesNode | undefined)[] = new Array<AttributesNode | undefined>(RECENT_ATTRS).fill(undefined);
let recentNext = 0;

/** What the two div classes share; `kind` is on each class's prototype. */
abstract class DivNodeBase extends RangedNode {
	/** The attribute block whole, or its shared parts when `#spans` holds its range (see above). */
	readonly heldAttrs: Attributes | AttributeParts;
	children: Block[];
	#spans: number;

	/**
	 * An open div: its range is its opening line's until `close` sets its end. `parts`, when given, are the shared parts
	 * `attrs` was made of (`ParsedAttributes.parts`).
	 */
	constructor(attrs: Attributes, openRange: SourceRange, children: Block[], parts?: AttributeParts) {
		super(openRange.start, openRange.end);
		const whole = !(parts !== undefined && attrs instanceof AttributesNode && parts.id === attrs.id && parts.classes === attrs.classes && parts.pairs === attrs.pairs);
		this.heldAttrs = whole ? attrs : parts;
		this.children = children;
		this.#spans = 0;
		this.pack(whole, openRange.start, openRange.end, UNCLOSED, UNCLOSED, whole ? 0 : (attrs as AttributesNode).start, whole ? 0 : (attrs as AttributesNode).end);
	}

	/** Holds the div's offsets in `#spans` (its `start` and `end` set already), or in `WIDE` when they do not fit. */
	private pack(whole: boolean, openStart: number, openEnd: number, closeStart: number, closeEnd: number, attrStart: number, attrEnd: number): void {
		const open = openEnd - this.start;
		const close = closeStart === UNCLOSED ? CLOSE_NONE : this.end - closeStart;
		const lead = whole ? 0 : attrStart - this.start;
		const tail = whole ? TAIL_WHOLE : openEnd - attrEnd;
		const fits =
			openStart === this.start &&
			open >= 0 &&
			open <= OPEN_MAX &&
			(closeStart === UNCLOSED ? closeEnd === UNCLOSED : closeEnd === this.end && close >= 0 && close < CLOSE_NONE) &&
			lead >= 0 &&
			lead <= LEAD_MAX &&
			tail >= 0 &&
			tail <= TAIL_WHOLE &&
			(whole || tail < TAIL_WHOLE);
		if (fits) {
			if (this.#spans === SPANS_WIDE) WIDE.delete(this);
			this.#spans = open | (close << CLOSE_SHIFT) | (lead << LEAD_SHIFT) | (tail << TAIL_SHIFT);
		} else {
			this.#spans = SPANS_WIDE;
			WIDE.set(this, { openStart, openEnd, closeStart, closeEnd, attrStart, attrEnd });
		}
	}

	private holdsParts(): boolean {
		return this.heldAttrs instanceof AttributesNode ? false : !('range' in this.heldAttrs);
	}

	get openStart(): number {
		return this.#spans === SPANS_WIDE ? WIDE.get(this)!.openStart : this.start;
	}

	get openEnd(): number {
		return this.#spans === SPANS_WIDE ? WIDE.get(this)!.openEnd : this.start + (this.#spans & OPEN_MAX);
	}

	get closeStart(): number {
		const s = this.#spans;
		if (s === SPANS_WIDE) return WIDE.get(this)!.closeStart;
		const close = (s >> CLOSE_SHIFT) & CLOSE_NONE;
		return close === CLOSE_NONE ? UNCLOSED : this.end - close;
	}

	get closeEnd(): number {
		if (this.#spans === SPANS_WIDE) return WIDE.get(this)!.closeEnd;
		return this.closeStart === UNCLOSED ? UNCLOSED : this.end;
	}

	/**
	 * The attribute block: held whole, or made from its shared parts and its offsets (a new object unless one of the
	 * last few divs read: see `RECENT_ATTRS`).
	 */
	get attrs(): Attributes {
		const held = this.heldAttrs;
		const s = this.#spans;
		if (s === SPANS_WIDE) {
			if (!this.holdsParts()) return held as Attributes;
			const w = WIDE.get(this)!;
			return new AttributesNode(held.id, held.classes, held.pairs, w.attrStart, w.attrEnd);
		}
		const tail = (s >> TAIL_SHIFT) & TAIL_WHOLE;
		if (tail === TAIL_WHOLE) return held as Attributes;
		const start = this.start + ((s >> LEAD_SHIFT) & LEAD_MAX);
		const end = this.start + (s & OPEN_MAX) - tail;
		for (let i = 0; i < RECENT_ATTRS; i++) {
			const a = recentAttrs[i];
			// The offsets are part of the key: a div moved since (`remap`, `close`) makes its block anew.
			if (recentHeld[i] === held && a !== undefined && a.start === start && a.end === end) return a;
		}
		const made = new AttributesNode(held.id, held.classes, held.pairs, start, end);
		recentHeld[recentNext] = held;
		recentAttrs[recentNext] = made;
		recentNext = (recentNext + 1) % RECENT_ATTRS;
		return made;
	}

	/** The attribute block's offsets (UNCLOSED when it is held whole: its range is its own). */
	private attrOffsets(): [number, number] {
		if (!this.holdsParts()) return [UNCLOSED, UNCLOSED];
		const r = this.attrs.range;
		return [r.start, r.end];
	}

	/** Whether the div's own fence closed it: it has a closing line (a field less: 8 bytes a div). */
	get closed(): boolean {
		return this.closeStart !== UNCLOSED;
	}

	get openRange(): SourceRange {
		return { start: this.openStart, end: this.openEnd };
	}

	get closeRange(): SourceRange | undefined {
		const closeStart = this.closeStart;
		return closeStart === UNCLOSED ? undefined : { start: closeStart, end: this.closeEnd };
	}

	/** Ends the div: its children, its closing line (undefined when never closed) and the end of its range. */
	close(children: Block[], closeRange: SourceRange | undefined, end: number): void {
		const s = this.#spans;
		if (s !== SPANS_WIDE) {
			// The usual case: only the closing line's length changes (the other numbers are distances from `start`).
			const close = closeRange ? end - closeRange.start : CLOSE_NONE;
			if (!closeRange || (closeRange.end === end && close >= 0 && close < CLOSE_NONE)) {
				this.children = children;
				this.end = end;
				this.#spans = (s & ~(CLOSE_NONE << CLOSE_SHIFT)) | (close << CLOSE_SHIFT);
				return;
			}
		}
		const [attrStart, attrEnd] = this.attrOffsets();
		const openStart = this.openStart;
		const openEnd = this.openEnd;
		this.children = children;
		this.end = end;
		this.pack(!this.holdsParts(), openStart, openEnd, closeRange ? closeRange.start : UNCLOSED, closeRange ? closeRange.end : UNCLOSED, attrStart, attrEnd);
	}

	/** Moves the node's offsets, its opening and closing lines' and its attribute block's too. */
	override remap(map: (r: SourceRange) => SourceRange): void {
		const open = map(this.openRange);
		const close0 = this.closeRange;
		const close = close0 ? map(close0) : undefined;
		const held = this.holdsParts();
		const attr = held ? map(this.attrs.range) : undefined;
		super.remap(map);
		this.pack(!held, open.start, open.end, close ? close.start : UNCLOSED, close ? close.end : UNCLOSED, attr ? attr.start : UNCLOSED, attr ? attr.end : UNCLOSED);
	}

	/** A copy of this div with other children: the same class, offsets and attribute block (see `withChildren`). */
	copyWith(children: Block[]): DivNodeBase {
		const Div = this.constructor as new (attrs: Attributes, openRange: SourceRange, children: Block[], parts?: AttributeParts) => DivNodeBase;
		const copy = new Div(this.attrs, this.openRange, children, this.holdsParts() ? this.heldAttrs : undefined);
		const [attrStart, attrEnd] = this.attrOffsets();
		copy.start = this.start;
		copy.end = this.end;
		copy.pack(!this.holdsParts(), this.openStart, this.openEnd, this.closeStart, this.closeEnd, attrStart, attrEnd);
		return copy;
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
	if (b instanceof DivNodeBase) return b.copyWith(children) as unknown as B;
	return { ...b, children };
}

/**
 * A div's id, classes and pairs without its attribute block's range: what readers of its names need (`attrWords`,
 * `isHidden`, `attrValue`, a class test). For the parser's divs these are the held parts (or the block held whole),
 * read with no object made; `attrs` makes an AttributesNode at each read of a div held as parts (session 28: 52 MB, 6.8%
 * of extraction's sampled allocations over 164 tuning wcxb-dev pages, spread over ~20 walks that read each div once).
 * Any other div (a plain object, as escapedHtmlPage.ts builds) gives its `attrs`.
 */
export function divAttrParts(b: FencedDiv | HtmlDiv): AttributeParts {
	return b instanceof DivNodeBase ? b.heldAttrs : b.attrs;
}
