// Tables as pandoc writes them: pipe, grid, simple (with or without a header, one column too) and multiline.
import type { Block, SourceRange, Table, TableCell, TableRow } from '../model/dumpDocument';
import type { BlockContext } from './blockContext';
import { isFenceLineAt } from './blockStarts';
import { isBlankAt, isJsSpace, skipSpaces, hasCharAt } from './chars';
import type { LineList } from './lineList';
import { MAX_OPEN_VALUE_LINES, newAttributeScan, scanAttributes, type AttributeScan } from './openAttributes';
import type { Segment } from './parseInlines';

/** Header lines a multiline table may have between its top dash line and its column line. */
const MAX_MULTILINE_HEADER_LINES = 7;
/** Characters of a line looked at for a grid border's start: borders of real tables say what they are early. */
const GRID_BORDER_PREFIX = 400;

/** A dash line with two or more dash groups: the column line of a simple table. */
const DASH_GROUPS_RE = /^ *-+( +-+)+\s*$/;
/** A dash line of one or more groups: a table's top, column or bottom line. */
const DASH_LINE_RE = /^ *-+( +-+)*\s*$/;

/** Whether the line after a candidate header row makes a pipe table: `|`, `:` or `-` first, then a separator. */
export function isPipeTableStart(text: string, row: Segment, next: Segment): boolean {
	if (!mayBePipeSeparator(text, next)) return false;
	const p = skipSpaces(text, row.start, row.end);
	return hasCharAt(text, 0x7c /* | */, p, row.end) && isPipeSeparator(text.slice(next.start, next.end));
}

/** Whether the line at `p..end` can open a grid table: `+` then a border of `-`, `=` or `:` up to a `+`. */
export function isGridBorderStart(text: string, p: number, end: number): boolean {
	return /^\+[-=:]+\+/.test(text.slice(p, Math.min(end, p + GRID_BORDER_PREFIX)));
}

/** Whether the line at `seg` is a dash-group line (`---- ----`): under text, it makes that text a table header. */
export function isDashGroupLine(text: string, seg: Segment): boolean {
	return DASH_GROUPS_RE.test(text.slice(seg.start, seg.end));
}

export function pipeTable(ctx: BlockContext, lines: LineList, i: number, depth: number, out: Block[]): number {
	const text = ctx.text;
	const header = pipeRow(ctx, lines.seg(i), depth);
	let j = i + 2;
	const rows: TableRow[] = [];
	while (j < lines.length) {
		const s = lines.seg(j);
		if (isBlankAt(text, s.start, s.end) || !hasCharAt(text, 0x7c, s.start, s.end)) break;
		rows.push(pipeRow(ctx, s, depth));
		j++;
	}
	const table: Table = { kind: 'table', format: 'pipe', header, rows, range: { start: lines.start(i), end: lines.end(j - 1) } };
	out.push(table);
	return j;
}

function pipeRow(ctx: BlockContext, seg: Segment, depth: number): TableRow {
	const line = ctx.text.slice(seg.start, seg.end);
	const cells: TableCell[] = [];
	const k = skipSpaces(line, 0, line.length);
	let start = line[k] === '|' ? k + 1 : k;
	let i = start;
	for (; i <= line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 0x5c) {
			i++;
			continue;
		}
		if (c === 0x7c || i === line.length) {
			if (i === line.length && line.slice(start).trim() === '') break;
			cells.push(cell(ctx, [{ start: seg.start + start, end: seg.start + i }], depth));
			start = i + 1;
		}
	}
	return { range: { start: seg.start, end: seg.end }, cells };
}

