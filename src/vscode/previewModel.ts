// Builds what the preview shows from a dump's text: the sanitized article, metadata card, TOC, removed regions and
// stats, or a message when there is nothing to preview. No vscode import, so it runs in unit tests as is.
import { complexityRefusal, lineSpan, LineIndex, looksLikeDump, metadataRows, renderArticleHtmlPieces, type Article, type DumpAnalysis, type DumpDocument, type RenderedMarkdown, type SiteRuleTable } from '../core/index';
import type { HtmlPiece, PreviewProblem, PreviewSettings, RemovedRegionItem, ShowMessage, UpdateContent } from '../protocol/webviewMessages';

/** The three core steps the preview runs; injected so tests (and the host, until all exist) can supply their own. */
export interface PreviewPipeline {
	parse(text: string): DumpDocument;
	extract(doc: DumpDocument): Article;
	render(article: Article, doc: DumpDocument, options: { baseUrl?: string }): RenderedMarkdown;
	/** The text's line index, when one is kept already. */
	lines?(): LineIndex;
}

/**
 * The preview's steps taken from one analysis: its parse, extraction and Markdown are shared with every other feature;
 * with the config's site rules for the page's host applied after extraction.
 */
export function pipelineOf(analysis: DumpAnalysis, sites?: SiteRuleTable): PreviewPipeline {
	return { parse: () => analysis.document, extract: () => analysis.articleWith(sites), render: () => analysis.extractionWith(sites).rendered, lines: () => analysis.lines };
}

export interface PreviewModelInput {
	readonly source: string;
	readonly version: number;
	readonly text: string;
	/** Shown as the title when the article has none. */
	readonly fileName: string;
	readonly settings: PreviewSettings;
	/** Texts longer than this (in UTF-16 code units, about bytes for a dump) get a message instead of a preview. */
	readonly maxSize: number;
	readonly problems: readonly PreviewProblem[];
	/** The editor's answer to "is it a dump" (dumpGate.ts); without it the text's start is sniffed here. */
	readonly isDump?: boolean;
}

// Enough of the start of a file to tell text from binary without scanning 50 MB.
const SNIFF_LENGTH = 64 * 1024;
// A text file may hold a few stray control characters; a binary file has many.
const MAX_CONTROL_SHARE = 0.1;
// Removed regions are shown as one greyed line each; more than this would drown the article.
const MAX_REMOVED_ITEMS = 1000;
// The Contents card lists this many headings at most: it is for moving around an article, and the Outline view lists
// every heading. A dump of 60,000 headings made a 5.7 MB list on the host and 60,000 buttons in the webview (issue 11).
export const MAX_TOC_ITEMS = 1000;
const EXCERPT_LENGTH = 240;

/**
 * The article as the host keeps and posts it: an `updateContent` whose HTML is held in pieces of about 64 KB
 * (render/articleHtml.ts HTML_PIECE_CHARS), never joined, so the extension host never holds a large article's HTML
 * twice (issue 11). `contentMessages` gives the messages that post it.
 */
export interface PreviewContent extends Omit<UpdateContent, 'html' | 'pieces'> {
	/** The article's sanitized HTML: whole top-level blocks a piece, at least one piece. */
	readonly htmlPieces: readonly string[];
}

/**
 * The messages that post `content`, in order: the `updateContent` with the first piece of HTML and, when there are
 * more, how many; then one `htmlPiece` a further piece, numbered from 1, with the content's version.
 */
export function* contentMessages(content: PreviewContent): Generator<UpdateContent | HtmlPiece> {
	const { htmlPieces, ...rest } = content;
	yield { ...rest, html: htmlPieces[0] ?? '', pieces: htmlPieces.length > 1 ? htmlPieces.length : undefined };
	for (let seq = 1; seq < htmlPieces.length; seq++) yield { type: 'htmlPiece', source: content.source, version: content.version, seq, html: htmlPieces[seq] };
}

export type TextKind = 'empty' | 'binary' | 'text';

/** Empty (only white space), binary (NUL bytes or mostly control characters / undecodable bytes), or text. */
export function classifyText(text: string): TextKind {
	if (text.trim() === '') return 'empty';
	const head = text.slice(0, SNIFF_LENGTH);
	if (head.includes('\u0000')) return 'binary';
	const odd = head.match(/[\u0001-\u0008\u000b\u000e-\u001f\ufffd]/g)?.length ?? 0;
	return odd / head.length > MAX_CONTROL_SHARE ? 'binary' : 'text';
}

