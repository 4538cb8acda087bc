// Extraction with a config's site rules: the extractor's result, then the rules of the page's host as a final step.
import type { Article } from '../extract/article';
import type { DumpDocument } from '../model/dumpDocument';
import { renderMarkdown } from '../render/articleMarkdown';
import { extractFromDocument, type Extraction } from '../render/formats';
import type { SiteRuleTable } from './config';
import { applySiteRules, hostOfUrl, rulesForHost } from './siteRules';

/** The article with the site rules of its host applied (the same article when none apply). */
export function withSiteRules(doc: DumpDocument, article: Article, sites: SiteRuleTable | undefined): Article {
	if (!sites) return article;
	return applySiteRules(doc, article, rulesForHost(sites, hostOfUrl(article.metadata.url?.value)));
}

/** `extractFromDocument` with site rules: what the CLI, Extract Article and the preview all use. */
export function extractWithSiteRules(doc: DumpDocument, sites: SiteRuleTable | undefined): Extraction {
	const base = extractFromDocument(doc);
	const article = withSiteRules(doc, base.article, sites);
	if (article === base.article) return base;
	return { doc, article, rendered: renderMarkdown(article, doc, { baseUrl: article.metadata.url?.value }) };
}
