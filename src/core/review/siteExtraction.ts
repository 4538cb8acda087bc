// Extraction with a config's site rules: the extractor's result, then the rules of the page's host as a final step.
import type { DumpAnalysis } from '../analysis/analyzeDump';
import type { DiagnoseOptions } from '../diagnose/diagnose';
import type { Finding } from '../diagnose/finding';
import type { RemoteTarget } from '../diagnose/remoteLinks';
import type { Article } from '../extract/article';
import type { DumpDocument } from '../model/dumpDocument';
import type { OutlineNode } from '../outline/outline';
import { renderMarkdown } from '../render/articleMarkdown';
import type { Extraction } from '../render/formats';
import { extractArticle } from '../extract/extractArticle';
import type { SiteRuleTable } from './config';
import { applySiteRules, hostOfUrl, rulesForHost } from './siteRules';

/** The article with the site rules of its host applied (the same article when none apply). */
export function withSiteRules(doc: DumpDocument, article: Article, sites: SiteRuleTable | undefined): Article {
	if (!sites) return article;
	return applySiteRules(doc, article, rulesForHost(sites, hostOfUrl(article.metadata.url?.value)));
}

/** Extraction with site rules (parse, extract, rules, render): what the CLI, Extract Article and the preview use. */
export function extractWithSiteRules(doc: DumpDocument, sites: SiteRuleTable | undefined): Extraction {
	const article = withSiteRules(doc, extractArticle(doc), sites);
	return { doc, article, rendered: renderMarkdown(article, doc, { baseUrl: article.metadata.url?.value }) };
}

/**
 * Findings and remote-link targets of an analysed dump with site rules (what `pagedump check` reports): the shared
 * analysis's own, with the rules as an option, so the editor's diagnostics and the CLI take one path.
 */
export function checkWithSiteRules(analysis: DumpAnalysis, sites: SiteRuleTable | undefined): { findings(options?: DiagnoseOptions): readonly Finding[]; remoteTargets(options?: DiagnoseOptions): readonly RemoteTarget[] } {
	return {
		findings: (o) => analysis.findings({ ...o, sites }),
		remoteTargets: (o) => analysis.remoteTargets({ ...o, sites }),
	};
}

/** The outline of an analysed dump with site rules (the analysis's own when no rule applies). */
export function outlineWithSiteRules(analysis: DumpAnalysis, sites: SiteRuleTable | undefined): readonly OutlineNode[] {
	return analysis.outlineWith(sites);
}
