// Definition lists as pandoc writes them: a term on one line (or lines joined by hard breaks), then `:   definition` (indented continuation lines).
import type { Block, List, ListItem, SourceRange } from '../model/dumpDocument';
import type { BlockContext } from './blockContext';
import { startsBlockAt } from './blockStarts';
import { isBlankAt, isJsSpace, skipSpaces } from './chars';
import { definitionMarkerAt, listMarkerAt } from './listMarkers';
import type { LineList } from './lineList';
import type { Segment } from './parseInlines';
import { pushAll } from '../model/pushAll';

/**
 * A term's lines at most. Pandoc's writer prints a `<dt>` that holds a line break (Asciidoctor's option lists: `-m <msg>`
 * and `--message=<msg>` on lines of their own) as term lines ending in a hard break (`\`). Its reader does not read
 * them back (2.17, which made the dumps, and 3.9 alike: a term is one line, so it gives a paragraph and a ": ..."
 * paragraph with the definition's `::: paragraph` fences as text); we read them as the writer meant, one term. The
 * bound keeps the test at a paragraph's every line cheap.
 */
export const MAX_TERM_LINES = 8;

/** Whether a line ends in a hard line break: an odd run of backslashes at its end. */
function endsInHardBreak(text: string, start: number, end: number): boolean {
	let b = end;
	while (b > start && text.charCodeAt(b - 1) === 0x5c) b--;
	return (end - b) % 2 === 1;
}

/** The last line of the term that starts on line `i`: the next line too while a line ends in a hard break. */
function termLast(text: string, lines: LineList, i: number): number {
	let k = i;
	while (k - i < MAX_TERM_LINES - 1 && k + 1 < lines.length && endsInHardBreak(text, lines.start(k), lines.end(k)) && !isBlankAt(text, lines.start(k + 1), lines.end(k + 1)) && isTermLine(text, lines.seg(k + 1))) k++;
	return k;
}

/** Whether line `i` (a plain line of text) is a term: a definition marker follows it, right under it or after one blank line. */
export function startsDefinitionList(text: string, lines: LineList, i: number): boolean {
	let k = termLast(text, lines, i) + 1;
	if (k < lines.length && isBlankAt(text, lines.start(k), lines.end(k))) k++;
	return k < lines.length && definitionMarkerAt(text, lines.start(k), lines.end(k)) >= 0;
}

/**
 * Reads the definition list whose first term is line `i` into `out` as a `List` with `definition` set: each item
 * holds the term's paragraph, then the blocks of each of its definitions. Returns the next line, or 0.
 */
export function definitionList(ctx: BlockContext, lines: LineList, i: number, depth: number, out: Block[]): number {
	const text = ctx.text;
	const items: ListItem[] = [];
	let j = i;
	while (j < lines.length) {
		const last = termLast(text, lines, j);
		const termSegs: Segment[] = [];
		for (let t = j; t <= last; t++) termSegs.push(trimmed(text, lines.seg(t)));
		const termSeg = { start: termSegs[0].start, end: termSegs[termSegs.length - 1].end };
		const children: Block[] = [ctx.paragraph(termSegs)];
		let k = last + 1;
		if (isBlankAt(text, lines.start(k), lines.end(k))) k++;
		let markerRange: SourceRange | undefined;
		let end = termSeg.end;
		while (k < lines.length) {
			const def = definitionAt(ctx, lines, k, depth);
			if (!def) break;
			markerRange ??= def.markerRange;
			pushAll(children, def.blocks);
			end = def.end;
			k = def.next;
		}
		if (!markerRange) break;
		items.push({ range: { start: termSeg.start, end }, markerRange, children });
		j = k;
		// Another term may follow after blank lines.
		let n = j;
		while (n < lines.length && isBlankAt(text, lines.start(n), lines.end(n))) n++;
		if (n >= lines.length || !isTermLine(text, lines.seg(n)) || !startsDefinitionList(text, lines, n)) break;
		j = n;
	}
	if (items.length === 0) return 0;
	const list: List = { kind: 'list', ordered: false, start: 1, definition: true, items, range: { start: items[0].range.start, end: items[items.length - 1].range.end } };
	out.push(list);
	return j;
}

/** The definition opened by the marker on line `k`: its blocks, where it ends, and the line after it (blank lines between definitions skipped). */
function definitionAt(ctx: BlockContext, lines: LineList, k: number, depth: number): { blocks: Block[]; markerRange: SourceRange; end: number; next: number } | undefined {
	const text = ctx.text;
	const s = lines.seg(k);
	const col = definitionMarkerAt(text, s.start, s.end);
	if (col < 0) return undefined;
	const marker = skipSpaces(text, s.start, s.end);
	const first = skipSpaces(text, marker + 1, s.end);
	const inner: Segment[] = [{ start: first, end: s.end }];
	let lastWasText = first < s.end;
	let sawBlank = false;
	let m = k + 1;
	while (m < lines.length) {
		const t = lines.seg(m);
		const q = skipSpaces(text, t.start, t.end);
		if (q >= t.end) {
			inner.push({ start: t.end, end: t.end });
			sawBlank = true;
			lastWasText = false;
			m++;
			continue;
		}
		if (q - t.start >= col) {
			inner.push({ start: t.start + col, end: t.end });
			lastWasText = true;
			sawBlank = false;
			m++;
			continue;
		}
		// Lazy continuation: an unindented line right after definition text that starts nothing new.
		if (!sawBlank && lastWasText && definitionMarkerAt(text, t.start, t.end) < 0 && !listMarkerAt(text, t.start, t.end, q - t.start) && !startsBlockAt(text, t.start, t.end)) {
			inner.push({ start: q, end: t.end });
			m++;
			continue;
		}
		break;
	}
	let last = inner.length;
	while (last > 1 && inner[last - 1].end === inner[last - 1].start) last--;
	const body = inner.slice(0, last);
	const end = Math.max(body[body.length - 1].end, marker + 1);
	const blocks = ctx.nested(body, depth, { start: marker, end }, true);
	return { blocks, markerRange: { start: marker, end: marker + 1 }, end, next: m };
}

/** A line that can be a further term: text that starts no block, list item or definition of its own. */
function isTermLine(text: string, s: Segment): boolean {
	const q = skipSpaces(text, s.start, s.end);
	return q - s.start < 4 && definitionMarkerAt(text, s.start, s.end) < 0 && !listMarkerAt(text, s.start, s.end, q - s.start) && !startsBlockAt(text, s.start, s.end);
}

function trimmed(text: string, s: Segment): Segment {
	let a = s.start;
	let b = s.end;
	while (a < b && isJsSpace(text.charCodeAt(a))) a++;
	while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
	return { start: a, end: b };
}
