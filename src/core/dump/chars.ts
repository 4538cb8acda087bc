// Character tests on char codes for the parser's hot paths: no slices, no regular expressions, no allocation.

/** Exactly the characters JavaScript's `\s` and `String.prototype.trim` treat as white space. */
export function isJsSpace(c: number): boolean {
	if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
	if (c < 0xa0) return false;
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first offset in `from..end` that is not a space or tab, or `end` (or `from` when `from >= end`). */
export function skipSpaces(text: string, from: number, end: number): number {
	while (from < end) {
		const c = text.charCodeAt(from);
		if (c !== 0x20 && c !== 0x09) break;
		from++;
	}
	return from;
}

/** True when `text.slice(from, end)` holds only spaces and tabs (or nothing). */
export function isBlankAt(text: string, from: number, end: number): boolean {
	return skipSpaces(text, from, end) >= end;
}

/** True when `text.slice(from, end).trim() === ''`. */
export function isJsBlankAt(text: string, from: number, end: number): boolean {
	for (let k = from; k < end; k++) if (!isJsSpace(text.charCodeAt(k))) return false;
	return true;
}

/** Whether `text.slice(from, end)` contains the char code `c`; bounded by `end`, unlike `indexOf`. */
export function hasCharAt(text: string, c: number, from: number, end: number): boolean {
	for (let k = from; k < end; k++) if (text.charCodeAt(k) === c) return true;
	return false;
}

/**
 * Replaces every run of white space that holds a newline with one space, as a global replace of `\s*\n\s*` would.
 * That regular expression is quadratic on long runs of spaces; this pass is linear.
 */
export function collapseWrapped(s: string): string {
	if (s.indexOf('\n') < 0) return s;
	let out = '';
	let from = 0;
	let i = 0;
	const n = s.length;
	while (i < n) {
		if (!isJsSpace(s.charCodeAt(i))) {
			i++;
			continue;
		}
		let j = i;
		let newline = false;
		while (j < n) {
			const c = s.charCodeAt(j);
			if (!isJsSpace(c)) break;
			if (c === 0x0a) newline = true;
			j++;
		}
		if (newline) {
			out += s.slice(from, i) + ' ';
			from = j;
		}
		i = j;
	}
	return out + s.slice(from);
}
