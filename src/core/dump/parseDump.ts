// The page-dump parser: text -> DumpDocument. Line-based block scan with exact ranges; never throws; linear time.
import type { Attributes, Block, CodeBlock, DumpDocument, Inline, LinkDefinition, List, ListItem, Paragraph, ParseProblem, SourceRange } from '../model/dumpDocument';
import { ImageNode, LinkNode } from '../model/linkNodes';
import { ListItemNode } from '../model/listItemNode';
import { classAttributes, htmlDivAttributes, parseAttributes } from './attributes';
import type { AttributeParts } from '../model/linkNodes';
import { HeadingNode, ParagraphNode, headingNode } from '../model/blockNodes';
import { FencedDivNode, HtmlDivNode } from '../model/divNodes';
import { AttributesNode } from '../model/attributesNode';
import type { BlockContext } from './blockContext';
import { isThematicBreakAt, startsBlockAt } from './blockStarts';
import { isBlankAt, isJsBlankAt, isJsSpace, skipSpaces } from './chars';
import { definitionList, startsDefinitionList } from './definitionLists';
import { splitLines, SegmentLines, type LineList } from './lineList';
import { listMarkerAt, type ListMarker } from './listMarkers';
import { lineClosingBlock, newAttributeScan, scanAttributes, type AttributeScan } from './openAttributes';
import { countBlocks, nodeBudget, tooComplexDocument, tooManyNuls, tooMuchMarkup } from './complexity';
import { InlineBudgetSpent, normalizeLabel, type InlineBudget, type Segment } from './parseInlines';
import { PendingInlines } from './pendingInlines';
import { dashTable, gridTable, isDashGroupLine, isGridBorderStart, isPipeTableStart, pipeTable } from './tables';

/**
 * An ATX heading line that carries pandoc's attribute block (`### Title {#title .card-title}`). Only pandoc's writer
 * puts such a block there, so the line is a heading even right under a paragraph's line (the writer separates a
 * plain block from the next one by a single line break); a `#` line without it stays the paragraph's text. Read as text,
 * the heading's id and classes were extracted as words (`.Typography_root__487rx`). Tuning part of wcxb-dev (word F1):
 * an events listing 0.23 → 0.35, a film chart 0.48 → 0.56, a category page 0.50 → 0.68, a service page 0.73 → 0.74;
 * one shop page 0.85 → 0.69 (its related products, now headed, change the container the pipeline picks).
 */
const ATTRIBUTED_HEADING_RE = /^#{1,6}[ \t]+[^\n{]*[^\s{][ \t]+\{[#.][^\s{}]/;

/**
 * Deepest nesting of fenced and HTML divs kept as a tree. Deeper fences are still matched (so closing fences pair up)
 * but their content joins the deepest kept div. Browsers cap the DOM similarly (Blink at 512), and it keeps every
 * consumer's recursion safe on hostile input.
 */
export const MAX_DIV_DEPTH = 512;
/** Deepest nesting of lists and block quotes; deeper content is kept as paragraphs. */
export const MAX_CONTAINER_DEPTH = 48;
/** Lines a wrapped fence attribute block may span (`::: {.a .b` ... `.c}`). */
const MAX_FENCE_ATTRIBUTE_LINES = 20;
/** A line of URL-encoded HTML this long, starting with `%3C`, is the original article HTML some sites leave behind. */
const MIN_ENCODED_HTML_LENGTH = 200;

/**
 * Parses a page dump. Never throws: recovers from broken structure and reports it in `problems`. A dump with more
 * nodes than its size allows (`complexity.ts`) is refused: no blocks and one `too-complex` problem.
 */
export function parseDump(text: string, options: ParseOptions = {}): DumpDocument {
	const guard = options.guard !== false;
	if (guard && tooManyNuls(text)) return tooComplexDocument(text, 'nul');
	if (guard && tooMuchMarkup(text)) return tooComplexDocument(text, 'markup');
	const parser = new BlockParser(text);
	const blocks = parser.parseAll(guard ? nodeBudget(text.length) : Infinity);
	if (!blocks) return tooComplexDocument(text, 'nodes');
	// The top-level list cut to its length: grown by `push`, it keeps up to half its room empty for the whole run
	// ('headings named like the preview': 120,001 blocks in 171,720 slots, 0.45 MB).
	return { text, blocks: blocks.slice(), problems: parser.problems, definitions: parser.definitions };
}

export interface ParseOptions {
	/**
	 * `false` parses whatever the complexity: for the pathological tests, which check that the parser itself stays
	 * linear on shapes the guard refuses. The product always parses with the guard.
	 */
	readonly guard?: boolean;
}

interface OpenDiv {
	readonly node: FencedDivNode | HtmlDivNode;
	readonly children: Block[];
}

/** The content of a paragraph or heading until its inlines are parsed (never read: replaced before `parseDump` returns). */
const NO_INLINES: Inline[] = [];

/** Searches over one `lines` array that found nothing: from which line, and for which fence length. */
interface FenceScanCache {
	readonly lines: LineList;
	noBacktickFrom?: { readonly from: number; readonly len: number };
	noTildeFrom?: { readonly from: number; readonly len: number };
	bareFence?: { readonly from: number; readonly at: number };
}

