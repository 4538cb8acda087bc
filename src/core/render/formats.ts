// One entry point for every output format (md, html, text, json), shared by the CLI, the Extract command and the preview.
import { parseDump } from '../dump/parseDump';
import type { Article } from '../extract/article';
import { extractArticle } from '../extract/extractArticle';
import { inlineText } from '../extract/inlineText';
import type { Block, DumpDocument } from '../model/dumpDocument';
import { LineIndex } from '../text/lineIndex';
import { renderHtmlDocument } from './articleHtml';
import { renderMarkdown } from './articleMarkdown';
import { renderText } from './articleText';
import { metadataToJson, renderFrontMatter } from './frontMatter';
import type { RenderedMarkdown } from './renderedMarkdown';

export type OutputFormat = 'md' | 'html' | 'text' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['md', 'html', 'text', 'json'];
/** The file extension each format is written with. */
export const FORMAT_EXTENSIONS: Readonly<Record<OutputFormat, string>> = { md: 'md', html: 'html', text: 'txt', json: 'json' };

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
			return renderHtmlDocument(article, extraction.rendered, { generator: 'Page Dump Review' });
		case 'text':
			return renderText(article, doc);
		case 'json':
			return JSON.stringify(extractionToJson(extraction), null, 2) + '\n';
	}
}

/** The `json` format: metadata, markdown, text, headings, removed regions with reasons, stats. */
export function extractionToJson(extraction: Extraction): object {
	const { doc, article, rendered } = extraction;
	const index = new LineIndex(doc.text);
	const headings = article.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading').map((h) => ({ level: h.level, text: inlineText(h.content).trim(), line: index.lineAt(h.range.start) }));
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
		removed: article.removed.map((r) => ({ range: index.rangeOf(r.range), step: r.step, signal: r.signal, score: r.score ?? null })),
		// Why the result may disappoint (extract/warnings.ts): `tiny-content`, `no-text`.
		warnings: article.warnings ?? [],
		problems: doc.problems.map((p) => ({ kind: p.kind, message: p.message, range: index.rangeOf(p.range) })),
		stats: {
			characters: doc.text.length,
			lines: index.lineCount,
			words: countWords(text),
			blocks: article.blocks.length,
			headings: headings.length,
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

function countWords(text: string): number {
	// Counted match by match: the array of every word of a long article is several times its size.
	const word = /[\p{L}\p{N}_]+/gu;
	let n = 0;
	while (word.exec(text) !== null) n++;
	return n;
}

function escapeHeadingText(title: string): string {
	return title.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#])/g, '\\$1');
}
