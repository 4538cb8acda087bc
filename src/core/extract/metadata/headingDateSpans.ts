// A date set in its own date-classed span inside a heading ("Porting a parser [ / Dec 2025]{.title-date}") is the post's date, not part of its title.
import type { Inline } from '../../model/dumpDocument';
import { attrWords, inlineText } from '../inlineText';
import { DATE_RE } from '../metadataRules';

/**
 * Whether an inline of a heading is a date span: a span whose own class or id names a date (`title-date`,
 * `post-date`, `entry-date`) and whose text holds a digit. Notes and link blogs print the date in the headline's line
 * ("## [Day 15: porting a parser](/notes/15) [ / Dec 2025]{.title-date}"); the title is the words before it
 * (wcxb-dev tuning part: 1 page). A date span with no digit ("[Today]{.date}") is left: it could be a word of the title.
 */
export function isHeadingDateSpan(n: Inline): boolean {
	return n.kind === 'span' && DATE_RE.test(attrWords(n.attrs).toLowerCase()) && /\d/.test(inlineText(n.children));
}
