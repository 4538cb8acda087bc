// "This article was originally published on 26 Sep 2019 …": the page's own statement of when it first appeared, wherever it stands in the article, outweighs a later date shown near the title.
import { findDates, type DateOptions } from '../dates';
import { WEIGHT } from '../metadataRules';
import { isOthersContent } from './othersContent';
import type { Candidate, MetadataScan, MNode } from './scan';

/**
 * Reason: pages that are kept up to date show the latest revision's date under the title ("30 Sep 2022, 11:07am",
 * "Last updated on December 20, 2024") and say in a sentence of their own when they first appeared ("This article was
 * originally published on 26 Sep 2019 at 4:12pm but has been regularly updated", "Originally published in March
 * 2022."). The sentence names the publication date in so many words: with a day, it is the page's published date; with
 * only a month, the page's publication is not known to the day, and its update stamp is not reported in its place
 * (`dateCandidates.ts` reports a lone update stamp as the published date when nothing else is known).
 * "Originally posted by" (a forum's quotation) names a poster, not a date, and is not read. Comments, quotations and
 * related stories are other people's (`othersContent.ts`, foreign boxes).
 *
 * Measured on the wcxb-dev tuning part (cached regions): published right half A 197 -> 198 of 265, half B 210 -> 210
 * of 296; reported where the truth has none half A 7 -> 6 of 233, half B 4 -> 4 of 260.
 */
export function originalPublication(s: MetadataScan, options: DateOptions): OriginalPublication {
	let undated = false;
	for (const n of s.nodes) {
		if (n.block?.kind !== 'paragraph' || (n.end - n.start > MAX_SOURCE_CHARS && s.textLongerThan(n, MAX_SENTENCE_CHARS))) continue;
		if (!s.mayHoldWord(n, ORIGINALLY_WORD_RE)) continue;
		const text = s.textOf(n);
		const said = ORIGINALLY_RE.exec(text);
		if (!said || text.length > MAX_SENTENCE_CHARS || s.isForeign(n) || isOthersContent(s, n)) continue;
		const after = said.index + said[0].length;
		const date = findDates(text, options).find((d) => d.start === after);
		if (date) return { published: candidate(s, n, date.iso) };
		if (MONTH_OR_YEAR_RE.test(text.slice(after))) undated = true;
	}
	return { undated };
}

export interface OriginalPublication {
	/** The date the page says it was first published, to the day. */
	readonly published?: Candidate<string>;
	/** Whether the page says when it was first published but not to the day ("Originally published in March 2022"). */
	readonly undated?: boolean;
}

/** The rule of a date read from such a sentence. */
export const ORIGINAL_RULE = 'text:originally-published';

/** "originally published on", "was originally posted in": the words just before the date. Not "by" (a poster's name). */
const ORIGINALLY_RE = /\boriginally\s+(?:published|posted)\s+(?:on|in)\s+/iu;
const ORIGINALLY_WORD_RE = /originally/i;
/** What follows "in" or "on" when the date is a month or a year only. */
const MONTH_OR_YEAR_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|^\d{4}\b/iu;
/** Such a statement is a sentence or two: a longer paragraph is prose that may mention another work. */
const MAX_SENTENCE_CHARS = 300;
/** A paragraph's source this long may still hold a short text (links, attributes): its text is measured only then. */
const MAX_SOURCE_CHARS = 1200;
/** As sure as a date in an element named for dates (`WEIGHT.classOwn`) near the title: the page says it in words. */
const SCORE = WEIGHT.classOwn + WEIGHT.nearTitle + 5;

function candidate(s: MetadataScan, n: MNode, iso: string): Candidate<string> {
	return { value: iso, source: n.range, node: n, rule: ORIGINAL_RULE, score: SCORE };
}
