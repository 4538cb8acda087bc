// Dated items: a feed dates each of its items on a short line of its own; an article has one date, over its prose.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { findDate } from '../dates';
import { collapsedText } from '../inlineText';

/**
 * A news page, a blog's index, an events calendar or a show's episode list puts a date line under each item's title;
 * the article pipeline takes such a feed for an article when its summaries are long paragraphs. An article names its
 * own date once (a timeline's dates sit inside its sentences, which are longer than a date line). Measured offline
 * on the tuning part of wcxb-dev, pages taken for articles by their long paragraphs or by default (not dated): at
 * 10 lines, 5 listings become listings and 4 pages of other kinds (2 articles: a list article and an events page,
 * a collection of news teasers, a service page) are taken for listings; at 5, 5 listings and 6 others; at 12, 4
 * listings and 3 others. The listing strategy reads all ten pages as the article pipeline did. Built, `eval --only wcxb
 * --part tune`: page kind 0.776 → 0.778 (818 → 820), F1 unchanged on every page; readability corpus 0.945 → 0.945.
 * Session 22 ablation (rule off; whole tuning part): half B listing 0.8433 -> 0.8419, article -0.0001 (2 pages down),
 * kind right half A 392 -> 393, half B 465 -> 463 (3 listings of B read as articles): kept.
 */
export const MIN_DATED_ITEM_LINES = 10;
/** A date line is short: a date, maybe a time, an author or a category beside it. A longer line is a sentence. */
export const MAX_DATE_LINE_CHARS = 80;

/** Paragraphs and headings among blocks (nested ones too) that are short and name a date. */
export function datedLines(blocks: readonly Block[]): number {
	let n = 0;
	const visit = (b: Block): void => {
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			const text = collapsedText(b);
			if (text.length > 0 && text.length <= MAX_DATE_LINE_CHARS && findDate(text)) n++;
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of blocks) visit(b);
	return n;
}

/** Whether the article pipeline's container is a feed of dated items: at least `MIN_DATED_ITEM_LINES` date lines. */
export function isDatedFeed(article: Attempt): boolean {
	return datedLines(article.blocks) >= MIN_DATED_ITEM_LINES;
}
