// The parser's links and images with their ranges as numbers on the node, one inline of text held as itself, and attributes as their shared parts.
import { AttributesNode } from './attributesNode';
import type { Attributes, Image, Inline, Link, SourceRange } from './dumpDocument';
import { SourceTextNode, sourceText } from './leafInlines';

/*
 * Why classes (as for the text nodes of leafInlines.ts): a link as an object literal held nine fields (96 bytes in
 * Node's V8, no pointer compression) and two `{ start, end }` objects (40 bytes each), 176 bytes before its children
 * and target; link-dense dumps hold one link every 50 characters ('encoded script links': 42,000 links, 7.4 MB of a
 * 17 MB model for 2 MB of input). Here the four offsets are fields (32 bytes) and `range` / `hrefRange` (`srcRange`)
 * are getters that make the object when read; `kind` is on the prototype, and so are `form` ('inline'), `title`
 * and `unresolved` (undefined) unless a node sets its own: a plain inline link is 72 bytes. Every reader of
 * the fields is unchanged; `toJSON` keeps the plain-object form. Like the text nodes they are never spread nor sent
 * through `postMessage` (both drop the prototype's fields): readers that rebuild a link make a plain object.
 */

/*
 * A link's or image's text is most often one inline (a word, a name): a list of one made for each cost 64 bytes
 * beside the node (a 32-byte array and its backing store of two slots, `splice` then `shift`), 2.7 MB of 'encoded
 * script links' (42,000 links of one word each). `inner` holds that one inline itself, or the list when there are
 * none or several; `children` (`alt`) makes the list of one when read, frozen when the node is (as `deepFreeze`
 * freezes the lists it holds). Readers that compare lists by identity find a new one at each read: none of the
 * model's readers keeps or compares a link's or image's list, and none writes to one.
 */

/** A list of one inline as a node's text: the node holds the inline, the list is made when read. */
function innerList(inner: Inline | Inline[], node: object): Inline[] {
	if (Array.isArray(inner)) return inner;
	const list = [inner];
	return Object.isFrozen(node) ? (Object.freeze(list) as Inline[]) : list;
}

/** What a node holds for its text: the one inline of a list of one, else the list (shared empty ones stay shared). */
function innerOf(children: Inline[]): Inline | Inline[] {
	return children.length === 1 ? children[0] : children;
}

/** The id, classes and pairs of an attribute block, shared by the blocks of one text (`dump/attributes.ts`). */
export type AttributeParts = Pick<Attributes, 'id' | 'classes' | 'pairs'>;

/*
 * A link or image often ends with an attribute block the dump repeats (`{width="1" height="1"}` on every tracking
 * pixel, `{rel="nofollow"}`, `{target="_blank"}`): its parts are shared, and only its range is its own, a 64-byte
 * AttributesNode per node ('tracking pixels': 27,000, 1.7 MB). Such a node holds the shared parts (`heldAttrs`) and
 * the block's start (`attrStart`; its end is the node's), and `attrs` makes the AttributesNode when read. A block of
 * its own, or one that does not end the node, is held whole (`attrStart` undefined). Readers get a new object at
 * each read: the model's readers key nothing by an attribute block but the WeakMap caches of `attrWords` and
 * `pairMap` (extract/inlineText.ts), which then build again what they cached (a join of a few words, only for blocks
 * with an id and classes or describing pairs; a map, only past six pairs). Measured: 'tracking pixels' 1.7 MB less.
 */

/*
 * Every class below sets the same own fields on each of its nodes, in one order. V8 sizes a class's objects by the
 * fields its first few objects get: fields some nodes set and others not (a title, attributes) left room for them
 * in every node, 8 to 16 bytes each (a plain link was 88 bytes, not 72). So a node with a title, attributes, another
 * form or an unresolved reference is of a subclass that sets all of its fields, and `linkNode` / `imageNode` pick
 * the class.
 */

/** Sets the attribute fields of a node (`heldAttrs`, `attrStart`, both always, in this order): see `AttributeParts`. */
function holdAttributes(node: LinkNode | ImageNode, attrs: Attributes | undefined, parts: AttributeParts | undefined): void {
	const self = node as { heldAttrs?: Attributes | AttributeParts; attrStart?: number };
	const r = attrs?.range;
	if (attrs !== undefined && parts !== undefined && r!.end === node.end && parts.id === attrs.id && parts.classes === attrs.classes && parts.pairs === attrs.pairs) {
		self.heldAttrs = parts;
		self.attrStart = r!.start;
	} else {
		self.heldAttrs = attrs;
		self.attrStart = undefined;
	}
}

/** The attribute block a node holds (see `holdAttributes`), made from its parts when it holds them. */
function heldAttributes(node: LinkNode | ImageNode): Attributes | undefined {
	const held = node.heldAttrs;
	if (held === undefined || node.attrStart === undefined) return held as Attributes | undefined;
	return new AttributesNode(held.id, held.classes, held.pairs, node.attrStart, node.end);
}

