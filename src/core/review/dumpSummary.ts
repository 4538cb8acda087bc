// One dump as a row of the review queue and the report: title, site, kind, words, problems, missing metadata.
import { diagnose, resolveOptions, type DiagnoseOptions } from '../diagnose/diagnose';
import { hasField } from '../diagnose/rules/missingMetadata';
import type { Severity } from '../diagnose/finding';
import { parseDump } from '../dump/parseDump';
import { looksLikeDump } from '../dump/sniff';
import type { Article, ArticleMetadata } from '../extract/article';
import { extractArticle } from '../extract/extractArticle';
import { emptyArticleReason } from '../extract/warnings';
import { renderText } from '../render/articleText';
import type { SiteRuleTable } from './config';
import { withSiteRules } from './siteExtraction';
import { hostOfUrl } from './siteRules';

/** The metadata fields whose completeness the report counts, in the order it lists them. */
export const COMPLETENESS_FIELDS = ['title', 'author', 'published', 'modified', 'url', 'siteName', 'language', 'description', 'tags', 'leadImage'] as const;
export type CompletenessField = (typeof COMPLETENESS_FIELDS)[number];

/** What the index knows about one dump (review state aside: that comes from the state file). */
export interface DumpSummary {
	/** Workspace- or input-relative path with `/`. */
	readonly path: string;
	readonly title?: string;
	/** The page's host, from its URL. */
	readonly site?: string;
	readonly url?: string;
	/** The page kind (`metadata.pageType` when the extractor reports one, else `article`). */
	readonly kind: string;
	readonly words: number;
	readonly bytes: number;
	/** Extracted, or skipped with the reason. */
	readonly skipped?: string;
	readonly problems: Readonly<Record<Severity, number>>;
	/** Findings per rule code. */
	readonly rules: Readonly<Record<string, number>>;
	/** Required metadata fields that are missing (PD201's list). */
	readonly missing: readonly string[];
	/** Which completeness fields have a value. */
	readonly fields: readonly CompletenessField[];
}

export interface SummaryOptions {
	readonly diagnose?: DiagnoseOptions;
	readonly sites?: SiteRuleTable;
}

function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

function pageKind(metadata: ArticleMetadata): string {
	// The kind comes from the extractor when it reports one (issue 12); until then every extracted page is an article.
	const pageType = (metadata as { pageType?: { value?: unknown } }).pageType?.value;
	return typeof pageType === 'string' && pageType ? pageType : 'article';
}

const NO_PROBLEMS: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };

/** Extracts and checks one dump's text. Never throws: a failure becomes a skipped row with the reason. */
export function summarizeDump(path: string, text: string, options: SummaryOptions = {}): DumpSummary {
	const base = { path, bytes: text.length, words: 0, kind: 'none', problems: NO_PROBLEMS, rules: {}, missing: [], fields: [] };
	if (text.trim() === '') return { ...base, skipped: 'empty file' };
	if (!looksLikeDump(text)) return { ...base, skipped: 'not a page dump' };
	try {
		const doc = parseDump(text);
		const article: Article = withSiteRules(doc, extractArticle(doc), options.sites);
		const site = hostOfUrl(article.metadata.url?.value);
		const meta = article.metadata;
		const problems = { ...NO_PROBLEMS };
		const rules: Record<string, number> = {};
		const missing = resolveOptions(options.diagnose).requiredMetadata.filter((k) => !hasField(meta, k));
		for (const f of diagnose(doc, article, options.diagnose)) {
			problems[f.severity]++;
			rules[f.code] = (rules[f.code] ?? 0) + 1;
		}
		const fields = COMPLETENESS_FIELDS.filter((k) => meta[k] !== undefined);
		const common = { ...base, title: meta.title?.value, site, url: meta.url?.value, problems, rules, missing, fields };
		if (article.empty) return { ...common, kind: 'none', skipped: emptyArticleReason(article) };
		return { ...common, kind: pageKind(meta), words: countWords(renderText(article, doc)) };
	} catch (e) {
		return { ...base, skipped: `internal error: ${(e as Error).message}` };
	}
}
