// Dated teasers: a page read whole that holds many linked titles and as many date lines is a feed (a blog's or a newsroom's index), whatever its summaries or sections look like.
import { childBlocks } from '../../model/blockTree';
import { walkBlocks } from '../../model/walk';
import type { Block, Inline } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { datedLines } from './datedItems';
import { collapsedText } from '../inlineText';

/**
 * A listing is a feed of items, each a title that links to the item with its date on a short line of its own: a
 * blog's or a newsroom's index, an events page, a podcast's episodes. Such a page is read as an article when its
 * summaries are long paragraphs and as a landing page when its items spread over many sections, and both rules came
 * first. An article has one date and titles that do not link (its sections); a landing page has headed sections and
 * seldom a date; a related-stories rail beside an article lists a handful of items. So at least `MIN_TEASER_TITLES`
 * headings that are one link each and `MIN_TEASER_DATES` date lines on the page read whole (kinds/wholePage.ts, its
 * named chrome left out) make a feed, when no publication date has made the page an article before.
 * Studied on half A of the tuning part of wcxb-dev, pages read as articles or services with 8 or more of each: two
 * listings (a consultancy's news index with 21 linked titles and 20 dates, read as an article by its summaries, and a
 * company blog's front page with 26 and 25, read as a service) and one dated article (decided before this rule).
 * Built (`eval --only wcxb --part tune`): page kind 851 → 854 of 1054 (listing 29 → 32 of 72; half A 389 → 391, half B
 * 462 → 463: no page of another kind taken for a listing), F1 unchanged on every page (all 0.891). Thresholds of 5 or
 * 6 each (offline, approximate counts) took two more half-B pages of other kinds for listings; 8 and 10 took none.
 * Session 22 ablation (rule off; whole tuning part): half A listing 0.6961 -> 0.6951 (a blog front read as a service),
 * half B F1 unchanged, kind right half A 392 -> 390, half B 465 -> 464 (a listing read as a service): kept.
 */
export const MIN_TEASER_TITLES = 8;
export const MIN_TEASER_DATES = 8;
/**
 * ...and the linked titles are at least this share of the page's headings: a feed's headings are mostly its items'
 * titles, while an article's or a thread's page read whole keeps its own headings (a story's sections, its comments'
 * subjects) beside a rail of a few linked titles. Where no class word names the comments and rails as chrome, a news
 * story with 80 dated comments read whole holds 11 linked titles (a rail) of 94 headings (0.12) and 9 date lines, and
 * was read as a feed (0.11 of its words right); a news article with 10 of 33 (0.30) likewise. Feeds of the tuning
 * part read whole hold 0.48 (a tech news front, 42 of 88) to 0.99 of their headings as linked titles.
 * Measured (session 55, tuning part of wcxb-dev, word F1): as is no page moves (all 0.90740, listing 0.81393; the
 * named chrome already kept such pages short); declassed (EVAL_DECLASS=all) all 0.89346 -> 0.89349, article 0.94768 ->
 * 0.94769 (half B: a news article read as a feed 0.977 -> 0.983, now an article; the story with 80 comments reads no
 * better as the landing page it becomes, 0.114), page kind 857 -> 858, no page down, metadata unchanged.
 */
export const MIN_TEASER_TITLE_SHARE = 1 / 3;

function onlyOutLink(inlines: readonly Inline[]): boolean {
	const parts = inlines.filter((n) => !(n.kind === 'text' && n.value.trim() === '') && n.kind !== 'softbreak' && n.kind !== 'break');
	if (parts.length !== 1) return false;
	const [n] = parts;
	if (n.kind === 'link') return !n.href.startsWith('#');
	return (n.kind === 'emphasis' || n.kind === 'span') && onlyOutLink(n.children);
}

/**
 * Headings among blocks (nested ones too) that are one link to another page: stricter than itemTitles.ts `linkedTitles`
 * (any heading holding a link, in-page anchors too), which counts a documentation page's self-linked section titles.
 * With `minChars`, only headings whose visible text is at least that long (an image's link has none: titledFeed.ts).
 */
export function titleLinkHeadings(blocks: readonly Block[], minChars = 0): number {
	let n = 0;
	const visit = (b: Block): void => {
		if (b.kind === 'heading') {
			if (onlyOutLink(b.content) && (minChars === 0 || collapsedText(b).length >= minChars)) n++;
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of blocks) visit(b);
	return n;
}

/** Headings among blocks, nested ones too. */
function headingCount(blocks: readonly Block[]): number {
	let n = 0;
	walkBlocks(blocks, (b) => {
		if (b.kind === 'heading') n++;
	});
	return n;
}

/**
 * Whether the page read whole holds at least `MIN_TEASER_TITLES` linked titles and `MIN_TEASER_DATES` date lines, the
 * titles `MIN_TEASER_TITLE_SHARE` of its headings at least. Linear in its blocks.
 */
export function isDatedTeaserFeed(whole: Attempt): boolean {
	const titles = titleLinkHeadings(whole.blocks);
	return titles >= MIN_TEASER_TITLES && titles >= headingCount(whole.blocks) * MIN_TEASER_TITLE_SHARE && datedLines(whole.blocks) >= MIN_TEASER_DATES;
}
