// The parser's links and images with their two ranges as numbers on the node, and their rare fields on the prototype.
import type { Attributes, Image, Inline, Link, SourceRange } from './dumpDocument';

/*
 * Why classes (as for the text nodes of leafInlines.ts): a link as an object literal held nine fields (96 bytes in
 * Node's V8, no pointer compression) and two `{ start, end }` objects (40 bytes each), 176 bytes before its children
 * and target; link-dense dumps hold one link every 50 characters ('encoded script links': 42,000 links, 7.4 MB of a
 * 17 MB model for 2 MB of input). Here the four offsets are fields (32 bytes) and `range` / `hrefRange` (`srcRange`)
 * are getters that make the object when read; `kind` is on the prototype, and so are `form` ('inline'), `title`,
 * `attrs` and `unresolved` (undefined) unless a node sets its own: a plain inline link is 72 bytes. Every reader of
 * the fields is unchanged; `toJSON` keeps the plain-object form. Like the text nodes they are never spread nor sent
 * through `postMessage` (both drop the prototype's fields): readers that rebuild a link make a plain object.
 */

/** `[text](url)`, `<https://autolink>` or a reference link, as parsed. */
export class LinkNode implements Link {
	declare readonly kind: 'link';
	declare readonly form: Link['form'];
	declare readonly title?: string;
	declare readonly attrs?: Attributes;
	declare readonly unresolved?: boolean;
	readonly children: Inline[];
	readonly href: string;
	readonly start: number;
	readonly end: number;
	readonly hrefStart: number;
	readonly hrefEnd: number;

	constructor(children: Inline[], href: string, range: SourceRange, hrefRange: SourceRange, form: Link['form'], title?: string, attrs?: Attributes, unresolved?: boolean) {
		this.children = children;
		this.href = href;
		this.start = range.start;
		this.end = range.end;
		this.hrefStart = hrefRange.start;
		this.hrefEnd = hrefRange.end;
		// Own fields only when they differ from the prototype's: most links are inline, untitled and bare.
		if (form !== 'inline') (this as { form: Link['form'] }).form = form;
		if (title !== undefined) (this as { title?: string }).title = title;
		if (attrs !== undefined) (this as { attrs?: Attributes }).attrs = attrs;
		if (unresolved) (this as { unresolved?: boolean }).unresolved = true;
	}

	get range(): SourceRange {
		return { start: this.start, end: this.end };
	}

	get hrefRange(): SourceRange {
		return { start: this.hrefStart, end: this.hrefEnd };
	}

	/** Moves both ranges by `map`, in place: a pieced table cell's offsets to the dump's (parseDump's `remapRanges`). */
	remap(map: (r: SourceRange) => SourceRange): void {
		const r = map(this.range);
		const h = map(this.hrefRange);
		const self = this as { start: number; end: number; hrefStart: number; hrefEnd: number };
		self.start = r.start;
		self.end = r.end;
		self.hrefStart = h.start;
		self.hrefEnd = h.end;
	}

	/** The object literal the parser made before: the same fields in the same order (undefined ones dropped by JSON). */
	toJSON(): Link {
		return { kind: this.kind, children: this.children, href: this.href, hrefRange: this.hrefRange, title: this.title, attrs: this.attrs, form: this.form, unresolved: this.unresolved, range: this.range };
	}
}
defaults(LinkNode.prototype, { kind: 'link', form: 'inline', title: undefined, attrs: undefined, unresolved: undefined });

/** `![alt](src "title"){attrs}`, as parsed. */
export class ImageNode implements Image {
	declare readonly kind: 'image';
	declare readonly title?: string;
	declare readonly attrs?: Attributes;
	readonly alt: Inline[];
	readonly src: string;
	readonly start: number;
	readonly end: number;
	readonly srcStart: number;
	readonly srcEnd: number;

	constructor(alt: Inline[], src: string, range: SourceRange, srcRange: SourceRange, title?: string, attrs?: Attributes) {
		this.alt = alt;
		this.src = src;
		this.start = range.start;
		this.end = range.end;
		this.srcStart = srcRange.start;
		this.srcEnd = srcRange.end;
		if (title !== undefined) (this as { title?: string }).title = title;
		if (attrs !== undefined) (this as { attrs?: Attributes }).attrs = attrs;
	}

	get range(): SourceRange {
		return { start: this.start, end: this.end };
	}

	get srcRange(): SourceRange {
		return { start: this.srcStart, end: this.srcEnd };
	}

	/** Moves both ranges by `map`, in place (see `LinkNode.remap`). */
	remap(map: (r: SourceRange) => SourceRange): void {
		const r = map(this.range);
		const h = map(this.srcRange);
		const self = this as { start: number; end: number; srcStart: number; srcEnd: number };
		self.start = r.start;
		self.end = r.end;
		self.srcStart = h.start;
		self.srcEnd = h.end;
	}

	toJSON(): Image {
		return { kind: this.kind, alt: this.alt, src: this.src, srcRange: this.srcRange, title: this.title, attrs: this.attrs, range: this.range };
	}
}
defaults(ImageNode.prototype, { kind: 'image', title: undefined, attrs: undefined });

/**
 * Puts shared defaults on a prototype, enumerable as own fields were and writable so that a node can set its own
 * (an assignment to a read-only inherited field would throw).
 */
function defaults(proto: object, values: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(values)) Object.defineProperty(proto, key, { value, enumerable: true, writable: true });
}

/** A link as a plain object, for readers that spread it to rebuild it (a spread of a LinkNode drops its kind and ranges). */
export function plainLink(n: Link): Link {
	return n instanceof LinkNode ? n.toJSON() : n;
}
