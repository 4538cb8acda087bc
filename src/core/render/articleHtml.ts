// Article HTML: renders the article Markdown with a strict markdown-it instance, maps blocks back to dump lines, and
// builds the standalone HTML document. Everything here treats the dump as hostile: no raw HTML, no unsafe URLs.
import MarkdownIt from 'markdown-it';
import type { Article, ArticleMetadata, MetadataField } from '../extract/article';
import { isUncertain } from '../extract/metadata/confidence';
import type { SourceRange } from '../model/dumpDocument';
import { LineIndex } from '../text/lineIndex';
import type { OutputBlock, RenderedMarkdown } from './renderedMarkdown';

type Token = MarkdownIt.Token;
type Md = MarkdownIt.MarkdownIt;

/**
 * Which images survive: `all` keeps http, https, relative and raster `data:` images; `https` drops plain http
 * (the webview's CSP would block it anyway); `none` replaces every image with its alt text.
 */
export type ImagePolicy = 'all' | 'https' | 'none';

export interface ArticleHtmlOptions {
	readonly images?: ImagePolicy;
	/**
	 * The dump the Markdown was rendered from. When given, every top-level block gets `data-line-start` and
	 * `data-line-end`: the zero-based first and last dump line of its source.
	 */
	readonly dump?: LineIndex | string;
}

/** A heading of the article body, for a table of contents. */
export interface TocEntry {
	readonly level: number;
	readonly text: string;
	/** The `id` given to the heading element (prefixed so it cannot clobber DOM globals). */
	readonly id: string;
	/** Zero-based dump line of the heading, when a dump was given. */
	readonly line?: number;
}

export interface ArticleHtmlStats {
	readonly words: number;
	readonly links: number;
	readonly images: number;
	/** Links and images dropped because of their URL. */
	readonly blockedUrls: number;
}

export interface ArticleHtml {
	/** Sanitized HTML fragment: safe to insert into a page that allows no scripts. */
	readonly html: string;
	readonly toc: readonly TocEntry[];
	readonly stats: ArticleHtmlStats;
}

// Schemes a link may use; anything else with a scheme is dropped. No scheme means relative or `#fragment`.
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_SCHEMES = new Set(['http', 'https']);
// Raster images only: SVG can carry script.
const DATA_IMAGE_RE = /^data:image\/(?:png|gif|jpeg|webp)[;,]/;
const SCHEME_RE = /^([a-z][a-z0-9+.-]*):/;
// Characters browsers ignore inside or around a URL scheme (C0 controls, space, C1, and Unicode blanks) — stripped
// before the scheme check so `java\tscript:` and `\u0000javascript:` are seen for what they are.
const IGNORED_IN_URL_RE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0', sol: '/', amp: '&' };

/** Decodes what could hide a scheme: percent escapes and HTML character references. Never throws. */
function revealUrl(url: string): string {
	let s = url;
	// Twice, so `&amp;#x09;` and `%2509` style double encodings are unwrapped too.
	for (let round = 0; round < 2; round++) {
		s = s
			.replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => safeFromCodePoint(parseInt(h, 16)))
			.replace(/&#([0-9]+);?/g, (_, d: string) => safeFromCodePoint(parseInt(d, 10)))
			.replace(/&([a-z]+);/gi, (m, n: string) => NAMED_ENTITIES[n.toLowerCase()] ?? m)
			.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
	}
	return s.replace(IGNORED_IN_URL_RE, '').toLowerCase();
}

function safeFromCodePoint(cp: number): string {
	return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
}

