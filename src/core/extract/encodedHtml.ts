// Decoding the URL-encoded original HTML line some sites leave in a dump, and a tiny tolerant reader for the decoded HTML.
import { decodeEntities } from '../text/entities';
import { readHtmlAttributes } from '../text/htmlAttributes';

/** Decoded HTML with, for each UTF-16 unit of `html`, the offset in the encoded string it came from. */
export interface DecodedHtml {
	readonly html: string;
	/** `offsets[i]` is the offset in the encoded input of `html[i]`; `offsets[html.length]` is the input's length. */
	readonly offsets: Uint32Array;
}

/** An element found in decoded HTML: its tag (lower case), attributes (keys lower case), and inner HTML. */
export interface HtmlElement {
	readonly tag: string;
	readonly attrs: ReadonlyMap<string, string>;
	/** The inner HTML, between the end of the open tag and the start of the matching close tag. */
	readonly inner: string;
	/** Offsets in the decoded HTML: the whole element, and its inner HTML. */
	readonly start: number;
	readonly end: number;
	readonly innerStart: number;
	readonly innerEnd: number;
}

/** Characters pandoc backslash-escapes in Markdown text; the escape is not part of the encoded HTML. */
const MARKDOWN_ESCAPABLE = /[!-/:-@[-`{-~]/;

/**
 * Decodes a URL-encoded HTML line as pandoc wrote it: Markdown escapes (`\'`, `\--`) removed, then `%XX` sequences
 * decoded as UTF-8. Malformed sequences are kept as written; never throws.
 */
export function decodeEncodedHtml(encoded: string): string {
	return decodeEncodedHtmlWithOffsets(encoded).html;
}

/** Like `decodeEncodedHtml`, and also maps every decoded unit back to its offset in the encoded input. */
export function decodeEncodedHtmlWithOffsets(encoded: string): DecodedHtml {
	const out: string[] = [];
	const offsets: number[] = [];
	const n = encoded.length;
	let i = 0;
	while (i < n) {
		const c = encoded[i];
		if (c === '\\' && i + 1 < n && MARKDOWN_ESCAPABLE.test(encoded[i + 1])) {
			// A Markdown escape: keep the escaped character, drop the backslash.
			i++;
			continue;
		}
		if (c === '%' && isHex(encoded, i + 1) && isHex(encoded, i + 2)) {
			const first = hexByte(encoded, i + 1);
			const need = first < 0x80 ? 0 : first >= 0xf0 && first < 0xf8 ? 3 : first >= 0xe0 ? 2 : first >= 0xc0 ? 1 : -1;
			if (need >= 0) {
				let cp = need === 0 ? first : first & (0x3f >> need);
				let j = i + 3;
				let ok = true;
				for (let k = 0; k < need; k++) {
					if (encoded[j] !== '%' || !isHex(encoded, j + 1) || !isHex(encoded, j + 2)) {
						ok = false;
						break;
					}
					const b = hexByte(encoded, j + 1);
					if ((b & 0xc0) !== 0x80) {
						ok = false;
						break;
					}
					cp = (cp << 6) | (b & 0x3f);
					j += 3;
				}
				if (ok && cp <= 0x10ffff) {
					const s = String.fromCodePoint(cp);
					for (let k = 0; k < s.length; k++) {
						out.push(s[k]);
						offsets.push(i);
					}
					i = j;
					continue;
				}
			}
		}
		out.push(c);
		offsets.push(i);
		i++;
	}
	offsets.push(n);
	return { html: out.join(''), offsets: Uint32Array.from(offsets) };
}

function isHex(s: string, i: number): boolean {
	const c = s.charCodeAt(i);
	return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function hexByte(s: string, i: number): number {
	return parseInt(s.slice(i, i + 2), 16);
}

/** Parses the attributes of an open tag's inside (`href="x" class=y`) into lower-cased names; the first of a repeated name wins, as in browsers. */
export function parseHtmlAttributes(s: string): Map<string, string> {
	const attrs = new Map<string, string>();
	for (const { name, value } of readHtmlAttributes(s)) {
		const key = name.toLowerCase();
		if (!attrs.has(key)) attrs.set(key, value);
	}
	return attrs;
}

/**
 * Finds elements by tag name (case-insensitive) in HTML, in document order, matching nested tags of the same name.
 * Tolerant: an element whose close tag is missing runs to the end of the input.
 */
export function findHtmlElements(html: string, tag: string): HtmlElement[] {
	const name = tag.toLowerCase().replace(/[^a-z0-9:_-]/g, '');
	const re = new RegExp(`<(/?)${name}(?=[\\s/>])([^>]*)>`, 'gi');
	const out: HtmlElement[] = [];
	const open: { start: number; innerStart: number; attrs: string }[] = [];
	for (const m of html.matchAll(re)) {
		const at = m.index ?? 0;
		if (m[1] === '') {
			const attrs = m[2];
			if (attrs.endsWith('/')) {
				// Self-closing: no inner HTML.
				const end = at + m[0].length;
				out.push({ tag: name, attrs: parseHtmlAttributes(attrs.slice(0, -1)), inner: '', start: at, end, innerStart: end, innerEnd: end });
			} else {
				open.push({ start: at, innerStart: at + m[0].length, attrs });
			}
		} else {
			const o = open.pop();
			if (!o) continue;
			out.push({ tag: name, attrs: parseHtmlAttributes(o.attrs), inner: html.slice(o.innerStart, at), start: o.start, end: at + m[0].length, innerStart: o.innerStart, innerEnd: at });
		}
	}
	for (const o of open) {
		out.push({ tag: name, attrs: parseHtmlAttributes(o.attrs), inner: html.slice(o.innerStart), start: o.start, end: html.length, innerStart: o.innerStart, innerEnd: html.length });
	}
	return out.sort((a, b) => a.start - b.start);
}

/** Block-level tags whose boundaries separate words in text. */
const BLOCK_TAG_RE = /^(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|pre|figure|figcaption|hr|dt|dd)$/i;

/** The text of an HTML fragment: tags removed (block tags as spaces), scripts and styles dropped, entities decoded, white space collapsed. */
export function htmlToText(html: string): string {
	const noScripts = html.replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
	const text = noScripts.replace(/<\/?([a-z][a-z0-9:-]*)\b[^>]*>/gi, (_m, t: string) => (BLOCK_TAG_RE.test(t) ? ' ' : ''));
	return decodeEntities(text)
		.replace(/[\s\u00a0]+/g, ' ')
		.trim();
}
