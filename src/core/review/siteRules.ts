// Site rules: a reviewer's "Not main content" / "Main content" for one host, as selectors over the dump's fenced
// divs, spans and headings, applied as a final include/exclude step over an extracted article.
import type { Article, RemovedRegion } from '../extract/article';
import { blockWords } from '../extract/inlineText';
import { childBlocks } from '../model/blockTree';
import { withContent } from '../model/blockNodes';
import { plainLink } from '../model/linkNodes';
import type { Attributes, Block, DumpDocument, Inline, SourceRange, Span } from '../model/dumpDocument';
import type { SiteRuleTable } from './config';

export type SiteRuleAction = 'include' | 'exclude';

/** `div.related-posts`, `#comments`, `h2.widget-title`, `span.share`: an optional tag, an id, classes. */
export interface Selector {
	readonly tag?: string;
	readonly id?: string;
	readonly classes: readonly string[];
}

/** One rule that applies to a page: where it came from (host pattern), what it does, and its selector. */
export interface SiteRule {
	readonly host: string;
	readonly action: SiteRuleAction;
	readonly selector: string;
}

const SELECTOR_RE = /^(div|span|h[1-6])?(?:#([^\s#.]+))?((?:\.[^\s#.]+)*)$/;

/** Parses a selector; undefined when it is not of the supported form (or names nothing). */
export function parseSelector(text: string): Selector | undefined {
	const m = SELECTOR_RE.exec(text.trim());
	if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
	return { tag: m[1], id: m[2], classes: m[3] ? m[3].slice(1).split('.') : [] };
}

/** The host of a page URL, lower case, or undefined when it has none. */
export function hostOfUrl(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const host = new URL(url.trim()).hostname.toLowerCase();
		return host || undefined;
	} catch {
		return undefined;
	}
}

/** Whether a host pattern of the config applies: `example.com` also means `www.example.com`; `*.example.com` its subdomains. */
export function hostMatches(pattern: string, host: string): boolean {
	const p = pattern.trim().toLowerCase().replace(/^www\./, '');
	const h = host.toLowerCase().replace(/^www\./, '');
	if (p.startsWith('*.')) return h.endsWith(p.slice(1)) || h === p.slice(2);
	return p === h;
}

/** The rules of the table that apply to a page of `host`, excludes and includes of every matching host pattern. */
export function rulesForHost(table: SiteRuleTable | undefined, host: string | undefined): SiteRule[] {
	if (!table || !host) return [];
	const out: SiteRule[] = [];
	for (const [pattern, set] of Object.entries(table)) {
		if (!hostMatches(pattern, host)) continue;
		for (const selector of set.include ?? []) out.push({ host: pattern, action: 'include', selector });
		for (const selector of set.exclude ?? []) out.push({ host: pattern, action: 'exclude', selector });
	}
	return out;
}

/** An element a selector can name: a fenced or HTML div, a heading, or a span, with the block that holds it. */
interface Element {
	readonly tag: string;
	readonly attrs?: Attributes;
	readonly range: SourceRange;
	readonly block: Block;
	readonly span?: Span;
}

function collectInlineSpans(inlines: readonly Inline[], block: Block, out: Element[]): void {
	for (const n of inlines) {
		if (n.kind === 'span') {
			out.push({ tag: 'span', attrs: n.attrs, range: n.range, block, span: n });
			collectInlineSpans(n.children, block, out);
		} else if (n.kind === 'emphasis' || n.kind === 'link') collectInlineSpans(n.children, block, out);
	}
}

/** Every div, heading and span of the dump, in document order. */
function elementsOf(doc: DumpDocument): Element[] {
	const out: Element[] = [];
	const visit = (b: Block): void => {
		if (b.kind === 'div' || b.kind === 'htmlDiv') out.push({ tag: 'div', attrs: b.attrs, range: b.range, block: b });
		else if (b.kind === 'heading') {
			out.push({ tag: `h${b.level}`, attrs: b.attrs, range: b.range, block: b });
			collectInlineSpans(b.content, b, out);
		} else if (b.kind === 'paragraph') collectInlineSpans(b.content, b, out);
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of doc.blocks) visit(b);
	return out;
}