class BlockParser implements BlockContext {
	readonly problems: ParseProblem[] = [];
	readonly definitions: Map<string, LinkDefinition>;
	readonly #text: string;
	/** Paragraph-like blocks whose inlines are parsed after all link definitions are known. */
	readonly #pendingInlines = new PendingInlines();
	/** What the code fence searches learned about the `lines` array being parsed. */
	#fenceScan: FenceScanCache | undefined;
	/**
	 * Blocks the block pass may still make (the document's node budget): counted as they are made, so a dump of tiny
	 * blocks (table cells, CR-separated sections) is refused before the blocks fill memory, not after.
	 */
	#blocksLeft = Infinity;

	/** Inline nodes made by the parsers of pieced cells (`nestedPieces`), counted against the document's budget. */
	#pieceInlines = 0;

	constructor(text: string, definitions = new Map<string, LinkDefinition>()) {
		this.#text = text;
		this.definitions = definitions;
	}

	get text(): string {
		return this.#text;
	}

	nested(lines: readonly Segment[], depth: number, range: SourceRange, inItem: boolean): Block[] {
		return depth >= MAX_CONTAINER_DEPTH ? this.#tooDeep(lines, range) : this.parseBlocks(new SegmentLines(lines), depth + 1, inItem);
	}

	nestedPieces(pieces: readonly Segment[], depth: number, range: SourceRange): Block[] {
		if (depth >= MAX_CONTAINER_DEPTH) return this.#tooDeep(pieces, range);
		// The cell's lines as pandoc rendered them before cutting them to the column: a text of its own.
		const local: number[] = [];
		const parts: string[] = [];
		let at = 0;
		for (let k = 0; k < pieces.length; k++) {
			if (k > 0 && !pieces[k].glue) {
				parts.push('\n');
				at++;
			}
			local.push(at);
			parts.push(this.#text.slice(pieces[k].start, pieces[k].end));
			at += pieces[k].end - pieces[k].start;
		}
		const source = parts.join('');
		const child = new BlockParser(source, this.definitions);
		child.#blocksLeft = this.#blocksLeft;
		let blocks: Block[];
		try {
			blocks = child.parseBlocks(splitLines(source), depth + 1);
		} catch (e) {
			if (e instanceof BlockBudgetSpent) throw new BlockBudgetSpent();
			throw e;
		}
		this.#blocksLeft = child.#blocksLeft;
		const budget: InlineBudget = { left: this.#blocksLeft };
		try {
			child.#pendingInlines.parseAll(source, this.definitions, budget);
		} catch (e) {
			if (e instanceof InlineBudgetSpent) throw new BlockBudgetSpent();
			throw e;
		}
		const made = this.#blocksLeft - budget.left;
		this.#blocksLeft -= made;
		this.#pieceInlines += made + child.#pieceInlines;
		// Offsets in `source` back to the dump: into the piece holding them (a joining newline maps to its piece's end).
		const toDump = (o: number): number => {
			let lo = 0;
			let hi = local.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if (local[mid] <= o) lo = mid;
				else hi = mid - 1;
			}
			return Math.min(pieces[lo].start + (o - local[lo]), pieces[lo].end);
		};
		const mapRange = (r: SourceRange): SourceRange => (r.end > r.start ? { start: toDump(r.start), end: toDump(r.end - 1) + 1 } : { start: toDump(r.start), end: toDump(r.start) });
		remapRanges(blocks, mapRange);
		for (const problem of child.problems) this.problems.push({ ...problem, range: mapRange(problem.range) });
		return blocks;
	}

	paragraph(segs: readonly Segment[]): Paragraph {
		this.#spendBlock();
		const node = new ParagraphNode(NO_INLINES, segs[0].start, segs[segs.length - 1].end);
		this.#pendingInlines.add(node, segs);
		return node;
	}

	/** The blocks with their inlines, or undefined when the dump has more nodes than its budget. */
	parseAll(limit: number): Block[] | undefined {
		this.#blocksLeft = limit;
		let blocks: Block[];
		try {
			blocks = this.parseBlocks(splitLines(this.#text), 0);
		} catch (e) {
			if (e instanceof BlockBudgetSpent) return undefined;
			throw e;
		}
		// The exact count: the one above may count a block a rule made and then dropped, never one too few.
		const budget: InlineBudget = { left: limit - countBlocks(blocks, limit) - this.#pieceInlines };
		if (budget.left < 0) return undefined;
		try {
			this.#pendingInlines.parseAll(this.#text, this.definitions, budget);
		} catch (e) {
			if (e instanceof InlineBudgetSpent) return undefined;
			throw e;
		}
		return blocks;
	}

	/** Counts one block made by the block pass; throws `BlockBudgetSpent` past the budget. */
	#spendBlock(): void {
		if (--this.#blocksLeft < 0) throw new BlockBudgetSpent();
	}

	#line(seg: Segment): string {
		return this.#text.slice(seg.start, seg.end);
	}

	/** Parses a sequence of line segments (a container's content, prefixes stripped) into blocks. */
	parseBlocks(lines: LineList, depth: number, inItem = false): Block[] {
		const root: Block[] = [];
		const stack: OpenDiv[] = [];
		let openFenced = 0;
		let openHtml = 0;
		/** Fences opened beyond MAX_DIV_DEPTH: matched by count only. */
		let overflowFences = 0;
		// Where blocks go: the innermost open div's children, or the root. Kept in a variable rather than closures,
		// since this function runs once per list item and table cell and closures showed in allocation profiles.
		let out = root;
		const text = this.#text;
		const n = lines.length;
		let i = 0;
		// Hot loop: every line of every container passes here, so tests are char codes on the text, not slices.
		while (i < n) {
			const seg = lines.seg(i);
			const p = skipSpaces(text, seg.start, seg.end);
			if (p >= seg.end) {
				i++;
				continue;
			}
			const indent = p - seg.start;
			const first = text.charCodeAt(p);

			// Fenced div open or close: `:::` (3+ colons).
			if (first === 0x3a /* : */ && indent < 4 && p + 3 <= seg.end && text.charCodeAt(p + 1) === 0x3a && text.charCodeAt(p + 2) === 0x3a) {
				const fence = this.#fenceLine(lines, i, indent);
				if (fence.kind === 'close') {
					const range = { start: seg.start + indent, end: seg.end };
					if (overflowFences > 0) overflowFences--;
					else if (openFenced > 0) {
						while (stack[stack.length - 1].node.kind !== 'div') {
							this.#closeDiv(stack.pop()!, undefined);
							openHtml--;
						}
						this.#closeDiv(stack.pop()!, range);
						openFenced--;
						out = stack.length > 0 ? stack[stack.length - 1].children : root;
					} else {
						this.problems.push({ kind: 'stray-fence', message: 'Closing fence `:::` with no open fenced div.', range });
					}
					i++;
					continue;
				}
				if (fence.kind === 'open') {
					const openRange = { start: seg.start + indent, end: fence.end };
					if (stack.length >= MAX_DIV_DEPTH) {
						overflowFences++;
						if (overflowFences === 1) this.problems.push({ kind: 'too-deep', message: `Fenced divs nest deeper than ${MAX_DIV_DEPTH} levels; deeper levels are flattened.`, range: openRange });
					} else {
						this.#spendBlock();
						const node = new FencedDivNode(fence.attrs, openRange, [], fence.parts);
						out.push(node);
						stack.push({ node, children: node.children });
						out = node.children;
						openFenced++;
					}
					i = fence.nextLine;
					continue;
				}
				// Not a fence after all (e.g. `:::` inside prose): fall through to a paragraph.
			}

			// Raw <div ...> and </div> lines pandoc leaves around attribute-less divs.
			if (first === 0x3c /* < */ && indent < 4) {
				const trimmed = text.slice(p, seg.end).trimEnd();
				if (trimmed.length < 2000 && /^<div(\s[^<>]*)?>$/i.test(trimmed)) {
					this.#spendBlock();
					const openRange = { start: seg.start + indent, end: seg.start + indent + trimmed.length };
					if (stack.length >= MAX_DIV_DEPTH) {
						out.push({ kind: 'rawHtml', html: trimmed, range: openRange });
					} else {
						const tag = htmlDivAttributes(trimmed, openRange.start);
						const node = new HtmlDivNode(tag.attrs, openRange, [], tag.parts);
						out.push(node);
						stack.push({ node, children: node.children });
						out = node.children;
						openHtml++;
					}
					i++;
					continue;
				}
				if (/^<\/div\s*>$/i.test(trimmed)) {
					const range = { start: seg.start + indent, end: seg.start + indent + trimmed.length };
					if (openHtml > 0) {
						while (stack[stack.length - 1].node.kind !== 'htmlDiv') {
							this.#closeDiv(stack.pop()!, undefined);
							openFenced--;
						}
						this.#closeDiv(stack.pop()!, range);
						openHtml--;
						out = stack.length > 0 ? stack[stack.length - 1].children : root;
					} else {
						this.#spendBlock();
						this.problems.push({ kind: 'stray-html-div-close', message: '`</div>` with no open <div>.', range });
						out.push({ kind: 'rawHtml', html: trimmed, range });
					}
					i++;
					continue;
				}
			}
			// Every leaf rule makes one block here (a paragraph through `#paragraph`, not `paragraph()`); a container's
			// blocks are counted by the parseBlocks call that makes them.
			this.#spendBlock();
			i = this.#leafBlock(lines, i, indent, depth, out, stack.length > 0, inItem);
		}
		while (stack.length > 0) this.#closeDiv(stack.pop()!, undefined);
		return trimmed(root);
	}

	/** Sets a div's end: its closing line, or (unclosed, reported) the end of its last child. */
	#closeDiv(open: OpenDiv, closeRange: SourceRange | undefined): void {
		const node = open.node;
		const lastChild = open.children[open.children.length - 1];
		node.close(trimmed(open.children), closeRange, closeRange ? closeRange.end : lastChild ? lastChild.range.end : node.openEnd);
		if (!closeRange) {
			this.problems.push({
				kind: node.kind === 'div' ? 'unclosed-fence' : 'unclosed-html-div',
				message: node.kind === 'div' ? `Fenced div ${describeAttributes(node.attrs)} is never closed.` : 'HTML <div> is never closed with </div>.',
				range: node.openRange,
			});
		}
	}

	/** Classifies a `:::` line: open (with attributes, possibly wrapped over lines), close, or neither. */
	#fenceLine(lines: LineList, i: number, indent: number): { kind: 'open'; attrs: Attributes; parts?: AttributeParts; end: number; nextLine: number } | { kind: 'close' } | { kind: 'none' } {
		const seg = lines.seg(i);
		const line = this.#line(seg);
		let j = indent;
		while (line.charCodeAt(j) === 0x3a) j++;
		while (line.charCodeAt(j) === 0x20 || line.charCodeAt(j) === 0x09) j++;
		if (j >= line.length) return { kind: 'close' };
		if (line.charCodeAt(j) === 0x7b /* { */) {
			// Usually the block closes on its own line.
			const single = parseAttributes(line, j, line.length, (o) => seg.start + o);
			if (single && /^[\s:]*$/.test(line.slice(single.end))) return { kind: 'open', attrs: single.attrs, parts: single.parts, end: seg.start + single.end, nextLine: i + 1 };
			// Attributes may wrap: join up to MAX_FENCE_ATTRIBUTE_LINES following lines (segments, so table cells work too).
			const last = Math.min(lines.length - 1, i + MAX_FENCE_ATTRIBUTE_LINES);
			const { joined, starts: localStarts, lineOf: lineOfLocal, toOffset } = joinedLines(this.#text, lines, i, last);
			const parsed = parseAttributes(joined, j, joined.length, toOffset);
			if (parsed) {
				const k = lineOfLocal(parsed.end - 1);
				const rest = joined.slice(parsed.end, k + 1 < localStarts.length ? localStarts[k + 1] - 1 : joined.length);
				if (/^[\s:]*$/.test(rest)) return { kind: 'open', attrs: parsed.attrs, parts: parsed.parts, end: toOffset(parsed.end - 1) + 1, nextLine: i + k + 1 };
			}
			this.problems.push({ kind: 'unclosed-attributes', message: 'Fence attributes `{` are never closed; the fence is read as text.', range: { start: seg.start + indent, end: seg.end } });
			return { kind: 'none' };
		}
		// A bare class word is every non-space character, colons included (`::: sm:flex`, `::: ipsFlex-flex:11`), as
		// pandoc reads it (`many1Char nonspaceChar`, then any trailing `:::` after a space).
		const m = /^([^\s{}]+)\s*:*\s*$/.exec(line.slice(j));
		if (m) {
			const range = { start: seg.start + j, end: seg.start + j + m[1].length };
			const word = classAttributes(m[1], range);
			return { kind: 'open', attrs: word.attrs, parts: word.parts, end: seg.end, nextLine: i + 1 };
		}
		return { kind: 'none' };
	}

	/** Parses one leaf or container block starting at line `i`; pushes it to `out` and returns the next line. */
	#leafBlock(lines: LineList, i: number, indent: number, depth: number, out: Block[], inDiv: boolean, inItem: boolean): number {
		const seg = lines.seg(i);
		const text = this.#text;
		const p = seg.start + indent;
		const end = seg.end;
		const first = text.charCodeAt(p);

		if (indent >= 4) {
			return this.#indentedCode(lines, i, out);
		}
		// ATX heading.
		if (first === 0x23 /* # */) {
			let level = 0;
			while (p + level < end && text.charCodeAt(p + level) === 0x23) level++;
			const after = p + level < end ? text.charCodeAt(p + level) : NaN;
			if (level <= 6 && (Number.isNaN(after) || after === 0x20 || after === 0x09)) {
				// Trailing attributes whose quoted value holds a line break go on to the line that closes them.
				const scan = newAttributeScan();
				scanAttributes(scan, text, p + level, end, true);
				const last = scan.state === 'text' ? i : lineClosingBlock(scan, text, lines, i + 1, true);
				out.push(this.#atxHeading(lines, i, last < 0 ? i : last, indent, level));
				return (last < 0 ? i : last) + 1;
			}
		}
		// Code fence.
		if ((first === 0x60 || first === 0x7e) && p + 3 <= end && text.charCodeAt(p + 1) === first && text.charCodeAt(p + 2) === first) {
			const r = this.#fencedCode(lines, i, indent, out, inDiv);
			if (r > 0) return r;
		}
		// A dash line with text right under it starts a table, not a rule, when a dash line closes it: dash groups
		// (a headerless simple table) or one run (a multiline or one-column table). Pandoc's rules have a blank line under them.
		if (first === 0x2d && i + 1 < lines.length && !isBlankAt(text, lines.start(i + 1), lines.end(i + 1)) && (isDashGroupLine(text, seg) || /^-{3,} *$/.test(text.slice(p, end)))) {
			const r = dashTable(this, lines, i, depth, out, undefined);
			if (r > 0) return r;
		}
		// Thematic break: `* * *`, `---`, `___` (3+ marks, only spaces between).
		if ((first === 0x2a || first === 0x2d || first === 0x5f) && isThematicBreakAt(text, p, end)) {
			out.push({ kind: 'hr', range: { start: p, end } });
			return i + 1;
		}
		// The URL-encoded original HTML line.
		if (first === 0x25 /* % */ && end - p >= MIN_ENCODED_HTML_LENGTH && /^%3C/i.test(text.slice(p, p + 3)) && /%3E/i.test(text.slice(p, Math.min(end, p + 400)))) {
			out.push({ kind: 'encodedHtml', encoded: text.slice(p, end), range: { start: p, end } });
			return i + 1;
		}
		// Grid table.
		if (first === 0x2b /* + */ && isGridBorderStart(text, p, end)) {
			const r = gridTable(this, lines, i, indent, depth, out);
			if (r > 0) return r;
		}
		// Pipe table: a row then a separator row.
		if (i + 1 < lines.length && isPipeTableStart(text, seg, lines.seg(i + 1))) {
			return pipeTable(this, lines, i, depth, out);
		}
		// Block quote.
		if (first === 0x3e /* > */) {
			return this.#blockQuote(lines, i, depth, out);
		}
		// List.
		const marker = listMarkerAt(text, seg.start, end, indent);
		if (marker) {
			return this.#list(lines, i, depth, out, marker);
		}
		// Raw HTML block: until a blank line.
		if (first === 0x3c && /^<(\/?[a-zA-Z][a-zA-Z0-9-]*[\s/>]|\/?[a-zA-Z][a-zA-Z0-9-]*$|!--|!\[CDATA|![a-zA-Z]|\?)/.test(text.slice(p, Math.min(end, p + 40)))) {
			let j = i + 1;
			while (j < lines.length && !isBlankAt(text, lines.start(j), lines.end(j))) j++;
			out.push({ kind: 'rawHtml', html: text.slice(seg.start, lines.end(j - 1)), range: { start: p, end: lines.end(j - 1) } });
			return j;
		}
		// Link reference definition. Lines starting with `[` are mostly links: test `]:` before the expression.
		if (first === 0x5b /* [ */ && looksLikeDefinition(text, p, end)) {
			const def = /^\[([^\]]{1,999})\]:[ \t]*<?([^\s>]*)>?(?:[ \t]+["'(](.*)["')])?[ \t]*$/.exec(text.slice(p, Math.min(end, p + 3000)));
			if (def && !def[1].startsWith('^')) {
				const node: LinkDefinition = { kind: 'linkDefinition', label: def[1], href: def[2], title: def[3], range: { start: seg.start + indent, end: seg.end } };
				const key = normalizeLabel(def[1]);
				if (!this.definitions.has(key)) this.definitions.set(key, node);
				out.push(node);
				return i + 1;
			}
		}
		// Spacer: a line holding only `\` or only non-breaking spaces (other white space counts too).
		if (first === 0x5c || isJsSpace(first)) {
			let a = p;
			while (a < end && isJsSpace(text.charCodeAt(a))) a++;
			let b = end;
			while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
			if (a === b || (b - a === 1 && text.charCodeAt(a) === 0x5c)) {
				out.push({ kind: 'spacer', range: { start: p, end } });
				return i + 1;
			}
		}
		// A term with a definition under it.
		if (startsDefinitionList(text, lines, i)) {
			const r = definitionList(this, lines, i, depth, out);
			if (r > 0) return r;
		}
		return this.#paragraph(lines, i, depth, out, inItem);
	}

	/** An ATX heading on line `i`, or on lines `i..last` when its attributes hold line breaks (joined by `\n`). */
	#atxHeading(lines: LineList, i: number, last: number, indent: number, level: number): Block {
		const seg = lines.seg(i);
		// The heading's text as one string; `toOffset` maps its offsets back to the dump.
		const { joined: line, starts, lineOf, toOffset } = joinedLines(this.#text, lines, i, last);
		let contentStart = indent + level;
		while (line.charCodeAt(contentStart) === 0x20 || line.charCodeAt(contentStart) === 0x09) contentStart++;
		let contentEnd = line.length;
		while (contentEnd > contentStart && (line.charCodeAt(contentEnd - 1) === 0x20 || line.charCodeAt(contentEnd - 1) === 0x09)) contentEnd--;
		let attrs: Attributes | undefined;
		if (line.charCodeAt(contentEnd - 1) === 0x7d /* } */) {
			// Trailing attributes: try the last few ` {` positions from the right.
			let from = contentEnd;
			for (let attempt = 0; attempt < 4; attempt++) {
				const open = line.lastIndexOf('{', from - 1);
				if (open < contentStart) break;
				const parsed = parseAttributes(line, open, contentEnd, toOffset);
				if (parsed && parsed.end === contentEnd && (open === contentStart || /\s/.test(line[open - 1]))) {
					attrs = parsed.attrs;
					contentEnd = open;
					while (contentEnd > contentStart && /\s/.test(line[contentEnd - 1])) contentEnd--;
					break;
				}
				from = open;
			}
		}
		// Optional closing sequence of `#`s.
		const closing = /\s#+$/.exec(line.slice(contentStart, contentEnd));
		if (closing) {
			contentEnd -= closing[0].length;
			while (contentEnd > contentStart && /\s/.test(line[contentEnd - 1])) contentEnd--;
		}
		contentEnd = Math.max(contentStart, contentEnd);
		const contentRange = { start: toOffset(contentStart), end: contentEnd > contentStart ? toOffset(contentEnd - 1) + 1 : toOffset(contentStart) };
		// The content's segments: one a line it touches.
		const segments: Segment[] = [];
		for (let k = lineOf(contentStart); k < starts.length && starts[k] < contentEnd; k++) {
			const a = Math.max(contentStart, starts[k]);
			const b = Math.min(contentEnd, k + 1 < starts.length ? starts[k + 1] - 1 : line.length);
			segments.push({ start: lines.start(i + k) + (a - starts[k]), end: lines.start(i + k) + (b - starts[k]) });
		}
		const node = headingNode(level, NO_INLINES, contentRange, attrs, false, seg.start + indent, lines.end(last));
		this.#pendingInlines.add(node, contentEnd > contentStart ? segments : []);
		return node;
	}

	#fencedCode(lines: LineList, i: number, indent: number, out: Block[], inDiv: boolean): number {
		const seg = lines.seg(i);
		const line = this.#line(seg);
		const ch = line.charCodeAt(indent);
		let len = 0;
		while (line.charCodeAt(indent + len) === ch) len++;
		const info = line.slice(indent + len).trim();
		if (ch === 0x60 && info.includes('`')) return 0;
		const closeLine = this.#closingCodeFence(lines, i + 1, ch, len);
		const firstBareFence = closeLine < 0 && inDiv ? this.#bareFenceFrom(lines, i + 1) : -1;
		let attrs: Attributes | undefined;
		let language: string | undefined;
		let rawFormat: string | undefined;
		if (info.startsWith('{')) {
			const parsed = parseAttributes(info, 0, info.length, (o) => seg.start + line.indexOf('{', indent + len) + o);
			if (parsed) {
				attrs = parsed.attrs;
				const raw = parsed.attrs.pairs.find(([k]) => k === '=');
				if (raw) rawFormat = raw[1];
				else language = parsed.attrs.classes[0];
			}
		} else if (info.length > 0) {
			let w = 0;
			while (w < info.length && !isJsSpace(info.charCodeAt(w))) w++;
			language = info.slice(0, w);
		}
		// An unclosed fence inside a div ends at the div's closing fence rather than swallowing the page.
		const endLine = closeLine >= 0 ? closeLine : firstBareFence >= 0 ? firstBareFence - 1 : lines.length - 1;
		const text = this.#text;
		const body: string[] = [];
		for (let j = i + 1; j <= endLine && (closeLine < 0 || j < closeLine); j++) {
			const s = lines.seg(j);
			body.push(text.slice(s.start + Math.min(indent, skipSpaces(text, s.start, s.end) - s.start), s.end));
		}
		const last = endLine < lines.length ? lines.seg(endLine) : seg;
		const node: CodeBlock = { kind: 'code', fenced: true, language, rawFormat, attrs, text: body.join('\n'), closed: closeLine >= 0, range: { start: seg.start + indent, end: Math.max(seg.end, last.end) } };
		if (closeLine < 0) this.problems.push({ kind: 'unclosed-code', message: 'Code fence is never closed.', range: { start: seg.start + indent, end: seg.end } });
		out.push(node);
		return endLine + 1;
	}

	/**
	 * The line in `lines` from `from` on that closes a code fence of `len` or more `ch`, or -1. A failed search is
	 * remembered, so a dump of many unclosed fences stays linear instead of rescanning to the end for each.
	 */
	#closingCodeFence(lines: LineList, from: number, ch: number, len: number): number {
		const cache = this.#fenceCache(lines);
		const failed = ch === 0x60 ? cache.noBacktickFrom : cache.noTildeFrom;
		if (failed && failed.from <= from && failed.len <= len) return -1;
		const text = this.#text;
		for (let j = from; j < lines.length; j++) {
			const start = lines.start(j);
			const end = lines.end(j);
			const k = skipSpaces(text, start, end);
			if (k - start < 4 && k < end && text.charCodeAt(k) === ch) {
				let e = k;
				while (e < end && text.charCodeAt(e) === ch) e++;
				if (e - k >= len && isJsBlankAt(text, e, end)) return j;
			}
		}
		if (ch === 0x60) cache.noBacktickFrom = { from, len };
		else cache.noTildeFrom = { from, len };
		return -1;
	}

	/** The first line from `from` on that is a bare `:::`, or -1; remembered like `#closingCodeFence`. */
	#bareFenceFrom(lines: LineList, from: number): number {
		const cache = this.#fenceCache(lines);
		const known = cache.bareFence;
		if (known && known.from <= from && (known.at < 0 || from <= known.at)) return known.at;
		let at = -1;
		for (let j = from; j < lines.length; j++) {
			if (/^\s{0,3}:{3,}\s*$/.test(this.#text.slice(lines.start(j), lines.end(j)))) {
				at = j;
				break;
			}
		}
		cache.bareFence = { from, at };
		return at;
	}

	#fenceCache(lines: LineList): FenceScanCache {
		if (this.#fenceScan?.lines !== lines) this.#fenceScan = { lines };
		return this.#fenceScan;
	}

	#indentedCode(lines: LineList, i: number, out: Block[]): number {
		const text = this.#text;
		let j = i;
		let lastNonBlank = i;
		while (j < lines.length) {
			const s = lines.seg(j);
			const k = skipSpaces(text, s.start, s.end);
			if (k >= s.end) {
				j++;
				continue;
			}
			if (k - s.start < 4) break;
			lastNonBlank = j;
			j++;
		}
		const body: string[] = [];
		for (let k = i; k <= lastNonBlank; k++) body.push(text.slice(Math.min(lines.start(k) + 4, lines.end(k)), lines.end(k)));
		const start = skipSpaces(text, lines.start(i), lines.end(i));
		// trimEnd, not /\s+$/: the expression is quadratic on long runs of white space.
		out.push({ kind: 'code', fenced: false, text: body.join('\n').trimEnd(), closed: true, range: { start, end: lines.end(lastNonBlank) } });
		return lastNonBlank + 1;
	}

	#paragraph(lines: LineList, i: number, depth: number, out: Block[], inItem: boolean): number {
		const text = this.#text;
		const segs: Segment[] = [];
		let j = i;
		// Made at the first blank line: where the paragraph's text stands (an attribute value may hold blank lines).
		let scan: AttributeScan | undefined;
		let scanned = 0;
		while (j < lines.length) {
			const seg = lines.seg(j);
			const p = skipSpaces(text, seg.start, seg.end);
			if (p >= seg.end) {
				scan ??= newAttributeScan();
				for (; scanned < segs.length; scanned++) scanAttributes(scan, text, segs[scanned].start, segs[scanned].end, false);
				const close = lineClosingBlock(scan, text, lines, j, false);
				if (close < 0) break;
				for (let k = j; k <= close; k++) segs.push(lines.seg(k));
				scanned = segs.length;
				j = close + 1;
				continue;
			}
			if (j > i) {
				const k = p - seg.start;
				const c = text.charCodeAt(p);
				// Lines that end a paragraph without a blank line: fences and raw div lines (pandoc closes divs tight).
				if (c === 0x3a && p + 3 <= seg.end && text.startsWith(':::', p) && /^:{3,}\s*([{][^}]*|[^\s{}]+\s*:*\s*)?$/.test(text.slice(p, Math.min(seg.end, p + 200)))) break;
				if (c === 0x3c && /^<\/?div[\s>]/i.test(text.slice(p, Math.min(seg.end, p + 6)))) break;
				// Setext heading underline.
				if ((c === 0x3d || c === 0x2d) && k < 4 && /^(=+|-+)\s*$/.test(text.slice(p, seg.end))) {
					const level = c === 0x3d ? 1 : 2;
					if (j - i === 1 || c === 0x3d) {
						const contentRange = { start: segs[0].start, end: segs[segs.length - 1].end };
						const node = new HeadingNode(level, NO_INLINES, contentRange, true, segs[0].start, seg.end);
						this.#pendingInlines.add(node, segs);
						out.push(node);
						return j + 1;
					}
				}
				// A heading with its attribute block: pandoc writes a heading right under a plain line (a card's bare link)
				// without a blank line between them.
				if (c === 0x23 && k < 4 && ATTRIBUTED_HEADING_RE.test(text.slice(p, Math.min(seg.end, p + 400)))) break;
				// A list marker starts a sub-list inside a list item without a blank line (pandoc writes tight lists so).
				if (inItem && listMarkerAt(text, seg.start, seg.end, k)) break;
				// A dash-group line under text: a simple table with that text as its header.
				if (c === 0x2d && isDashGroupLine(text, seg)) {
					const r = dashTable(this, lines, j, depth, out, lines.segments(i, j));
					if (r > 0) return r;
				}
			}
			segs.push(p === seg.start ? seg : { start: p, end: seg.end, glue: seg.glue });
			j++;
		}
		const node = new ParagraphNode(NO_INLINES, segs[0].start, segs[segs.length - 1].end);
		this.#pendingInlines.add(node, segs);
		out.push(node);
		return j;
	}