function megabytes(n: number): string {
	return `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function message(input: Pick<PreviewModelInput, 'source' | 'version'>, title: string, detail: string): ShowMessage {
	return { type: 'showMessage', source: input.source, version: input.version, title, detail, openAsText: true };
}

function excerpt(text: string): string {
	const flat = text.slice(0, EXCERPT_LENGTH * 2).replace(/\s+/g, ' ').trim();
	return flat.length > EXCERPT_LENGTH ? flat.slice(0, EXCERPT_LENGTH - 1) + '…' : flat;
}

/**
 * The reduced-mode message for a text of `length` over `input.maxSize`, or undefined when it may be previewed. The host
 * calls it before taking the text at all: a 60 MB dump is not copied just to say it is too large.
 */
export function tooLargeMessage(input: Pick<PreviewModelInput, 'source' | 'version' | 'maxSize'>, length: number): ShowMessage | undefined {
	if (length <= input.maxSize) return undefined;
	return message(input, 'This file is too large to preview',
		`It is ${megabytes(length)}; the preview stops at ${megabytes(input.maxSize)} (setting pageDump.maxPreviewSize). ` +
		'Open it as text: the outline and the Problems panel still work there.');
}

/**
 * What the webview is sent: the article with everything the preview shows (posted by `contentMessages`), or a
 * `showMessage` for an empty, binary, oversized or non-dump file, or when a pipeline step throws (the preview must
 * never break the editor).
 */
export function buildPreviewMessage(input: PreviewModelInput, pipeline: PreviewPipeline): PreviewContent | ShowMessage {
	const { text } = input;
	const tooLarge = tooLargeMessage(input, text.length);
	if (tooLarge) return tooLarge;
	const kind = classifyText(text);
	if (kind === 'empty') return message(input, 'This file is empty', 'There is nothing to preview yet.');
	if (kind === 'binary') return message(input, 'This file is not text', 'It looks like binary data, not a page dump.');
	if (!(input.isDump ?? looksLikeDump(text))) {
		return message(input, 'This file does not look like a page dump',
			'The preview shows web pages converted by pandoc to Markdown (fenced divs, attribute blocks). Open it as text instead.');
	}

	try {
		const doc = pipeline.parse(text);
		const refusal = complexityRefusal(doc);
		if (refusal) return message(input, 'This file is too complex to preview', refusal.message);
		const article = pipeline.extract(doc);
		if (article.empty) {
			return message(input, 'No article found', 'This file does not look like a page dump (pandoc Markdown of a web page), or it holds no article text.');
		}
		const baseUrl = article.metadata.url?.value;
		const rendered = pipeline.render(article, doc, { baseUrl });
		const index = pipeline.lines?.() ?? new LineIndex(text);
		const body = renderArticleHtmlPieces(rendered, { dump: index, images: input.settings.images, maxToc: MAX_TOC_ITEMS });
		const metadata = metadataRows(article.metadata).map((row) => ({
			key: row.key,
			label: row.label,
			value: row.value,
			rule: row.rule,
			confidence: row.confidence,
			uncertain: row.uncertain,
			line: row.source ? index.lineAt(row.source.start) : undefined,
		}));
		const removed: RemovedRegionItem[] = article.removed.slice(0, MAX_REMOVED_ITEMS).map((r) => {
			const lines = lineSpan(index, r.range);
			return { startLine: lines.start, endLine: lines.end, step: r.step, signal: r.signal, score: r.score, excerpt: excerpt(text.slice(r.range.start, r.range.end)) };
		});
		const title = article.metadata.title?.value.trim() || input.fileName;
		return {
			type: 'updateContent',
			source: input.source,
			version: input.version,
			title,
			htmlPieces: body.pieces,
			metadata,
			toc: body.toc,
			tocTotal: body.tocTotal > body.toc.length ? body.tocTotal : undefined,
			problems: input.problems,
			removed,
			stats: {
				words: body.stats.words,
				links: body.stats.links,
				images: body.stats.images,
				problems: input.problems.length,
				removedRegions: article.removed.length,
				blockedUrls: body.stats.blockedUrls,
				heldImages: body.stats.heldImages,
			},
			textLength: text.length,
			notice: article.removed.length > MAX_REMOVED_ITEMS ? `Only the first ${MAX_REMOVED_ITEMS} of ${article.removed.length} removed regions are listed.` : undefined,
		};
	} catch (err) {
		return message(input, 'The preview failed', `Rendering this file threw an error: ${err instanceof Error ? err.message : String(err)}`);
	}
}
