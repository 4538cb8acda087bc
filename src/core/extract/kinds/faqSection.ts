// An FAQ section: the article pipeline's container is a landing page's questions and answers, one section of the page, not its body.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { wholeCharsLessFacets } from '../heuristics/facetChars';

/**
 * A service or product landing page often ends with an FAQ: a dozen questions, each answered in a long paragraph or
 * two. Those answers are the page's longest prose, so the article pipeline picks the FAQ's container and drops the
 * hero, the offers, the figures and the case studies above it, which the annotators keep with the FAQ. An article
 * written as questions and answers is the page's body: its container holds nearly all the text the page keeps once
 * chrome is pruned, while a landing page's FAQ holds a third of it or so.
 *
 * Measured offline on the tuning part of wcxb-dev (containers with at least three headings of which half are
 * questions): the 23 article pages with such a container hold 0.85 or more of the whole page's text; two service
 * pages 0.34 and 0.39, a product page 0.37 (its FAQ under the description), the rest more than 0.5. Built,
 * `eval --only wcxb --part tune`: 3 pages up, none down (service 0.58 → 0.93 and 0.65 → 0.89, product 0.59 → 0.73);
 * service 0.831 → 0.835, all 0.8841 → 0.8848; readability corpus 0.945 and seeds 53/53 unchanged.
 */

/** A heading that asks (an FAQ's question; an accordion's toggle may add a `+`). */
const QUESTION_RE = /\?\s*[+−-]?$/;
/**
 * A container with at least this many headings, half of them questions, is an FAQ. Its name alone is not enough:
 * a collection page's `accordion` with one plain heading held the category's description (tuning part: 0.87 → 0.58).
 */
export const MIN_FAQ_QUESTIONS = 3;
/** The FAQ holds less than this share of the text the whole page keeps: one section of a landing page. */
export const MAX_FAQ_COVERAGE = 0.5;

/** Headings among blocks (nested ones too), and how many of them are questions. */
export function questionHeadings(blocks: readonly Block[]): { headings: number; questions: number } {
	let headings = 0;
	let questions = 0;
	const visit = (b: Block): void => {
		if (b.kind === 'heading') {
			const text = collapsedText(b);
			if (text) {
				headings++;
				if (QUESTION_RE.test(text)) questions++;
			}
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of blocks) visit(b);
	return { headings, questions };
}

/** Whether the article's container is an FAQ (half its headings questions) holding little of the page. */
export function isFaqSection(article: Attempt, whole: Attempt): boolean {
	if (article.profile || article.region === 'root' || article.chars >= wholeCharsLessFacets(whole) * MAX_FAQ_COVERAGE) return false;
	const { headings, questions } = questionHeadings(article.blocks);
	return headings >= MIN_FAQ_QUESTIONS && questions * 2 >= headings;
}
