// One entry point for every output format (md, html, text, json), shared by the CLI, the Extract command and the preview.
import { parseDump } from '../dump/parseDump';
import type { Article } from '../extract/article';
import { extractArticle } from '../extract/extractArticle';
import { inlineText } from '../extract/inlineText';
import type { DumpDocument } from '../model/dumpDocument';
import { LineIndex } from '../text/lineIndex';
import { countWordRuns } from '../text/wordCount';
import { type HtmlDocumentOptions, renderHtmlDocument, writeHtmlDocument } from './articleHtml';
import { renderMarkdown } from './articleMarkdown';
import { renderText } from './articleText';
import { metadataToJson, renderFrontMatter } from './frontMatter';
import { JsonItems, jsonText, writeJson } from './jsonChunks';
import type { RenderedMarkdown } from './renderedMarkdown';

export type OutputFormat = 'md' | 'html' | 'text' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['md', 'html', 'text', 'json'];
/** The file extension each format is written with. */
export const FORMAT_EXTENSIONS: Readonly<Record<OutputFormat, string>> = { md: 'md', html: 'html', text: 'txt', json: 'json' };

/** The `html` format's document options, written or joined alike. */
const HTML_DOCUMENT_OPTIONS: HtmlDocumentOptions = { generator: 'Page Dump Review' };

/** A dump taken through the whole pipeline once: parsed, extracted, rendered to Markdown. */
export interface Extraction {
	readonly doc: DumpDocument;
	readonly article: Article;
	readonly rendered: RenderedMarkdown;
}

/** Parses, extracts and renders a dump. Never throws on any text. */
export function extractDump(text: string): Extraction {
	const doc = parseDump(text);
	return extractFromDocument(doc);
}

/**
 * Extracts an already parsed dump (the extension keeps parsed documents per version); the Markdown is rendered when
 * first asked for. The `text` format never asks: rendering it anyway was 6% of the eval's time per page (issue 12).
 */
export function extractFromDocument(doc: DumpDocument): Extraction {
	const article = extractArticle(doc);
	let rendered: RenderedMarkdown | undefined;
	return {
		doc,
		article,
		get rendered(): RenderedMarkdown {
			return (rendered ??= renderMarkdown(article, doc, { baseUrl: article.metadata.url?.value }));
		},
	};
}

/** Renders an extraction in one of the output formats. */
export function formatExtraction(extraction: Extraction, format: OutputFormat): string {
	// `rendered` is read only by the formats that need it: `extractFromDocument` renders it when first asked for.
	const { doc, article } = extraction;
	switch (format) {
		case 'md': {
			const { markdown } = extraction.rendered;
			return renderFrontMatter(article.metadata) + (article.metadata.title ? `\n# ${escapeHeadingText(article.metadata.title.value)}\n` : '') + (markdown ? '\n' + markdown : '');
		}
		case 'html':
			return renderHtmlDocument(article, extraction.rendered, HTML_DOCUMENT_OPTIONS);
		case 'text':
			return renderText(article, doc);
		case 'json':
			return jsonText(extractionJsonValue(extraction, true)) + '\n';
	}
}

/** The `json` format: metadata, markdown, text, headings, removed regions with reasons, stats. */
export function extractionToJson(extraction: Extraction): object {
	return extractionJsonValue(extraction, false);
}

/**
 * Writes an extraction in one of the output formats to `sink`, in pieces: the `json` format a piece at a time (its
 * lists made item by item, see jsonChunks.ts), the `html` format a piece of the body at a time (articleHtml.ts
 * `writeHtmlDocument`), the others as one string. The pieces joined are `formatExtraction`'s text.
 */
export function writeExtraction(extraction: Extraction, format: OutputFormat, sink: (chunk: string) => void): void {
	if (format === 'json') {
		writeJson(extractionJsonValue(extraction, true), sink);
		sink('\n');
	} else if (format === 'html') {
		writeHtmlDocument(extraction.article, extraction.rendered, HTML_DOCUMENT_OPTIONS, sink);
	} else {
		sink(formatExtraction(extraction, format));
	}
}

/**
 * The `json` value; with `lazy`, its long lists (headings, removed regions, problems) are `JsonItems` made as they are
 * written, else arrays. Both write the same bytes: the keys, their order and every value are the same.
 */
function extractionJsonValue(extraction: Extraction, lazy: boolean): object {
	const { doc, article, rendered } = extraction;
	const index = new LineIndex(doc.text);
	const list = <T>(items: () => Iterable<T>): JsonItems | T[] => (lazy ? new JsonItems(items) : [...items()]);
	let headingCount = 0;
	for (const b of article.blocks) if (b.kind === 'heading') headingCount++;
	const headings = list(function* () {
		for (const h of article.blocks) if (h.kind === 'heading') yield { level: h.level, text: inlineText(h.content).trim(), line: index.lineAt(h.range.start) };
	});
	const text = renderText(article, doc);
	let links = 0;
	let images = 0;
	for (const m of rendered.markdown.matchAll(/(!?)\[[^\]]*\]\(/g)) {
		if (m[1]) images++;
		else links++;
	}
	return {
		metadata: metadataToJson(article.metadata),
		provenance: provenanceOf(article, index),
		markdown: rendered.markdown,
		text,
		headings,
		removed: list(function* () {
			for (const r of article.removed) yield { range: index.rangeOf(r.range), step: r.step, signal: r.signal, score: r.score ?? null };
		}),
		// Why the result may disappoint (extract/warnings.ts): `tiny-content`, `no-text`.
		warnings: article.warnings ?? [],
		problems: list(function* () {
			for (const p of doc.problems) yield { kind: p.kind, message: p.message, range: index.rangeOf(p.range) };
		}),
		stats: {
			characters: doc.text.length,
			lines: index.lineCount,
			words: countWordRuns(text),
			blocks: article.blocks.length,
			headings: headingCount,
			links,
			images,
			removedRegions: article.removed.length,
			empty: article.empty,
		},
	};
}

function provenanceOf(article: Article, index: LineIndex): Record<string, object> {
	const out: Record<string, object> = {};
	for (const [key, field] of Object.entries(article.metadata)) {
		if (!field) continue;
		out[key] = { rule: field.rule, confidence: field.confidence, range: field.source ? index.rangeOf(field.source) : null };
	}
	return out;
}

function escapeHeadingText(title: string): string {
	return title.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#])/g, '\\$1');
}
