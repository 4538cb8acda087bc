// A date inside a sentence of the article ("reduce prices on January 1, 2026.") is what the text talks about, not when the page was written.
import { MODIFIED_LABEL_RE, PUBLISHED_LABEL_RE } from '../metadataRules';

/**
 * Words outside the dates from which a text read only for its nearness to the title is prose, not a dateline. A
 * dateline holds a date, a name, a reading time and a few labels ("December 15, 2025 // 8 min read", "Posted on the
 * 15/12/2025 at 19:00 by @gomez": 9 words); a sentence of the article's first paragraphs holds more.
 */
const PROSE_MIN_WORDS = 12;

/**
 * Reason: the first paragraphs of an article sit as near the title as its dateline, and inside the article region,
 * so a date they mention ("We updated our review on March 4, 2025 to share…", a price change "on January 1, 2026")
 * outscored the dateline above them. Such a date is left out unless its own label says it is the publication or an
 * update ("This article was originally published on 26 Sep 2019").
 *
 * Only for dates read from text near the title (`text:near-title`): a date-classed element is a dateline whatever
 * its length. Measured on the wcxb-dev tuning part (`metaTune.js`): published right 399 -> 402 of 561 (0179, 0410,
 * 4835), no right date lost, reported where the truth has none unchanged (17 of 493).
 */
export function isProseDate(text: string, dates: readonly { start: number; end: number }[], label: string): boolean {
	if (PUBLISHED_LABEL_RE.test(label) || MODIFIED_LABEL_RE.test(label)) return false;
	let rest = '';
	let at = 0;
	for (const d of dates) {
		rest += ` ${text.slice(at, d.start)}`;
		at = d.end;
	}
	rest += ` ${text.slice(at)}`;
	return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length >= PROSE_MIN_WORDS;
}
