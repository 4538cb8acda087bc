// The article body as clean CommonMark/GFM: pandoc attributes and spans gone, links absolute, literals escaped.
import type { Block, DumpDocument, Emphasis, Inline, Table, Text } from '../model/dumpDocument';
import type { Article } from '../extract/article';
import { parseInlines } from '../dump/parseInlines';
import { isHidden, isHiddenSpan, PIECES_PER_CHUNK } from '../extract/inlineText';
import { OutputBlockMap, type RenderedMarkdown } from './renderedMarkdown';
import { classifyUrl } from '../url/urlPolicy';
import { resolveUrl } from '../url/resolveUrl';
import { trackerImageReason } from '../url/imagePolicy';
import { documentHasMojibake, hasMojibake, repairMojibake } from '../text/mojibake';
import { maxOf } from '../model/pushAll';

export { resolveUrl } from '../url/resolveUrl';

export interface MarkdownOptions {
	/** The page's address, to make relative links and images absolute. Defaults to the article's `url` metadata. */
	readonly baseUrl?: string;
}


/**
 * Renders the article body as CommonMark/GFM. The title is not included (the article's blocks already exclude it).
 * Every top-level output block maps back to the dump range it came from. Never throws.
 */
export function renderMarkdown(article: Article, doc?: DumpDocument, options: MarkdownOptions = {}): RenderedMarkdown {
	const base = options.baseUrl ?? article.metadata.url?.value;
	return renderBlocksMarkdown(article.blocks, base, doc?.text, doc && documentHasMojibake(doc));
}

/**
 * Renders any sequence of dump blocks the way `renderMarkdown` renders an article's. With the dump's `source`,
 * pandoc's smart dashes and ellipses (`---`, `--`, `...`) become the characters the page had.
 */
export function renderBlocksMarkdown(blocks: readonly Block[], baseUrl?: string, source?: string, mojibake?: boolean): RenderedMarkdown {
	const ctx = new Ctx(baseUrl, source, mojibake);
	const parts: string[] = [];
	const map = new OutputBlockMap();
	let line = 0;
	for (const b of blocks) {
		let md: string;
		try {
			// `trimEnd` removes what `/\s+$/` matched (white space and line terminators alike) from the end alone: the
			// regex was tried at every space of the block, and a div's text once more at each level it is nested in.
			md = ctx.block(b).trimEnd();
		} catch {
			md = '';
		}
		if (md === '') continue;
		ctx.rendered(b);
		if (parts.length > 0) line += 1; // the blank line between blocks
		const lines = lineCount(md);
		map.push(line, line + lines - 1, b.range);
		parts.push(md);
		line += lines;
	}
	return { markdown: parts.length === 0 ? '' : parts.join('\n\n') + '\n', blocks: map.finish() };
}

/** The lines of `md` (`md.split('\n').length`, without the array of lines). */
export function lineCount(md: string): number {
	let n = 1;
	for (let at = md.indexOf('\n'); at >= 0; at = md.indexOf('\n', at + 1)) n++;
	return n;
}

class Ctx {
	/** The kind of list written last at the current level, when the previous block was a list: the next must differ. */
	#lastList: 'bullet' | 'ordered' | undefined;
	/** Whether that list used the alternative marker (`*` or `)`). */
	#lastAlt = false;

	/** Inside a heading, link, image or table cell: a hard break would end the line or read back as `\ `. */
	#oneLine = 0;
	#inHeading = false;
	#inCell = false;
	/** Emphasis styles open around the current inline: the same style nested reads back as a different structure. */
	readonly #styles = new Set<Emphasis['style']>();

	/** The dump is double-encoded UTF-8 (text/mojibake.ts): its texts are read back as the page wrote them. */
	readonly mojibake: boolean;

