// Inline parser: links, images, spans, code, emphasis, escapes, raw HTML, breaks. One linear pass with bounded look-ahead.
import type { Attributes, Inline, LinkDefinition, SourceRange } from '../model/dumpDocument';
import { LineBreakNode, SoftBreakNode, type SourceTextNode, TextNode, sourceText } from '../model/leafInlines';
import { parseAttributes } from './attributes';
import { collapseWrapped } from './chars';
import { decodeEntities, entityAt } from './entities';
import { indexBacktickRuns, indexOfWithin, isAlnum, isContiguous, isEscapable, isSpaceOrTab, isSpecial, isWhite, releaseLastMatch, SPECIAL_RE, URL_RUN_RE } from './inlineChars';
import { makeEmphasis, mergeTexts } from './inlineNodes';
import { type AttributeParts, imageNode, linkNode } from '../model/linkNodes';

/** The children of every link and image without text (`![](src)`): one frozen empty list, not one per node. */
const NO_CHILDREN = Object.freeze([]) as unknown as Inline[];

/** A line (or part of one) of the dump: `text.slice(start, end)`, without its line ending. */
export interface Segment {
	readonly start: number;
	readonly end: number;
	/**
	 * The segment continues the previous one with no line break between: pandoc cut an unbreakable token (a URL, a
	 * link tail) into pieces to fit a grid-table column.
	 */
	readonly glue?: boolean;
}

/** Longest link destination plus title we look through for the closing `)`; bounds work on unclosed brackets. */
const MAX_LINK_TAIL = 1 << 20;
/** Nested parentheses allowed in a bare link destination (pandoc URLs rarely have more than one level). */
const MAX_PAREN_DEPTH = 8;
/**
 * Brackets open at once; more are text. Real dumps nest a handful (`[[[icon]{.x}]`); a paragraph of millions of
 * `[` would otherwise hold a node and a stack entry for each until its end.
 */
const MAX_OPEN_BRACKETS = 1000;
/** Arrays shorter than this are returned as exact copies (a pushed-to array keeps 16 or more free slots). */
const TRIM_BELOW = 16;
/** Longest raw inline HTML tag or autolink we accept. */
const MAX_INLINE_TAG = 2000;
/**
 * Pieces of one text node (escapes, entities and the source between them) joined at a time. Appending each piece to
 * one string built a rope of as many cons cells as pieces: a 2 MB run of `&amp;` entities held 15x its size.
 */
const TEXT_PIECES_PER_JOIN = 256;

type Definitions = ReadonlyMap<string, LinkDefinition>;

/**
 * Inline nodes a document may still create, shared by all its paragraphs: the parser stops with `InlineBudgetSpent`
 * when it runs out, before a hostile paragraph has filled memory (see `complexity.ts`).
 */
export interface InlineBudget {
	left: number;
	/**
	 * One copy of each distinct link target and image source of the document: pages repeat their targets (menus,
	 * share links, pixels), and a target decoded from character references or escapes is a new string at every link
	 * ('encoded script links': 42,000 copies of two targets, 1.5 MB, 0.75x the input). Made with the first link and
	 * dropped with the budget when the parse ends.
	 */
	targets?: Map<string, string>;
}

/** Thrown when an `InlineBudget` is spent; `parseDump` catches it and refuses the document as too complex. */
export class InlineBudgetSpent extends Error {}