	#blockQuote(lines: LineList, i: number, depth: number, out: Block[]): number {
		const text = this.#text;
		const inner: Segment[] = [];
		let j = i;
		let lastWasText = false;
		while (j < lines.length) {
			const seg = lines.seg(j);
			const k = skipSpaces(text, seg.start, seg.end);
			if (k - seg.start < 4 && k < seg.end && text.charCodeAt(k) === 0x3e) {
				let s = k + 1;
				if (s < seg.end && text.charCodeAt(s) === 0x20) s++;
				inner.push({ start: s, end: seg.end });
				lastWasText = !isBlankAt(text, s, seg.end);
				j++;
				continue;
			}
			// Lazy continuation of a quoted paragraph.
			if (lastWasText && k < seg.end && !startsBlockAt(text, seg.start, seg.end)) {
				inner.push(seg);
				j++;
				continue;
			}
			break;
		}
		const range = { start: skipSpaces(text, lines.start(i), lines.end(i)), end: lines.end(j - 1) };
		out.push({ kind: 'blockquote', children: this.nested(inner, depth, range, false), range });
		return j;
	}

	#tooDeep(segs: readonly Segment[], range: SourceRange): Block[] {
		this.problems.push({ kind: 'too-deep', message: `Lists and block quotes nest deeper than ${MAX_CONTAINER_DEPTH} levels; deeper content is kept as text.`, range });
		const nonBlank = segs.filter((s) => s.end > s.start);
		return nonBlank.length === 0 ? [] : [this.paragraph(nonBlank)];
	}

	#list(lines: LineList, i: number, depth: number, out: Block[], firstMarker: ListMarker): number {
		const text = this.#text;
		const items: ListItem[] = [];
		let j = i;
		let marker: ListMarker | undefined = firstMarker;
		while (marker && marker.style === firstMarker.style && j < lines.length) {
			const seg = lines.seg(j);
			const contentCol = marker.contentColumn;
			const contentStart = seg.start + Math.min(contentCol, seg.end - seg.start);
			const inner: Segment[] = [{ start: contentStart, end: seg.end }];
			let k = j + 1;
			let lastWasText = !isBlankAt(text, contentStart, seg.end);
			let sawBlank = false;
			while (k < lines.length) {
				const s = lines.seg(k);
				const q = skipSpaces(text, s.start, s.end);
				if (q >= s.end) {
					inner.push(s.start === s.end ? s : { start: s.end, end: s.end });
					sawBlank = true;
					lastWasText = false;
					k++;
					continue;
				}
				const ind = q - s.start;
				if (ind >= contentCol || (ind >= 4 && sawBlank)) {
					const strip = Math.min(ind, contentCol);
					inner.push({ start: s.start + strip, end: s.end });
					lastWasText = true;
					sawBlank = false;
					k++;
					continue;
				}
				// Lazy continuation: an unindented line right after item text that starts nothing new.
				if (!sawBlank && lastWasText && !listMarkerAt(text, s.start, s.end, ind) && !startsBlockAt(text, s.start, s.end)) {
					inner.push({ start: s.start + ind, end: s.end });
					k++;
					continue;
				}
				break;
			}
			// Trailing blank lines belong between items, not to the item.
			let last = inner.length;
			while (last > 1 && inner[last - 1].end === inner[last - 1].start) last--;
			const itemLines = inner.slice(0, last);
			const itemEnd = itemLines[itemLines.length - 1].end;
			const range = { start: seg.start + marker.indent, end: Math.max(itemEnd, seg.start + marker.indent + marker.width) };
			const children = this.nested(itemLines, depth, range, true);
			items.push(new ListItemNode(range.start, range.end, seg.start + marker.indent, seg.start + marker.indent + marker.width, children));
			j = k;
			if (j >= lines.length) break;
			const next = lines.seg(j);
			marker = listMarkerAt(text, next.start, next.end, skipSpaces(text, next.start, next.end) - next.start);
			if (marker && marker.style !== firstMarker.style) break;
		}
		// Give back trailing blank lines consumed by the last item.
		const lastItem = items[items.length - 1];
		const list: List = { kind: 'list', ordered: firstMarker.ordered, start: firstMarker.start, items: trimmed(items), range: { start: items[0].range.start, end: lastItem.range.end } };
		out.push(list);
		return j;
	}
}