/** A cell: its lines, trimmed, parsed as a small document of their own (grid cells can hold code and lists). */
function cell(ctx: BlockContext, segs: Segment[], depth: number): TableCell {
	const src = ctx.text;
	// Keep the cell's own indentation for code: blocks use the lines trimmed on the right only.
	const blockSegs: Segment[] = [];
	// The first and last lines with text, and where that text starts and ends.
	let lo = -1;
	let hi = -1;
	let start = 0;
	let end = 0;
	for (let k = 0; k < segs.length; k++) {
		const s = segs[k];
		let a = s.start;
		let b = s.end;
		while (a < b && isJsSpace(src.charCodeAt(a))) a++;
		while (b > a && isJsSpace(src.charCodeAt(b - 1))) b--;
		blockSegs.push(b === s.end ? s : { start: s.start, end: b, glue: s.glue });
		if (a < b) {
			if (lo < 0) {
				lo = k;
				start = a;
			}
			hi = k + 1;
			end = b;
		}
	}
	const range = lo >= 0 ? { start, end } : { start: segs[0].start, end: segs[0].start };
	const pieced = blockSegs.some((b) => b.glue);
	const blocks = lo < 0 ? [] : pieced ? ctx.nestedPieces(dedentPieces(src, blockSegs), depth, range) : ctx.nested(dedent(src, blockSegs), depth, range, false);
	return new Cell(src, segs, lo, hi, range, blocks);
}

/** The offsets of a cell without text. */
const NO_OFFSETS: readonly number[] = Object.freeze([]);

/**
 * A table cell whose joined text is built on first read: consumers walk `blocks`, and building it for every cell of
 * nested layout tables cost a copy of each cell per nesting level. A class, so the getter is one function on the
 * prototype rather than a closure per cell (a 10 MB pipe table has two million cells).
 *
 * The lines the text is read from are kept as numbers, two a line (its start, or `-1 - start` for a continuing
 * piece, and its end), and only those from the first line with text to the last: as segment objects (40 bytes each,
 * 48 with `glue`) in a list of all the cell's lines, the 5 MB prose dump's grid tables held 29,000 of them (1.2 MB).
 */
class Cell implements TableCell {
	readonly #src: string;
	readonly #offsets: readonly number[];
	#text: string | undefined;

	constructor(src: string, segs: readonly Segment[], lo: number, hi: number, readonly range: SourceRange, readonly blocks: Block[]) {
		this.#src = src;
		let offsets = NO_OFFSETS;
		if (lo >= 0 && lo < hi) {
			// Made at their length: a growing list would reserve room for 16 numbers on its first push.
			const own: number[] = new Array<number>(2 * (hi - lo));
			for (let k = lo; k < hi; k++) {
				const seg = segs[k];
				own[2 * (k - lo)] = seg.glue ? -1 - seg.start : seg.start;
				own[2 * (k - lo) + 1] = seg.end;
			}
			offsets = own;
		}
		this.#offsets = offsets;
	}

	/** What a plain object with a `text` property would serialise to: the model is read as JSON by tests and tools. */
	toJSON(): { range: SourceRange; text: string; blocks: Block[] } {
		return { range: this.range, text: this.text, blocks: this.blocks };
	}