/** The lower-case scheme of a URL as a browser would read it, `''` for a relative URL, or undefined when unreadable. */
function schemeOf(revealed: string): string | undefined {
	const m = SCHEME_RE.exec(revealed);
	if (m) return m[1];
	// A colon before the first `/`, `?` or `#` without a valid scheme is not a plain relative URL: refuse it.
	const colon = revealed.indexOf(':');
	if (colon < 0) return '';
	const firstDelimiter = revealed.search(/[/?#]/);
	return firstDelimiter >= 0 && firstDelimiter < colon ? '' : undefined;
}

/** True when a link target is http, https, mailto, relative or a `#fragment`, in any spelling. */
export function isSafeLinkUrl(url: string): boolean {
	const scheme = schemeOf(revealUrl(url));
	return scheme === '' || (scheme !== undefined && LINK_SCHEMES.has(scheme));
}

/** True when an image source is http(s), relative, or a raster `data:image/...`; `https` also refuses plain http. */
export function isSafeImageUrl(url: string, policy: ImagePolicy = 'all'): boolean {
	if (policy === 'none') return false;
	const revealed = revealUrl(url);
	const scheme = schemeOf(revealed);
	if (scheme === 'data') return DATA_IMAGE_RE.test(revealed);
	if (scheme === 'http') return policy === 'all';
	return scheme === '' || (scheme !== undefined && IMAGE_SCHEMES.has(scheme));
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** What the render rules read and count; a foreign env without a policy gets the strictest one. */
interface RenderEnv extends MarkdownIt.Env {
	policy?: ImagePolicy;
	blockedUrls?: number;
}

function countBlocked(env: RenderEnv | undefined): void {
	if (env) env.blockedUrls = (env.blockedUrls ?? 0) + 1;
}

function attr(token: Token, name: string): string {
	const v = token.attrGet(name);
	return v === null ? '' : String(v);
}

/** The shared strict instance: CommonMark + GFM tables/strikethrough, raw HTML escaped, no linkify, no typographer. */
function createMarkdownIt(): Md {
	const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false });
	// First line of defence: markdown-it leaves a link or image with a refused URL as plain text.
	md.validateLink = (url: string) => isSafeLinkUrl(url) || isSafeImageUrl(url, 'all');
	const rules = md.renderer.rules;
	const defaultRender: MarkdownIt.RendererRule = (tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options);

	// Second line: the per-kind rules (a `data:image` is fine as an image, never as a link; mailto never as an image).
	const linkOpen = rules.link_open ?? defaultRender;
	rules.link_open = (tokens, idx, options, env: RenderEnv | undefined, self) => {
		const token = tokens[idx];
		const href = attr(token, 'href');
		if (!isSafeLinkUrl(href)) {
			token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
			countBlocked(env);
		} else if (SCHEME_RE.test(revealUrl(href))) {
			// External targets: no referrer, no opener, whether or not the page opens them in a new window.
			token.attrSet('rel', 'noopener noreferrer nofollow');
		}
		return linkOpen(tokens, idx, options, env, self);
	};
	const image = rules.image ?? defaultRender;
	rules.image = (tokens, idx, options, env: RenderEnv | undefined, self) => {
		const token = tokens[idx];
		const src = attr(token, 'src');
		const policy = env?.policy ?? 'none';
		if (!isSafeImageUrl(src, policy)) {
			if (policy !== 'none') countBlocked(env);
			const alt = self.renderInlineAsText(token.children ?? [], options, env);
			return `<span class="pd-image-omitted" title="Image not shown">[image${alt ? ': ' + escapeHtml(alt) : ''}]</span>`;
		}
		token.attrSet('loading', 'lazy');
		token.attrSet('referrerpolicy', 'no-referrer');
		return image(tokens, idx, options, env, self);
	};
	// Table alignment as classes: a CSP without 'unsafe-inline' blocks style attributes.
	for (const name of ['th_open', 'td_open'] as const) {
		rules[name] = (tokens, idx, options, _env, self) => {
			const token = tokens[idx];
			const style = attr(token, 'style');
			if (style) {
				token.attrs = (token.attrs ?? []).filter(([n]) => n !== 'style');
				const align = /text-align:(left|right|center)/.exec(style);
				if (align) token.attrJoin('class', `pd-align-${align[1]}`);
			}
			return self.renderToken(tokens, idx, options);
		};
	}
	// Fence info strings come from the dump: keep only a plausible language name as the class.
	rules.fence = (tokens, idx) => {
		const token = tokens[idx];
		const lang = /^[A-Za-z0-9_+#.-]{1,40}/.exec(token.info.trim())?.[0];
		const attrs = [...(token.attrs ?? [])].filter(([n]) => n.startsWith('data-line-'));
		const preAttrs = attrs.map(([n, v]) => ` ${n}="${escapeHtml(String(v))}"`).join('');
		return `<pre${preAttrs}><code${lang ? ` class="language-${escapeHtml(lang)}"` : ''}>${escapeHtml(token.content)}</code></pre>\n`;
	};
	return md;
}

let sharedMd: Md | undefined;
function markdownIt(): Md {
	return (sharedMd ??= createMarkdownIt());
}

/** The first output block whose last line is at or after `line` (blocks are in output order). */
function firstBlockEndingAtOrAfter(blocks: readonly OutputBlock[], line: number): number {
	let lo = 0;
	let hi = blocks.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (blocks[mid].endLine < line) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The dump range covered by the output blocks overlapping Markdown lines [start, end). */
function sourceOf(blocks: readonly OutputBlock[], start: number, end: number): SourceRange | undefined {
	let from = Infinity;
	let to = -Infinity;
	for (let i = firstBlockEndingAtOrAfter(blocks, start); i < blocks.length && blocks[i].startLine < end; i++) {
		from = Math.min(from, blocks[i].source.start);
		to = Math.max(to, blocks[i].source.end);
	}
	return from <= to ? { start: from, end: to } : undefined;
}

/** Zero-based first and last dump line of a range (the end is exclusive, so a range ending at a line start stops above). */
export function lineSpan(index: LineIndex, range: SourceRange): { start: number; end: number } {
	const start = index.lineAt(range.start);
	return { start, end: Math.max(start, index.lineAt(Math.max(range.start, range.end - 1))) };
}

function inlineText(token: Token | undefined): string {
	if (!token?.children) return token?.content ?? '';
	return token.children.map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : c.type === 'image' ? inlineText(c) : '')).join('');
}

function slug(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'section';
}

/**
 * Renders the article body to a sanitized HTML fragment. Raw HTML in the text is escaped, unsafe link targets and
 * image sources are dropped, headings get ids, and top-level blocks get their dump lines when `options.dump` is given.
 */
export function renderArticleHtml(rendered: RenderedMarkdown, options: ArticleHtmlOptions = {}): ArticleHtml {
	const md = markdownIt();
	const env: RenderEnv = { policy: options.images ?? 'all', blockedUrls: 0 };
	const tokens = md.parse(rendered.markdown, env);
	const index = typeof options.dump === 'string' ? new LineIndex(options.dump) : options.dump;
	const toc: TocEntry[] = [];
	const usedIds = new Set<string>();
	const nextSuffix = new Map<string, number>();
	let words = 0;
	let links = 0;
	let images = 0;

	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		let lines: { start: number; end: number } | undefined;
		if (token.level === 0 && token.nesting >= 0 && token.block && token.map && index) {
			const source = sourceOf(rendered.blocks, token.map[0], token.map[1]);
			if (source) {
				lines = lineSpan(index, source);
				token.attrSet('data-line-start', String(lines.start));
				token.attrSet('data-line-end', String(lines.end));
			}
		}
		if (token.type === 'heading_open') {
			const text = inlineText(tokens[i + 1]).trim();
			const base = `pd-${slug(text)}`;
			let id = base;
			// Resume at the base's last suffix: suffixes below it are taken (ids are never freed), and counting from 2
			// for every repeat of a heading was quadratic on dumps that repeat one title thousands of times.
			let n = nextSuffix.get(base) ?? 2;
			if (usedIds.has(id)) {
				for (id = `${base}-${n}`; usedIds.has(id); ) id = `${base}-${++n}`;
				nextSuffix.set(base, n + 1);
			}
			usedIds.add(id);
			token.attrSet('id', id);
			if (token.level === 0) toc.push({ level: Number(token.tag.slice(1)), text, id, line: lines?.start });
		}
		if (token.type === 'inline') {
			for (const child of token.children ?? []) {
				if (child.type === 'text' || child.type === 'code_inline') words += countWords(child.content);
				else if (child.type === 'link_open') links++;
				else if (child.type === 'image') images++;
			}
		} else if (token.type === 'fence' || token.type === 'code_block') {
			words += countWords(token.content);
		}
	}
	const html = md.renderer.render(tokens, md.options, env);
	return { html, toc, stats: { words, links, images, blockedUrls: env.blockedUrls ?? 0 } };
}