/** Lines `from..to` joined by `\n`, where each starts in the joined string, and maps from its offsets to the line and the dump. */
function joinedLines(text: string, lines: LineList, from: number, to: number): { joined: string; starts: number[]; lineOf: (o: number) => number; toOffset: (o: number) => number } {
	const starts: number[] = [];
	const parts: string[] = [];
	let local = 0;
	for (let k = from; k <= to; k++) {
		starts.push(local);
		const part = text.slice(lines.start(k), lines.end(k));
		parts.push(part);
		local += part.length + 1;
	}
	const lineOf = (o: number): number => {
		let k = 0;
		while (k + 1 < starts.length && starts[k + 1] <= o) k++;
		return k;
	};
	const toOffset = (o: number): number => {
		const k = lineOf(o);
		return lines.start(from + k) + (o - starts[k]);
	};
	return { joined: parts.length === 1 ? parts[0] : parts.join('\n'), starts, lineOf, toOffset };
}

/** Whether a value is a source range: an object of exactly two numbers, `start` and `end`. */
function isRange(v: unknown): v is SourceRange {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
	const r = v as { start?: unknown; end?: unknown };
	return typeof r.start === 'number' && typeof r.end === 'number' && Object.keys(v).length === 2;
}

/**
 * Replaces every source range in a pieced cell's blocks (and their inlines, attributes and nested cells) by `map` of
 * it. The nodes are the child parser's own, made for this cell, so they are changed in place.
 */
