// The public surface of the core: the only module src/cli and src/vscode import (lint enforces it). No vscode, DOM or node.

// One analysis per text, every part on first use.
export { analyzeDump, DumpAnalysis, type AnalysisPart, type AnalyzeOptions, type CheckOptions } from './analysis/analyzeDump';

// The document model and positions.
export type { Block, DumpDocument, Inline, SourceRange } from './model/dumpDocument';
export { parseDump } from './dump/parseDump';
export { complexityRefusal, COMPLEXITY_FLOOR_NODES, MAX_NODES_PER_KB } from './dump/complexity';
export { looksLikeDump, SNIFF_LENGTH } from './dump/sniff';
export { LineIndex, type Position, type Range } from './text/lineIndex';
export { decodeDump, type DecodedDump } from './text/decode';

// Extraction and its outputs.
export type { Article, ArticleMetadata, MetadataField, RemovedRegion } from './extract/article';
export { extractArticle } from './extract/extractArticle';
export { emptyArticleReason, EXTRACTION_WARNINGS, type ExtractionWarning } from './extract/warnings';
export { extractDump, extractionToJson, formatExtraction, FORMAT_EXTENSIONS, OUTPUT_FORMATS, writeExtraction, type Extraction, type OutputFormat } from './render/formats';
export { renderMarkdown } from './render/articleMarkdown';
export type { RenderedMarkdown } from './render/renderedMarkdown';
export { isSafeLinkUrl, lineSpan, metadataRows, renderArticleHtml, renderArticleHtmlPieces } from './render/articleHtml';

// Outline, folding, links.
export { plainOutlineNode, type OutlineKind, type OutlineNode } from './outline/outline';
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
	DEFAULT_DEADLINE_MS,
	DEFAULT_MAX_URLS,
	DEFAULT_TIMEOUT_MS,
	RemoteLinkCache,
	summarizeNotChecked,
	type FetchLike,
	type FetchResponse,
	type RemoteCheckOptions,
	type RemoteTarget,
} from './diagnose/remoteLinks';

// The library's one-call entry points.
export { extract, extractJson, withBaseUrl, type ExtractOptions, type ExtractResult } from './api/extract';
// Reviewing a folder (src/core/review/): the config file, site rules, review state, the queue and the report.
export {
	CONFIG_FILE_NAMES, configCandidates, diagnoseOptionsFrom, formatConfigProblems, offsetToPosition, parseConfig, serializeConfig, withSiteRule, withoutSiteRule,
	type ConfigProblem, type PageDumpConfig, type ReportFormat, type SiteRuleSet, type SiteRuleTable,
} from './review/config';
export { summarizeDump, type DumpSummary } from './review/dumpSummary';
export { buildQueue, nextToReview, rowIsToReview, type GroupBy, type QueueFilter, type QueueGroup, type SortKey } from './review/queue';
export { buildReport, renderReportCsv, renderReportJson, type ReportRow, type ReviewReport } from './review/report';
export { renderReportHtml } from './review/reportHtml';
export {
	effectiveState, EMPTY_REVIEW_STATE, parseReviewState, REVIEW_STATE_FILE, REVIEW_STATES, serializeReviewState, withDecision,
	type ReviewDecision, type ReviewEntry, type ReviewState, type ReviewStateFile,
} from './review/reviewState';
export { checkWithSiteRules, extractWithSiteRules, outlineWithSiteRules, withSiteRules } from './review/siteExtraction';
export { chooseSiteSelector, pagesMatching, type SiteSelectorChoice, type SiteSelectorCount } from './review/selectorStability';
export { hostMatches, hostOfUrl, parseSelector, proposeSelector, type SiteRuleAction } from './review/siteRules';
export { SEVERITIES } from './diagnose/finding';
