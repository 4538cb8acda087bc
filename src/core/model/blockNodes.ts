// The parser's most numerous blocks (paragraphs and headings) with their ranges as numbers on the node.
import type { Attributes, Heading, Inline, Paragraph, SourceRange } from './dumpDocument';
import { SourceTextNode } from './leafInlines';
import { RangedNode } from './rangedNode';

/*
 * Why classes: the same reason as leafInlines.ts. A `{ start, end }` object is 40 bytes in Node's V8 (no pointer
 * compression), as much as a paragraph node itself, and a heading held two (its range and its content's). Here the
 * offsets are fields (8 bytes each) and `range` / `contentRange` are getters that make the object when read, so
 * every reader is unchanged; `kind` is on the prototype. 'headings named like the preview' (1.96 MB, 117,600
 * headings and paragraphs): the parsed model 30.0 -> 25.1 MB. `toJSON` keeps the plain-object form, key order included.
 * A node of these classes is never spread (a spread drops the getters): `withContent` makes the copy a rewrite needs.
 */

/** The content of a block with no inline yet (the parser fills it in once every link definition is known). */
const NO_INLINES: Inline[] = [];

/**
 * A block of inline content that holds a single inline without its array, and a single plain text that spans the
 * block's text range as the string it is sliced from. Most paragraphs and headings hold one such text: its
 * one-element array (a 32-byte array and its store, 56 to 72 bytes) and its node (48 bytes) were most of a heading-
 * or section-dense model. The parsed model, with the heading's packed level: 'headings named like the preview'
 * (117,600 such blocks) 24.2 -> 11.2 MB, 'UTF-16' 6.1 -> 3.9 MB, 'prose (samples, 5 MB)' 20.8 -> 19.6 MB.
 * `content` makes the array, and the text node, when read: a young-generation allocation the reader drops (the
 * pipeline's CPU time on the readability corpus did not move beyond noise). Readers are unchanged: no
 * reader keeps a content array, or a text node, as a key or compares one by identity; a text node's value and
 * range are those of the node it replaces (a reader that needs one kept across reads keeps the array it read).
 */
abstract class InlineBlockNode extends RangedNode {
	/**
	 * Read `content`. The content array; its one inline when it has exactly one; the string a single plain text that
	 * spans `textStart`..`textEnd` is sliced from. Public so the parser's range walker (`remapRanges`) reaches it.
	 */
	inlines: Inline[] | Inline | string = NO_INLINES;

	/** The range a single plain text must span to be held as its source string. */
	protected abstract get textStart(): number;
	protected abstract get textEnd(): number;

	get content(): Inline[] {
		const c = this.inlines;
		if (typeof c === 'string') return [new SourceTextNode(c, this.textStart, this.textEnd)];
		return Array.isArray(c) ? c : [c];
	}

	/** Set by the parser once every link definition is known, and by the constructors. */
	set content(content: Inline[]) {
		if (content.length !== 1) {
			this.inlines = content;
			return;
		}
		const n = content[0];
		// Only a plain source text (not one with a soft break after it, nor a text with escapes) is rebuilt on read.
		this.inlines = Object.getPrototypeOf(n) === SourceTextNode.prototype && (n as SourceTextNode).start === this.textStart && (n as SourceTextNode).end === this.textEnd ? (n as SourceTextNode).source : n;
	}

	/** Moves the node's offsets; a text held as its string becomes a node first, since its offsets stay where they are. */
	override remap(map: (r: SourceRange) => SourceRange): void {
		const c = this.inlines;
		if (typeof c === 'string') this.inlines = new SourceTextNode(c, this.textStart, this.textEnd);
		super.remap(map);
	}
}

/** A paragraph; its source is `start`..`end`. `content` is filled in once every link definition is known. */
export class ParagraphNode extends InlineBlockNode implements Paragraph {
	declare readonly kind: 'paragraph';

	constructor(content: Inline[], start: number, end: number) {
		super(start, end);
		this.content = content;
	}

	protected get textStart(): number {
		return this.start;
	}

	protected get textEnd(): number {
		return this.end;
	}

