// The one HTML tag-attribute reader of the core: the parser's raw `<div>` blocks, the encoded original HTML and the tracking-pixel rule all read tags with it.
import { decodeEntities } from './entities';

/** One attribute as written: its name (case kept) and its value with character references decoded ('' when bare). */
export interface HtmlAttribute {
	readonly name: string;
	readonly value: string;
}

// An attribute: a name (anything but space, quotes, `<`, `>`, `/` and `=`, as HTML's tokenizer allows), then an
// optional `=` and a double-quoted, single-quoted or unquoted value.
const ATTRIBUTE_RE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// The start of a tag (`<div`, `< img`) or its end (`>`, `/>`), cut before the attributes are read.
const TAG_OPEN_RE = /^<\s*[a-zA-Z][a-zA-Z0-9:-]*/;
const TAG_CLOSE_RE = /\/?>\s*$/;

/**
 * Reads the attributes of an open tag, given whole (`<img src=x alt="a">`) or as its inside (`src=x alt="a"`), in
 * document order. Values are entity-decoded, as a browser decodes them; repeated names are all kept, in order (the
 * first is the one a browser uses: see `firstAttribute`).
 */
export function readHtmlAttributes(tag: string): HtmlAttribute[] {
	const body = tag.replace(TAG_OPEN_RE, '').replace(TAG_CLOSE_RE, '');
	const out: HtmlAttribute[] = [];
	for (const m of body.matchAll(ATTRIBUTE_RE)) out.push({ name: m[1], value: decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') });
	return out;
}

/** The value of the first attribute of that name (case-insensitive), as a browser reads it; undefined when absent. */
export function firstAttribute(attributes: readonly HtmlAttribute[], name: string): string | undefined {
	const key = name.toLowerCase();
	for (const a of attributes) if (a.name.toLowerCase() === key) return a.value;
	return undefined;
}
