// List and definition markers: `-`, `*`, `+`, `1.`, `1)`, `(1)`, `a.`, `iv.`, `#.`, and a definition's `:`.
import { codeAt } from './blockStarts';

export interface ListMarker {
	readonly ordered: boolean;
	/** The bullet character or the ordered delimiter (`.`, `)`, `()`): a different one starts a new list. */
	readonly style: string;
	readonly start: number;
	readonly indent: number;
	/** Width of the marker itself. */
	readonly width: number;
	/** Column where the item's content starts. */
	readonly contentColumn: number;
}

const ORDERED_MARKER_RE = /^(?:(\d{1,9})[.)]|\((\d{1,9}|[a-zA-Z]|[ivxlcdm]{1,6})\)|([a-zA-Z]|[ivxlcdmIVXLCDM]{1,6}|#)\.)/;
/** An ordered marker is at most `(` + 9 digits + `)`: 11 characters. */
const MAX_ORDERED_MARKER = 12;
/** Pandoc writes a definition as `:` and three spaces; the content column is the tab stop after the marker. */
const DEFINITION_CONTENT_COLUMN = 4;
/** A definition marker stands at most this far in (pandoc's non-indent spaces). */
const MAX_DEFINITION_INDENT = 2;

/**
 * Recognises a list marker at `indent` of the line `text.slice(start, end)`: `-`, `*`, `+`, `1.`, `1)`, `(1)`,
 * `a.`, `iv.`, `#.` followed by space.
 */
export function listMarkerAt(text: string, start: number, end: number, indent: number): ListMarker | undefined {
	if (indent >= 4) return undefined;
	const p = start + indent;
	const c = p < end ? text.charCodeAt(p) : NaN;
	let width = 0;
	let ordered = false;
	let first = 1;
	let style: string;
	if (c === 0x2d || c === 0x2a || c === 0x2b) {
		width = 1;
		style = String.fromCharCode(c);
	} else {
		// Every ordered marker ends in `.` or `)`: most paragraph lines have neither near their start, so skip the expression.
		const limit = Math.min(end, p + MAX_ORDERED_MARKER);
		let q = p;
		while (q < limit) {
			const d = text.charCodeAt(q);
			if (d === 0x2e || d === 0x29) break;
			q++;
		}
		if (q >= limit) return undefined;
		const m = ORDERED_MARKER_RE.exec(text.slice(p, limit));
		if (!m) return undefined;
		width = m[0].length;
		ordered = true;
		if (m[1]) first = parseInt(m[1], 10);
		style = m[0].startsWith('(') ? '()' : m[0].slice(-1);
	}
	const after = p + width < end ? text.charCodeAt(p + width) : NaN;
	if (!(after === 0x20 || after === 0x09 || Number.isNaN(after))) return undefined;
	// A bullet followed only by spaces is an empty item; `* * *` is a rule, handled before.
	let spaces = 0;
	while (p + width + spaces < end && text.charCodeAt(p + width + spaces) === 0x20) spaces++;
	const contentColumn = spaces >= 1 && spaces <= 4 && indent + width + spaces < end - start ? indent + width + spaces : indent + width + 1;
	return { ordered, style, start: first, indent, width, contentColumn };
}

/**
 * The column where a definition's content starts when the line `start..end` opens one (`:` or `~` at most two
 * spaces in, then white space or the end of the line), else -1.
 */
export function definitionMarkerAt(text: string, start: number, end: number): number {
	let p = start;
	while (p < end && p - start <= MAX_DEFINITION_INDENT && text.charCodeAt(p) === 0x20) p++;
	const c = codeAt(text, p, end);
	if ((c !== 0x3a && c !== 0x7e) || p - start > MAX_DEFINITION_INDENT) return -1;
	const d = codeAt(text, p + 1, end);
	if (!(Number.isNaN(d) || d === 0x20 || d === 0x09)) return -1;
	return Math.max(DEFINITION_CONTENT_COLUMN, p - start + 2);
}
