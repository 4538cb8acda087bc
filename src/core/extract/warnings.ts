// Extraction warnings: why a result may disappoint, as codes with one message each, and the reason a skipped dump gives.
import type { Article } from './article';

/**
 * The warnings `extractArticle` reports (`Article.warnings`), with what each tells the reader. The JSON output lists
 * the codes (`warnings`); a dump with no text is still skipped as before (exit code 1), and its reason names why.
 */
export const EXTRACTION_WARNINGS = {
	/** The page's main content is a sentence or two: what there is, is the result. */
	'tiny-content': 'the main content is only a few words',
	/**
	 * The dump holds no readable text at all, not even in its chrome or hidden parts: a page whose content its scripts
	 * draw after loading (a forum's splash screen, an app's empty root, a skeleton loader), converted before they ran.
	 * On the tuning part of wcxb-dev, all five dumps that give no text are such shells (four of them script-drawn forum
	 * threads, whose truth no dump of the page could give).
	 */
	'no-text': 'the dump holds no text: its page draws its content with scripts, after the HTML was saved',
} as const;

export type ExtractionWarning = keyof typeof EXTRACTION_WARNINGS;

/** Why an article with no text was skipped: the CLI's, the report's and the eval's reason, stable in its first words. */
export function emptyArticleReason(article: Pick<Article, 'warnings'>): string {
	const why = article.warnings?.includes('no-text') ? EXTRACTION_WARNINGS['no-text'] : undefined;
	return why ? `no article text found (${why})` : 'no article text found';
}
