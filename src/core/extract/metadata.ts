// Article metadata: title, author, dates, URL, site, language, description, tags, lead image (placeholder until the metadata work lands).
import type { DumpDocument, SourceRange } from '../model/dumpDocument';
import type { ArticleMetadata } from './article';

/** What the body extractor knows when metadata is read: the chosen article container, if any. */
export interface ArticleContext {
	readonly region?: SourceRange;
}

/** Reads the article's metadata from the dump. Never throws; a field that is not found is absent. */
export function extractMetadata(doc: DumpDocument, context: ArticleContext): ArticleMetadata {
	void doc;
	void context;
	return {};
}