/** Words as a reader counts them: runs of letters or digits (apostrophes and hyphens inside a word keep it whole). */
export function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** One row of the metadata card: the value when found, where and how it was found, or absent when missing. */
export interface MetadataRow {
	readonly key: keyof ArticleMetadata;
	readonly label: string;
	/** The value as display text; undefined when the field is missing. */
	readonly value?: string;
	readonly rule?: string;
	readonly confidence?: number;
	/** The value is a guess a reviewer should check (see metadata/confidence.ts). */
	readonly uncertain?: boolean;
	readonly source?: SourceRange;
}

// Card order: what a reviewer checks first comes first.
const METADATA_LABELS: readonly (readonly [keyof ArticleMetadata, string])[] = [
	['title', 'Title'],
	['author', 'Author'],
	['published', 'Published'],
	['modified', 'Modified'],
	['url', 'URL'],
	['siteName', 'Site'],
	['language', 'Language'],
	['description', 'Description'],
	['tags', 'Tags'],
	['leadImage', 'Lead image'],
	['wordCount', 'Words'],
];

/** The metadata card rows in a fixed order; a field that was not found is a row without a value. */
export function metadataRows(metadata: ArticleMetadata): MetadataRow[] {
	return METADATA_LABELS.map(([key, label]) => {
		const field = metadata[key] as MetadataField<string | number | string[]> | undefined;
		if (!field) return { key, label };
		const value = Array.isArray(field.value) ? field.value.join(', ') : String(field.value);
		return { key, label, value, rule: field.rule, confidence: field.confidence, uncertain: isUncertain(field), source: field.source };
	});
}