/** Moves the start of an attribute block held as parts along with the node's end (`oldEnd`, before the move). */
function remapAttrStart(node: LinkNode | ImageNode, oldEnd: number, map: (r: SourceRange) => SourceRange): void {
	if (node.attrStart !== undefined) (node as { attrStart?: number }).attrStart = map({ start: node.attrStart, end: oldEnd }).start;
}

/** `[text](url)`, `<https://autolink>` or a reference link, as parsed: a plain one (see `linkNode` for the others). */
export class LinkNode implements Link {
	declare readonly kind: 'link';
	declare readonly form: Link['form'];
	declare readonly title?: string;
	declare readonly unresolved?: boolean;
	/** The attribute block, or its shared parts (see `AttributeParts`); on the prototype (undefined) when none. */
	declare readonly heldAttrs?: Attributes | AttributeParts;
	/** The attribute block's start when `heldAttrs` holds its parts, else undefined. */
	declare readonly attrStart?: number;
	/**
	 * The link's text: its one inline, or its list (see `innerList`); a word link's source string (`WordLinkNode`).
	 * Own and enumerable, for the model's walkers.
	 */
	readonly inner: Inline | Inline[];
	readonly href: string;
	readonly start: number;
	readonly end: number;
	readonly hrefStart: number;
	readonly hrefEnd: number;

	constructor(children: Inline[], href: string, range: SourceRange, hrefRange: SourceRange) {
		this.inner = innerOf(children);
		this.href = href;
		this.start = range.start;
		this.end = range.end;
		this.hrefStart = hrefRange.start;
		this.hrefEnd = hrefRange.end;
	}

	get children(): Inline[] {
		return innerList(this.inner, this);
	}

	get attrs(): Attributes | undefined {
		return heldAttributes(this);
	}

	get range(): SourceRange {
		return { start: this.start, end: this.end };
	}

	get hrefRange(): SourceRange {
		return { start: this.hrefStart, end: this.hrefEnd };
	}

	/** Moves both ranges by `map`, in place: a pieced table cell's offsets to the dump's (parseDump's `remapRanges`). */
	remap(map: (r: SourceRange) => SourceRange): void {
		const oldEnd = this.end;
		const r = map(this.range);
		const h = map(this.hrefRange);
		const self = this as { start: number; end: number; hrefStart: number; hrefEnd: number };
		self.start = r.start;
		self.end = r.end;
		self.hrefStart = h.start;
		self.hrefEnd = h.end;
		remapAttrStart(this, oldEnd, map);
	}

	/** The object literal the parser made before: the same fields in the same order (undefined ones dropped by JSON). */
	toJSON(): Link {
		return { kind: this.kind, children: this.children, href: this.href, hrefRange: this.hrefRange, title: this.title, attrs: this.attrs, form: this.form, unresolved: this.unresolved, range: this.range };
	}
}
defaults(LinkNode.prototype, { kind: 'link', form: 'inline', title: undefined, unresolved: undefined, heldAttrs: undefined, attrStart: undefined });

/** An inline link with attributes and nothing else rare (`[x](y){rel="nofollow"}`): two fields more. */
class AttributedLinkNode extends LinkNode {
	constructor(children: Inline[], href: string, range: SourceRange, hrefRange: SourceRange, attrs: Attributes, parts: AttributeParts | undefined) {
		super(children, href, range, hrefRange);
		holdAttributes(this, attrs, parts);
	}
}

/**
 * A plain link whose text is one piece of its source as written, with no soft break after it (`[this](…)`, most
 * links): it holds that source in `inner` and the piece's offsets, not a 48-byte text node, and `children` makes the
 * node when read (frozen when the link is), a new one at each read. 32 bytes less a link: 'encoded script links'
 * (42,000 links of one word) 1.3 MB. Like a text node's, the offsets stay those of the source it was parsed from (a
 * pieced grid cell's text nodes are not moved: `remap` moves the link's own ranges only).
 */
class WordLinkNode extends LinkNode {
	readonly textStart: number;
	readonly textEnd: number;

	constructor(text: SourceTextNode, href: string, range: SourceRange, hrefRange: SourceRange) {
		super(NO_TEXT, href, range, hrefRange);
		(this as { inner: Inline | Inline[] | string }).inner = text.source;
		this.textStart = text.start;
		this.textEnd = text.end;
	}

	override get children(): Inline[] {
		const text = sourceText(this.inner as unknown as string, this.textStart, this.textEnd);
		return Object.isFrozen(this) ? (Object.freeze([Object.freeze(text) as Inline]) as Inline[]) : [text];
	}
}

/** What a word link hands its base class for text before it sets its own. */
const NO_TEXT: Inline[] = [];

