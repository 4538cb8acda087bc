// Pages whose whole HTML pandoc wrote as escaped text (`\<div class=\"p-body\"\>`): read back as blocks whose ranges point into the dump.
import type { Attributes, Block, DumpDocument, Inline, ListItem, SourceRange } from '../model/dumpDocument';
import { decodeEntities } from '../text/entities';
import { parseHtmlAttributes } from './encodedHtml';
import { matchCount } from '../text/wordCount';
import { AttributesNode } from '../model/attributesNode';
import { headingNode, ParagraphNode } from '../model/blockNodes';
import { HtmlDivNode } from '../model/divNodes';
import { LineBreakNode, SoftBreakNode, TextNode as TextInline } from '../model/leafInlines';
import { imageNode, linkNode } from '../model/linkNodes';
import { ListItemNode } from '../model/listItemNode';

/**
 * Escaped open and close `div` tags a dump holds before it is read as HTML. Some forum dumps (XenForo themes, seen on
 * 3 tuning forum pages of wcxb-dev, all at F1 0 before) are nothing but the page's HTML as text; a page that quotes a
 * tag or two in a code sample has far fewer.
 */
const MIN_ESCAPED_DIVS = 20;
/**
 * The largest dump read as escaped HTML. The escaped pages seen are 93–121 KB; reading one holds an offset per
 * character beside the unescaped copy (about 57× the input on the heap for a 2 MB hostile page of escaped divs), so
 * a larger dump is read as the Markdown it is, within the memory bound every other input keeps.
 */
export const MAX_ESCAPED_PAGE_CHARS = 1_000_000;
/** Fence lines (`:::`) or HTML divs a dump of escaped HTML may hold: a dump with real Markdown structure is not an escaped page. */
const MAX_FENCED_DIVS = 2;

/** Elements without content. */
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is never page text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'textarea', 'select', 'button', 'iframe', 'head', 'title', 'object', 'canvas', 'math']);
/** Elements that are runs of text inside a block (everything else not named below is a container). */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'br', 'bdo']);

interface Element {
	readonly tag: string;
	readonly attrs: ReadonlyMap<string, string>;
	readonly children: Node[];
	/** Offsets in the decoded HTML. */
	readonly start: number;
	end: number;
}
interface TextNode {
	readonly tag: '#text';
	readonly start: number;
	readonly end: number;
}
type Node = Element | TextNode;

function isText(n: Node): n is TextNode {
	return n.tag === '#text';
}

/** Whether the dump is a page's HTML written as escaped text. */
export function isEscapedHtmlPage(doc: DumpDocument): boolean {
	const text = doc.text;
	if (text.length > MAX_ESCAPED_PAGE_CHARS) return false;
	let opens = 0;
	for (let i = text.indexOf('\\<div'); i >= 0 && opens < MIN_ESCAPED_DIVS; i = text.indexOf('\\<div', i + 5)) opens++;
	if (opens < MIN_ESCAPED_DIVS || !text.includes('\\</div\\>')) return false;
	// Fenced divs anywhere (a Japanese news page of the readability corpus quotes a script's HTML inside its divs).
	return matchCount(/^:{3,}/gm, text) <= MAX_FENCED_DIVS && doc.blocks.filter((b) => b.kind === 'htmlDiv').length <= MAX_FENCED_DIVS;
}

/**
 * The dump read as the HTML it holds: the same text, and blocks (containers with their attributes, headings,
 * paragraphs, lists, quotes, code) whose ranges point at the escaped tags and text in the dump. Undefined when the
 * dump is not an escaped HTML page.
 */
export function escapedHtmlDocument(doc: DumpDocument): DumpDocument | undefined {
	if (!isEscapedHtmlPage(doc)) return undefined;
	const { html, offsets } = unescapeMarkdown(doc.text);
	const root = parseHtml(html);
	const at = (i: number): number => offsets[Math.min(i, offsets.length - 1)];
	const blocks = new Converter(html, at).blocks(root.children);
	if (blocks.length === 0) return undefined;
	return { text: doc.text, blocks, problems: doc.problems, definitions: doc.definitions };
}

/** Markdown escapes (`\<`, `\"`) removed; `offsets[i]` is the dump offset of `html[i]`. */
function unescapeMarkdown(text: string): { html: string; offsets: number[] } {
	const out: string[] = [];
	const offsets: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1])) continue;
		out.push(c);
		offsets.push(i);
	}
	offsets.push(text.length);
	return { html: out.join(''), offsets };
}

