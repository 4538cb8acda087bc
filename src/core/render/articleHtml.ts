// Article HTML: renders the article Markdown with a strict markdown-it instance, maps blocks back to dump lines, and
// builds the standalone HTML document. Everything here treats the dump as hostile: no raw HTML, no unsafe URLs.
import MarkdownIt from 'markdown-it';
import type { Article, ArticleMetadata, MetadataField } from '../extract/article';
import { isUncertain, MEASURED_FIELDS } from '../extract/metadata/confidence';
import type { SourceRange } from '../model/dumpDocument';
import { LineIndex } from '../text/lineIndex';
import { HeadingIds } from './headingIds';
import { markdownChunks } from './markdownChunks';
import { outputBlockReader, type OutputBlockReader, type RenderedMarkdown } from './renderedMarkdown';
import { METADATA_FIELDS } from '../extract/metadataFields';
import { classifyUrl, isSafeLinkUrl } from '../url/urlPolicy';
import { type ImagePolicy, imageDecision } from '../url/imagePolicy';

type Token = MarkdownIt.Token;
type Md = MarkdownIt.MarkdownIt;

export type { ImagePolicy } from '../url/imagePolicy';
export { isSafeImageUrl } from '../url/imagePolicy';
export { isSafeLinkUrl } from '../url/urlPolicy';

export interface ArticleHtmlOptions {
	readonly images?: ImagePolicy;
	/**
	 * The dump the Markdown was rendered from. When given, every top-level block gets `data-line-start` and
	 * `data-line-end`: the zero-based first and last dump line of its source.
	 */
	readonly dump?: LineIndex | string;
	/**
	 * At most this many headings go into the table of contents (all of them when undefined); `tocTotal` still counts
	 * every one. The preview's Contents card caps it: a dump of 60,000 headings made a 5.7 MB list that nobody reads
	 * through, on the extension host and again in the webview (issue 11).
	 */
	readonly maxToc?: number;
}

/** A heading of the article body, for a table of contents. */
export interface TocEntry {
	readonly level: number;
	readonly text: string;
	/**
	 * The `id` given to the heading element: `pd-h-` and a slug, so it can neither clobber DOM globals nor shadow the
	 * preview's own element ids (`pd-toc`, `pd-meta`, …, none of which starts with `pd-h-`).
	 */
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
	/** Remote images held back by the image policy (the preview offers to load them). */
	readonly heldImages: number;
}