function matches(el: Element, sel: Selector): boolean {
	if (sel.tag && sel.tag !== el.tag) return false;
	if (sel.id && el.attrs?.id !== sel.id) return false;
	if (sel.classes.length > 0 && !sel.classes.every((c) => el.attrs?.classes.includes(c))) return false;
	return !!(sel.id || sel.classes.length > 0 || sel.tag);
}

function inside(inner: SourceRange, outer: SourceRange): boolean {
	return inner.start >= outer.start && inner.end <= outer.end;
}

/** The content blocks of an element, with containers flattened away (as `Article.blocks` holds them). */
function contentBlocks(b: Block): Block[] {
	if (b.kind === 'div' || b.kind === 'htmlDiv') return b.children.flatMap(contentBlocks);
	if (b.kind === 'spacer' || b.kind === 'linkDefinition' || b.kind === 'encodedHtml') return [];
	return [b];
}

/** Inlines without the spans whose range is in `drop`. */
function withoutSpans(inlines: readonly Inline[], drop: readonly SourceRange[]): Inline[] {
	const out: Inline[] = [];
	for (const n of inlines) {
		if (n.kind === 'span' && drop.some((r) => r.start === n.range.start && r.end === n.range.end)) continue;
		// A parsed link is a LinkNode, whose kind and ranges a spread would drop: its plain form is spread instead.
		if (n.kind === 'link') out.push({ ...plainLink(n), children: withoutSpans(n.children, drop) });
		else if (n.kind === 'span' || n.kind === 'emphasis') out.push({ ...n, children: withoutSpans(n.children, drop) } as Inline);
		else out.push(n);
	}
	return out;
}

/**
 * The article with the site rules applied, or the same article when none apply.
 *
 * Workflow:
 * 1. Match: every rule's selector against the dump's divs, headings and spans (a selector that matches nothing is
 *    ignored).
 * 2. Include: the content blocks of each included element join the article at their place in the dump, unless a
 *    kept block already covers them; removed-region entries inside an included element are dropped.
 * 3. Exclude (wins over include): blocks inside an excluded element leave the article, and excluded spans leave the
 *    paragraphs and headings that hold them. Each excluded element that took something out is recorded as a removed
 *    region with step `site-rule` and the rule as its signal.
 */
export function applySiteRules(doc: DumpDocument, article: Article, rules: readonly SiteRule[]): Article {
	const parsed = rules.map((r) => ({ rule: r, sel: parseSelector(r.selector) })).filter((r): r is { rule: SiteRule; sel: Selector } => r.sel !== undefined);
	if (parsed.length === 0) return article;
	const elements = elementsOf(doc);
	// 1. Match.
	const included: { el: Element; rule: SiteRule }[] = [];
	const excluded: { el: Element; rule: SiteRule }[] = [];
	for (const { rule, sel } of parsed) {
		for (const el of elements) if (matches(el, sel)) (rule.action === 'include' ? included : excluded).push({ el, rule });
	}
	if (included.length === 0 && excluded.length === 0) return article;

	// 2. Include.
	let blocks: Block[] = [...article.blocks];
	let removed: RemovedRegion[] = [...article.removed];
	for (const { el } of included) {
		const candidates = el.span ? [el.block] : contentBlocks(el.block);
		for (const c of candidates) {
			if (blocks.some((k) => k === c || inside(c.range, k.range) || inside(k.range, c.range))) continue;
			blocks.push(c);
		}
		removed = removed.filter((r) => !inside(r.range, el.range));
	}
	blocks.sort((a, b) => a.range.start - b.range.start);

	// 3. Exclude.
	for (const { el, rule } of excluded) {
		const before = blocks.length;
		let changed = false;
		if (el.span) {
			blocks = blocks.map((b) => {
				if (b !== el.block || (b.kind !== 'paragraph' && b.kind !== 'heading')) return b;
				changed = true;
				return withContent(b, withoutSpans(b.content, [el.range]));
			});
		} else blocks = blocks.filter((b) => !inside(b.range, el.range));
		if (changed || blocks.length !== before) removed.push({ range: el.range, step: 'site-rule', signal: `exclude ${rule.selector} (${rule.host})` });
	}
	removed.sort((a, b) => a.range.start - b.range.start);
	// 4. The word count follows the blocks: what the rules added or took away, counted as the outline counts.
	const words = article.metadata.wordCount;
	const metadata = words ? { ...article.metadata, wordCount: { ...words, value: Math.max(0, words.value + blockWords(blocks) - blockWords(article.blocks)) } } : article.metadata;
	return { ...article, metadata, blocks, removed, empty: blocks.length === 0 };
}