function remapRanges(root: unknown, map: (r: SourceRange) => SourceRange): void {
	const stack: unknown[] = [root];
	const seen = new Set<unknown>();
	while (stack.length > 0) {
		const node = stack.pop();
		if (typeof node !== 'object' || node === null || seen.has(node)) continue;
		seen.add(node);
		if (Array.isArray(node)) {
			for (const x of node) stack.push(x);
			continue;
		}
		// Paragraphs and headings hold their offsets as numbers (model/blockNodes.ts): they move them themselves.
		if (node instanceof ParagraphNode || node instanceof HeadingNode || node instanceof FencedDivNode || node instanceof HtmlDivNode || node instanceof AttributesNode) node.remap(map);
		// Links and images hold their ranges as offsets (see linkNodes.ts), which the loop below would not see.
		if (node instanceof LinkNode || node instanceof ImageNode || node instanceof ListItemNode) node.remap(map);
		const rec = node as Record<string, unknown>;
		for (const key of Object.keys(rec)) {
			const v = rec[key];
			if (isRange(v)) rec[key] = map(v);
			else if (typeof v === 'object' && v !== null) stack.push(v);
		}
	}
}

/** Thrown when the block pass spends the document's node budget; `parseAll` catches it and refuses the dump. */
class BlockBudgetSpent extends Error {}

/** Arrays grow in steps of 16 or more: a short one is copied to its length, since dumps hold millions of them. */
const TRIM_BELOW = 16;

function trimmed<T>(items: T[]): T[] {
	return items.length < TRIM_BELOW ? items.slice() : items;
}

/**
 * Whether the line from the `[` at `p` can be a link definition: its first `]` (within a label's reach) is followed
 * by `:`. A definition's label cannot hold `]`, so this is necessary for the definition expression to match.
 */
function looksLikeDefinition(text: string, p: number, end: number): boolean {
	const limit = Math.min(end, p + 1001);
	for (let q = p + 1; q < limit; q++) {
		if (text.charCodeAt(q) === 0x5d /* ] */) return q + 1 < end && text.charCodeAt(q + 1) === 0x3a /* : */;
	}
	return false;
}

function describeAttributes(attrs: Attributes): string {
	if (attrs.id) return `#${attrs.id}`;
	if (attrs.classes.length > 0) return `.${attrs.classes[0]}`;
	return '';
}
