// The element ids of a dump: where each `{#id}`, raw HTML `id=` / `<a name=>` and pandoc auto id is, for #fragment
// links (outline) and id checks (diagnostics).
import type { Attributes, DumpDocument, Inline, SourceRange } from '../model/dumpDocument';
import { ownInlines, walkBlocks, walkInlines } from '../model/walk';

/** What declares an id. `auto` ids are the ones pandoc derives from a heading without an explicit id. */
export type IdOrigin = 'div' | 'heading' | 'span' | 'link' | 'image' | 'code' | 'html' | 'auto';

/** One element carrying an id. */
export interface IdTarget {
	readonly id: string;
	/** The whole element: a fenced div from its opening to its closing fence, a heading's line, a span, a raw HTML block. */
	readonly element: SourceRange;
	/** The id token itself: `#x` in attributes, the value of `id="x"` in HTML, a heading's text for auto ids. */
	readonly range: SourceRange;
	readonly origin: IdOrigin;
}

/** Every id of a dump in source order; an id declared twice has two targets, first first. */
export interface IdIndex {
	/** Where a `#id` link goes: the first explicit element with the id (as browsers do), else the first auto id. */
	get(id: string): IdTarget | undefined;
	/** Every declaration of the id, explicit and auto, in document order. */
	all(id: string): readonly IdTarget[];
	/** The whole index, by id. */
	readonly byId: ReadonlyMap<string, readonly IdTarget[]>;
}

// Raw HTML can be huge (inlined pages); tags are short, so these stay linear.
const HTML_TAG_RE = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]{0,4000}>/g;
const HTML_ID_RE = /\s(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * The identifier pandoc derives from a heading's text (extension `auto_identifiers`): formatting dropped, lower
 * case, spaces to hyphens, only letters, digits, `_`, `-` and `.` kept, and nothing before the first letter.
 */
export function pandocAutoId(text: string): string {
	const kept = text.toLowerCase().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_.-]/gu, '');
	const first = kept.search(/\p{L}/u);
	return first < 0 ? 'section' : kept.slice(first);
}

/** The range of the id token in an attribute block: `#x`, or the value of `id=x`; the whole block as a fallback. */
export function idTokenRange(text: string, attrs: Attributes): SourceRange {
	const id = attrs.id;
	if (id === undefined) return attrs.range;
	const slice = text.slice(attrs.range.start, attrs.range.end);
	const hash = slice.indexOf('#' + id);
	if (hash >= 0) return { start: attrs.range.start + hash, end: attrs.range.start + hash + 1 + id.length };
	const m = /\bid\s*=\s*["']?/i.exec(slice);
	if (m) {
		const at = slice.indexOf(id, m.index + m[0].length);
		if (at >= 0) return { start: attrs.range.start + at, end: attrs.range.start + at + id.length };
	}
	return attrs.range;
}

/** Ids declared in raw HTML: `id` on any tag, `name` on `<a>` (the old way to make an anchor). */
export function htmlIds(html: string, start: number, out: (id: string, range: SourceRange) => void): void {
	for (const tag of html.matchAll(HTML_TAG_RE)) {
		const isAnchor = tag[1].toLowerCase() === 'a';
		for (const attr of tag[0].matchAll(HTML_ID_RE)) {
			if (attr[1].toLowerCase() === 'name' && !isAnchor) continue;
			const value = attr[2] ?? attr[3] ?? attr[4] ?? '';
			if (!value) continue;
			const quoted = attr[2] !== undefined || attr[3] !== undefined ? 1 : 0;
			const at = tag.index! + attr.index! + attr[0].length - value.length - quoted;
			out(value, { start: start + at, end: start + at + value.length });
		}
	}
}

function plainText(inlines: readonly Inline[]): string {
	let out = '';
	for (const n of inlines) {
		if (n.kind === 'text' || n.kind === 'code') out += n.kind === 'text' && n.softBreakAfter ? n.value + ' ' : n.value;
		else if (n.kind === 'softbreak' || n.kind === 'break') out += ' ';
		else if (n.kind === 'link' || n.kind === 'emphasis' || n.kind === 'span') out += plainText(n.children);
	}
	return out;
}

/** Builds the id index of a parsed dump in one walk. Never throws on a well-formed DumpDocument. */
export function idIndex(doc: DumpDocument): IdIndex {
	const map = new Map<string, IdTarget[]>();
	const add = (id: string, element: SourceRange, range: SourceRange, origin: IdOrigin): void => {
		if (!id) return;
		const list = map.get(id);
		const target: IdTarget = { id, element, range, origin };
		if (list) list.push(target);
		else map.set(id, [target]);
	};
	const fromAttrs = (attrs: Attributes | undefined, element: SourceRange, origin: IdOrigin): void => {
		if (attrs?.id) add(attrs.id, element, idTokenRange(doc.text, attrs), origin);
	};
	// `html` keeps a raw block's indentation, which its range skips: count back from the end.
	const fromRaw = (html: string, element: SourceRange): void => htmlIds(html, element.end - html.length, (id, r) => add(id, element, r, 'html'));

	const inline = (n: Inline): void => {
		switch (n.kind) {
			case 'span':
			case 'link':
			case 'image':
			case 'code':
				fromAttrs(n.attrs, n.range, n.kind);
				break;
			case 'rawHtml':
				fromRaw(n.html, n.range);
				break;
			default:
				break;
		}
	};
	walkBlocks(doc.blocks, (b) => {
		switch (b.kind) {
			case 'div':
			case 'code':
				fromAttrs(b.attrs, b.range, b.kind);
				break;
			case 'htmlDiv':
				fromAttrs(b.attrs, b.range, 'html');
				break;
			case 'heading':
				if (b.attrs?.id) fromAttrs(b.attrs, b.range, 'heading');
				else add(pandocAutoId(plainText(b.content)), b.range, b.contentRange, 'auto');
				break;
			case 'rawHtml':
				fromRaw(b.html, b.range);
				break;
			default:
				break;
		}
		walkInlines(ownInlines(b), inline);
	});
	return {
		get: (id) => {
			const list = map.get(id);
			return list?.find((t) => t.origin !== 'auto') ?? list?.[0];
		},
		all: (id) => map.get(id) ?? [],
		byId: map,
	};
}