	get text(): string {
		if (this.#text !== undefined) return this.#text;
		const src = this.#src;
		const offsets = this.#offsets;
		let text = '';
		for (let k = 0; k < offsets.length; k += 2) {
			const glue = offsets[k] < 0;
			const start = glue ? -1 - offsets[k] : offsets[k];
			const t = trimSegment(src, { start, end: offsets[k + 1] });
			// A continuing piece joins its line with nothing between, and keeps its leading space.
			text += glue ? src.slice(start, t.end) : (k > 0 ? '\n' : '') + src.slice(t.start, t.end);
		}
		return (this.#text = text);
	}
}

export function gridTable(ctx: BlockContext, lines: LineList, i: number, indent: number, depth: number, out: Block[]): number {
	const text = ctx.text;
	const lineAt = (k: number): string => text.slice(lines.start(k), lines.end(k));
	const border = lineAt(i).slice(indent).trimEnd();
	// Column boundaries are the `+` positions of the top border.
	const cols: number[] = [];
	for (let k = 0; k < border.length; k++) if (border[k] === '+') cols.push(k + indent);
	if (cols.length < 2) return 0;
	let j = i + 1;
	const rows: TableRow[] = [];
	let header: TableRow | undefined;
	let pending: Segment[][] = [];
	// Per column: the last piece's content (from its content column) and whether it continued the one before it.
	let last: (Segment | undefined)[] = [];
	let lastGlued: boolean[] = [];
	let rowStart = j;
	while (j < lines.length) {
		const seg = lines.seg(j);
		const l = lineAt(j);
		const lead = l.charCodeAt(indent);
		if (lead === 0x2b /* + */) {
			// A border: the lines since the last border form one row.
			if (pending.length > 0) {
				const row: TableRow = { range: { start: lines.start(rowStart), end: lines.end(j - 1) }, cells: pending.map((cellSegs) => cell(ctx, cellSegs, depth)) };
				if (/^\+[=:+]+\+?\s*$/.test(l.slice(indent).trimEnd()) && !header && rows.length === 0) header = row;
				else rows.push(row);
			}
			pending = [];
			last = [];
			lastGlued = [];
			rowStart = j + 1;
			j++;
			continue;
		}
		if (lead !== 0x7c /* | */) break;
		// Split the row line at the column boundaries when a `|` stands at each; otherwise at every `|`.
		const aligned = cols.every((c) => l.charCodeAt(c) === 0x7c);
		const cuts = aligned ? cols : allPipes(l);
		for (let c = 0; c + 1 < cuts.length; c++) {
			const cellSegs = (pending[c] ??= []);
			const piece = { start: seg.start + cuts[c] + 1, end: seg.start + Math.min(cuts[c + 1], l.length) };
			// The content: from the column after the padding space, `width` characters (the padding space after it excluded).
			const content = { start: piece.start + 1, end: Math.min(piece.end, piece.start + 1 + Math.max(0, cuts[c + 1] - cuts[c] - 3)) };
			const glue = aligned && continuesPiece(text, last[c], lastGlued[c] === true, content, cuts[c + 1] - cuts[c] - 3);
			// A continuing piece keeps its first character, a space included: pandoc cut the line there. One whose
			// space was lost at the end of the line before keeps the padding space before it instead.
			const from = glue && !lastGlued[c] && lostSpaceBefore(text, last[c]!, content, cuts[c + 1] - cuts[c] - 3) ? piece.start : content.start;
			cellSegs.push(glue ? { start: from, end: piece.end, glue: true } : piece);
			last[c] = content;
			lastGlued[c] = glue;
		}
		j++;
	}
	if (rows.length === 0 && !header) return 0;
	const table: Table = { kind: 'table', format: 'grid', header, rows, range: { start: lines.start(i) + indent, end: lines.end(j - 1) } };
	out.push(table);
	return j;
}

/**
 * Simple and multiline tables, delimited by dash lines. `headerSegs` are the header lines when the dash line at
 * `i` follows text; otherwise the table starts with a dash line at `i`: dash groups (a headerless table, which
 * pandoc reads only when a closing dash line ends it), or one long run (a multiline table's top, or the top of a
 * one-column table). Returns 0 when it is not a table. A `:::` line ends the table: pandoc closes divs tight.
 */
export function dashTable(ctx: BlockContext, lines: LineList, i: number, depth: number, out: Block[], headerSegs: Segment[] | undefined): number {
	const text = ctx.text;
	const lineAt = (k: number): string => text.slice(lines.start(k), lines.end(k));
	let dashIndex = i;
	let startOffset = headerSegs ? headerSegs[0].start : lines.start(i);
	let multiline = false;
	if (!headerSegs && !DASH_GROUPS_RE.test(lineAt(i))) {
		// One long dash run: a multiline table's header lines then a dash-group line, or a one-column table.
		let k = i + 1;
		while (k < lines.length && k <= i + MAX_MULTILINE_HEADER_LINES && !isBlankAt(text, lines.start(k), lines.end(k)) && !DASH_LINE_RE.test(lineAt(k))) k++;
		if (k >= lines.length || !DASH_GROUPS_RE.test(lineAt(k))) return oneColumnTable(ctx, lines, i, depth, out);
		headerSegs = lines.segments(i + 1, k);
		dashIndex = k;
		multiline = true;
		startOffset = lines.start(i);
	}
	const headerless = !headerSegs;
	// Pandoc reads a headerless table only when a dash line closes it: `- - - -` over text is a rule.
	if (headerless && !closedBelow(text, lines, dashIndex + 1)) return 0;
	const groups = dashGroups(lineAt(dashIndex));
	if (groups.length === 0) return 0;
	// Column bounds as `from`/`to`, never `start`/`end`: an Infinity stored in a `{ start, end }` object makes V8 box
	// both fields of every range in the process as heap numbers (32 more bytes a range, 15% of a prose model).
	const bounds = groups.map((g, k) => ({ from: k === 0 ? 0 : g.start, to: k + 1 < groups.length ? groups[k + 1].start : -1 }));
	const cellsOf = (segs: Segment[]): TableCell[] => bounds.map((b) => cell(ctx, segs.map((s) => ({ start: Math.min(s.end, s.start + b.from), end: b.to < 0 ? s.end : Math.min(s.end, s.start + b.to) })), depth));
	const header = headerSegs && headerSegs.length > 0 ? { range: { start: headerSegs[0].start, end: headerSegs[headerSegs.length - 1].end }, cells: cellsOf(headerSegs) } : undefined;
	const rows: TableRow[] = [];
	let j = dashIndex + 1;
	let row: Segment[] = [];
	// A simple table's row is one line, unless a cell leaves an attribute value open at its end (see `cellsLeftOpen`).
	let scans: AttributeScan[] = [];
	const flush = (): void => {
		if (row.length > 0) rows.push({ range: { start: row[0].start, end: row[row.length - 1].end }, cells: cellsOf(row) });
		row = [];
		scans = [];
	};
	let end = lines.end(dashIndex);
	while (j < lines.length) {
		const l = lineAt(j);
		if (DASH_LINE_RE.test(l) && l.trim().length >= 3) {
			// Closing dash line.
			flush();
			end = lines.end(j);
			j++;
			break;
		}
		if (isFenceLineAt(text, lines.start(j), lines.end(j))) break;
		if (isBlankAt(text, lines.start(j), lines.end(j))) {
			flush();
			if (!multiline && !headerless) break;
			if (j + 1 >= lines.length || isBlankAt(text, lines.start(j + 1), lines.end(j + 1))) break;
			j++;
			continue;
		}
		row.push(lines.seg(j));
		if (!multiline && !cellsLeftOpen(text, lines.seg(j), bounds, scans, row.length)) flush();
		end = lines.end(j);
		j++;
	}
	flush();
	if (rows.length === 0 && !header) return 0;
	const table: Table = { kind: 'table', format: multiline ? 'multiline' : 'simple', header, rows, range: { start: startOffset, end } };
	out.push(table);
	return j;
}

/**
 * Whether a simple table's row goes on to the next line: some cell of `seg` (column `bounds`, scanned on from
 * `scans`) ends inside an attribute block. Pandoc writes an HTML attribute's line breaks into the quoted value, so
 * an image whose `srcset` spans lines (`![logo](a.png){srcset="` + `a.png 180w,` + `a.png 360w" width="180"}`)
 * takes several lines of its row; read line by line, the image is cut open and its URL lines become cell text
 * (1,138 words of logo URLs on one tuning product page). Bounded by MAX_OPEN_VALUE_LINES lines a row.
 */
function cellsLeftOpen(text: string, seg: Segment, bounds: { from: number; to: number }[], scans: AttributeScan[], rowLines: number): boolean {
	let open = false;
	bounds.forEach((b, k) => {
		const scan = (scans[k] ??= newAttributeScan());
		const start = Math.min(seg.end, seg.start + b.from);
		scanAttributes(scan, text, start, b.to < 0 ? seg.end : Math.min(seg.end, seg.start + b.to), false);
		if (scan.state !== 'text') open = true;
	});
	return open && rowLines < MAX_OPEN_VALUE_LINES;
}

/** Whether a dash line comes from line `j` on before a fence, a double blank line or the end. */
function closedBelow(text: string, lines: LineList, j: number): boolean {
	for (; j < lines.length; j++) {
		const s = lines.seg(j);
		if (isBlankAt(text, s.start, s.end)) {
			if (j + 1 >= lines.length || isBlankAt(text, lines.start(j + 1), lines.end(j + 1))) return false;
			continue;
		}
		if (isFenceLineAt(text, s.start, s.end)) return false;
		const l = text.slice(s.start, s.end);
		if (DASH_LINE_RE.test(l) && l.trim().length >= 3) return true;
	}
	return false;
}

/**
 * A one-column table: a dash run, text lines right under it, and a closing dash run. Pandoc writes a table of one
 * column so; its rows are lines, or groups of lines between blank lines (then it is a multiline table). Returns 0
 * when there is no text right under the top line or nothing closes it before a double blank line or a fence.
 */
function oneColumnTable(ctx: BlockContext, lines: LineList, i: number, depth: number, out: Block[]): number {
	const text = ctx.text;
	const isBlank = (k: number): boolean => isBlankAt(text, lines.start(k), lines.end(k));
	if (i + 1 >= lines.length || isBlank(i + 1)) return 0;
	const groups: Segment[][] = [[]];
	let j = i + 1;
	let multiline = false;
	for (; j < lines.length; j++) {
		const s = lines.seg(j);
		if (isBlank(j)) {
			if (j + 1 >= lines.length || isBlank(j + 1)) return 0;
			multiline = true;
			groups.push([]);
			continue;
		}
		if (isFenceLineAt(text, s.start, s.end)) return 0;
		if (DASH_LINE_RE.test(text.slice(s.start, s.end))) break;
		groups[groups.length - 1].push(s);
	}
	if (j >= lines.length) return 0;
	const rowsOf = multiline ? groups : groups[0].map((s) => [s]);
	const rows: TableRow[] = rowsOf.filter((g) => g.length > 0).map((g) => ({ range: { start: g[0].start, end: g[g.length - 1].end }, cells: [cell(ctx, g, depth)] }));
	const table: Table = { kind: 'table', format: multiline ? 'multiline' : 'simple', rows, range: { start: lines.start(i), end: lines.end(j) } };
	out.push(table);
	return j + 1;
}

/** A pipe separator's first character past white space is `|`, `:` or `-`: a cheap test before scanning for `|`. */
function mayBePipeSeparator(text: string, seg: Segment): boolean {
	let k = seg.start;
	while (k < seg.end && isJsSpace(text.charCodeAt(k))) k++;
	const c = k < seg.end ? text.charCodeAt(k) : NaN;
	return c === 0x7c || c === 0x3a || c === 0x2d;
}

function isPipeSeparator(line: string): boolean {
	return /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/.test(line) && line.includes('-') && line.includes('|');
}

function dashGroups(line: string): { start: number; end: number }[] {
	const groups: { start: number; end: number }[] = [];
	const re = /-+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(line)) !== null) groups.push({ start: m.index, end: m.index + m[0].length });
	return groups;
}