const TAG_RE = /<!--[\s\S]*?-->|<!\w[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** A tolerant HTML tree: unknown close tags are ignored, a close tag closes what is open inside it, skipped elements are dropped. */
function parseHtml(html: string): Element {
	const root: Element = { tag: '#root', attrs: new Map(), children: [], start: 0, end: html.length };
	const stack: Element[] = [root];
	let last = 0;
	const text = (end: number): void => {
		if (end > last) stack[stack.length - 1].children.push({ tag: '#text', start: last, end });
	};
	TAG_RE.lastIndex = 0;
	for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
		text(m.index);
		last = TAG_RE.lastIndex;
		const name = m[2]?.toLowerCase();
		if (!name) continue;
		if (m[1] === '/') {
			const k = stack.map((e) => e.tag).lastIndexOf(name);
			if (k <= 0) continue;
			while (stack.length > k) (stack.pop() as Element).end = TAG_RE.lastIndex;
			continue;
		}
		if (SKIPPED_TAGS.has(name)) {
			// Its content is not text: skip to its close tag.
			const close = html.toLowerCase().indexOf(`</${name}`, TAG_RE.lastIndex);
			if (close < 0) break;
			const end = html.indexOf('>', close);
			TAG_RE.lastIndex = last = end < 0 ? html.length : end + 1;
			continue;
		}
		if (!INLINE_TAGS.has(name)) {
			// A block closes an open paragraph (browsers do the same).
			const top = stack[stack.length - 1];
			if (top.tag === 'p' || (name === 'li' && top.tag === 'li')) (stack.pop() as Element).end = m.index;
		}
		const attrsText = m[3].replace(/\/\s*$/, '');
		const el: Element = { tag: name, attrs: parseHtmlAttributes(attrsText), children: [], start: m.index, end: TAG_RE.lastIndex };
		stack[stack.length - 1].children.push(el);
		if (!VOID_TAGS.has(name) && !/\/\s*$/.test(m[3])) stack.push(el);
	}
	text(html.length);
	while (stack.length > 1) (stack.pop() as Element).end = html.length;
	return root;
}

const HEADING_RE = /^h([1-6])$/;
/** The empty class or pair list of an element without any (frozen, as the parser's empty lists are). */
const NO_WORDS: readonly never[] = Object.freeze([]);

/**
 * Turns the HTML tree into dump blocks and inlines, of the parser's classes wherever the parser makes one (attribute
 * blocks, paragraphs, headings, divs, list items, text, breaks, links, images) and of its object shapes elsewhere.
 * Plain objects of other shapes made every reader of blocks, inlines and attributes see new shapes on the first
 * escaped page of a batch, and about 125 of the extractor's optimized functions were thrown away and compiled again
 * (`--trace-deopt`, one `pagedump extract --jobs 1` over 296 tuning and corpus dumps holding one such page: 300 -> 210
 * deoptimizations; 178 without that page), in every `--jobs` worker that meets such a page. Readers see the same values.
 */
class Converter {
	constructor(
		private readonly html: string,
		private readonly at: (i: number) => number,
	) {}

	private range(start: number, end: number): SourceRange {
		// The end is just after the last character: the next one's offset would take the escape before it.
		return { start: this.at(start), end: end > start ? this.at(end - 1) + 1 : this.at(start) };
	}

	private attributes(e: Element): Attributes {
		const pairs: [string, string][] = [];
		for (const [k, v] of e.attrs) if (k !== 'id' && k !== 'class') pairs.push([k, v]);
		const classes = (e.attrs.get('class') ?? '').split(/\s+/).filter((c) => c !== '');
		const id = e.attrs.get('id');
		const range = this.range(e.start, e.start);
		// No class or no pair: the parser's frozen empty list (an empty array literal is an array of another shape).
		return new AttributesNode(id || undefined, classes.length > 0 ? classes : NO_WORDS, pairs.length > 0 ? pairs : NO_WORDS, range.start, range.end);
	}

	/** The blocks of a container's children: runs of inline content become paragraphs. */
	blocks(nodes: readonly Node[]): Block[] {
		const out: Block[] = [];
		let run: Node[] = [];
		const flush = (): void => {
			const p = this.paragraph(run);
			if (p) out.push(p);
			run = [];
		};
		for (const n of nodes) {
			if (n.tag === '#text' || INLINE_TAGS.has(n.tag)) {
				run.push(n);
				continue;
			}
			flush();
			const b = this.block(n as Element);
			if (b) out.push(b);
		}
		flush();
		return out;
	}