// Ids and classes that hold a run of digits or a long hex string are generated per page (post-4711, css-1a2b3c4d):
// a rule made from them would not match the site's next page.
const GENERATED_NAME_RE = /\d{3,}|[0-9a-f]{8,}|^[a-z]{1,3}-(?=[a-z]*\d)[0-9a-z]{5,}$/i;
const NAME_RE = /^[A-Za-z_][\w-]*$/;
// Two classes name a block well enough; more make the rule fragile when the site adds a modifier class.
export const MAX_SELECTOR_CLASSES = 2;

export function stableName(name: string): boolean {
	return NAME_RE.test(name) && !GENERATED_NAME_RE.test(name) && name.length <= 48;
}

/** The most specific selector of an element that looks stable across a site's pages, or undefined. */
export function stableSelector(el: { tag: string; attrs?: Attributes }): string | undefined {
	const id = el.attrs?.id;
	if (id && stableName(id)) return `${el.tag}#${id}`;
	const classes = (el.attrs?.classes ?? []).filter(stableName).slice(0, MAX_SELECTOR_CLASSES);
	if (classes.length > 0) return `${el.tag}.${classes.join('.')}`;
	return undefined;
}

export interface SelectorProposal {
	/** The proposed selector: the innermost element around the block that has a stable one. */
	readonly selector: string;
	/** The range of the element it names. */
	readonly range: SourceRange;
	/** Other selectors from further out, for the reviewer to choose instead. */
	readonly alternatives: readonly string[];
}

/**
 * A selector for a rule about the blocks in `range`: for `exclude`, the innermost div, heading or span around them
 * with a stable id or classes that does not hold the whole article (that would drop everything); for `include`,
 * the innermost such element around the removed region.
 */
export function proposeSelector(doc: DumpDocument, article: Article, range: SourceRange, action: SiteRuleAction): SelectorProposal | undefined {
	const selectors: { selector: string; range: SourceRange }[] = [];
	for (const el of elementsAround(doc, article, range, action)) {
		const s = stableSelector(el);
		if (s && !selectors.some((x) => x.selector === s)) selectors.push({ selector: s, range: el.range });
	}
	if (selectors.length === 0) return undefined;
	return { selector: selectors[0].selector, range: selectors[0].range, alternatives: selectors.slice(1).map((s) => s.selector) };
}

/**
 * The elements a rule about the blocks in `range` may name, innermost first: for `exclude`, the divs, headings and
 * spans around them that do not hold the whole article (that would drop everything); for `include`, those around the
 * removed region (and a removed region that is itself a div).
 */
export function elementsAround(doc: DumpDocument, article: Article, range: SourceRange, action: SiteRuleAction): { readonly tag: string; readonly attrs?: Attributes; readonly range: SourceRange }[] {
	const around = elementsOf(doc)
		.filter((el) => inside(range, el.range) || (!el.span && el.range.start === range.start && inside(el.range, range)))
		.sort((a, b) => (a.range.end - a.range.start) - (b.range.end - b.range.start));
	const region = article.region;
	return around.filter((el) => action === 'include' || !region || !inside(region, el.range));
}

/** How many divs, headings and spans of the dump a selector names (0 for a selector that is not of the supported form). */
export function countMatches(doc: DumpDocument, selector: string): number {
	const sel = parseSelector(selector);
	if (!sel) return 0;
	let n = 0;
	for (const el of elementsOf(doc)) if (matches(el, sel)) n++;
	return n;
}
