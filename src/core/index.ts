// The public surface of the core: the only module src/cli and src/vscode import (lint enforces it). No vscode, DOM or node.

// One analysis per text, every part on first use.
export { analyzeDump, DumpAnalysis, type AnalysisPart, type AnalyzeOptions } from './analysis/analyzeDump';

// The document model and positions.
export type { Block, DumpDocument, Inline, SourceRange } from './model/dumpDocument';
export { parseDump } from './dump/parseDump';
export { looksLikeDump, SNIFF_LENGTH } from './dump/sniff';
export { LineIndex, type Position, type Range } from './text/lineIndex';
export { decodeDump, type DecodedDump } from './text/decode';

// Extraction and its outputs.
export type { Article, ArticleMetadata, MetadataField, RemovedRegion } from './extract/article';
export { extractArticle } from './extract/extractArticle';
export { extractDump, extractionToJson, formatExtraction, FORMAT_EXTENSIONS, OUTPUT_FORMATS, type Extraction, type OutputFormat } from './render/formats';
export { renderMarkdown } from './render/articleMarkdown';
export type { RenderedMarkdown } from './render/renderedMarkdown';
export { isSafeLinkUrl, lineSpan, metadataRows, renderArticleHtml } from './render/articleHtml';

// Outline, folding, links.
export type { OutlineKind, OutlineNode } from './outline/outline';
export type { DumpFolding, FoldKind } from './outline/folding';
export type { DumpLink } from './outline/links';
export { REGION_LABELS, type PageRegion } from './outline/regions';
export { formatOutlineJson, formatOutlineText } from './outline/format';

// Diagnostics.
export { compareFindings, type DiagnoseOptions, type RuleSetting } from './diagnose/diagnose';
export { combinedFixEdits, type Finding, type Severity, type TextEdit } from './diagnose/finding';
export { DEFAULT_REQUIRED_METADATA, ruleDocsUrl, RULES_DOC_URL } from './diagnose/rule';
export { findRule, RULES } from './diagnose/rules/index';
export {
	checkRemoteLinks,
	checkRemoteLinksDetailed,
	DEFAULT_CACHE_MAX_AGE_MS,
	DEFAULT_TIMEOUT_MS,
	RemoteLinkCache,
	summarizeNotChecked,
	type FetchLike,
	type RemoteCheckOptions,
	type RemoteTarget,
} from './diagnose/remoteLinks';

// The library's one-call entry points.
export { extract, extractJson, withBaseUrl, type ExtractOptions, type ExtractResult } from './api/extract';