	private paragraph(nodes: readonly Node[]): Block | undefined {
		const content = this.inlines(nodes);
		if (!content.some((n) => n.kind !== 'softbreak' && n.kind !== 'break')) return undefined;
		const range = this.range(nodes[0].start, nodes[nodes.length - 1].end);
		return new ParagraphNode(content, range.start, range.end);
	}

	private block(e: Element): Block | undefined {
		const range = this.range(e.start, e.end);
		const h = HEADING_RE.exec(e.tag);
		if (h) {
			const content = this.inlines(e.children);
			if (content.length === 0) return undefined;
			return headingNode(Number(h[1]), content, range, this.attributes(e), false, range.start, range.end);
		}
		if (e.tag === 'p') return this.paragraph(e.children);
		if (e.tag === 'pre') {
			const text = decodeEntities(this.html.slice(e.start, e.end).replace(/<[^>]*>/g, ''));
			return { kind: 'code', fenced: true, text, closed: true, range };
		}
		if (e.tag === 'hr') return { kind: 'hr', range };
		if (e.tag === 'blockquote') return { kind: 'blockquote', children: this.blocks(e.children), range };
		if (e.tag === 'ul' || e.tag === 'ol') {
			const items: ListItem[] = [];
			for (const c of e.children) {
				if (c.tag === '#text') continue;
				const li = c as Element;
				const children = li.tag === 'li' ? this.blocks(li.children) : this.blocks([li]);
				const itemRange = this.range(li.start, li.end);
				items.push(new ListItemNode(itemRange.start, itemRange.end, itemRange.start, itemRange.start, children));
			}
			if (items.length === 0) return undefined;
			if (e.attrs.size === 0) return { kind: 'list', ordered: e.tag === 'ol', start: 1, items, range };
			// A list with attributes keeps them on a container around it, as pandoc writes it.
			const list: Block = { kind: 'list', ordered: e.tag === 'ol', start: 1, items, range };
			return this.container(e, [list]);
		}
		return this.container(e, this.blocks(e.children));
	}

	private container(e: Element, children: Block[]): Block | undefined {
		if (children.length === 0) return undefined;
		const range = this.range(e.start, e.end);
		// Closed, by an empty closing line at its end (readers of `closeRange` take its start, the div's end).
		const div = new HtmlDivNode(this.attributes(e), this.range(e.start, e.start), []);
		div.close(children, { start: range.end, end: range.end }, range.end);
		return div;
	}

	private inlines(nodes: readonly Node[]): Inline[] {
		const out: Inline[] = [];
		for (const n of nodes) {
			if (isText(n)) {
				this.text(n, out);
				continue;
			}
			const e = n;
			const range = this.range(e.start, e.end);
			if (e.tag === 'br') out.push(new LineBreakNode(range.start, range.end));
			else if (e.tag === 'img') {
				const alt = e.attrs.get('alt') ?? '';
				const src = e.attrs.get('src') ?? '';
				out.push(imageNode(alt ? [new TextInline(decodeEntities(alt), range.start, range.end)] : [], src, range, range, undefined, this.attributes(e)));
			} else if (e.tag === 'a') {
				out.push(linkNode(this.inlines(e.children), e.attrs.get('href') ?? '', range, range, 'inline', undefined, this.attributes(e)));
			} else if (e.tag === 'b' || e.tag === 'strong' || e.tag === 'i' || e.tag === 'em') {
				out.push({ kind: 'emphasis', style: e.tag === 'b' || e.tag === 'strong' ? 'strong' : 'em', children: this.inlines(e.children), range });
			} else if (INLINE_TAGS.has(e.tag)) {
				out.push({ kind: 'span', children: this.inlines(e.children), attrs: this.attributes(e), range });
			} else {
				// A block inside inline content (a div in a link): its text, in line.
				out.push({ kind: 'span', children: this.inlines(e.children), attrs: this.attributes(e), range });
			}
		}
		return out;
	}

	/** A text node, white space collapsed and entities decoded, as one text inline (a space between words across lines). */
	private text(n: TextNode, out: Inline[]): void {
		const raw = this.html.slice(n.start, n.end);
		if (raw.trim() === '') {
			if (raw !== '' && out.length > 0) {
				const range = this.range(n.start, n.end);
				out.push(range.end === range.start + 1 ? new SoftBreakNode(range.start) : { kind: 'softbreak', range });
			}
			return;
		}
		const value = decodeEntities(raw).replace(/[\s]+/g, ' ');
		const range = this.range(n.start, n.end);
		out.push(new TextInline(value, range.start, range.end));
	}
}
