// The library's one-call extraction: a dump's text in, the article in one of the output formats out.
import { analyzeDump } from '../analysis/analyzeDump';
import { renderMarkdown } from '../render/articleMarkdown';
import { extractionToJson, formatExtraction, type Extraction, type OutputFormat } from '../render/formats';

export interface ExtractOptions {
	/** md (front matter + Markdown, the default), html (a standalone sanitized page), text (the body) or json. */
	readonly format?: OutputFormat;
	/** The page's address, used to resolve relative links when the dump names no canonical URL of its own. */
	readonly url?: string;
}

/** What `extract` returns: the output, and whether an article was found at all. */
export interface ExtractResult {
	/** The article in the requested format (a string; for `json`, the JSON text). */
	readonly output: string;
	/** False when the dump holds no article text: the output is then the empty article. */
	readonly found: boolean;
}

/**
 * Extracts the article of a page dump in one call. Never throws on any text: a text that is not a dump gives the
 * best article that can be found in it, and `found: false` when there is none.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
	const extraction = withBaseUrl(analyzeDump(text).extraction, options.url);
	return { output: formatExtraction(extraction, options.format ?? 'md'), found: !extraction.article.empty };
}

/** The `json` format as an object rather than text, for callers that post-process it. */
export function extractJson(text: string, options: Omit<ExtractOptions, 'format'> = {}): object {
	return extractionToJson(withBaseUrl(analyzeDump(text).extraction, options.url));
}

/** Re-renders the Markdown against `url` when the dump has no canonical URL of its own and one is given. */
export function withBaseUrl(extraction: Extraction, url: string | undefined): Extraction {
	if (!url || extraction.article.metadata.url?.value) return extraction;
	return { ...extraction, rendered: renderMarkdown(extraction.article, extraction.doc, { baseUrl: url }) };
}
