// A React test id (`data-testid` or `data-qa`, which pandoc writes as `testid`, `qa`) that names a byline or a date gives its words to the metadata vocabularies.
import { withCamelParts } from './camelWords';
import { AUTHOR_RE, DATE_RE } from '../metadataRules';

/*
 * Reason: sites built with React mark their byline and date with `data-testid` and give them hashed classes, so the
 * class vocabulary finds nothing there. The ids are stable across those sites' pages, and public scrapers select them:
 * - Medium: `authorName`, `storyPublishDate` (for instance the selectors lists of Medium scrapers on GitHub, found with
 *   `find_string 'data-testid="storyPublishDate"'`: `[data-testid="authorName"]`, `[data-testid="storyPublishDate"]`);
 * - Condé Nast (Wired, Vogue, Self): `BylineName`, `ContentHeaderPublishDate` (Zotero's translators select
 *   `span[data-testid="BylineName"] a` and `time[data-testid="ContentHeaderPublishDate"]`);
 * - Reuters, the BBC and others: `AuthorNameLink`, `byline`, `timestamp`;
 * - The Washington Post and ScienceDirect use `data-qa` the same way: `author-name`, `display-date`, `timestamp` (scrapers
 *   select `a[data-qa="author-name"]` and `[data-qa="display-date"]`, `find_string 'data-qa="author-name"'`).
 * Pandoc drops the `data-` prefix (`{testid="BylineName"}`). Only ids whose words match the author or the date
 * vocabulary are read: others (`card-headline`, `price`, `link`) would reach the title and the other fields.
 * Measured on the wcxb-dev tuning part (session 37, meta42): such ids are on 13 pages of 12 sites (BylineName, author-label,
 * prism-byline, expandable-byline__timestamp ...); no reported value changes (author, published, title, F1 identical), one
 * page takes its right author and date from the test-id byline instead of a text line. A profile for unseen React sites.
 */

/** The words a test id adds to a node's words: its hyphenated camel-case form, or '' when it names no byline or date. */
export function testIdWords(testId: string | undefined): string {
	if (!testId) return '';
	const words = withCamelParts(testId, [testId]).toLowerCase();
	return AUTHOR_RE.test(words) || DATE_RE.test(words) ? words : '';
}
