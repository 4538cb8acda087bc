// Pandoc attribute blocks `{#id .class key="value"}`, shared by fences, headings, spans, links, images and code.
import type { Attributes, SourceRange } from '../model/dumpDocument';
import { readHtmlAttributes } from '../text/htmlAttributes';
import { collapseWrapped } from './chars';
import { AttributesNode } from '../model/attributesNode';
import type { AttributeParts } from '../model/linkNodes';

/**
 * Longest attribute block we read. Most run to a few hundred characters, but real ones carry inline data and styles
 * of 12 KB and more; the bound keeps a stray `{` in prose from scanning the rest of a huge line.
 */
export const MAX_ATTRIBUTES_LENGTH = 65536;

export interface ParsedAttributes {
	readonly attrs: Attributes;
	/** Offset just past the closing `}`. */
	readonly end: number;
	/** The id, classes and pairs `attrs` shares with every block of its text, when it does (a link or image may hold them instead). */
	readonly parts?: AttributeParts;
}

const EMPTY_CLASSES: readonly string[] = Object.freeze([]);

function isSpace(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Parses an attribute block starting at `text[start] === '{'` and ending no later than `limit`.
 * Returns undefined when there is no well-formed block there. Newlines inside the block are allowed:
 * pandoc wraps long attribute blocks across lines. `offsetOf` maps a local offset to a dump offset.
 */
export function parseAttributes(
	text: string,
	start: number,
	limit: number,
	offsetOf: (local: number) => number = identity,
	slice?: (from: number, to: number) => string,
): ParsedAttributes | undefined {
	if (text.charCodeAt(start) !== 0x7b /* { */) return undefined;
	const end = Math.min(limit, start + MAX_ATTRIBUTES_LENGTH);
	// A short block seen before: its parts as they were made, without reading it again.
	const close = shareableClose(text, start, end);
	const known = close >= 0 ? sharedBlocks.get(text.slice(start, close + 1)) : undefined;
	if (known) {
		return { attrs: new AttributesNode(known.id, known.classes, known.pairs, offsetOf(start), offsetOf(close) + 1), end: close + 1, parts: known };
	}
	let i = start + 1;
	let id: string | undefined;
	let classes: string[] | undefined;
	let pairs: [string, string][] | undefined;
	for (;;) {
		while (i < end && isSpace(text.charCodeAt(i))) i++;
		if (i >= end) return undefined;
		const c = text.charCodeAt(i);
		if (c === 0x7d /* } */) {
			i++;
			break;
		}
		if (c === 0x3d /* = */ && i === start + 1) {
			// A raw attribute `{=html}`: the format, kept as a pair so callers can recognise it.
			let j = i + 1;
			while (j < end && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x7d) j++;
			(pairs ??= []).push(['=', intern(text.slice(i + 1, j))]);
			i = j;
			continue;
		}
		// Read one word: up to white space, `}` or `=`, keeping quoted values whole.
		let j = i;
		if (c === 0x23 /* # */ || c === 0x2e /* . */) j++;
		while (j < end) {
			const d = text.charCodeAt(j);
			if (d === 0x7d && c !== 0x23 && c !== 0x2e) {
				// A key may hold `}`: pandoc writes a broken HTML attribute's name as it is (`279}\"=""`).
				const k = keyTail(text, j + 1, end);
				if (k > 0) {
					j = k;
					continue;
				}
			}
			// `isSpace(d)` written out: a call per character of every word where the CLI compiles without inlining.
			if (d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d || d === 0x7d || d === 0x3d || d === 0x7b) break;
			j++;
		}
		if (j >= end) return undefined;
		const word = text.slice(i, j);
		if (text.charCodeAt(j) === 0x7b) return undefined;
		if (text.charCodeAt(j) === 0x3d /* = */) {
			// key=value, value quoted with " or ' (backslash escapes) or bare up to white space or `}`.
			let k = j + 1;
			let value = '';
			const q = text.charCodeAt(k);
			if (q === 0x22 || q === 0x27) {
				k++;
				// Copy only at escapes; the rest is sliced in one piece (style values run to hundreds of characters).
				let buf = '';
				let from = k;
				let closed = false;
				while (k < end) {
					const d = text.charCodeAt(k);
					if (d === 0x5c /* \ */ && k + 1 < end) {
						buf += text.slice(from, k) + text[k + 1];
						k += 2;
						from = k;
						continue;
					}
					if (d === q) {
						closed = true;
						break;
					}
					k++;
				}
				if (!closed) return undefined;
				value = buf === '' && slice ? slice(from, k) : buf + text.slice(from, k);
				k++;
			} else {
				const v0 = k;
				while (k < end && !isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 0x7d) k++;
				value = slice ? slice(v0, k) : text.slice(v0, k);
			}
			(pairs ??= []).push([intern(word), collapseWrapped(value)]);
			i = k;
			continue;
		}
		if (word.startsWith('#') && word.length > 1) id ??= word.slice(1);
		else if (word.startsWith('.') && word.length > 1) (classes ??= []).push(intern(word.slice(1)));
		else if (word.length > 0 && word !== '-') (classes ??= []).push(intern(word)); // tolerated: a bare word acts as a class
		else if (word === '-') (classes ??= []).push('unnumbered');
		i = j;
	}
	const rangeStart = offsetOf(start);
	const rangeEnd = offsetOf(i - 1) + 1;
	const shared = i - start <= SHARE_MAX_LENGTH ? sharedParts(text.slice(start, i), id, classes, pairs) : undefined;
	if (shared) return { attrs: new AttributesNode(shared.id, shared.classes, shared.pairs, rangeStart, rangeEnd), end: i, parts: shared };
	// Lists grown by push keep 16 free slots: copied to their length, and the empty ones shared.
	return { attrs: new AttributesNode(id, classes ? classes.slice() : EMPTY_CLASSES, pairs ? pairs.slice() : NO_PAIRS, rangeStart, rangeEnd), end: i };
}

/**
 * Attribute blocks this short share their id, classes and pairs with every block of the same text: pages repeat the
 * same block on every image, link or card (`{width="1" height="1"}` on each tracking pixel), and each copy held its
 * own lists, a list per pair and a string per value: 'tracking pixels' (27,000 such blocks in 2 MB) kept 5.2 MB of
 * them, 2.6x its input. The parts are a function of the block's text; only the range is the block's own.
 */
const SHARE_MAX_LENGTH = 80;
/** Distinct blocks the table holds before it starts over: bounded, as `interned` is. */
const SHARE_MAX_ENTRIES = 2048;
const sharedBlocks = new Map<string, AttributeParts>();

/** The parts already made for a block of this text, or these parts (copied to their length), kept for the next one. */
function sharedParts(source: string, id: string | undefined, classes: string[] | undefined, pairs: [string, string][] | undefined): AttributeParts {
	const known = sharedBlocks.get(source);
	if (known) return known;
	if (sharedBlocks.size >= SHARE_MAX_ENTRIES) sharedBlocks.clear();
	// Kept past this dump: the key and every part are copies, never views of the dump (see ownCopy).
	const parts: AttributeParts = {
		id: id === undefined ? undefined : ownCopy(id),
		classes: classes ? Object.freeze(classes.map(ownCopy)) : EMPTY_CLASSES,
		pairs: pairs ? Object.freeze(pairs.map(([k, v]) => Object.freeze([ownCopy(k), ownCopy(v)] as const))) : NO_PAIRS,
	};
	sharedBlocks.set(ownCopy(source), parts);
	return parts;
}

/**
 * Where a block at `start` short enough to share closes, if it is a block `sharedBlocks` may hold, else -1: its first
 * `}`, unless that `}` may belong to a key (`keyTail`). Most blocks repeat one seen before (the same classes on every
 * link or card), so looking up the text up to that `}` first spares reading every word, interning it and looking up
 * the block's text. Exact: a held text is a whole block whose last character is its first `}` (a `}` in a quoted
 * value or in a key comes before a later one), so reading it again would stop at that same `}` after the same words;
 * the one look past a `}` the reader takes is `keyTail`, checked here. Profile of parseDump over every third wcxb-dev
 * dump: reading attribute blocks (parseAttributes, intern, sharedParts) took 15.7% of the parse before. Measured
 * (parse CPU over every fifth wcxb-dev dump, both builds in one process in turns, 3 rounds under load): 1.00 ->
 * 0.993-1.004 in total, per-dump median 0.97-0.99; the parsed model is identical on 1,442 pages.
 */
function shareableClose(text: string, start: number, end: number): number {
	const last = Math.min(end, start + SHARE_MAX_LENGTH) - 1;
	for (let k = start + 1; k <= last; k++) if (text.charCodeAt(k) === 0x7d /* } */) return keyTail(text, k + 1, end) === 0 ? k : -1;
	return -1;
}

/**
 * When the characters from `from` on (no white space, no braces) reach a `=` and a quote, the offset of that `=`:
 * the `}` before `from` is inside a key, not the block's end. Otherwise 0.
 */
function keyTail(text: string, from: number, end: number): number {
	for (let k = from; k < end; k++) {
		const d = text.charCodeAt(k);
		if (d === 0x3d) {
			const q = text.charCodeAt(k + 1);
			return q === 0x22 || q === 0x27 ? k : 0;
		}
		if (isSpace(d) || d === 0x7d || d === 0x7b) return 0;
	}
	return 0;
}

/**
 * Attribute keys and classes this short are shared through `intern`: they repeat across a dump (`rel`, `target`,
 * `block-title`), and each copy cost a string of its own. On 5 MB of prose 40,000 copies of `rel` alone held 1.4 MB
 * (a heap snapshot at the peak). Values are not interned: on the same dump they saved 0.05 bytes per input byte, for
 * as much lookup time as the keys and classes.
 */
const INTERN_MAX_LENGTH = 24;
/** Strings the intern table holds before it starts over: bounded, so a long session does not grow it without end. */
const INTERN_MAX_ENTRIES = 4096;
const interned = new Map<string, string>();

/** One shared copy of a short attribute string (see INTERN_MAX_LENGTH); longer ones are returned as they are. */
function intern(s: string): string {
	if (s.length > INTERN_MAX_LENGTH) return s;
	const known = interned.get(s);
	if (known !== undefined) return known;
	if (interned.size >= INTERN_MAX_ENTRIES) interned.clear();
	const own = ownCopy(s);
	interned.set(own, own);
	return own;
}

/** Slices this long or longer are views of the string they were cut from in V8 (sliced strings), not copies. */
const VIEW_MIN_LENGTH = 13;

/**
 * `s` as a string of its own. A slice of a dump of 13 characters or more is a view that keeps the whole dump alive,
 * so a table that outlives the dump (the intern table, the shared blocks: module state, kept from one dump to the
 * next in the editor and in a batch) held every dump its entries were cut from: a 20 MB dump whose attribute block
 * put one key of 13 characters in a table stayed alive after the parse (test/unit/attributeTables.test.ts). The copy
 * is made once an entry, when it enters a table: the tables are bounded (INTERN_MAX_ENTRIES, SHARE_MAX_ENTRIES) and
 * their strings short (INTERN_MAX_LENGTH, SHARE_MAX_LENGTH), so what they keep is bounded in bytes too.
 */
function ownCopy(s: string): string {
	if (s.length < VIEW_MIN_LENGTH) return s;
	// A space and `s` make a pair of pieces (a cons string); running an expression over it writes them into one new
	// flat string in place, and the slice after the space is a view of that copy, not of the dump. It was
	// `s.split('').join('')`: an array of one-character strings an entry, 3.8% of the parse's self time (profile of
	// parseDump over the Readability corpus and the sample dump); this is about 6 times faster per copy.
	const pair = ' ' + s;
	FLATTEN_RE.test(pair);
	return pair.slice(1);
}

/** Any expression: running one over a string makes V8 flatten that string in place (see `ownCopy`). */
const FLATTEN_RE = /\u0000/;

function identity(n: number): number {
	return n;
}

/** A block's attributes and, when it shares them with every block of its text, those shared parts (see `sharedParts`). */
export interface BlockAttributes {
	readonly attrs: Attributes;
	readonly parts?: AttributeParts;
}

/**
 * Attributes of a bare fence word (`::: lia-page`). A word no longer than a shared block shares its class list with
 * every fence of that word (`sharedWords`): a page repeats a few words on hundreds of fences, each with a list of one
 * word (32 + 24 bytes) of its own.
 */
export function classAttributes(word: string, range: SourceRange): BlockAttributes {
	if (word.length > SHARE_MAX_LENGTH) return { attrs: new AttributesNode(undefined, [word], NO_PAIRS, range.start, range.end) };
	let parts = sharedWords.get(word);
	if (parts === undefined) {
		if (sharedWords.size >= SHARE_MAX_ENTRIES) sharedWords.clear();
		// Kept past this dump: a copy, never a view of the dump (see ownCopy).
		const own = ownCopy(word);
		parts = { id: undefined, classes: Object.freeze([own]), pairs: NO_PAIRS };
		sharedWords.set(own, parts);
	}
	return { attrs: new AttributesNode(undefined, parts.classes, parts.pairs, range.start, range.end), parts };
}

/** The parts of bare fence words, by word: bounded as `sharedBlocks` is. */
const sharedWords = new Map<string, AttributeParts>();

/** One empty pair list shared by every bare-word fence: dumps hold hundreds of thousands of them. */
const NO_PAIRS: Attributes['pairs'] = Object.freeze([]);

/** Attributes read from an HTML start tag such as `<div id="x" class="a b" role="main">`; the first `id` and `class` win, as in browsers. */
export function htmlTagAttributes(tag: string, rangeStart: number): Attributes {
	return htmlDivAttributes(tag, rangeStart).attrs;
}

/**
 * `htmlTagAttributes`, with the parts a tag no longer than a shared block shares with every tag of its text (its key
 * in `sharedBlocks` starts with `<`, which no `{` block does): pages repeat the same `<div class="...">` line.
 */
export function htmlDivAttributes(tag: string, rangeStart: number): BlockAttributes {
	let id: string | undefined;
	let classes: string[] | undefined;
	const pairs: [string, string][] = [];
	if (tag.length <= SHARE_MAX_LENGTH) {
		const known = sharedBlocks.get(tag);
		if (known) return { attrs: new AttributesNode(known.id, known.classes, known.pairs, rangeStart, rangeStart + tag.length), parts: known };
	}
	for (const { name, value } of readHtmlAttributes(tag)) {
		const key = name.toLowerCase();
		if (key === 'id') id ??= value;
		else if (key === 'class') classes ??= value.split(/\s+/).filter(Boolean);
		else pairs.push([name, value]);
	}
	if (tag.length <= SHARE_MAX_LENGTH) {
		const parts = sharedParts(tag, id, classes, pairs.length > 0 ? pairs : undefined);
		return { attrs: new AttributesNode(parts.id, parts.classes, parts.pairs, rangeStart, rangeStart + tag.length), parts };
	}
	return { attrs: new AttributesNode(id, classes ?? [], pairs, rangeStart, rangeStart + tag.length) };
}

/** The value of a key/value attribute, matched case-insensitively; undefined when absent. */
export function attributeValue(attrs: Attributes | undefined, key: string): string | undefined {
	if (!attrs) return undefined;
	const k = key.toLowerCase();
	for (const [name, value] of attrs.pairs) if (name.toLowerCase() === k) return value;
	return undefined;
}