export interface HtmlDocumentOptions extends ArticleHtmlOptions {
	/** Written into `<meta name="generator">`. */
	readonly generator?: string;
}

// The standalone page needs no script and no remote styles; images follow the same scheme rules as links.
const DOCUMENT_CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const LANGUAGE_RE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

const DOCUMENT_STYLE = `
body { max-width: 46em; margin: 2em auto; padding: 0 1em; font: 16px/1.6 system-ui, sans-serif; color: #1f2328; background: #fff; }
h1 { line-height: 1.25; }
@media (prefers-color-scheme: dark) { body { color: #e6edf3; background: #0d1117; } a { color: #58a6ff; } }
header.pd-meta { border-bottom: 1px solid #8884; margin-bottom: 1.5em; }
header.pd-meta p { margin: 0.2em 0; color: #888; }
img { max-width: 100%; height: auto; }
pre { overflow-x: auto; padding: 0.8em; background: #8881; }
code { font-family: ui-monospace, monospace; font-size: 0.92em; }
table { border-collapse: collapse; } th, td { border: 1px solid #8886; padding: 0.3em 0.6em; }
.pd-align-left { text-align: left; } .pd-align-right { text-align: right; } .pd-align-center { text-align: center; }
blockquote { margin-left: 0; padding-left: 1em; border-left: 3px solid #8886; color: #888; }
.pd-image-omitted { color: #888; font-style: italic; }
`;

/**
 * A standalone HTML document for the article: metadata header and body, no script, no event handlers, no unsafe
 * URLs, and a restrictive CSP `<meta>` as a second line of defence. This is the CLI's `--format html` output.
 */
export function renderHtmlDocument(article: Article, rendered: RenderedMarkdown, options: HtmlDocumentOptions = {}): string {
	const { html } = renderArticleHtml(rendered, options);
	const m = article.metadata;
	const title = m.title?.value.trim() || 'Untitled article';
	const lang = m.language && LANGUAGE_RE.test(m.language.value) ? m.language.value : undefined;
	const head: string[] = [
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(DOCUMENT_CSP)}">`,
		'<meta name="referrer" content="no-referrer">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(title)}</title>`,
	];
	if (options.generator) head.push(`<meta name="generator" content="${escapeHtml(options.generator)}">`);
	if (m.author) head.push(`<meta name="author" content="${escapeHtml(m.author.value)}">`);
	if (m.description) head.push(`<meta name="description" content="${escapeHtml(m.description.value)}">`);
	if (m.tags?.value.length) head.push(`<meta name="keywords" content="${escapeHtml(m.tags.value.join(', '))}">`);
	head.push(`<style>${DOCUMENT_STYLE}</style>`);

	const byline: string[] = [];
	if (m.author) byline.push(`By <span class="pd-author">${escapeHtml(m.author.value)}</span>`);
	if (m.published) byline.push(`<time datetime="${escapeHtml(m.published.value)}">${escapeHtml(m.published.value)}</time>`);
	if (m.modified) byline.push(`updated <time datetime="${escapeHtml(m.modified.value)}">${escapeHtml(m.modified.value)}</time>`);
	const headerLines = [`<h1>${escapeHtml(title)}</h1>`];
	if (byline.length) headerLines.push(`<p class="pd-byline">${byline.join(' · ')}</p>`);
	const site = m.siteName ? escapeHtml(m.siteName.value) : undefined;
	if (m.url && isSafeLinkUrl(m.url.value) && /^https?:/i.test(m.url.value.trim())) {
		headerLines.push(`<p class="pd-source">Source: <a href="${escapeHtml(m.url.value.trim())}" rel="noopener noreferrer nofollow">${site ?? escapeHtml(m.url.value)}</a></p>`);
	} else if (site) {
		headerLines.push(`<p class="pd-source">Source: ${site}</p>`);
	}
	if (m.tags?.value.length) headerLines.push(`<p class="pd-tags">Tags: ${m.tags.value.map(escapeHtml).join(', ')}</p>`);

	return [
		'<!DOCTYPE html>',
		lang ? `<html lang="${escapeHtml(lang)}">` : '<html>',
		'<head>',
		...head,
		'</head>',
		'<body>',
		'<article>',
		'<header class="pd-meta">',
		...headerLines,
		'</header>',
		html.trimEnd(),
		'</article>',
		'</body>',
		'</html>',
		'',
	].join('\n');
}