/** Normalises a reference label the way Markdown readers do: case-folded, white space collapsed. */
export function normalizeLabel(label: string): string {
	return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

interface Bracket {
	/** Index in `nodes` of the placeholder text node for `[` or `![`. */
	readonly nodeIndex: number;
	/** Local offset of the `[` (or `!`). */
	readonly pos: number;
	readonly image: boolean;
	active: boolean;
	/**
	 * Links closed before this bracket opened. When more have closed by the time it closes, one is inside it: it may
	 * still become a span or image, but not a link (links do not nest). A count, not a flag set on every open
	 * bracket, so a line of many `[` stays linear.
	 */
	readonly linksBefore: number;
	/** Emphasis delimiter stack depth bottom when this bracket opened: closers inside only match openers after it. */
	readonly delimBottom: number;
}

interface Delimiter {
	/** Index in `nodes` of the text node holding the run. */
	nodeIndex: number;
	readonly char: number;
	/** Characters of the run still open: a `***` opener that a `**` closed keeps one `*` open. */
	count: number;
	readonly pos: number;
}


/**
 * Parses the inline content made of `segments` of `text` (the lines of a paragraph, with container prefixes
 * already stripped). Ranges in the result are offsets into `text`.
 */
export function parseInlines(text: string, segments: readonly Segment[], definitions: Definitions, budget?: InlineBudget): Inline[] {
	if (segments.length === 0) return [];
	if (segments.length === 1) {
		const plain = plainLine(text, segments[0]);
		if (plain) {
			if (budget && --budget.left < 0) throw new InlineBudgetSpent();
			return plain;
		}
	}
	return new InlineParser(text, segments, definitions, budget).parse();
}

/**
 * A line with no inline syntax at all (most table cells, many short paragraphs): one text node, as the parser would
 * make it (trailing spaces dropped from the value, kept in the range), without building a parser for it.
 */
function plainLine(text: string, seg: Segment): Inline[] | undefined {
	for (let k = seg.start; k < seg.end; k++) if (isSpecial(text.charCodeAt(k))) return undefined;
	let e = seg.end;
	while (e > seg.start && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
	if (e === seg.start) return [];
	return [e === seg.end ? sourceText(text, seg.start, e) : new TextNode(text.slice(seg.start, e), seg.start, seg.end)];
}

class InlineParser {
	readonly #src: string;
	/** The whole dump: text values are sliced from it where they can be (see `#runText`). */
	readonly #dump: string;
	/** The dump offset of `#src[0]` when `#src` is one slice of the dump (lines joined by their own `\n`), else -1. */
	readonly #base: number;
	/** Local start of each segment in `#src` (segments joined by `\n`); empty when `#base` maps offsets. */
	readonly #localStarts: number[];
	readonly #segments: readonly Segment[];
	readonly #definitions: Definitions;
	#nodes: Inline[] = [];
	#brackets: Bracket[] = [];
	#linksClosed = 0;
	/**
	 * One stack per delimiter kind (char and count), so a closer looks only at the top of its own stack.
	 * This and the two maps below are made on first use: most paragraphs need none of them.
	 */
	#delims: Map<number, Delimiter[]> | undefined;
	#textStart = -1;
	/** Text of the current text node already copied and joined (escapes and entities, which differ from the source)... */
	#textBuf = '';
	/** ...then the pieces copied since, joined into `#textBuf` every TEXT_PIECES_PER_JOIN... */
	readonly #textParts: string[] = [];
	/** ...followed by `#src.slice(#runStart, #runEnd)`, not copied yet: most text nodes cost one slice, no concatenation. */
	#runStart = -1;
	#runEnd = -1;
	/** Backtick runs by length: where each starts, in order, and the first not yet passed. Built on the first code span. */
	#backtickRuns: Map<number, { readonly starts: number[]; next: number }> | undefined;
	/** Title quote characters known to have no closing quote after the offset stored. */
	#noTitleCloser: Map<number, number> | undefined;
	readonly #budget: InlineBudget;

	constructor(text: string, segments: readonly Segment[], definitions: Definitions, budget: InlineBudget = { left: Infinity }) {
		this.#segments = segments;
		this.#definitions = definitions;
		this.#budget = budget;
		this.#dump = text;
		if (isContiguous(text, segments)) {
			// Most paragraphs: unindented lines ending in `\n`. One slice, no copy, offsets map by addition.
			this.#src = text.slice(segments[0].start, segments[segments.length - 1].end);
			this.#base = segments[0].start;
			this.#localStarts = [];
		} else {
			this.#base = -1;
			const parts: string[] = [];
			this.#localStarts = [];
			let local = 0;
			for (let k = 0; k < segments.length; k++) {
				const seg = segments[k];
				if (k > 0 && !seg.glue) {
					parts.push('\n');
					local++;
				}
				this.#localStarts.push(local);
				parts.push(text.slice(seg.start, seg.end));
				local += seg.end - seg.start;
			}
			this.#src = parts.join('');
		}
	}

	/** Maps a local offset to a dump offset. */
	#at(local: number): number {
		if (this.#base >= 0) return this.#base + local;
		const k = this.#segmentOf(local);
		return this.#segments[k].start + (local - this.#localStarts[k]);
	}

	/** The segment a local offset of a joined `#src` falls in (its last one for the `\n` joining it to the next). */
	#segmentOf(local: number): number {
		const starts = this.#localStarts;
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= local) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	#range(from: number, to: number): SourceRange {
		const start = this.#at(from);
		const end = to <= from ? start : this.#at(to - 1) + 1;
		return { start, end };
	}

	/** A text node for local `from`..`to` (the same offsets as `#range`, kept on the node). */
	#text(value: string, from: number, to: number, softBreak = false): TextNode {
		const start = this.#at(from);
		return new TextNode(value, start, to <= from ? start : this.#at(to - 1) + 1, softBreak);
	}

	/**
	 * A text node of the source characters at local `from`..`to` (a bracket, a `!`, a delimiter run left literal): a
	 * `SourceTextNode` when they lie on one line of the dump, so no copy is held. Copies of these short runs were most
	 * of the strings of a dump of unclosed markup ('unclosed everything': 140,000 of them).
	 */
	#sourceText(from: number, to: number): TextNode | SourceTextNode {
		if (this.#base >= 0) return sourceText(this.#dump, this.#base + from, this.#base + to);
		const k = this.#segmentOf(from);
		if (to <= from || k !== this.#segmentOf(to - 1)) return this.#text(this.#src.slice(from, to), from, to);
		const start = this.#segments[k].start + (from - this.#localStarts[k]);
		return sourceText(this.#dump, start, start + (to - from));
	}

	/** Adds a node, spending one unit of the document's budget: every node made passes here. */
	/** The document's copy of a link target or image source equal to `href` (see `InlineBudget.targets`). */
	#sharedTarget(href: string): string {
		const targets = (this.#budget.targets ??= new Map());
		const known = targets.get(href);
		if (known !== undefined) return known;
		targets.set(href, href);
		return href;
	}

	#push(node: Inline): void {
		if (--this.#budget.left < 0) throw new InlineBudgetSpent();
		this.#nodes.push(node);
	}

	/** Ends the current text node at `upTo`; `softBreak`: a line break follows it, folded into the node. */
	#flushText(upTo: number, softBreak = false): void {
		if (this.#textStart < 0) return;
		this.#joinPieces();
		const exact = this.#exactRun(upTo, softBreak);
		if (exact) this.#push(exact);
		else this.#push(this.#text(this.#runStart < 0 ? this.#textBuf : this.#textBuf + this.#runText(), this.#textStart, upTo, softBreak));
		this.#textStart = -1;
		this.#textBuf = '';
		this.#runStart = -1;
	}

	/**
	 * The current text node as a `SourceTextNode` when its value is its source exactly: one run of source text, no
	 * piece before it, spanning the node's whole range on one line of the dump.
	 */
	#exactRun(upTo: number, softBreak: boolean): SourceTextNode | undefined {
		const from = this.#runStart;
		if (from < 0 || from !== this.#textStart || this.#runEnd !== upTo || this.#textBuf !== '' || upTo <= from) return undefined;
		if (this.#base >= 0) return sourceText(this.#dump, this.#base + from, this.#base + upTo, softBreak);
		const k = this.#segmentOf(from);
		if (k !== this.#segmentOf(upTo - 1)) return undefined;
		const start = this.#segments[k].start + (from - this.#localStarts[k]);
		return sourceText(this.#dump, start, start + (upTo - from), softBreak);
	}

	/** Adds text that differs from the source at `pos` (an entity, an escaped space). */
	#addText(value: string, pos: number): void {
		if (this.#textStart < 0) this.#textStart = pos;
		this.#copyRun();
		this.#addPiece(value);
	}

	#addPiece(piece: string): void {
		const parts = this.#textParts;
		parts.push(piece);
		if (parts.length >= TEXT_PIECES_PER_JOIN) this.#joinPieces();
	}

	#joinPieces(): void {
		const parts = this.#textParts;
		if (parts.length === 0) return;
		this.#textBuf += parts.length === 1 ? parts[0] : parts.join('');
		parts.length = 0;
	}

	/** Adds the source text `from..to` as it is; `pos` is where the text node starts if this opens one (an escape's `\\`). */
	#addSource(from: number, to: number, pos = from): void {
		if (this.#textStart < 0) this.#textStart = pos;
		if (this.#runStart >= 0) {
			if (this.#runEnd === from) {
				this.#runEnd = to;
				return;
			}
			this.#copyRun();
		}
		this.#runStart = from;
		this.#runEnd = to;
	}

	#copyRun(): void {
		if (this.#runStart < 0) return;
		this.#addPiece(this.#runText());
		this.#runStart = -1;
	}

	/**
	 * The pending source run as a string. When `#src` was joined from segments (list items, quotes, cells), a slice of
	 * it would keep the whole joined copy alive as long as the node: text runs, link targets and code are sliced from
	 * the dump instead when they lie on one segment (nearly all do). A prose dump's model kept 0.4x its size in joined
	 * paragraph copies, held mostly by link targets.
	 */
	#runText(): string {
		return this.#sourceSlice(this.#runStart, this.#runEnd);
	}

	/** `#src.slice(from, to)`, sliced from the dump when `#src` was joined and the piece lies on one segment. */
	#sourceSlice(from: number, to: number): string {
		if (this.#base < 0 && to > from) {
			const k = this.#segmentOf(from);
			if (k === this.#segmentOf(to - 1)) {
				const start = this.#segments[k].start + (from - this.#localStarts[k]);
				return this.#dump.slice(start, start + (to - from));
			}
		}
		return this.#src.slice(from, to);
	}

	parse(): Inline[] {
		const s = this.#src;
		const n = s.length;
		let i = 0;
		while (i < n) {
			const c = s.charCodeAt(i);
			switch (c) {
				case 0x5c /* \ */: {
					const d = s.charCodeAt(i + 1);
					if (d === 0x0a) {
						this.#flushText(i);
						this.#push(new LineBreakNode(this.#at(i), this.#at(i + 1) + 1));
						i += 2;
						continue;
					}
					if (i + 1 === n && this.#segments.length > 0) {
						// A trailing `\` ends the paragraph with a hard break (pandoc's `<br>` at the end).
						this.#flushText(i);
						this.#push(new LineBreakNode(this.#at(i), this.#at(i) + 1));
						i++;
						continue;
					}
					if (d === 0x20) {
						this.#addText('\u00a0', i);
						i += 2;
						continue;
					}
					if (isEscapable(d)) {
						// The escaped character is the source character after the backslash: start a run there.
						this.#addSource(i + 1, i + 2, i);
						i += 2;
						continue;
					}
					this.#addSource(i, i + 1);
					i++;
					continue;
				}
				case 0x0a /* newline */: {
					this.#trimTrailingSpaces();
					if (this.#textStart >= 0) {
						// The break is folded into the text before it (`softBreakAfter`), still spending its node of the budget.
						if (--this.#budget.left < 0) throw new InlineBudgetSpent();
						this.#flushText(i, true);
					} else this.#push(new SoftBreakNode(this.#at(i)));
					i++;
					while (i < n && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09)) i++;
					continue;
				}
				case 0x5b /* [ */: {
					if (s.charCodeAt(i + 1) === 0x5e /* ^ */) {
						const note = this.#tryFootnote(i);
						if (note > 0) {
							i = note;
							continue;
						}
					}
					this.#openBracket(i, false, 1);
					i++;
					continue;
				}
				case 0x21 /* ! */: {
					if (s.charCodeAt(i + 1) === 0x5b) {
						this.#openBracket(i, true, 2);
						i += 2;
						continue;
					}
					this.#addSource(i, i + 1);
					i++;
					continue;
				}
				case 0x5d /* ] */: {
					i = this.#closeBracket(i);
					continue;
				}
				case 0x60 /* ` */: {
					i = this.#codeSpan(i);
					continue;
				}
				case 0x2a /* * */:
				case 0x5f /* _ */:
				case 0x7e /* ~ */:
				case 0x5e /* ^ */: {
					i = this.#delimiterRun(i, c);
					continue;
				}
				case 0x3c /* < */: {
					const end = this.#angle(i);
					if (end > 0) {
						i = end;
						continue;
					}
					this.#addSource(i, i + 1);
					i++;
					continue;
				}
				case 0x26 /* & */: {
					i = this.#entity(i);
					continue;
				}
				default: {
					// Copy a run of ordinary characters at once: up to the next special one (`SPECIAL_RE`), or the end.
					SPECIAL_RE.lastIndex = i + 1;
					const j = SPECIAL_RE.test(s) ? SPECIAL_RE.lastIndex - 1 : n;
					this.#addSource(i, j);
					i = j;
				}
			}
		}
		releaseLastMatch();
		this.#trimTrailingSpaces();
		this.#flushText(n);
		const nodes = mergeTexts(this.#nodes);
		// An array grown by push keeps room for 16 more: most paragraphs hold a few nodes, so copy those to their length.
		return nodes.length < TRIM_BELOW ? nodes.slice() : nodes;
	}

	/** Drops spaces and tabs at the end of the current text; drops the text node when nothing else is left. */
	#trimTrailingSpaces(): void {
		if (this.#textStart < 0) return;
		// Pieces before the run (an entity, an escape) are part of the text: a run of only spaces must not drop them.
		this.#joinPieces();
		if (this.#runStart >= 0) {
			let e = this.#runEnd;
			while (e > this.#runStart && isSpaceOrTab(this.#src.charCodeAt(e - 1))) e--;
			if (e > this.#runStart) {
				this.#runEnd = e;
				return;
			}
			this.#runStart = -1;
		} else {
			this.#joinPieces();
			if (this.#textBuf.length === 0) return;
		}
		const buf = this.#textBuf;
		let b = buf.length;
		while (b > 0 && isSpaceOrTab(buf.charCodeAt(b - 1))) b--;
		if (b === 0) {
			this.#textStart = -1;
			this.#textBuf = '';
		} else if (b < buf.length) this.#textBuf = buf.slice(0, b);
	}

	#openBracket(i: number, image: boolean, len: number): void {
		if (this.#brackets.length >= MAX_OPEN_BRACKETS) {
			this.#addSource(i, i + len);
			return;
		}
		this.#flushText(i);
		this.#push(this.#sourceText(i, i + len));
		this.#brackets.push({ nodeIndex: this.#nodes.length - 1, pos: i, image, active: true, linksBefore: this.#linksClosed, delimBottom: this.#nodes.length - 1 });
	}

	/** Handles `]` at `i`; returns the offset to continue from. */
	#closeBracket(i: number): number {
		const s = this.#src;
		const opener = this.#brackets.pop();
		if (!opener || !opener.active) {
			this.#addSource(i, i + 1);
			return i + 1;
		}
		this.#flushText(i);
		let next = i + 1;
		const c = s.charCodeAt(next);
		let kind: 'link' | 'image' | 'span' | undefined;
		let href = '';
		let hrefRange: SourceRange | undefined;
		let title: string | undefined;
		let attrs: Attributes | undefined;
		let parts: AttributeParts | undefined;
		let form: 'inline' | 'reference' = 'inline';
		let unresolved = false;
		let bang = false;
		if (c === 0x28 /* ( */) {
			const tail = this.#linkTail(next);
			if (tail) {
				kind = opener.image ? 'image' : 'link';
				href = tail.href;
				hrefRange = this.#range(tail.hrefStart, tail.hrefEnd);
				title = tail.title;
				next = tail.end;
			}
		} else if (c === 0x7b /* { */) {
			const parsed = parseAttributes(s, next, s.length, (o) => this.#at(o), (a, b) => this.#sourceSlice(a, b));
			if (parsed) {
				// `![text]{.a}` is no image (it has no target): a `!` and a span, as pandoc reads it.
				if (opener.image) bang = true;
				kind = 'span';
				attrs = parsed.attrs;
				next = parsed.end;
			}
		} else if (c === 0x5b /* [ */) {
			const close = indexOfWithin(s, ']', next + 1, 1000);
			if (close > 0) {
				const rawLabel = close === next + 1 ? s.slice(opener.pos + (opener.image ? 2 : 1), i) : s.slice(next + 1, close);
				const def = this.#definitions.get(normalizeLabel(rawLabel));
				kind = opener.image ? 'image' : 'link';
				form = 'reference';
				href = def?.href ?? '';
				title = def?.title;
				unresolved = !def;
				hrefRange = this.#range(next + 1, close);
				next = close + 1;
			}
		} else if (this.#definitions.size > 0) {
			const label = s.slice(opener.pos + (opener.image ? 2 : 1), i);
			const def = label.length < 1000 ? this.#definitions.get(normalizeLabel(label)) : undefined;
			if (def) {
				kind = opener.image ? 'image' : 'link';
				form = 'reference';
				href = def.href;
				title = def.title;
				hrefRange = this.#range(opener.pos + (opener.image ? 2 : 1), i);
			}
		}
		if (kind === 'link' && this.#linksClosed > opener.linksBefore) kind = undefined;
		if (!kind) {
			this.#addSource(i, i + 1);
			return i + 1;
		}
		if (kind !== 'span' && s.charCodeAt(next) === 0x7b) {
			const parsed = parseAttributes(s, next, s.length, (o) => this.#at(o), (a, b) => this.#sourceSlice(a, b));
			if (parsed) {
				attrs = parsed.attrs;
				parts = parsed.parts;
				next = parsed.end;
			}
		}
		this.#closeDelimitersAbove(opener.nodeIndex);
		const children = this.#nodes.splice(opener.nodeIndex);
		children.shift(); // the `[` placeholder
		// A link or image with no text shares one empty list: tracking pixels are `![](...)` by the thousand.
		const content = children.length === 0 ? NO_CHILDREN : mergeTexts(children);
		if (bang) this.#push(this.#sourceText(opener.pos, opener.pos + 1));
		const range = this.#range(bang ? opener.pos + 1 : opener.pos, next);
		if (kind !== 'span') href = this.#sharedTarget(href);
		if (kind === 'image') {
			this.#push(imageNode(content, href, range, hrefRange!, title, attrs, parts));
		} else if (kind === 'link') {
			this.#push(linkNode(content, href, range, hrefRange!, form, title, attrs, unresolved, parts));
			// Links do not nest: brackets opened before this one can no longer become links (spans still can).
			this.#linksClosed++;
		} else {
			this.#push({ kind: 'span', children: content, attrs: attrs!, range });
		}
		return next;
	}

	/**
	 * Reads `(dest "title")` starting at `(`; undefined when it is not a well-formed link tail. Read as pandoc does:
	 * entities in the target and title are decoded, a title closes at the quote that `)` follows (so it may hold
	 * unescaped quotes), and `( "title")` is an empty target with a title (pandoc writes `href=""` so).
	 */
	#linkTail(open: number): { href: string; hrefStart: number; hrefEnd: number; title?: string; end: number } | undefined {
		const s = this.#src;
		const limit = Math.min(s.length, open + MAX_LINK_TAIL);
		let i = open + 1;
		while (i < limit && isWhite(s.charCodeAt(i))) i++;
		const q0 = s.charCodeAt(i);
		if (i > open + 1 && (q0 === 0x22 || q0 === 0x27)) {
			const t = this.#linkTitle(i, limit);
			if (t && s.charCodeAt(t.end) === 0x29 /* ) */) return { href: '', hrefStart: open + 1, hrefEnd: open + 1, title: t.title, end: t.end + 1 };
		}
		let hrefStart = i;
		let hrefEnd = i;
		let href = '';
		if (s.charCodeAt(i) === 0x3c /* < */) {
			const close = indexOfWithin(s, '>', i + 1, limit - i - 1);
			if (close < 0) return undefined;
			hrefStart = i + 1;
			hrefEnd = close;
			href = this.#sourceSlice(hrefStart, hrefEnd);
			i = close + 1;
		} else {
			let depth = 0;
			// Copy only at escapes; URLs are long and mostly escape-free.
			let buf = '';
			let from = i;
			while (i < limit) {
				// Skip a run of characters the loop passes over (`URL_RUN_RE`), then read the one that ends it.
				URL_RUN_RE.lastIndex = i;
				URL_RUN_RE.test(s);
				i = URL_RUN_RE.lastIndex;
				if (i >= limit) {
					i = limit;
					break;
				}
				const c = s.charCodeAt(i);
				if (c === 0x5c /* \ */ && i + 1 < limit && isEscapable(s.charCodeAt(i + 1))) {
					buf += s.slice(from, i) + s[i + 1];
					i += 2;
					from = i;
					continue;
				}
				// `isWhite(c)` written out (`i < limit` is never past the end): a call per character of every URL where the
				// CLI compiles without inlining (cli/jitFlags.ts).
				if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0) break;
				if (c === 0x28 && ++depth > MAX_PAREN_DEPTH) return undefined;
				else if (c === 0x29) {
					if (depth === 0) break;
					depth--;
				}
				i++;
			}
			hrefEnd = i;
			href = buf + this.#sourceSlice(from, i);
		}
		while (i < limit && isWhite(s.charCodeAt(i))) i++;
		let title: string | undefined;
		const q = s.charCodeAt(i);
		if (q === 0x22 || q === 0x27 || (q === 0x28 && i > hrefEnd)) {
			const t = this.#linkTitle(i, limit);
			if (!t) return undefined;
			title = t.title;
			i = t.end;
		}
		if (s.charCodeAt(i) !== 0x29 /* ) */) return undefined;
		// Decoded only now: a tail that does not close (a megabyte of `&amp;` up to MAX_LINK_TAIL) is never copied.
		href = decodeEntities(href);
		return { href, hrefStart, hrefEnd, title, end: i + 1 };
	}

	/**
	 * A link title opened by the quote (or `(`) at `i`: it closes at the first closing quote followed by white space
	 * and `)`. Returns the title (escapes and entities resolved, wrapped lines joined) and the offset of that `)`.
	 */
	#linkTitle(i: number, limit: number): { title: string; end: number } | undefined {
		const s = this.#src;
		const q = s.charCodeAt(i);
		const closeQ = q === 0x28 ? 0x29 : q;
		if ((this.#noTitleCloser?.get(closeQ) ?? Infinity) <= i) return undefined;
		let j = i + 1;
		let buf = '';
		let from = j;
		while (j < limit) {
			const c = s.charCodeAt(j);
			if (c === 0x5c && j + 1 < limit) {
				buf += s.slice(from, j) + s[j + 1];
				j += 2;
				from = j;
				continue;
			}
			if (c === closeQ) {
				let k = j + 1;
				while (k < limit && isWhite(s.charCodeAt(k))) k++;
				if (s.charCodeAt(k) === 0x29) return { title: decodeEntities(collapseWrapped(buf + s.slice(from, j))), end: k };
			}
			j++;
		}
		// Nothing closes it up to the end of the paragraph: neither will it for a later opener of the same quote.
		if (limit === s.length) (this.#noTitleCloser ??= new Map()).set(closeQ, i);
		return undefined;
	}

	#tryFootnote(i: number): number {
		const s = this.#src;
		const close = indexOfWithin(s, ']', i + 2, 200);
		if (close < 0) return -1;
		const label = s.slice(i + 2, close);
		// Not a note: a label with an escape (`[^\[1\]^](#fn)`, a link) or one an attribute block or target follows
		// (`[^\$^9]{.num}`, a span opening with a superscript).
		if (!/^[^\s\]\\]+$/.test(label) || s.charCodeAt(close + 1) === 0x7b || s.charCodeAt(close + 1) === 0x28) return -1;
		this.#flushText(i);
		this.#push({ kind: 'note', label, range: this.#range(i, close + 1) });
		return close + 1;
	}

	#codeSpan(i: number): number {
		const s = this.#src;
		let j = i;
		while (j < s.length && s.charCodeAt(j) === 0x60) j++;
		const len = j - i;
		// Two backticks right before an attribute block: pandoc's empty code element (`<code id="x"></code>`).
		if (len === 2 && s.charCodeAt(j) === 0x7b) {
			const parsed = parseAttributes(s, j, s.length, (o) => this.#at(o), (a, b) => this.#sourceSlice(a, b));
			if (parsed) {
				this.#flushText(i);
				this.#push({ kind: 'code', value: '', attrs: parsed.attrs, range: this.#range(i, parsed.end) });
				return parsed.end;
			}
		}
		// The first run of exactly `len` backticks after the opener closes it. Runs are indexed once per paragraph,
		// so runs of ever-growing length do not each rescan the rest of it.
		const runs = (this.#backtickRuns ??= indexBacktickRuns(s, i));
		const r = runs.get(len);
		let close = -1;
		if (r) {
			while (r.next < r.starts.length && r.starts[r.next] < j) r.next++;
			if (r.next < r.starts.length) close = r.starts[r.next];
		}
		if (close < 0) {
			this.#addSource(i, j);
			return j;
		}
		this.#flushText(i);
		let value = this.#sourceSlice(j, close).replace(/\r\n?|\n/g, ' ');
		if (value.length > 1 && value.startsWith(' ') && value.endsWith(' ') && value.trim().length > 0) value = value.slice(1, -1);
		let end = close + len;
		let attrs: Attributes | undefined;
		if (s.charCodeAt(end) === 0x7b) {
			const parsed = parseAttributes(s, end, s.length, (o) => this.#at(o), (a, b) => this.#sourceSlice(a, b));
			if (parsed) {
				attrs = parsed.attrs;
				end = parsed.end;
			}
		}
		this.#push({ kind: 'code', value, attrs, range: this.#range(i, end) });
		return end;
	}

	/**
	 * A run of `*`, `_`, `~` or `^` at `i`. `*` and `_` close as pandoc's reader closes them: the innermost open run of
	 * the same character closes at the next run of it, whatever stands before (a space, a hard break, a no-break
	 * space), and runs of different lengths split: `***a** b*` is em(strong(a) b), `**a***b*` is strong(a) em(b).
	 * A run of exactly four `*` pairs only with another such run, as one strong: pandoc's reader keeps `****` literal,
	 * but its writer makes `****x? ****` from a strong inside a strong (`<h1><strong><strong>`), and that text is
	 * what the page shows.
	 */
	#delimiterRun(i: number, c: number): number {
		const s = this.#src;
		let j = i;
		while (j < s.length && s.charCodeAt(j) === c) j++;
		const count = j - i;
		const before = i > 0 ? s.charCodeAt(i - 1) : NaN;
		const after = s.charCodeAt(j);
		const quad = c === 0x2a && count === 4;
		const splits = !quad && (c === 0x2a || c === 0x5f);
		const maxCount = quad ? 4 : splits ? 3 : c === 0x7e ? 2 : 1;
		if (count > maxCount) {
			this.#flushText(i);
			this.#push(this.#sourceText(i, j));
			return j;
		}
		// One stack per character for `*` and `_` (runs split), per character and length for `~`, `^` and `****`.
		const key = splits ? c : c * 4 + count;
		let pos = i;
		// Pandoc's intraword_underscores: `_` never closes before a letter or digit, nor opens after one.
		// `****` closes after a space as the writer wrote it, but not before a word: `****1234 or ****5678` are masked numbers.
		const canClose = c === 0x5f || quad ? !isAlnum(after) : splits || !isWhite(before);
		if (canClose) {
			while (pos < j) {
				const used = this.#closeEmphasis(key, c, pos, j - pos, splits);
				if (used === 0) break;
				pos += used;
			}
			if (pos === j) return j;
		}
		this.#flushText(pos);
		this.#push(this.#sourceText(pos, j));
		const canOpen = !isWhite(after) && !(c === 0x5f && pos === i && isAlnum(before));
		if (canOpen) {
			this.#delims ??= new Map();
			let stack = this.#delims.get(key);
			if (!stack) this.#delims.set(key, (stack = []));
			stack.push({ nodeIndex: this.#nodes.length - 1, char: c, count: j - pos, pos });
		}
		return j;
	}

	/**
	 * Closes the innermost open run on `key`'s stack with (part of) the `n` characters at `pos`; returns how many it
	 * used, 0 when none. Pairs as pandoc does: `***` is closed by 3, 2 (leaving em open) or 1 (leaving strong open);
	 * `**` by 2 of any longer run; `*` by 1 or by the first of `***`, while `**` inside `*` opens a strong instead.
	 */
	#closeEmphasis(key: number, c: number, pos: number, n: number, splits: boolean): number {
		const stack = this.#delims?.get(key);
		const opener = stack && stack.length > 0 ? stack[stack.length - 1] : undefined;
		if (!opener) return 0;
		const bottom = this.#brackets.length > 0 ? this.#brackets[this.#brackets.length - 1].delimBottom : -1;
		// Inside a bracket only its own openers close; and an empty pair is no emphasis.
		if (opener.nodeIndex <= bottom || (opener.nodeIndex >= this.#nodes.length - 1 && this.#textStart < 0)) return 0;
		const o = opener.count;
		const use = !splits || o === 3 ? n : o === 2 ? (n >= 2 ? 2 : 0) : n === 2 ? 0 : 1;
		if (use === 0) return 0;
		this.#flushText(pos);
		const left = o - use;
		this.#closeDelimitersAbove(opener.nodeIndex + 1);
		const inner = this.#nodes.splice(opener.nodeIndex + 1);
		// The characters used are the opener's innermost ones.
		const node = makeEmphasis(c, use, mergeTexts(inner), this.#range(opener.pos + left, pos + use));
		if (left === 0) {
			stack!.pop();
			this.#nodes.pop();
		} else {
			opener.count = left;
			this.#nodes[opener.nodeIndex] = this.#sourceText(opener.pos, opener.pos + left);
		}
		this.#push(node);
		return use;
	}

	/** Forgets emphasis openers at or after `nodeIndex`: the nodes they stood in are being wrapped. */
	#closeDelimitersAbove(nodeIndex: number): void {
		if (!this.#delims) return;
		for (const stack of this.#delims.values()) {
			while (stack.length > 0 && stack[stack.length - 1].nodeIndex >= nodeIndex) stack.pop();
		}
	}

	/** Autolinks `<https://...>` and raw inline HTML tags; returns the end offset, or 0 when neither. */
	#angle(i: number): number {
		const s = this.#src;
		const limit = Math.min(s.length, i + MAX_INLINE_TAG);
		const next = s.charCodeAt(i + 1);
		const isLetter = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
		if (!isLetter && next !== 0x2f /* / */ && next !== 0x21 /* ! */) return 0;
		// Autolink: scheme:... or an e-mail address, no spaces or `<` inside.
		let j = i + 1;
		while (j < limit) {
			const c = s.charCodeAt(j);
			if (c === 0x3e || c === 0x3c || isWhite(c)) break;
			j++;
		}
		if (s.charCodeAt(j) === 0x3e) {
			const inner = s.slice(i + 1, j);
			if (/^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:/.test(inner) || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(inner)) {
				this.#flushText(i);
				const href = this.#sharedTarget(inner.includes(':') ? inner : 'mailto:' + inner);
				this.#push(linkNode([this.#text(inner, i + 1, j)], href, this.#range(i, j + 1), this.#range(i + 1, j), 'autolink'));
				return j + 1;
			}
		}
		if (next === 0x21 && s.startsWith('<!--', i)) {
			const window = s.slice(i + 4, limit);
			const rel = window.indexOf('-->');
			if (rel < 0) return 0;
			const close = i + 4 + rel;
			this.#flushText(i);
			this.#push({ kind: 'rawHtml', html: s.slice(i, close + 3), range: this.#range(i, close + 3) });
			return close + 3;
		}
		// A tag: <name ...> or </name>, quotes respected.
		j = i + 1;
		if (s.charCodeAt(j) === 0x2f) j++;
		const nameStart = j;
		while (j < limit && /[A-Za-z0-9-]/.test(s[j])) j++;
		if (j === nameStart) return 0;
		let quote = 0;
		while (j < limit) {
			const c = s.charCodeAt(j);
			if (quote) {
				if (c === quote) quote = 0;
			} else if (c === 0x22 || c === 0x27) quote = c;
			else if (c === 0x3e) break;
			else if (c === 0x3c) return 0;
			j++;
		}
		if (j >= limit || s.charCodeAt(j) !== 0x3e) return 0;
		this.#flushText(i);
		this.#push({ kind: 'rawHtml', html: s.slice(i, j + 1), range: this.#range(i, j + 1) });
		return j + 1;
	}

	#entity(i: number): number {
		const e = entityAt(this.#src, i);
		if (e) {
			this.#addText(e.value, i);
			return i + e.length;
		}
		this.#addSource(i, i + 1);
		return i + 1;
	}
}
