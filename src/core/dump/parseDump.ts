// The page-dump parser: text -> DumpDocument. Line-based block scan with exact ranges; never throws; linear time.
import type { Attributes, Block, CodeBlock, DumpDocument, FencedDiv, HtmlDiv, LinkDefinition, List, ListItem, ParseProblem, SourceRange, Table, TableCell, TableRow } from '../model/dumpDocument';
import { classAttributes, htmlTagAttributes, parseAttributes } from './attributes';
import { hasCharAt, isBlankAt, isJsBlankAt, isJsSpace, skipSpaces } from './chars';
import { normalizeLabel, parseInlines, type Segment } from './parseInlines';

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

/** Parses a page dump. Never throws: recovers from broken structure and reports it in `problems`. */
export function parseDump(text: string): DumpDocument {
	const parser = new BlockParser(text);
	const blocks = parser.parseAll();
	return { text, blocks, problems: parser.problems, definitions: parser.definitions };
}

/** Splits text into line segments (without line endings), counting \n, \r\n and \r as VS Code does. */
export function splitLines(text: string): Segment[] {
	const lines: Segment[] = [];
	let start = 0;
	const n = text.length;
	if (text.indexOf('\r') < 0) {
		// No CR at all (most dumps): let indexOf find each LF, which is much faster than a loop over char codes.
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
			lines.push({ start, end: i });
			start = i + 1;
		}
		if (start < n || lines.length === 0) lines.push({ start, end: n });
		return lines;
	}
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a) {
			lines.push({ start, end: i });
			start = i + 1;
		} else if (c === 0x0d) {
			lines.push({ start, end: i });
			if (text.charCodeAt(i + 1) === 0x0a) i++;
			start = i + 1;
		}
	}
	if (start < n || lines.length === 0) lines.push({ start, end: n });
	return lines;
}

interface OpenDiv {
	readonly node: FencedDiv | HtmlDiv;
	readonly children: Block[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Searches over one `lines` array that found nothing: from which line, and for which fence length. */
interface FenceScanCache {
	readonly lines: readonly Segment[];
	noBacktickFrom?: { readonly from: number; readonly len: number };
	noTildeFrom?: { readonly from: number; readonly len: number };
	bareFence?: { readonly from: number; readonly at: number };
}

class BlockParser {
	readonly problems: ParseProblem[] = [];
	readonly definitions = new Map<string, LinkDefinition>();
	readonly #text: string;
	/** Paragraph-like blocks whose inlines are parsed after all link definitions are known. */
	readonly #pendingInlines: { node: { content: unknown }; segments: Segment[] }[] = [];
	/** What the code fence searches learned about the `lines` array being parsed. */
	#fenceScan: FenceScanCache | undefined;

	constructor(text: string) {
		this.#text = text;
	}

	parseAll(): Block[] {
		const blocks = this.parseBlocks(splitLines(this.#text), 0);
		for (const { node, segments } of this.#pendingInlines) node.content = parseInlines(this.#text, segments, this.definitions);
		return blocks;
	}

	#line(seg: Segment): string {
		return this.#text.slice(seg.start, seg.end);
	}

	/** Parses a sequence of line segments (a container's content, prefixes stripped) into blocks. */
	parseBlocks(lines: readonly Segment[], depth: number, inItem = false): Block[] {
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
			const seg = lines[i];
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
						const node: Mutable<FencedDiv> = { kind: 'div', attrs: fence.attrs, openRange, closed: false, children: [], range: openRange };
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
					const openRange = { start: seg.start + indent, end: seg.start + indent + trimmed.length };
					if (stack.length >= MAX_DIV_DEPTH) {
						out.push({ kind: 'rawHtml', html: trimmed, range: openRange });
					} else {
						const node: Mutable<HtmlDiv> = { kind: 'htmlDiv', attrs: htmlTagAttributes(trimmed, openRange.start), openRange, closed: false, children: [], range: openRange };
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
						this.problems.push({ kind: 'stray-html-div-close', message: '`</div>` with no open <div>.', range });
						out.push({ kind: 'rawHtml', html: trimmed, range });
					}
					i++;
					continue;
				}
			}
			i = this.#leafBlock(lines, i, indent, depth, out, stack.length > 0, inItem);
		}
		while (stack.length > 0) this.#closeDiv(stack.pop()!, undefined);
		return root;
	}

	/** Sets a div's end: its closing line, or (unclosed, reported) the end of its last child. */
	#closeDiv(open: OpenDiv, closeRange: SourceRange | undefined): void {
		const node = open.node as Mutable<FencedDiv | HtmlDiv>;
		const lastChild = open.children[open.children.length - 1];
		node.closed = closeRange !== undefined;
		node.closeRange = closeRange;
		node.range = { start: node.openRange.start, end: closeRange ? closeRange.end : lastChild ? lastChild.range.end : node.openRange.end };
		if (!closeRange) {
			this.problems.push({
				kind: node.kind === 'div' ? 'unclosed-fence' : 'unclosed-html-div',
				message: node.kind === 'div' ? `Fenced div ${describeAttributes(node.attrs)} is never closed.` : 'HTML <div> is never closed with </div>.',
				range: node.openRange,
			});
		}
	}