	constructor(
		readonly baseUrl: string | undefined,
		readonly source: string | undefined,
		/** `hasMojibake(source)` when the caller knows it (text/mojibake.ts `documentHasMojibake`). */
		mojibake?: boolean,
	) {
		this.mojibake = source !== undefined && (mojibake ?? hasMojibake(source));
	}

	/** Inlines on one line, hard breaks as spaces. */
	oneLine(ns: readonly Inline[]): string {
		this.#oneLine++;
		try {
			return this.inlines(ns).replace(/\n/g, ' ');
		} finally {
			this.#oneLine--;
		}
	}

	/**
	 * Notes a block that reached the output, so that two lists in a row do not merge into one when read back. Divs
	 * leave no mark of their own: the state is what their last child left.
	 */
	rendered(b: Block): void {
		if (b.kind !== 'list' && b.kind !== 'div' && b.kind !== 'htmlDiv') this.#lastList = undefined;
	}

	block(b: Block): string {
		switch (b.kind) {
			case 'paragraph':
				return escapeLineStarts(trimBreaks(this.inlines(b.content)));
			case 'heading': {
				this.#inHeading = true;
				let text: string;
				try {
					text = this.oneLine(b.content).trim();
				} finally {
					this.#inHeading = false;
				}
				if (text === '') return '';
				return `${'#'.repeat(Math.min(6, Math.max(1, b.level)))} ${text.replace(/#+$/, (m) => '\\#'.repeat(m.length))}`;
			}
			case 'list':
				return this.list(b);
			case 'blockquote': {
				const inner = this.blocks(b.children);
				return inner === '' ? '' : prefixLines(inner, '> ', '>');
			}
			case 'code':
				return b.rawFormat ? '' : codeFence(b.text, b.language);
			case 'hr':
				return '---';
			case 'table':
				return this.table(b);
			case 'div':
			case 'htmlDiv':
				// A div's children join the sequence around it: a list inside may follow a list outside.
				return isHidden(b.attrs) ? '' : this.blocks(b.children, false);
			default:
				return '';
		}
	}

