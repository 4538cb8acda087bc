// The parser's most numerous blocks (paragraphs and headings) with their ranges as numbers on the node.
import type { Attributes, Heading, Inline, Paragraph, SourceRange } from './dumpDocument';
import { RangedNode } from './rangedNode';

/*
 * Why classes: the same reason as leafInlines.ts. A `{ start, end }` object is 40 bytes in Node's V8 (no pointer
 * compression), as much as a paragraph node itself, and a heading held two (its range and its content's). Here the
 * offsets are fields (8 bytes each) and `range` / `contentRange` are getters that make the object when read, so
 * every reader is unchanged; `kind` is on the prototype. 'headings named like the preview' (1.96 MB, 117,600
 * headings and paragraphs): the parsed model 30.0 -> 25.1 MB. `toJSON` keeps the plain-object form, key order included.
 * A node of these classes is never spread (a spread drops the getters): `withContent` makes the copy a rewrite needs.
 */

/** A paragraph; its source is `start`..`end`. `content` is filled in once every link definition is known. */
export class ParagraphNode extends RangedNode implements Paragraph {
	declare readonly kind: 'paragraph';
	content: Inline[];

	constructor(content: Inline[], start: number, end: number) {
		super(start, end);
		this.content = content;
	}

	toJSON(): Paragraph {
		return { kind: this.kind, content: this.content, range: this.range };
	}
}
Object.defineProperty(ParagraphNode.prototype, 'kind', { value: 'paragraph', enumerable: true });

/** An ATX or setext heading; its source is `start`..`end` and its text `contentStart`..`contentEnd`. */
export class HeadingNode extends RangedNode implements Heading {
	declare readonly kind: 'heading';
	readonly level: number;
	content: Inline[];
	readonly attrs: Attributes | undefined;
	readonly setext: boolean;
	contentStart: number;
	contentEnd: number;

	constructor(level: number, content: Inline[], contentRange: SourceRange, attrs: Attributes | undefined, setext: boolean, start: number, end: number) {
		super(start, end);
		this.level = level;
		this.content = content;
		this.attrs = attrs;
		this.setext = setext;
		this.contentStart = contentRange.start;
		this.contentEnd = contentRange.end;
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
