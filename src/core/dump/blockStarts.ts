// Line tests shared by the block rules: what starts a block of its own, thematic breaks, fence lines.
import { isJsSpace, skipSpaces } from './chars';

/** The char code at `pos` when it lies before `end`, else NaN (as `charCodeAt` past the end of a sliced line). */
export function codeAt(text: string, pos: number, end: number): number {
	return pos < end ? text.charCodeAt(pos) : NaN;
}

/** Whether the line `start..end` starts with a fenced div's `:::` (at most three spaces in). */
export function isFenceLineAt(text: string, start: number, end: number): boolean {
	const p = skipSpaces(text, start, end);
	return p - start < 4 && codeAt(text, p, end) === 0x3a && codeAt(text, p + 1, end) === 0x3a && codeAt(text, p + 2, end) === 0x3a;
}

/**
 * Lines that start a block of their own and so end a lazy continuation: `:::`, `#` to `######` then white space or
 * the end, `>`, three backticks or tildes, `<div` or `</div` then white space or `>`, `+-` or `+=`, a thematic break.
 */
export function startsBlockAt(text: string, start: number, end: number): boolean {
	const p = skipSpaces(text, start, end);
	if (p - start >= 4) return false;
	const c = codeAt(text, p, end);
	switch (c) {
		case 0x3a /* : */:
			if (codeAt(text, p + 1, end) === c && codeAt(text, p + 2, end) === c) return true;
			break;
		case 0x23 /* # */: {
			let r = 1;
			while (r < 7 && codeAt(text, p + r, end) === c) r++;
			if (r <= 6) {
				const d = codeAt(text, p + r, end);
				if (Number.isNaN(d) || isJsSpace(d)) return true;
			}
			break;
		}
		case 0x3e /* > */:
			return true;
		case 0x60 /* ` */:
		case 0x7e /* ~ */:
			if (codeAt(text, p + 1, end) === c && codeAt(text, p + 2, end) === c) return true;
			break;
		case 0x3c /* < */: {
			const o = codeAt(text, p + 1, end) === 0x2f /* / */ ? p + 2 : p + 1;
			if (codeAt(text, o, end) === 0x64 /* d */ && codeAt(text, o + 1, end) === 0x69 /* i */ && codeAt(text, o + 2, end) === 0x76 /* v */) {
				const d = codeAt(text, o + 3, end);
				if (d === 0x3e || isJsSpace(d)) return true;
			}
			break;
		}
		case 0x2b /* + */: {
			const d = codeAt(text, p + 1, end);
			if (d === 0x2d || d === 0x3d) return true;
			break;
		}
	}
	return isThematicBreakAt(text, p, end);
}

/** A thematic break from `p` to `end`: 3+ of the character at `p`, only spaces and tabs between. */
export function isThematicBreakAt(text: string, p: number, end: number): boolean {
	const c = codeAt(text, p, end);
	let count = 0;
	for (let k = p; k < end; k++) {
		const d = text.charCodeAt(k);
		if (d === c) count++;
		else if (d !== 0x20 && d !== 0x09) return false;
	}
	return count >= 3;
}
