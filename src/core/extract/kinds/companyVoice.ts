// A company's voice: a page that speaks as "we" about its offers and asks the reader to act is a service page, not an article.
import type { Block } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { collapsedText } from '../inlineText';
import type { PageSignals } from './signals';
import { matchCount } from '../../text/wordCount';

/**
 * A service or landing page explains a company's offer at length, in paragraphs long enough to pass for an article's
 * (41 of the 51 service pages of wcxb-dev's tuning part taken for articles were taken for their long paragraphs).
 * What gives them away is who speaks and what the page asks: the company, in the first person plural ("we offer",
 * "our team", "contact us"), with buttons to act ("Get a quote", "Book now", "Request a demo"). A reporter's or a
 * blogger's article says "we" less often, or without offers and buttons.
 *
 * Measured offline on the tuning part of wcxb-dev (pages taken for articles by their long paragraphs or by default,
 * not dated: 199 articles, 49 services; services / articles that would switch, by the share of "we" words and the
 * marks below): share 0.010 and 4 marks 20/7, 0.012 and 3 marks 18/3, 0.012 and 4 marks 18/2, 0.014 and 4 marks 17/1,
 * 0.012 and 6 marks 15/1. The content is unchanged on most switched pages: a service page held by one container is
 * extracted from that container as an article is (kinds/service.ts, coverage.ts).
 */

/** Words of the first person plural, the company speaking ("us" in lower case only: "US" is a country). */
const FIRST_PERSON_PLURAL_RE = /\b(?:we|our|ours|us)\b|\b(?:We|Our|Ours)\b/g;
/** A word, as the benchmark counts them. */
const WORD_RE = /[\p{L}\p{N}]+/gu;
/**
 * A company presenting itself and its offer: what it does ("we offer", "we specialise"), who it is ("our team",
 * "our clients"), how to reach it ("contact us", "get in touch").
 */
export const COMPANY_PHRASE_RE =
	/\b(?:we (?:offer|provide|help|speciali[sz]e|deliver|work with|can help|are (?:a|an|the|proud|committed|here|dedicated))|our (?:services?|team|clients?|customers?|experts?|products?|solutions?|mission|company|staff|specialists?|professionals?)|(?:call|contact|email) us|get in touch)\b/gi;

/** The article container speaks as "we" at least this often (one word in 83): a company's page, or a team's blog. */
export const MIN_FIRST_PERSON_PLURAL_SHARE = 0.012;
/** Company phrases in the page plus calls to act (signals.ts) that make the "we" a company's, not a writer's. */
export const MIN_COMPANY_MARKS = 4;

function count(re: RegExp, text: string): number {
	return matchCount(re, text);
}

/**
 * Matches of `re` in the blocks' texts, block by block. The same count as in their texts joined by newlines (no
 * pattern here matches across a line break), without building the joined text: on a page of 60,000 headings that
 * was a 1.7 MB string, kept alive after the read as the last match's input (issue 11).
 */
function countIn(re: RegExp, blocks: readonly Block[]): number {
	let n = 0;
	for (const b of blocks) n += count(re, collapsedText(b));
	return n;
}

/** How much a text speaks as "we": first-person plural words per word, and the count of words. */
export function firstPersonPluralShare(text: string): number {
	const words = count(WORD_RE, text);
	return words === 0 ? 0 : count(FIRST_PERSON_PLURAL_RE, text) / words;
}

/** `firstPersonPluralShare` of the blocks' texts, read block by block. */
function blocksFirstPersonPluralShare(blocks: readonly Block[]): number {
	// The "we" words first: without any the share is 0, and the words (a Unicode regex over the whole article) need no count.
	const plural = countIn(FIRST_PERSON_PLURAL_RE, blocks);
	if (plural === 0) return 0;
	const words = countIn(WORD_RE, blocks);
	return words === 0 ? 0 : plural / words;
}

/**
 * Whether the page speaks as a company: its article container says "we" at least `MIN_FIRST_PERSON_PLURAL_SHARE` of
 * its words, and the page (less its named chrome) has at least `MIN_COMPANY_MARKS` company phrases and calls to act.
 */
export function isCompanyVoice(s: PageSignals, article: Attempt, whole: Attempt): boolean {
	if (blocksFirstPersonPluralShare(article.blocks) < MIN_FIRST_PERSON_PLURAL_SHARE) return false;
	return countIn(COMPANY_PHRASE_RE, whole.blocks) + s.callsToAct >= MIN_COMPANY_MARKS;
}