export interface ArticleHtml {
	/** Sanitized HTML fragment: safe to insert into a page that allows no scripts. */
	readonly html: string;
	readonly toc: readonly TocEntry[];
	/** The article's top-level headings, also those left out of `toc` by `maxToc`. */
	readonly tocTotal: number;
	readonly stats: ArticleHtmlStats;
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** What the render rules read and count; a foreign env without a policy gets the strictest one. */
interface RenderEnv extends MarkdownIt.Env {
	policy?: ImagePolicy;
	blockedUrls?: number;
	heldImages?: number;
}

/** True when a safe link names its scheme (an external target), not a relative reference or fragment. */
function hasScheme(href: string): boolean {
	const v = classifyUrl(href, 'link');
	return v.safe && v.scheme !== undefined;
}

function countHeld(env: RenderEnv | undefined): void {
	if (env) env.heldImages = (env.heldImages ?? 0) + 1;
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
	md.validateLink = (url: string) => isSafeLinkUrl(url) || classifyUrl(url, 'image').safe;
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
		} else if (hasScheme(href)) {
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
		const decision = imageDecision(src, policy);
		if (decision !== 'show') {
			const alt = self.renderInlineAsText(token.children ?? [], options, env);
			if (decision === 'drop' || policy === 'none') {
				if (decision === 'drop') countBlocked(env);
				return `<span class="pd-image-omitted" title="Image not shown">[image${alt ? ': ' + escapeHtml(alt) : ''}]</span>`;
			}
			// Held back, not refused: the preview offers to load remote images in place.
			countHeld(env);
			return `<span class="pd-image-held" title="Remote image not loaded">[remote image not loaded${alt ? ': ' + escapeHtml(alt) : ''}]</span>`;
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
	joinRenderedPieces(md.renderer);
	return md;
}

/**
 * markdown-it's `render` and `renderInline`, the same pieces in the same order, collected and joined once. Its own
 * `result +=` leaves a rope of one 32-byte node per token beside the piece, alive as long as the HTML is: 'UTF-16'
 * (10,000 tiny sections) kept 5.8 MB of rope for 0.5 MB of HTML through the diagnose and JSON steps.
 */
function joinRenderedPieces(renderer: MarkdownIt.Renderer): void {
	renderer.renderInline = function (tokens, options, env) {
		const rules = this.rules;
		const parts: string[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const rule = rules[tokens[i].type];
			parts.push(rule !== undefined ? rule(tokens, i, options, env, this) : this.renderToken(tokens, i, options));
		}
		return parts.join('');
	};
	renderer.render = function (tokens, options, env) {
		const rules = this.rules;
		const parts: string[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const type = tokens[i].type;
			const rule = rules[type];
			if (type === 'inline') parts.push(this.renderInline(tokens[i].children ?? [], options, env));
			else parts.push(rule !== undefined ? rule(tokens, i, options, env, this) : this.renderToken(tokens, i, options));
		}
		return parts.join('');
	};
}

let sharedMd: Md | undefined;
function markdownIt(): Md {
	return (sharedMd ??= createMarkdownIt());
}

/** The first output block whose last line is at or after `line` (blocks are in output order). */
function firstBlockEndingAtOrAfter(blocks: OutputBlockReader, line: number): number {
	let lo = 0;
	let hi = blocks.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (blocks.endLine(mid) < line) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The dump range covered by the output blocks overlapping Markdown lines [start, end). */
function sourceOf(blocks: OutputBlockReader, start: number, end: number): SourceRange | undefined {
	let from = Infinity;
	let to = -Infinity;
	for (let i = firstBlockEndingAtOrAfter(blocks, start); i < blocks.length && blocks.startLine(i) < end; i++) {
		from = Math.min(from, blocks.sourceStart(i));
		to = Math.max(to, blocks.sourceEnd(i));
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

/** Heading ids start with this; the preview shell's ids never do (a unit test keeps it so). */
export const HEADING_ID_PREFIX = 'pd-h-';

function slug(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'section';
}

/**
 * How many distinct heading texts the toc shares at most. A repeated heading's entry shares the first one's string:
 * each was a string of its own from markdown-it's tokens (24 bytes or more a heading; 'headings named like the
 * preview' repeats three titles 60,000 times). Past this many the table starts afresh, so it never holds more
 * than a few KB beside a toc of all different headings.
 */
const SHARED_TEXTS_MAX = 256;

/** Equal strings as one: the first seen of each, among the last SHARED_TEXTS_MAX distinct ones. */
class SharedTexts {
	readonly #seen = new Map<string, string>();

	share(text: string): string {
		const seen = this.#seen.get(text);
		if (seen !== undefined) return seen;
		if (this.#seen.size >= SHARED_TEXTS_MAX) this.#seen.clear();
		this.#seen.set(text, text);
		return text;
	}
}

/** What `writeArticleHtml` reports besides the pieces it wrote. */
export interface ArticleHtmlSummary {
	/** The headings, when asked for (`toc: true`); else undefined. */
	readonly toc: TocEntry[] | undefined;
	/** Top-level headings seen, also those past `maxToc`. */
	readonly tocTotal: number;
	readonly stats: ArticleHtmlStats;
}

/**
 * Renders the article body to `sink` a piece at a time (a piece of Markdown's HTML, see markdownChunks.ts): the
 * pieces joined are `renderArticleHtml`'s `html`. Nothing but the piece being rendered is held, so the CLI's
 * `--format html` never holds the whole body (issue 11). With `toc`, the headings are collected for a table of
 * contents; without it none is made.
 */
export function writeArticleHtml(rendered: RenderedMarkdown, options: ArticleHtmlOptions, sink: (piece: string) => void, toc: boolean): ArticleHtmlSummary {
	const md = markdownIt();
	const env: RenderEnv = { policy: options.images ?? 'all', blockedUrls: 0, heldImages: 0 };
	const index = typeof options.dump === 'string' ? new LineIndex(options.dump) : options.dump;
	const entries: TocEntry[] | undefined = toc ? [] : undefined;
	const ids = new HeadingIds();
	const texts = new SharedTexts();
	const maxToc = options.maxToc ?? Infinity;
	let tocTotal = 0;
	let words = 0;
	let links = 0;
	let images = 0;
	// A piece at a time (see markdownChunks.ts): one piece's tokens live at once, not the whole article's.
	const blocks = outputBlockReader(rendered.blocks);
	const chunks = markdownChunks(rendered.markdown, blocks);
	for (let c = 0; c < chunks.length; c++) {
		const lineBase = chunks[c].line;
		const piece = chunks.length === 1 ? rendered.markdown : rendered.markdown.slice(chunks[c].offset, c + 1 < chunks.length ? chunks[c + 1].offset : undefined);
		const tokens = md.parse(piece, env);
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			let lines: { start: number; end: number } | undefined;
			if (token.level === 0 && token.nesting >= 0 && token.block && token.map && index) {
				const source = sourceOf(blocks, lineBase + token.map[0], lineBase + token.map[1]);
				if (source) {
					lines = lineSpan(index, source);
					token.attrSet('data-line-start', String(lines.start));
					token.attrSet('data-line-end', String(lines.end));
				}
			}
			if (token.type === 'heading_open') {
				const text = inlineText(tokens[i + 1]).trim();
				const id = ids.take(`${HEADING_ID_PREFIX}${slug(text)}`);
				token.attrSet('id', id);
				if (token.level === 0 && tocTotal++ < maxToc) entries?.push({ level: Number(token.tag.slice(1)), text: texts.share(text), id, line: lines?.start });
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
		sink(md.renderer.render(tokens, md.options, env));
	}
	return { toc: entries, tocTotal, stats: { words, links, images, blockedUrls: env.blockedUrls ?? 0, heldImages: env.heldImages ?? 0 } };
}

/**
 * Characters of HTML in a piece of the preview's article (`renderArticleHtmlPieces`), but the last: a piece ends at
 * the first of `writeArticleHtml`'s pieces that reaches this many, so at a top-level block boundary, never inside a
 * tag or an attribute. An article under this many characters is one piece, posted in one message as before. The
 * preview posts a piece a message and never joins them (issue 11): the headings' shape (4.97 MB of HTML) held 282
 * pieces of 17.6 KB and their 4.97 MB join at once on the extension host; 64 KB pieces are 78 messages.
 */
export const HTML_PIECE_CHARS = 64 * 1024;

/** The article body as `renderArticleHtml` makes it, its HTML in pieces that joined are its `html`. */
export interface ArticleHtmlPieces extends Omit<ArticleHtml, 'html'> {
	/** At least one piece (an empty article is one empty piece); each piece is whole top-level blocks. */
	readonly pieces: readonly string[];
}

/**
 * Renders the article body as `renderArticleHtml` does, in pieces of about `pieceChars` (whole top-level blocks,
 * see HTML_PIECE_CHARS) that are never joined: the preview posts them one message each.
 */
export function renderArticleHtmlPieces(rendered: RenderedMarkdown, options: ArticleHtmlOptions = {}, pieceChars = HTML_PIECE_CHARS): ArticleHtmlPieces {
	const pieces: string[] = [];
	let group: string[] = [];
	let length = 0;
	const { toc, tocTotal, stats } = writeArticleHtml(rendered, options, (part) => {
		group.push(part);
		length += part.length;
		if (length < pieceChars) return;
		pieces.push(group.length === 1 ? group[0] : group.join(''));
		group = [];
		length = 0;
	}, true);
	if (group.length > 0 || pieces.length === 0) pieces.push(group.length === 1 ? group[0] : group.join(''));
	return { pieces, toc: toc ?? [], tocTotal, stats };
}

/**
 * Renders the article body to a sanitized HTML fragment. Raw HTML in the text is escaped, unsafe link targets and
 * image sources are dropped, headings get ids, and top-level blocks get their dump lines when `options.dump` is given.
 * The fragment is `writeArticleHtml`'s pieces joined, for callers that need one string.
 */
export function renderArticleHtml(rendered: RenderedMarkdown, options: ArticleHtmlOptions = {}): ArticleHtml {
	const parts: string[] = [];
	const { toc, tocTotal, stats } = writeArticleHtml(rendered, options, (piece) => void parts.push(piece), true);
	const html = parts.length === 1 ? parts[0] : parts.join('');
	return { html, toc: toc ?? [], tocTotal, stats };
}

/** Words as a reader counts them: runs of letters or digits (apostrophes and hyphens inside a word keep it whole). */
export function countWords(text: string): number {
	// Counted match by match: the array of every word of a long paragraph is several times its size.
	const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
	let n = 0;
	while (word.exec(text) !== null) n++;
	return n;
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
// The card's rows, in the one table's order.
const METADATA_LABELS: readonly (readonly [keyof ArticleMetadata, string])[] = METADATA_FIELDS.filter((f) => f.card).map((f) => [f.key, f.label]);

/** The metadata card rows in a fixed order; a field that was not found is a row without a value. */
export function metadataRows(metadata: ArticleMetadata): MetadataRow[] {
	return METADATA_LABELS.map(([key, label]) => {
		const field = metadata[key] as MetadataField<string | number | string[]> | undefined;
		if (!field) return { key, label };
		const value = Array.isArray(field.value) ? field.value.join(', ') : String(field.value);
		return { key, label, value, rule: field.rule, confidence: field.confidence, uncertain: MEASURED_FIELDS.has(key) && isUncertain(field), source: field.source };
	});
}

export interface HtmlDocumentOptions extends ArticleHtmlOptions {
	/** Written into `<meta name="generator">`. */
	readonly generator?: string;
}

// The standalone page needs no script and no remote styles; images only over https (plain http leaks the reader's
// requests to the network) or embedded. Tracking pixels never reach this page: the Markdown renderer drops them.
const DOCUMENT_CSP = "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
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
 * URLs, and a restrictive CSP `<meta>` as a second line of defence. This is the CLI's `--format html` output, here as
 * one string: `writeHtmlDocument`'s pieces joined.
 */
export function renderHtmlDocument(article: Article, rendered: RenderedMarkdown, options: HtmlDocumentOptions = {}): string {
	const parts: string[] = [];
	writeHtmlDocument(article, rendered, options, (piece) => void parts.push(piece));
	return parts.join('');
}

/**
 * Writes the standalone HTML document to `sink` in pieces: the head and header as one, the body a piece of Markdown's
 * HTML at a time (see `writeArticleHtml`), then the closing tags. The document is never held whole, nor twice while
 * joined: the headings' shape of issue 11 held its body's pieces and their join at once (5 MB for 2.5 MB of HTML).
 */
export function writeHtmlDocument(article: Article, rendered: RenderedMarkdown, options: HtmlDocumentOptions, sink: (piece: string) => void): void {
	sink(documentStart(article, options));
	// Plain http images are held back: the page's CSP would block them, and a placeholder says so honestly.
	writeArticleHtml(rendered, { ...options, images: options.images ?? 'https' }, trimmingEnd(sink), false);
	sink('\n</article>\n</body>\n</html>\n');
}

/**
 * A sink that passes pieces on without the white space that ends the last of them (the body ends trimmed, as
 * `trimEnd` would cut the joined text): a piece's trailing white space is held back until a later piece has more.
 */
function trimmingEnd(sink: (piece: string) => void): (piece: string) => void {
	let held = '';
	return (piece) => {
		const kept = piece.trimEnd();
		if (kept.length === 0) {
			held += piece;
			return;
		}
		if (held.length > 0) sink(held);
		sink(kept);
		held = piece.length > kept.length ? piece.slice(kept.length) : '';
	};
}

/** The document up to the article body: doctype, head, and the metadata header, with the line break after it. */
function documentStart(article: Article, options: HtmlDocumentOptions): string {
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
		'',
	].join('\n');
}
