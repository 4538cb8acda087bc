// Test helper: the text output of a dump's extracted article, as `pagedump extract --format text` prints it.
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { renderText } from '../../src/core/render/articleText';

/** Parses `dump`, extracts its article and renders it as text. */
export function extractedText(dump: string): string {
	const doc = parseDump(dump);
	return renderText(extractArticle(doc), doc);
}

/** As `extractedText`, and the signals of the regions the clean-up step `step` removed are pushed to `signals`. */
export function extractedTextRemoving(dump: string, step: string, signals: string[]): string {
	const doc = parseDump(dump);
	const article = extractArticle(doc);
	for (const r of article.removed) if (r.step === step) signals.push(r.signal);
	return renderText(article, doc);
}