	/** Classifies a `:::` line: open (with attributes, possibly wrapped over lines), close, or neither. */
	#fenceLine(lines: readonly Segment[], i: number, indent: number): { kind: 'open'; attrs: Attributes; end: number; nextLine: number } | { kind: 'close' } | { kind: 'none' } {
		const seg = lines[i];
		const line = this.#line(seg);
		let j = indent;
		while (line.charCodeAt(j) === 0x3a) j++;
		while (line.charCodeAt(j) === 0x20 || line.charCodeAt(j) === 0x09) j++;
		if (j >= line.length) return { kind: 'close' };
		if (line.charCodeAt(j) === 0x7b /* { */) {
			// Usually the block closes on its own line.
			const single = parseAttributes(line, j, line.length, (o) => seg.start + o);
			if (single && /^[\s:]*$/.test(line.slice(single.end))) return { kind: 'open', attrs: single.attrs, end: seg.start + single.end, nextLine: i + 1 };
			// Attributes may wrap: join up to MAX_FENCE_ATTRIBUTE_LINES following lines (segments, so table cells work too).
			const last = Math.min(lines.length - 1, i + MAX_FENCE_ATTRIBUTE_LINES);
			const localStarts: number[] = [];
			const parts: string[] = [];
			let local = 0;
			for (let k = i; k <= last; k++) {
				localStarts.push(local);
				const part = this.#line(lines[k]);
				parts.push(part);
				local += part.length + 1;
			}
			const joined = parts.join('\n');
			const lineOfLocal = (o: number): number => {
				let k = 0;
				while (k + 1 < localStarts.length && localStarts[k + 1] <= o) k++;
				return k;
			};
			const toOffset = (o: number): number => {
				const k = lineOfLocal(o);
				return lines[i + k].start + (o - localStarts[k]);
			};
			const parsed = parseAttributes(joined, j, joined.length, toOffset);
			if (parsed) {
				const k = lineOfLocal(parsed.end - 1);
				const rest = joined.slice(parsed.end, k + 1 < localStarts.length ? localStarts[k + 1] - 1 : joined.length);
				if (/^[\s:]*$/.test(rest)) return { kind: 'open', attrs: parsed.attrs, end: toOffset(parsed.end - 1) + 1, nextLine: i + k + 1 };
			}
			this.problems.push({ kind: 'unclosed-attributes', message: 'Fence attributes `{` are never closed; the fence is read as text.', range: { start: seg.start + indent, end: seg.end } });
			return { kind: 'none' };
		}
		const m = /^([^\s{}:]+)\s*:*\s*$/.exec(line.slice(j));
		if (m) {
			const range = { start: seg.start + j, end: seg.start + j + m[1].length };
			return { kind: 'open', attrs: classAttributes(m[1], range), end: seg.end, nextLine: i + 1 };
		}
		return { kind: 'none' };
	}

	/** Parses one leaf or container block starting at line `i`; pushes it to `out` and returns the next line. */
	#leafBlock(lines: readonly Segment[], i: number, indent: number, depth: number, out: Block[], inDiv: boolean, inItem: boolean): number {
		const seg = lines[i];
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
				out.push(this.#atxHeading(seg, indent, level));
				return i + 1;
			}
		}
		// Code fence.
		if ((first === 0x60 || first === 0x7e) && p + 3 <= end && text.charCodeAt(p + 1) === first && text.charCodeAt(p + 2) === first) {
			const r = this.#fencedCode(lines, i, indent, out, inDiv);
			if (r > 0) return r;
		}
		// A line of two or more dash groups starts a headerless simple table, not a rule, when a table follows.
		if (first === 0x2d && /^-+( +-+)+\s*$/.test(text.slice(p, end))) {
			const r = this.#dashTable(lines, i, depth, out, undefined);
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
		if (first === 0x2b /* + */ && /^\+[-=:]+\+/.test(text.slice(p, Math.min(end, p + 400)))) {
			const r = this.#gridTable(lines, i, indent, depth, out);
			if (r > 0) return r;
		}
		// Pipe table: a row then a separator row.
		if (i + 1 < lines.length && mayBePipeSeparator(text, lines[i + 1]) && hasCharAt(text, 0x7c /* | */, p, end) && isPipeSeparator(this.#line(lines[i + 1]))) {
			return this.#pipeTable(lines, i, depth, out);
		}
		// Headerless simple or multiline table: starts with a dash line.
		if (first === 0x2d && /^-{3,}[- ]*$/.test(text.slice(p, end).trimEnd())) {
			const r = this.#dashTable(lines, i, depth, out, undefined);
			if (r > 0) return r;
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
			while (j < lines.length && !isBlankAt(text, lines[j].start, lines[j].end)) j++;
			out.push({ kind: 'rawHtml', html: text.slice(seg.start, lines[j - 1].end), range: { start: p, end: lines[j - 1].end } });
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
		return this.#paragraph(lines, i, depth, out, inItem);
	}

	#atxHeading(seg: Segment, indent: number, level: number): Block {
		const line = this.#line(seg);
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
				const parsed = parseAttributes(line, open, contentEnd, (o) => seg.start + o);
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
		const contentRange = { start: seg.start + contentStart, end: seg.start + Math.max(contentStart, contentEnd) };
		const node = { kind: 'heading' as const, level, content: [] as unknown, contentRange, attrs, setext: false, range: { start: seg.start + indent, end: seg.end } };
		this.#pendingInlines.push({ node, segments: contentRange.end > contentRange.start ? [contentRange] : [] });
		return node as Block;
	}

	#fencedCode(lines: readonly Segment[], i: number, indent: number, out: Block[], inDiv: boolean): number {
		const seg = lines[i];
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
			const s = lines[j];
			body.push(text.slice(s.start + Math.min(indent, skipSpaces(text, s.start, s.end) - s.start), s.end));
		}
		const last = lines[endLine] ?? seg;
		const node: CodeBlock = { kind: 'code', fenced: true, language, rawFormat, attrs, text: body.join('\n'), closed: closeLine >= 0, range: { start: seg.start + indent, end: Math.max(seg.end, last.end) } };
		if (closeLine < 0) this.problems.push({ kind: 'unclosed-code', message: 'Code fence is never closed.', range: { start: seg.start + indent, end: seg.end } });
		out.push(node);
		return endLine + 1;
	}

	/**
	 * The line in `lines` from `from` on that closes a code fence of `len` or more `ch`, or -1. A failed search is
	 * remembered, so a dump of many unclosed fences stays linear instead of rescanning to the end for each.
	 */
	#closingCodeFence(lines: readonly Segment[], from: number, ch: number, len: number): number {
		const cache = this.#fenceCache(lines);
		const failed = ch === 0x60 ? cache.noBacktickFrom : cache.noTildeFrom;
		if (failed && failed.from <= from && failed.len <= len) return -1;
		const text = this.#text;
		for (let j = from; j < lines.length; j++) {
			const s = lines[j];
			const k = skipSpaces(text, s.start, s.end);
			if (k - s.start < 4 && k < s.end && text.charCodeAt(k) === ch) {
				let e = k;
				while (e < s.end && text.charCodeAt(e) === ch) e++;
				if (e - k >= len && isJsBlankAt(text, e, s.end)) return j;
			}
		}
		if (ch === 0x60) cache.noBacktickFrom = { from, len };
		else cache.noTildeFrom = { from, len };
		return -1;
	}

	/** The first line from `from` on that is a bare `:::`, or -1; remembered like `#closingCodeFence`. */
	#bareFenceFrom(lines: readonly Segment[], from: number): number {
		const cache = this.#fenceCache(lines);
		const known = cache.bareFence;
		if (known && known.from <= from && (known.at < 0 || from <= known.at)) return known.at;
		let at = -1;
		for (let j = from; j < lines.length; j++) {
			if (/^\s{0,3}:{3,}\s*$/.test(this.#line(lines[j]))) {
				at = j;
				break;
			}
		}
		cache.bareFence = { from, at };
		return at;
	}

	#fenceCache(lines: readonly Segment[]): FenceScanCache {
		if (this.#fenceScan?.lines !== lines) this.#fenceScan = { lines };
		return this.#fenceScan;
	}

	#indentedCode(lines: readonly Segment[], i: number, out: Block[]): number {
		const text = this.#text;
		let j = i;
		let lastNonBlank = i;
		while (j < lines.length) {
			const s = lines[j];
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
		for (let k = i; k <= lastNonBlank; k++) body.push(text.slice(Math.min(lines[k].start + 4, lines[k].end), lines[k].end));
		const start = skipSpaces(text, lines[i].start, lines[i].end);
		// trimEnd, not /\s+$/: the expression is quadratic on long runs of white space.
		out.push({ kind: 'code', fenced: false, text: body.join('\n').trimEnd(), closed: true, range: { start, end: lines[lastNonBlank].end } });
		return lastNonBlank + 1;
	}

	#paragraph(lines: readonly Segment[], i: number, depth: number, out: Block[], inItem: boolean): number {
		const text = this.#text;
		const segs: Segment[] = [];
		let j = i;
		while (j < lines.length) {
			const seg = lines[j];
			const p = skipSpaces(text, seg.start, seg.end);
			if (p >= seg.end) break;
			if (j > i) {
				const k = p - seg.start;
				const c = text.charCodeAt(p);
				// Lines that end a paragraph without a blank line: fences and raw div lines (pandoc closes divs tight).
				if (c === 0x3a && p + 3 <= seg.end && text.startsWith(':::', p) && /^:{3,}\s*([{][^}]*|[^\s{}:]+\s*:*\s*)?$/.test(text.slice(p, Math.min(seg.end, p + 200)))) break;
				if (c === 0x3c && /^<\/?div[\s>]/i.test(text.slice(p, Math.min(seg.end, p + 6)))) break;
				// Setext heading underline.
				if ((c === 0x3d || c === 0x2d) && k < 4 && /^(=+|-+)\s*$/.test(text.slice(p, seg.end))) {
					const level = c === 0x3d ? 1 : 2;
					if (j - i === 1 || c === 0x3d) {
						const contentRange = { start: segs[0].start, end: segs[segs.length - 1].end };
						const node = { kind: 'heading' as const, level, content: [] as unknown, contentRange, setext: true, range: { start: segs[0].start, end: seg.end } };
						this.#pendingInlines.push({ node, segments: segs });
						out.push(node as Block);
						return j + 1;
					}
				}
				// A list marker starts a sub-list inside a list item without a blank line (pandoc writes tight lists so).
				if (inItem && listMarkerAt(text, seg.start, seg.end, k)) break;
				// A dash-group line under text: a simple table with that text as its header.
				if (c === 0x2d && /^ *-+( +-+)+\s*$/.test(this.#line(seg))) {
					const r = this.#dashTable(lines, j, depth, out, lines.slice(i, j));
					if (r > 0) return r;
				}
			}
			segs.push(p === seg.start ? seg : { start: p, end: seg.end, glue: seg.glue });
			j++;
		}
		const node = { kind: 'paragraph' as const, content: [] as unknown, range: { start: segs[0].start, end: segs[segs.length - 1].end } };
		this.#pendingInlines.push({ node, segments: segs });
		out.push(node as Block);
		return j;
	}

	#blockQuote(lines: readonly Segment[], i: number, depth: number, out: Block[]): number {
		const text = this.#text;
		const inner: Segment[] = [];
		let j = i;
		let lastWasText = false;
		while (j < lines.length) {
			const seg = lines[j];
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
		const range = { start: skipSpaces(text, lines[i].start, lines[i].end), end: lines[j - 1].end };
		const children = depth >= MAX_CONTAINER_DEPTH ? this.#tooDeep(inner, range) : this.parseBlocks(inner, depth + 1);
		out.push({ kind: 'blockquote', children, range });
		return j;
	}

	#tooDeep(segs: Segment[], range: SourceRange): Block[] {
		this.problems.push({ kind: 'too-deep', message: `Lists and block quotes nest deeper than ${MAX_CONTAINER_DEPTH} levels; deeper content is kept as text.`, range });
		const nonBlank = segs.filter((s) => s.end > s.start);
		if (nonBlank.length === 0) return [];
		const node = { kind: 'paragraph' as const, content: [] as unknown, range: { start: nonBlank[0].start, end: nonBlank[nonBlank.length - 1].end } };
		this.#pendingInlines.push({ node, segments: nonBlank });
		return [node as Block];
	}

	#list(lines: readonly Segment[], i: number, depth: number, out: Block[], firstMarker: ListMarker): number {
		const text = this.#text;
		const items: ListItem[] = [];
		let j = i;
		let marker: ListMarker | undefined = firstMarker;
		while (marker && marker.style === firstMarker.style && j < lines.length) {
			const seg = lines[j];
			const contentCol = marker.contentColumn;
			const contentStart = seg.start + Math.min(contentCol, seg.end - seg.start);
			const inner: Segment[] = [{ start: contentStart, end: seg.end }];
			let k = j + 1;
			let lastWasText = !isBlankAt(text, contentStart, seg.end);
			let sawBlank = false;
			while (k < lines.length) {
				const s = lines[k];
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
			const children = depth >= MAX_CONTAINER_DEPTH ? this.#tooDeep(itemLines, range) : this.parseBlocks(itemLines, depth + 1, true);
			items.push({ range, markerRange: { start: seg.start + marker.indent, end: seg.start + marker.indent + marker.width }, children });
			j = k;
			if (j >= lines.length) break;
			const next = lines[j];
			marker = listMarkerAt(text, next.start, next.end, skipSpaces(text, next.start, next.end) - next.start);
			if (marker && marker.style !== firstMarker.style) break;
		}
		// Give back trailing blank lines consumed by the last item.
		const lastItem = items[items.length - 1];
		const list: List = { kind: 'list', ordered: firstMarker.ordered, start: firstMarker.start, items, range: { start: items[0].range.start, end: lastItem.range.end } };
		out.push(list);
		return j;
	}

	#pipeTable(lines: readonly Segment[], i: number, depth: number, out: Block[]): number {
		const header = this.#pipeRow(lines[i], depth);
		let j = i + 2;
		const rows: TableRow[] = [];
		while (j < lines.length) {
			const s = lines[j];
			if (isBlankAt(this.#text, s.start, s.end) || !hasCharAt(this.#text, 0x7c, s.start, s.end)) break;
			rows.push(this.#pipeRow(s, depth));
			j++;
		}
		const table: Table = { kind: 'table', format: 'pipe', header, rows, range: { start: lines[i].start, end: lines[j - 1].end } };
		out.push(table);
		return j;
	}

	#pipeRow(seg: Segment, depth: number): TableRow {
		const line = this.#line(seg);
		const cells: TableCell[] = [];
		const k = leadingSpaces(line);
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
				cells.push(this.#cell([{ start: seg.start + start, end: seg.start + i }], depth));
				start = i + 1;
			}
		}
		return { range: { start: seg.start, end: seg.end }, cells };
	}

	/** A cell: its lines, trimmed, parsed as a small document of their own (grid cells can hold code and lists). */
	#cell(segs: Segment[], depth: number): TableCell {
		const src = this.#text;
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
		const blocks = lo >= 0 ? depth >= MAX_CONTAINER_DEPTH ? this.#tooDeep(dedent(src, blockSegs), range) : this.parseBlocks(dedent(src, blockSegs), depth + 1) : [];
		// The joined text is built on first read: consumers walk `blocks`, and building it for every cell of nested
		// layout tables cost a copy of each cell per nesting level.
		let text: string | undefined;
		return {
			range,
			get text(): string {
				return (text ??= lo < 0 ? '' : segs.slice(lo, hi).map((s) => {
					const t = trimSegment(src, s);
					return src.slice(t.start, t.end);
				}).join('\n'));
			},
			blocks,
		};
	}

	#gridTable(lines: readonly Segment[], i: number, indent: number, depth: number, out: Block[]): number {
		const border = this.#line(lines[i]).slice(indent).trimEnd();
		// Column boundaries are the `+` positions of the top border.
		const cols: number[] = [];
		for (let k = 0; k < border.length; k++) if (border[k] === '+') cols.push(k + indent);
		if (cols.length < 2) return 0;
		let j = i + 1;
		const rows: TableRow[] = [];
		let header: TableRow | undefined;
		let pending: Segment[][] = [];
		let rowStart = j;
		while (j < lines.length) {
			const seg = lines[j];
			const l = this.#line(seg);
			const lead = l.charCodeAt(indent);
			if (lead === 0x2b /* + */) {
				// A border: the lines since the last border form one row.
				if (pending.length > 0) {
					const row: TableRow = { range: { start: lines[rowStart].start, end: lines[j - 1].end }, cells: pending.map((cellSegs) => this.#cell(cellSegs, depth)) };
					if (/^\+[=:+]+\+?\s*$/.test(l.slice(indent).trimEnd()) && !header && rows.length === 0) header = row;
					else rows.push(row);
				}
				pending = [];
				rowStart = j + 1;
				j++;
				continue;
			}
			if (lead !== 0x7c /* | */) break;
			// Split the row line at the column boundaries when a `|` stands at each; otherwise at every `|`.
			const cuts = cols.every((c) => l.charCodeAt(c) === 0x7c) ? cols : allPipes(l);
			for (let c = 0; c + 1 < cuts.length; c++) {
				const cell = (pending[c] ??= []);
				const piece = { start: seg.start + cuts[c] + 1, end: seg.start + Math.min(cuts[c + 1], l.length) };
				const prev = cell[cell.length - 1];
				cell.push(prev && isTokenPiece(this.#text, prev, piece) ? { ...piece, glue: true } : piece);
			}
			j++;
		}
		if (rows.length === 0 && !header) return 0;
		const table: Table = { kind: 'table', format: 'grid', header, rows, range: { start: lines[i].start + indent, end: lines[j - 1].end } };
		out.push(table);
		return j;
	}

	/**
	 * Simple and multiline tables, delimited by dash lines. `headerSegs` are the header lines when the dash line at
	 * `i` follows text; otherwise the table starts with a full dash line at `i`. Returns 0 when it is not a table.
	 */
	#dashTable(lines: readonly Segment[], i: number, depth: number, out: Block[], headerSegs: Segment[] | undefined): number {
		const text = this.#text;
		let dashIndex = i;
		let startOffset = headerSegs ? headerSegs[0].start : lines[i].start;
		let multiline = false;
		if (!headerSegs) {
			// Starts with a dash line: either a headerless table (dash groups) or a multiline table (one long dash run).
			const l = this.#line(lines[i]);
			if (/^ *-+( +-+)+\s*$/.test(l)) {
				dashIndex = i;
			} else {
				// Multiline: header lines, then a dash-group line.
				let k = i + 1;
				while (k < lines.length && k < i + 8 && !isBlank(this.#line(lines[k])) && !/^ *-+( +-+)*\s*$/.test(this.#line(lines[k]))) k++;
				if (k >= lines.length || !/^-+( +-+)+\s*$/.test(this.#line(lines[k]))) return 0;
				headerSegs = lines.slice(i + 1, k);
				dashIndex = k;
				multiline = true;
				startOffset = lines[i].start;
			}
		}
		const groups = dashGroups(this.#line(lines[dashIndex]));
		if (groups.length === 0) return 0;
		const bounds = groups.map((g, k) => ({ start: k === 0 ? 0 : g.start, end: k + 1 < groups.length ? groups[k + 1].start : Infinity }));
		const cellsOf = (segs: Segment[]): TableCell[] => bounds.map((b) => this.#cell(segs.map((s) => ({ start: Math.min(s.end, s.start + b.start), end: Math.min(s.end, s.start + b.end) })), depth));
		const header = headerSegs && headerSegs.length > 0 ? { range: { start: headerSegs[0].start, end: headerSegs[headerSegs.length - 1].end }, cells: cellsOf(headerSegs) } : undefined;
		const rows: TableRow[] = [];
		let j = dashIndex + 1;
		let row: Segment[] = [];
		const flush = (): void => {
			if (row.length > 0) rows.push({ range: { start: row[0].start, end: row[row.length - 1].end }, cells: cellsOf(row) });
			row = [];
		};
		let end = lines[dashIndex].end;
		while (j < lines.length) {
			const l = this.#line(lines[j]);
			if (/^ *-+( +-+)*\s*$/.test(l) && l.trim().length >= 3) {
				// Closing dash line.
				flush();
				end = lines[j].end;
				j++;
				break;
			}
			if (isBlank(l)) {
				if (!multiline && !headerSegs) {
					// Headerless simple tables end with a dash line; a blank line here means it was not a table.
					flush();
					if (j + 1 >= lines.length || isBlank(this.#line(lines[j + 1]))) break;
					j++;
					continue;
				}
				flush();
				if (!multiline) break;
				if (j + 1 >= lines.length || isBlank(this.#line(lines[j + 1]))) break;
				j++;
				continue;
			}
			if (multiline) row.push(lines[j]);
			else {
				row.push(lines[j]);
				flush();
			}
			end = lines[j].end;
			j++;
		}
		flush();
		if (rows.length === 0 && !header) return 0;
		const table: Table = { kind: 'table', format: multiline ? 'multiline' : 'simple', header, rows, range: { start: startOffset, end } };
		void text;
		out.push(table);
		return j;
	}
}

interface ListMarker {
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

/**
 * Recognises a list marker at `indent` of the line `text.slice(start, end)`: `-`, `*`, `+`, `1.`, `1)`, `(1)`,
 * `a.`, `iv.`, `#.` followed by space.
 */
function listMarkerAt(text: string, start: number, end: number, indent: number): ListMarker | undefined {
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

/** The char code at `pos` when it lies before `end`, else NaN (as `charCodeAt` past the end of a sliced line). */
function codeAt(text: string, pos: number, end: number): number {
	return pos < end ? text.charCodeAt(pos) : NaN;
}

/**
 * Lines that start a block of their own and so end a lazy continuation: `:::`, `#` to `######` then white space or
 * the end, `>`, three backticks or tildes, `<div` or `</div` then white space or `>`, `+-` or `+=`, a thematic break.
 */
function startsBlockAt(text: string, start: number, end: number): boolean {
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
function isThematicBreakAt(text: string, p: number, end: number): boolean {
	const c = codeAt(text, p, end);
	let count = 0;
	for (let k = p; k < end; k++) {
		const d = text.charCodeAt(k);
		if (d === c) count++;
		else if (d !== 0x20 && d !== 0x09) return false;
	}
	return count >= 3;
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

function leadingSpaces(line: string): number {
	return skipSpaces(line, 0, line.length);
}

function isBlank(line: string): boolean {
	return isBlankAt(line, 0, line.length);
}

/** A pipe separator's first character past white space is `|`, `:` or `-`: a cheap test before scanning for `|`. */
function mayBePipeSeparator(text: string, seg: Segment): boolean {
	let k = seg.start;
	while (k < seg.end && isJsSpace(text.charCodeAt(k))) k++;
	const c = codeAt(text, k, seg.end);
	return c === 0x7c || c === 0x3a || c === 0x2d;
}

function isPipeSeparator(line: string): boolean {
	return /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/.test(line) && line.includes('-') && (line.includes('|'));
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

/**
 * Whether two consecutive lines of a grid cell are pieces of one token that pandoc cut to fit the column: one of
 * them has no space and fills the column to its padding. A line broken at a space never looks like that (pandoc
 * would have moved the word), except for a word exactly the column's width, which is rare.
 */
function isTokenPiece(text: string, prev: Segment, next: Segment): boolean {
	const fullUnbroken = (s: Segment): boolean => {
		const t = text.slice(s.start, s.end);
		const body = t.trim();
		return body.length > 0 && t.length >= 3 && t.charCodeAt(t.length - 2) !== 0x20 && !body.includes(' ');
	};
	const nonBlank = (s: Segment): boolean => text.slice(s.start, s.end).trim().length > 0;
	return nonBlank(prev) && nonBlank(next) && (fullUnbroken(prev) || fullUnbroken(next));
}

function describeAttributes(attrs: Attributes): string {
	if (attrs.id) return `#${attrs.id}`;
	if (attrs.classes.length > 0) return `.${attrs.classes[0]}`;
	return '';
}
