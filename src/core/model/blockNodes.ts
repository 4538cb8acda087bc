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

/** The flag of a setext heading, above every level. */
const SETEXT = 0x100;

/** An ATX or setext heading; its source is `start`..`end` and its text `contentStart`..`contentEnd`. */
export class HeadingNode extends InlineBlockNode implements Heading {
	declare readonly kind: 'heading';
	/** The level (1 to 6) and, above it, SETEXT: one field for two (8 bytes a heading). */
	readonly #levelAndForm: number;
	readonly attrs: Attributes | undefined;
	contentStart: number;
	contentEnd: number;

	constructor(level: number, content: Inline[], contentRange: SourceRange, attrs: Attributes | undefined, setext: boolean, start: number, end: number) {
		super(start, end);
		this.#levelAndForm = setext ? level | SETEXT : level;
		this.attrs = attrs;
		this.contentStart = contentRange.start;
		this.contentEnd = contentRange.end;
		this.content = content;
	}

	get level(): number {
		return this.#levelAndForm & ~SETEXT;
	}

	get setext(): boolean {
		return (this.#levelAndForm & SETEXT) !== 0;
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

	/** Moves the node's offsets, its content's too. */
	override remap(map: (r: SourceRange) => SourceRange): void {
		super.remap(map);
		({ start: this.contentStart, end: this.contentEnd } = map(this.contentRange));
	}

	toJSON(): Heading {
		// The key order of the plain object the parser made before: a setext heading had no `attrs`.
		return this.setext
			? { kind: this.kind, level: this.level, content: this.content, contentRange: this.contentRange, setext: true, range: this.range }
			: { kind: this.kind, level: this.level, content: this.content, contentRange: this.contentRange, attrs: this.attrs, setext: false, range: this.range };
	}
}
Object.defineProperty(HeadingNode.prototype, 'kind', { value: 'heading', enumerable: true });

/** `b` with its inline content replaced: a node of the same class (a spread would drop its range getters). */
export function withContent<B extends Paragraph | Heading>(b: B, content: Inline[]): B {
	if (b instanceof ParagraphNode) return new ParagraphNode(content, b.start, b.end) as Paragraph as B;
	if (b instanceof HeadingNode) return new HeadingNode(b.level, content, b.contentRange, b.attrs, b.setext, b.start, b.end) as Heading as B;
	return { ...b, content };
}