function allPipes(line: string): number[] {
	const cuts: number[] = [];
	for (let k = 0; k < line.length; k++) if (line[k] === '|') cuts.push(k);
	return cuts;
}

function trimSegment(text: string, s: Segment): Segment {
	let a = s.start;
	let b = s.end;
	while (a < b && isJsSpace(text.charCodeAt(a))) a++;
	while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
	return { start: a, end: b };
}

/** `dedent` for a cell with continuing pieces: the indentation is the lines' (their first pieces'); a piece keeps its own. */
function dedentPieces(text: string, segs: Segment[]): Segment[] {
	const heads: Segment[] = [];
	const at: number[] = [];
	segs.forEach((s, k) => {
		if (!s.glue) {
			heads.push(s);
			at.push(k);
		}
	});
	const out = segs.slice();
	dedent(text, heads).forEach((s, k) => (out[at[k]] = s));
	return out;
}

/** Removes the indentation common to all non-blank segments (cells of grid tables are padded). */
function dedent(text: string, segs: Segment[]): Segment[] {
	let common = Infinity;
	for (const s of segs) {
		if (s.end <= s.start) continue;
		let k = 0;
		while (s.start + k < s.end && text.charCodeAt(s.start + k) === 0x20) k++;
		if (s.start + k < s.end) common = Math.min(common, k);
	}
	if (!Number.isFinite(common) || common === 0) return segs;
	return segs.map((s) => (s.end - s.start >= common ? { start: s.start + common, end: s.end, glue: s.glue } : { start: s.end, end: s.end }));
}