	toJSON(): Paragraph {
		return { kind: this.kind, content: this.content, range: this.range };
	}
}
Object.defineProperty(ParagraphNode.prototype, 'kind', { value: 'paragraph', enumerable: true });

/*
 * Session 26: a heading is 56 bytes (80 before). Its content range is held as two distances in the field that holds
 * its level: from its start to its text (`# ` and indentation) and from its text's end to its end (trailing
 * attributes, closing `#`s, a setext underline). A heading whose distances do not fit (an attribute block of 32 KB, a
 * cell parsed on its own and mapped back) keeps its content range in `WIDE`. `attrs` is on the prototype (undefined)
 * and own only on a heading with an attribute block (`AttributedHeadingNode`): most headings have none. 'UTF-16'
 * (10,000 headings `# Titre`) 0.24 MB less.
 *
 * Session 30: a heading is 48 bytes (56 before). Its `end` is not a field: the same field holds its text's length
 * too, and `end` is start + lead + length + tail (an accessor on the prototype). The lead (5 bits), the length (13)
 * and the tail (8) fit a heading of up to 8,191 characters of text with a 31-character lead and a 255-character tail;
 * any other heading keeps its content range and its end in `WIDE`. 'headings named like the preview' (60,002
 * headings): 0.48 MB less at every step's peak (see memoryShapes.test.ts).
 */
const LEVEL_MASK = 0x7;
/** The flag of a setext heading, above every level. */
const SETEXT = 0x8;
/** The flag of a heading whose content range and end are in `WIDE`. */
const WIDE_FLAG = 0x10;
const LEAD_SHIFT = 5;
const LEAD_MAX = (1 << 5) - 1;
const LENGTH_SHIFT = LEAD_SHIFT + 5;
const LENGTH_MAX = (1 << 13) - 1;
const TAIL_SHIFT = LENGTH_SHIFT + 13;
/** 8 bits: the top bit of the field is bit 30, so the field stays a positive small integer. */
const TAIL_MAX = (1 << 8) - 1;
interface WideHeading {
	contentStart: number;
	contentEnd: number;
	end: number;
}
const WIDE = new WeakMap<HeadingNode, WideHeading>();

/** An ATX or setext heading; its source is `start`..`end` and its text `contentStart`..`contentEnd`. */
export class HeadingNode extends InlineBlockNode implements Heading {
	declare readonly kind: 'heading';
	/** On the prototype (undefined): own only on an `AttributedHeadingNode`. */
	declare readonly attrs: Attributes | undefined;
	/** The level (1 to 6), SETEXT, the content range and the end as distances (see above): one field for five. */
	#form: number;

	/** A heading without attributes: see `headingNode`. */
	constructor(level: number, content: Inline[], contentRange: SourceRange, setext: boolean, start: number, end: number) {
		// No `end` for RangedNode to store: it is held in `#form`.
		super(start);
		this.#form = 0;
		this.setForm(level | (setext ? SETEXT : 0), contentRange.start, contentRange.end, end);
		this.content = content;
	}