	blocks(bs: readonly Block[], level = true): string {
		// Each nesting level (list item, quote) has its own sequence of lists.
		const saved = [this.#lastList, this.#lastAlt] as const;
		if (level) this.#lastList = undefined;
		const out: string[] = [];
		for (const b of bs) {
			const md = this.block(b).trimEnd();
			if (md === '') continue;
			this.rendered(b);
			out.push(md);
		}
		if (level) [this.#lastList, this.#lastAlt] = saved;
		return out.join('\n\n');
	}

	list(b: Extract<Block, { kind: 'list' }>): string {
		const items = b.items.map((it) => this.blocks(it.children));
		const kept = items.filter((s) => s !== '');
		if (kept.length === 0) return '';
		// Tight when every item is one line of text; otherwise loose, so nested blocks stay inside their item.
		const tight = kept.every((s) => !s.includes('\n'));
		// A list right after a list of the same kind would continue it; CommonMark ends a list when the marker changes.
		const kind = b.ordered ? 'ordered' : 'bullet';
		const alt = this.#lastList === kind ? !this.#lastAlt : false;
		this.#lastList = kind;
		this.#lastAlt = alt;
		let n = b.ordered ? Math.max(0, b.start) : 0;
		const out: string[] = [];
		for (const body of kept) {
			const marker = b.ordered ? `${n++}${alt ? ')' : '.'} ` : alt ? '* ' : '- ';
			const pad = ' '.repeat(marker.length);
			const lines = body.split('\n');
			// An item that opens with a rule writes it in underscores: "- ---" (or "* ***") is itself a rule, not a list.
			if (lines[0] === '---') lines[0] = '___';
			out.push(marker + lines[0] + (lines.length > 1 ? '\n' + lines.slice(1).map((l) => (l === '' ? '' : pad + l)).join('\n') : ''));
		}
		return out.join(tight ? '\n' : '\n\n');
	}

	table(t: Table): string {
		const rows = (t.header ? [t.header, ...t.rows] : t.rows).map((r) => r.cells.map((c) => this.cell(c.blocks)));
		if (rows.length === 0) return '';
		const cols = maxOf(rows.map((r) => r.length));
		if (cols === 0 || rows.every((r) => r.every((c) => c === ''))) return '';
		const pad = (r: string[]): string[] => [...r, ...new Array<string>(cols - r.length).fill('')];
		// GFM needs a header row: a table without one gets an empty header, so no data row changes meaning.
		const header = t.header ? pad(rows[0]) : new Array<string>(cols).fill('');
		const body = (t.header ? rows.slice(1) : rows).map(pad);
		const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
		const out = [line(header), `|${new Array<string>(cols).fill(' --- ').join('|')}|`, ...body.map(line)];
		const caption = t.caption && t.caption.length > 0 ? escapeLineStarts(trimBreaks(this.inlines(t.caption))) : '';
		return (caption ? caption + '\n\n' : '') + out.join('\n');
	}

	/** A table cell on one line: its blocks' text joined by spaces, pipes escaped. */
	cell(blocks: readonly Block[]): string {
		const was = this.#inCell;
		this.#inCell = true;
		try {
			return this.cellText(blocks);
		} finally {
			this.#inCell = was;
		}
	}

	cellText(blocks: readonly Block[]): string {
		const parts: string[] = [];
		for (const b of blocks) {
			if (b.kind === 'paragraph' || b.kind === 'heading') parts.push(this.oneLine(b.content));
			else if (b.kind === 'list') for (const it of b.items) parts.push(this.cellText(it.children));
			else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') parts.push(this.cellText(b.children));
			else if (b.kind === 'code') parts.push(resolvePending(this.code(b.text.replace(/\n/g, ' '))));
		}
		// The parser reads a cell as a small document: what starts a block must stay text.
		return escapeLineStarts(
			parts
				.join(' ')
				.replace(/\s*\n\s*/g, ' ')
				.trim(),
		);
	}

	#depth = 0;
	/** Whether the current run of inlines wrote emphasis delimiters; then it is read back to check them. */
	#delimited = false;
	/** Emphasis is written as its plain text: set when the delimiters would not read back. */
	#plain = false;
	/** Set while reading output back: its text nodes point into the output, not the dump. */
	#checking = false;

	inlines(ns: readonly Inline[]): string {
		if (this.#depth > 0) return this.#run(ns);
		this.#delimited = false;
		// `_` and `&` are escaped or not by their neighbours, which may come from other nodes: decide on the whole run.
		const out = resolvePending(this.#run(ns));
		if (!this.#delimited || this.#checking || this.#plain || this.#readsBack(out)) return out;
		// Emphasis touching emphasis (`***a** b*`) has no Pandoc spelling that reads back the same: keep the text.
		this.#plain = true;
		try {
			return resolvePending(this.#run(ns));
		} finally {
			this.#plain = false;
		}
	}

	#run(ns: readonly Inline[]): string {
		// Pieces joined once: appending made a rope of a 32-byte node per inline, kept until the text was read.
		const parts: string[] = [];
		this.#depth++;
		try {
			// A long paragraph: pieces joined a chunk at a time (see PIECES_PER_CHUNK), not all held until one join.
			let chunks: string[] | undefined;
			let takesAttributes = false;
			for (const n of mergeEmphasis(ns)) {
				const piece = this.inline(n);
				// A `{` right after a code span, a link or an image would read back as its attributes.
				parts.push(takesAttributes && piece.startsWith('{') ? `\\${piece}` : piece);
				takesAttributes = (n.kind === 'code' || n.kind === 'link' || n.kind === 'image') && /[)`]$/.test(piece);
				if (parts.length === PIECES_PER_CHUNK) {
					(chunks ??= []).push(parts.join(''));
					parts.length = 0;
				}
			}
			if (chunks) {
				chunks.push(parts.join(''));
				return chunks.join('');
			}
		} finally {
			this.#depth--;
		}
		return parts.length === 1 ? parts[0] : parts.join('');
	}

	/** Whether inline Markdown parses back to inlines that render as the same text. */
	#readsBack(md: string): boolean {
		const segments: { start: number; end: number }[] = [];
		let start = 0;
		for (const line of md.split('\n')) {
			segments.push({ start, end: start + line.length });
			start += line.length + 1;
		}
		this.#checking = true;
		try {
			return resolvePending(this.#run(parseInlines(md, segments, new Map()))) === md;
		} catch {
			return false;
		} finally {
			this.#checking = false;
		}
	}

	inline(n: Inline): string {
		switch (n.kind) {
			case 'text': {
				const out = escapePending(this.smart(n));
				// A trailing `{...}` would read back as the heading's attributes. A folded soft break is a space.
				const text = this.#inHeading ? out.replace(/\{/g, '\\{') : out;
				return n.softBreakAfter ? text + ' ' : text;
			}
			case 'code':
				return this.code(n.value);
			case 'emphasis': {
				if (this.#plain || this.#styles.has(n.style)) return this.inlines(n.children);
				this.#styles.add(n.style);
				let inner: string;
				try {
					inner = this.inlines(n.children);
				} finally {
					this.#styles.delete(n.style);
				}
				if (inner.trim() === '') return inner;
				// Delimiters must touch the text: move surrounding spaces outside.
				const lead = /^\s*/.exec(inner)![0];
				const trail = /\s*$/.exec(inner)![0];
				const core = inner.trim();
				if (n.style === 'em' || n.style === 'strong' || n.style === 'strike') this.#delimited = true;
				switch (n.style) {
					case 'em':
						return `${lead}*${core}*${trail}`;
					case 'strong':
						return `${lead}**${core}**${trail}`;
					case 'strike':
						return `${lead}~~${core}~~${trail}`;
					default:
						// GFM has no superscript or subscript: keep the text.
						return inner;
				}
			}
			case 'span':
				return isHiddenSpan(n.attrs, n.children) ? '' : this.inlines(n.children);
			case 'link': {
				const text = this.oneLine(n.children).trim();
				const href = this.url(n.href, 'link');
				if (href === undefined) return text;
				if (text === '') return '';
				return `[${text}](${href}${n.title ? ` "${escapeTitle(n.title)}"` : ''})`;
			}
			case 'image': {
				const alt = this.oneLine(n.alt).trim();
				// Unsafe sources and tracking pixels never reach an output; the caption stays as text.
				const src = trackerImageReason(n.src, n.attrs) ? undefined : this.url(n.src, 'image');
				if (src === undefined) return alt;
				return `![${alt}](${src}${n.title ? ` "${escapeTitle(n.title)}"` : ''})`;
			}
			case 'break':
				return this.#oneLine > 0 ? ' ' : '\\\n';
			case 'softbreak':
				return ' ';
			case 'rawHtml':
				return /^<br\b/i.test(n.html) ? (this.#oneLine > 0 ? ' ' : '\\\n') : '';
			case 'note':
				return '';
		}
	}

	/** A code span; in a table cell, code holding `|` becomes text, as a pipe ends the cell even inside a span. */
	code(value: string): string {
		return this.#inCell && value.includes('|') ? escapePending(value) : codeSpan(value);
	}

	/**
	 * A text node's value with pandoc's smart dashes and ellipses made real. The parser resolves escapes, so the
	 * source tells `---` (an em dash on the page) from `\\-\\-\\-` (three hyphens).
	 */
	smart(n: Text): string {
		// Mojibake's repair leaves every `.` and `-` where it was, so the marks below still line up.
		const v = this.mojibake ? repairMojibake(n.value) : n.value;
		if (this.source === undefined || this.#checking || !(v.includes('--') || v.includes('...'))) return v;
		const marks = protectedMarks(this.source.slice(n.range.start, n.range.end));
		// Entities and other escapes make the source differ from the value; the marks must still line up one to one.
		const plain = v.replace(/[^.-]/g, '');
		if (marks.replace(/[\ue002\ue003]/g, (c) => (c === '\ue002' ? '-' : '.')) !== plain) return v;
		let k = 0;
		const protectedValue = v.replace(/[.-]/g, () => marks[k++]);
		return protectedValue
			.replace(/---/g, '\u2014')
			.replace(/--/g, '\u2013')
			.replace(/\.\.\./g, '\u2026')
			.replace(/[\ue002\ue003]/g, (c) => (c === '\ue002' ? '-' : '.'));
	}

	/**
	 * A target made absolute and safe to write between parentheses, or undefined when the URL policy refuses it (any
	 * scheme off the allow-list, in any encoding). Images keep raster `data:` sources out: they are icons and placeholders.
	 */
	url(href: string, use: 'link' | 'image'): string | undefined {
		const h = href.trim();
		if (h === '') return undefined;
		const verdict = classifyUrl(h, use);
		if (!verdict.safe || verdict.kind === 'data-image') return undefined;
		const abs = h.startsWith('#') || !this.baseUrl ? h : resolveUrl(h, this.baseUrl);
		// Resolving cannot add a scheme to a safe reference, but a base is page metadata: check the result as well.
		if (abs !== h && !classifyUrl(abs, use).safe) return undefined;
		return abs.replace(/[\s()<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
	}
}

/**
 * Joins emphasis of one style that follows emphasis of that style: `*a**b*` would read back as neither. Linear: a run
 * of mergeable nodes is collected first and its children copied once (copying them at every merge was quadratic).
 */
function mergeEmphasis(ns: readonly Inline[]): readonly Inline[] {
	let adjacent = false;
	for (let k = 1; k < ns.length && !adjacent; k++) adjacent = ns[k].kind === 'emphasis' && ns[k - 1].kind === 'emphasis';
	if (!adjacent) return ns;
	const out: Inline[] = [];
	for (let i = 0; i < ns.length; ) {
		const first = ns[i];
		let j = i + 1;
		if (first.kind === 'emphasis') while (j < ns.length && ns[j].kind === 'emphasis' && (ns[j] as Emphasis).style === first.style) j++;
		if (first.kind !== 'emphasis' || j === i + 1) {
			out.push(first);
			i = j;
			continue;
		}
		const children: Inline[] = [];
		for (let k = i; k < j; k++) for (const c of (ns[k] as Emphasis).children) children.push(c);
		out.push({ ...first, children, range: { start: first.range.start, end: ns[j - 1].range.end } });
		i = j;
	}
	return out;
}

/**
 * The dashes and dots of a text node's source in order, escaped ones as placeholders (U+E002 `-`, U+E003 `.`),
 * as `smartText` protects them for metadata.
 */
function protectedMarks(raw: string): string {
	let out = '';
	for (let i = 0; i < raw.length; i++) {
		const c = raw[i];
		if (c === '\\' && i + 1 < raw.length) {
			const d = raw[++i];
			if (d === '-') out += '\ue002';
			else if (d === '.') out += '\ue003';
			continue;
		}
		if (c === '-' || c === '.') out += c;
	}
	return out;
}

/** Escapes the Markdown meaning of text: emphasis, links, code, HTML, entities, strikethrough, tables. */
export function escapeText(s: string): string {
	return resolvePending(escapePending(s));
}

/** Stands for a `_` or `&` whose escape depends on the final neighbours (U+FFFF and U+FFFE are noncharacters). */
const PENDING_UNDERSCORE = '\uffff';
const PENDING_AMPERSAND = '\ufffe';

/** Escapes text, leaving `_` and `&` pending until the text around them is known (`resolvePending`). */
function escapePending(s: string): string {
	return s.replace(/[\\`*[\]<~|^_&]/g, (c) => (c === '_' ? PENDING_UNDERSCORE : c === '&' ? PENDING_AMPERSAND : '\\' + c));
}

function resolvePending(s: string): string {
	if (!/[\ufffe\uffff]/.test(s)) return s;
	// `_` only acts at a word edge, so intra-word underscores (snake_case) stay readable.
	const out = s.replace(/\uffff/g, (_m, i: number) => {
		const prev = s[i - 1] ?? ' ';
		const next = s[i + 1] ?? ' ';
		return /[\p{L}\p{N}\uffff]/u.test(prev) && /[\p{L}\p{N}\uffff]/u.test(next) ? '_' : '\\_';
	});
	// Only a complete entity reference would be decoded.
	return out.replace(/\ufffe(?=#?[A-Za-z0-9]+;)/g, '\\&').replace(/\ufffe/g, '&');
}

/** Escapes what would start a block at the beginning of a line: headings, quotes, list markers, setext underlines. */
function escapeLineStarts(s: string): string {
	return s
		.split('\n')
		.map((line) => {
			const l = line.replace(/^[ \t]+/, '');
			// Pandoc's ordered markers: `1.`, `1)`, `a.`, `iv.`, `(1)`, `(a)`, `(iv)`.
			const m = /^(\d{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})([.)])(\s|$)/.exec(l);
			if (m) return `${m[1]}\\${m[2]}${l.slice(m[1].length + 1)}`;
			if (/^\((?:\d{1,9}|[a-zA-Z]|[ivxlcdm]{1,6})\)(\s|$)/.test(l)) return '\\' + l;
			// `%3C` starts the dump's URL-encoded HTML line. A line starting with backticks is a code span, never a
			// fence: its closing run follows on the line, and a fence's info may not hold a backtick.
			if (/^(?:[#>+=-]|~~~|:::|%3C)/i.test(l)) return '\\' + l;
			// `:` or `~` then a space (or nothing) under a paragraph is a definition marker (pandoc's definition lists).
			if (/^[:~](?:[ \t]|$)/.test(l)) return '\\' + l;
			return l;
		})
		.join('\n');
}

/** Trims white space and hard breaks: a break first or last would leave a line of only `\\`, a spacer. */
function trimBreaks(s: string): string {
	return s.replace(/^(?:\s|\\\n)+/, '').replace(/(?:\s|\\\n)+$/, '');
}

function escapeTitle(t: string): string {
	return t.replace(/["\\]/g, (c) => '\\' + c).replace(/\s+/g, ' ');
}

function prefixLines(s: string, prefix: string, empty: string): string {
	return s
		.split('\n')
		.map((l) => (l === '' ? empty : prefix + l))
		.join('\n');
}

/** A code span whose backtick fence is longer than any run inside it. */
function codeSpan(code: string): string {
	// Nothing between two fences would read back as one longer run of backticks.
	if (code === '') return '';
	const runs = code.match(/`+/g) ?? [];
	const fence = '`'.repeat(Math.max(0, maxOf(runs.map((r) => r.length))) + 1);
	// Readers strip one space on each side, but only around something other than spaces.
	// Two backticks right before `{` read back as pandoc's empty code element with attributes (`` ``{=html} ``), so
	// such a span is padded too.
	const pad = code.trim() !== '' && (code.startsWith('`') || code.endsWith('`') || /^ .* $/.test(code) || (fence.length === 2 && code.startsWith('{'))) ? ' ' : '';
	return `${fence}${pad}${code}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run inside, with a language when it is a plain word. */
function codeFence(code: string, language: string | undefined): string {
	const runs = code.match(/`{3,}/g) ?? [];
	const fence = '`'.repeat(Math.max(3, maxOf(runs.map((r) => r.length + 1))));
	const lang = language && /^[\w+#.-]+$/.test(language) ? language : '';
	return `${fence}${lang}\n${code.replace(/\n+$/, '')}\n${fence}`;
}