/** A word of letters ending in a lowercase one, after a space, an opening bracket or quote, or `#`: a whole word. */
const WORD_END_RE = /(?:^|[\s(["'#*_])\p{L}*\p{Ll}$/u;
/** A capitalised word: a new word rather than the rest of one. */
const WORD_START_RE = /^\p{Lu}/u;

/**
 * Whether the space between a cut line's first piece `prev` and the next `piece` was lost: DocLayout cuts from the
 * line's end, so the first piece is the short remainder, and when the cut falls after a space that space ends the
 * remainder, where the cell's padding hides it (`# [How ` + `AI Can Cut …` read back as "HowAI"). Assumed when the
 * remainder ends in a whole lowercase word and the piece starts with a capital: a cut inside a word of prose almost
 * never puts a capital after a lowercase letter, and URL, base64 and attribute pieces do not end in a whole word.
 */
function lostSpaceBefore(text: string, prev: Segment, piece: Segment, width: number): boolean {
	const a = text.slice(prev.start, prev.end).trimEnd();
	// Not in a fence line or an open attribute block: class names and values are cut mid-word (`::: author` + `Name__c`).
	if (a.length >= width || a.trimStart().startsWith(':::') || a.lastIndexOf('{') > a.lastIndexOf('}')) return false;
	return WORD_END_RE.test(a) && WORD_START_RE.test(text.slice(piece.start, piece.start + 1));
}

/** A bare fence line, or one ending in a hard break: a line pandoc ended itself, so the next one is not its piece. */
const ENDED_LINE_RE = /^(?::{3,}|.*\\)$/;
/** A whole fence line (a class word, or attributes closed on it): a line followed by prose is not cut. */
const FENCE_LINE_RE = /^:{3,}\s*(?:[^\s{}]+|\{.*\})\s*:*$/;
/** A list marker and its space, or a fence: what starts a line of its own in a cell (a tight list, a div). */
const LINE_START_RE = /^(?:[-*+]|\d{1,9}[.)])\s|^:::/;
/** A line whose spaces pandoc writes unbreakable: a fence line, a heading, or one inside attributes or quotes. */
const UNBREAKABLE_SPACES_RE = /^(?::{2,}|#{1,6}\s)|[{"']/;

/**
 * Whether a grid cell's line `piece` (its content, from the content column, `width` wide) continues the cell's line
 * before it. Pandoc renders a cell at the column's width, breaking lines at spaces; a line it cannot break (one
 * token longer than the column: a URL, an attribute block, a heading) is then cut from its end into pieces of exactly
 * the width (DocLayout's `chop`), so every piece after the first fills the column. Read back: a line that fills the
 * column continues the one before when
 * - it has no space (a piece of a URL or a long word), or
 * - the line before is short and the first word of this one would have fitted on it (pandoc would have put it there,
 *   so the break is a cut, not a wrap: `::: {style="displa` + `y: table-cell; …"}`), or
 * - the line before fills the column too and is itself a piece, or has no space.
 * The line before must be able to start a cut line: no breakable space (a prose line is a wrapped line), not a bare
 * fence or a hard break unless this piece opens with the cut space or the fence's attributes (`:::` + ` dynamic-`,
 * `:::` + `{style="wid`), and this one must not start a list item or a fence nor follow a whole fence line unless
 * it has no space.
 */
function continuesPiece(text: string, prev: Segment | undefined, prevGlued: boolean, piece: Segment, width: number): boolean {
	if (!prev || width < 2 || piece.end - piece.start < width || text.charCodeAt(piece.start + width - 1) === 0x20) return false;
	const b = text.slice(piece.start, piece.start + width);
	const a = text.slice(prev.start, prev.end).trimEnd();
	const aBody = a.trim();
	if (aBody.length === 0 || b.trim().length === 0) return false;
	if (ENDED_LINE_RE.test(aBody) && b.charCodeAt(0) !== 0x20 && !(aBody.charCodeAt(0) === 0x3a && b.charCodeAt(0) === 0x7b)) return false;
	if (!prevGlued && aBody.includes(' ') && !UNBREAKABLE_SPACES_RE.test(aBody)) return false;
	if (!b.trim().includes(' ')) return true;
	if (LINE_START_RE.test(b) || FENCE_LINE_RE.test(aBody)) return false;
	if (a.length < width) {
		const firstWord = b.charCodeAt(0) === 0x20 ? 0 : b.indexOf(' ');
		return a.length + 1 + firstWord <= width;
	}
	return prevGlued || !aBody.includes(' ');
}
