// Pager: links to a list's other pages ("1 2 3 … Next", "›", "Last") whose targets name a page number; a listing has one, an article seldom.
import { walkBlocks } from '../../model/walk';
import type { Block, Inline } from '../../model/dumpDocument';
import { collapse, inlineText } from '../inlineText';
import type { PageSignals } from './signals';

/** A pager's link label: a page number or a step (next, previous, first, last, arrows). */
const PAGER_LABEL_RE = /^(?:\d{1,4}|next(?: page)?|prev(?:ious)?(?: page)?|first|last|older posts|newer posts|[›»>‹«<]{1,2})$/i;
/** ...and its target names a page of the list: a `page`, `p`, `pg`, `paged`, `start` or `offset` number in the query, or a `/page/N` path. */
const PAGER_HREF_RE = /[?&](?:page|p|pg|paged|start|offset)=\d+|\/page\/\d+/i;
/** Two such links make a pager: one "Next" link may be an article's series navigation. */
export const MIN_PAGER_LINKS = 2;
/**
 * A pager over at least this many repeated cards (signals.ts `cards`) is a paged list of items: a book list, an
 * archive, a directory. An article may page its comments, but seldom beside a group of this many cards.
 * Studied on half A of the tuning part of wcxb-dev, pages that no earlier rule decided: a pager is on two listings,
 * both read as articles by their long paragraphs (a book list of 50 cards with 20 page links, a podcast directory of
 * 12 cards with 4), and on no other page of half A; on half B on one article, whose cards are fewer than 10.
 * Measured (`eval --only wcxb --part tune`, session 24, after titledFeed.ts): page kind 861 → 863 of 1054 (half A
 * 395 → 397, half B 466 → 466), word F1 the same on both halves and every kind (the two listings 0.565 → 0.565 and
 * 0.985 → 0.986). Readability corpus 0.947 → 0.947, seeds 53/53.
 */
export const MIN_PAGED_CARDS = 10;

/** Links among blocks (nested ones too) that are a pager's (`PAGER_LABEL_RE` label, `PAGER_HREF_RE` target), counted up to `stop`. Linear in the blocks. */
export function pagerLinks(blocks: readonly Block[], stop = Infinity): number {
	let n = 0;
	const inlines = (xs: readonly Inline[]): void => {
		for (const x of xs) {
			if (n >= stop) return;
			if (x.kind === 'link') {
				if (PAGER_HREF_RE.test(x.href) && PAGER_LABEL_RE.test(collapse(inlineText(x.children)).replace(/\\/g, ''))) n++;
			} else if (x.kind === 'emphasis' || x.kind === 'span') inlines(x.children);
		}
	};
	// The shared walker (model/walk.ts): one stack, no recursion.
	walkBlocks(blocks, (b) => {
		if (n < stop && (b.kind === 'paragraph' || b.kind === 'heading')) inlines(b.content);
	});
	return n;
}

/** Whether the page pages a list of cards: `MIN_PAGER_LINKS` pager links and `MIN_PAGED_CARDS` repeated cards. */
export function isPagedCards(blocks: readonly Block[], signals: PageSignals): boolean {
	return (signals.cards?.items.length ?? 0) >= MIN_PAGED_CARDS && pagerLinks(blocks, MIN_PAGER_LINKS) >= MIN_PAGER_LINKS;
}