	/** Holds the level, the setext flag, the content range and the end (the node's `start` set already). */
	private setForm(levelAndForm: number, contentStart: number, contentEnd: number, end: number): void {
		const lead = contentStart - this.start;
		const length = contentEnd - contentStart;
		const tail = end - contentEnd;
		if (this.#form & WIDE_FLAG) WIDE.delete(this);
		if (lead >= 0 && lead <= LEAD_MAX && length >= 0 && length <= LENGTH_MAX && tail >= 0 && tail <= TAIL_MAX) {
			this.#form = levelAndForm | (lead << LEAD_SHIFT) | (length << LENGTH_SHIFT) | (tail << TAIL_SHIFT);
		} else {
			this.#form = levelAndForm | WIDE_FLAG;
			WIDE.set(this, { contentStart, contentEnd, end });
		}
	}

	get level(): number {
		return this.#form & LEVEL_MASK;
	}

	get setext(): boolean {
		return (this.#form & SETEXT) !== 0;
	}

	get contentStart(): number {
		const f = this.#form;
		return f & WIDE_FLAG ? WIDE.get(this)!.contentStart : this.start + ((f >> LEAD_SHIFT) & LEAD_MAX);
	}

	get contentEnd(): number {
		const f = this.#form;
		return f & WIDE_FLAG ? WIDE.get(this)!.contentEnd : this.start + ((f >> LEAD_SHIFT) & LEAD_MAX) + ((f >> LENGTH_SHIFT) & LENGTH_MAX);
	}

	/** The end: an accessor on the prototype (a TypeScript accessor may not override RangedNode's `end` field). */
	private derivedEnd(): number {
		const f = this.#form;
		return f & WIDE_FLAG ? WIDE.get(this)!.end : this.start + ((f >> LEAD_SHIFT) & LEAD_MAX) + ((f >> LENGTH_SHIFT) & LENGTH_MAX) + ((f >> TAIL_SHIFT) & TAIL_MAX);
	}

	private setEnd(end: number): void {
		this.setForm(this.#form & (LEVEL_MASK | SETEXT), this.contentStart, this.contentEnd, end);
	}

	static {
		Object.defineProperty(HeadingNode.prototype, 'end', {
			get(this: HeadingNode): number {
				return this.derivedEnd();
			},
			set(this: HeadingNode, end: number): void {
				this.setEnd(end);
			},
			enumerable: true,
		});
	}

	protected get textStart(): number {
		return this.contentStart;
	}

	protected get textEnd(): number {
		return this.contentEnd;
	}

	get contentRange(): SourceRange {
		return { start: this.contentStart, end: this.contentEnd };
	}

	/** Moves the node's offsets, its content's too (in the order of the other nodes' `remap`: content, text, range). */
	override remap(map: (r: SourceRange) => SourceRange): void {
		const content = map(this.contentRange);
		const c = this.inlines;
		if (typeof c === 'string') this.inlines = new SourceTextNode(c, this.textStart, this.textEnd);
		const range = map(this.range);
		this.start = range.start;
		this.setForm(this.#form & (LEVEL_MASK | SETEXT), content.start, content.end, range.end);
	}

	toJSON(): Heading {
		// The key order of the plain object the parser made before: a setext heading had no `attrs`.
		return this.setext
			? { kind: this.kind, level: this.level, content: this.content, contentRange: this.contentRange, setext: true, range: this.range }
			: { kind: this.kind, level: this.level, content: this.content, contentRange: this.contentRange, attrs: this.attrs, setext: false, range: this.range };
	}
}
Object.defineProperty(HeadingNode.prototype, 'kind', { value: 'heading', enumerable: true });
// Writable, so that an `AttributedHeadingNode`'s assignment makes its own field (a plain store, not a definition).
Object.defineProperty(HeadingNode.prototype, 'attrs', { value: undefined, enumerable: true, writable: true });

/** A heading with an attribute block (`## Title {#id}`). */
export class AttributedHeadingNode extends HeadingNode {
	declare readonly attrs: Attributes;

	constructor(level: number, content: Inline[], contentRange: SourceRange, attrs: Attributes, setext: boolean, start: number, end: number) {
		super(level, content, contentRange, setext, start, end);
		(this as { attrs: Attributes }).attrs = attrs;
	}
}

/** A heading: of the class with an attribute block when it has one. */
export function headingNode(level: number, content: Inline[], contentRange: SourceRange, attrs: Attributes | undefined, setext: boolean, start: number, end: number): HeadingNode {
	return attrs === undefined ? new HeadingNode(level, content, contentRange, setext, start, end) : new AttributedHeadingNode(level, content, contentRange, attrs, setext, start, end);
}

/** `b` with its inline content replaced: a node of the same class (a spread would drop its range getters). */
export function withContent<B extends Paragraph | Heading>(b: B, content: Inline[]): B {
	if (b instanceof ParagraphNode) return new ParagraphNode(content, b.start, b.end) as Paragraph as B;
	if (b instanceof HeadingNode) return headingNode(b.level, content, b.contentRange, b.attrs, b.setext, b.start, b.end) as Heading as B;
	return { ...b, content };
}
