// Character classes and bounded look-ahead scans of the inline parser (by char code: its inner loop).
import type { Segment } from './parseInlines';

/** Characters a backslash escapes, as a lookup table by char code (a Set lookup per escape showed in profiles). */
const ESCAPABLE = new Uint8Array(128);
for (const c of '\\`*_{}[]()>#+-.!|~^"\'$%&,/:;<=?@') ESCAPABLE[c.charCodeAt(0)] = 1;

export function isEscapable(c: number): boolean {
	return c < 128 && ESCAPABLE[c] === 1;
}

export function isWhite(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || Number.isNaN(c);
}

export function isAlnum(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c > 0x7f && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}

/** The backtick runs of `s` from `from` on, by length; the parser only moves forward, so `next` only grows. */
export function indexBacktickRuns(s: string, from: number): Map<number, { readonly starts: number[]; next: number }> {
	const runs = new Map<number, { readonly starts: number[]; next: number }>();
	for (let k = s.indexOf('`', from); k >= 0; k = s.indexOf('`', k)) {
		let e = k;
		while (e < s.length && s.charCodeAt(e) === 0x60) e++;
		let r = runs.get(e - k);
		if (!r) runs.set(e - k, (r = { starts: [], next: 0 }));
		r.starts.push(k);
		k = e;
	}
	return runs;
}

/** `s.indexOf(ch, from)` that gives up after `max` characters, so failed look-aheads stay cheap. */
export function indexOfWithin(s: string, ch: string, from: number, max: number): number {
	const end = Math.min(s.length, from + max + 1);
	const c = ch.charCodeAt(0);
	for (let i = from; i < end; i++) if (s.charCodeAt(i) === c) return i;
	return -1;
}

export function isSpaceOrTab(c: number): boolean {
	return c === 0x20 || c === 0x09;
}

/** Characters that may start inline syntax, as a lookup table by char code: the inner loop of every paragraph. */
const SPECIAL = new Uint8Array(128);
for (const c of '\\\n[!]`*_~^<&') SPECIAL[c.charCodeAt(0)] = 1;

export function isSpecial(c: number): boolean {
	return c < 128 && SPECIAL[c] === 1;
}

/**
 * The same characters as `SPECIAL`, as a global regex: the inline parser finds the end of a run of ordinary text with
 * one `test` from `lastIndex` (the match's end, less one, is the special character's offset).
 *
 * Why (issue 13): the CLI compiles without inlining (cli/jitFlags.ts), so a loop calling `isSpecial` per character
 * paid a call per character of every paragraph. Over the 296 dumps of a tuning and corpus sample (34 M characters,
 * the same run ends everywhere), three rounds: with the CLI's flags 152-157 ms -> 64-67 ms; with V8's default flags
 * 61-71 ms -> 62-65 ms.
 */
export const SPECIAL_RE = /[\\\n[!\]`*_~^<&]/g;

/**
 * A run of the characters a bare link destination's loop (parseInlines.ts `#linkTail`) passes over: all but white
 * space, `\`, `(` and `)`. Sticky, and at most 256 long, so that one test never reads far past the tail's limit: the
 * loop tests it from where it stands, takes its `lastIndex` as the run's end (an empty run leaves it where it was) and
 * reads the character that ends the run itself. Why (issue 13): the loop read a character per turn; irregexp's code
 * skips most of a URL at once, where the CLI compiles the loop without inlining (cli/jitFlags.ts). `pagedump extract`
 * profile over 296 tuning and corpus dumps: `#linkTail` 0.91% of the main thread's samples -> 0.28% plus 0.25% here.
 */
export const URL_RUN_RE = /[^ \t\n\r\u00a0\\()]{0,256}/y;

const EMPTY_RE = /(?:)/;

/**
 * Makes an empty string the subject of the engine's last match: V8 keeps the subject of the last successful regex
 * match alive (for `RegExp.lastMatch` and its kin), and a scan's last match on a dump (or a slice of it) would keep
 * the whole dump alive after it is dropped (test/unit/attributeTables.test.ts). Called after the scans that test a
 * regex on a dump's text.
 */
export function releaseLastMatch(): void {
	EMPTY_RE.test('');
}

/** Whether the segments are consecutive lines of `text`, each ended by a single `\n`: then joined they are one slice. */
export function isContiguous(text: string, segments: readonly Segment[]): boolean {
	for (let k = 0; k + 1 < segments.length; k++) {
		const end = segments[k].end;
		if (segments[k + 1].start !== end + 1 || text.charCodeAt(end) !== 0x0a) return false;
	}
	return true;
}