/** A link of another form, with a title or unresolved: every field its own (undefined ones as on the prototype). */
class DressedLinkNode extends LinkNode {
	constructor(children: Inline[], href: string, range: SourceRange, hrefRange: SourceRange, form: Link['form'], title: string | undefined, attrs: Attributes | undefined, unresolved: boolean | undefined, parts: AttributeParts | undefined) {
		super(children, href, range, hrefRange);
		(this as { form: Link['form'] }).form = form;
		(this as { title?: string }).title = title;
		holdAttributes(this, attrs, parts);
		// `undefined`, not false, when resolved: JSON drops it, as it dropped the absent field.
		(this as { unresolved?: boolean }).unresolved = unresolved ? true : undefined;
	}
}

/** A link as parsed, of the class that holds just its fields. `parts`: the shared parts `attrs` was made of, if it was (`ParsedAttributes.parts`). */
export function linkNode(children: Inline[], href: string, range: SourceRange, hrefRange: SourceRange, form: Link['form'], title?: string, attrs?: Attributes, unresolved?: boolean, parts?: AttributeParts): LinkNode {
	if (form !== 'inline' || title !== undefined || unresolved) return new DressedLinkNode(children, href, range, hrefRange, form, title, attrs, unresolved, parts);
	if (attrs !== undefined) return new AttributedLinkNode(children, href, range, hrefRange, attrs, parts);
	// Exactly a source text without a break after it (a break's flag is its subclass's).
	const only = children.length === 1 ? children[0] : undefined;
	return only !== undefined && only.constructor === SourceTextNode ? new WordLinkNode(only as SourceTextNode, href, range, hrefRange) : new LinkNode(children, href, range, hrefRange);
}

/** `![alt](src "title"){attrs}`, as parsed: a plain one (see `imageNode` for the others). */
export class ImageNode implements Image {
	declare readonly kind: 'image';
	declare readonly title?: string;
	/** As on `LinkNode`. */
	declare readonly heldAttrs?: Attributes | AttributeParts;
	declare readonly attrStart?: number;
	/** The image's alt text: its one inline, or its list (see `innerList`). */
	readonly inner: Inline | Inline[];
	readonly src: string;
	readonly start: number;
	readonly end: number;
	readonly srcStart: number;
	readonly srcEnd: number;

	constructor(alt: Inline[], src: string, range: SourceRange, srcRange: SourceRange) {
		this.inner = innerOf(alt);
		this.src = src;
		this.start = range.start;
		this.end = range.end;
		this.srcStart = srcRange.start;
		this.srcEnd = srcRange.end;
	}

	get alt(): Inline[] {
		return innerList(this.inner, this);
	}

	get attrs(): Attributes | undefined {
		return heldAttributes(this);
	}

	get range(): SourceRange {
		return { start: this.start, end: this.end };
	}

	get srcRange(): SourceRange {
		return { start: this.srcStart, end: this.srcEnd };
	}

	/** Moves both ranges by `map`, in place (see `LinkNode.remap`). */
	remap(map: (r: SourceRange) => SourceRange): void {
		const oldEnd = this.end;
		const r = map(this.range);
		const h = map(this.srcRange);
		const self = this as { start: number; end: number; srcStart: number; srcEnd: number };
		self.start = r.start;
		self.end = r.end;
		self.srcStart = h.start;
		self.srcEnd = h.end;
		remapAttrStart(this, oldEnd, map);
	}

	toJSON(): Image {
		return { kind: this.kind, alt: this.alt, src: this.src, srcRange: this.srcRange, title: this.title, attrs: this.attrs, range: this.range };
	}
}
defaults(ImageNode.prototype, { kind: 'image', title: undefined, heldAttrs: undefined, attrStart: undefined });

/** An image with attributes and no title (a tracking pixel's `{width=1 height=1}`): two fields more. */
class AttributedImageNode extends ImageNode {
	constructor(alt: Inline[], src: string, range: SourceRange, srcRange: SourceRange, attrs: Attributes, parts: AttributeParts | undefined) {
		super(alt, src, range, srcRange);
		holdAttributes(this, attrs, parts);
	}
}

/** An image with a title: every field its own. */
class TitledImageNode extends ImageNode {
	constructor(alt: Inline[], src: string, range: SourceRange, srcRange: SourceRange, title: string, attrs: Attributes | undefined, parts: AttributeParts | undefined) {
		super(alt, src, range, srcRange);
		(this as { title?: string }).title = title;
		holdAttributes(this, attrs, parts);
	}
}

/** An image as parsed, of the class that holds just its fields (`parts` as for `linkNode`). */
export function imageNode(alt: Inline[], src: string, range: SourceRange, srcRange: SourceRange, title?: string, attrs?: Attributes, parts?: AttributeParts): ImageNode {
	if (title !== undefined) return new TitledImageNode(alt, src, range, srcRange, title, attrs, parts);
	return attrs === undefined ? new ImageNode(alt, src, range, srcRange) : new AttributedImageNode(alt, src, range, srcRange, attrs, parts);
}

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
