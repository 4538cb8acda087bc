// Titled feed: a page read whole whose headings are mostly titles that link to other pages is a feed of items (a blog's index, a topic page), however long its summaries.
import { walkBlocks } from '../../model/walk';
import type { Block } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { titleLinkHeadings } from './datedTeasers';
import { collapsedText } from '../inlineText';

/**
 * A listing's headings are its items' titles, each one link to the item; an article's headings name its own sections
 * and do not link, and a rail of related stories beside it adds linked titles but leaves the article's own headings
 * (and its title) unlinked beside them. So when at least `MIN_FEED_TITLES` headings of the page read whole
 * (kinds/wholePage.ts, its named chrome left out) are one link to another page each (datedTeasers.ts
 * `titleLinkHeadings`), and they are at least `MIN_FEED_TITLE_SHARE` of all its headings, the page is a feed, with or
 * without date lines (datedTeasers.ts needs them) and however long its summaries (which made such pages articles by
 * their long paragraphs). Decided after the rules of dated articles, platforms, shops and documentation.
 * Studied on half A of the tuning part of wcxb-dev: three listings read as articles (a blog's topic index of 20
 * linked titles of 22 headings, a news topic page of 66 of 72, a magazine's project index of 11 of 14) and one
 * collection of linked category titles read as a service (18 of 22; a listing or a service, both wrong). No article
 * of either half reaches a share of 0.75 with 10 titles unless a publication date made it an article first (a
 * dated article has 51 of 61). Measured (`eval --only wcxb --part tune`, session 24): page kind 857 → 861 of 1054
 * (half A 392 → 395: the three listings; half B 465 → 466: a listing read as an article by its long paragraphs; the
 * collection stays wrong), word F1 the same on both halves and every kind (listing half A 0.6961 → 0.6960: a news topic
 * page 0.780 → 0.778; half B 0.8433, no page moved); 8 more pages, already listings by other rules, are now decided here.
 * Readability corpus 0.947 → 0.947, seeds 53/53.
 */
export const MIN_FEED_TITLES = 10;
/** A title is words: a heading that links an image alone (`### [](/news/...)`) or an arrow names no item. */
export const MIN_FEED_TITLE_CHARS = 5;
/** ...and this share of the page's headings: an article's own section headings keep it below (a related rail of 10 titles beside 4 sections is 0.71). */
export const MIN_FEED_TITLE_SHARE = 0.75;

/**
 * A heading that introduces reading beside an article ("What to read next", "Related", "You may also like"): the
 * linked titles after it are a rail, not the page's items, so counting stops there. Narrower than the further-reading
 * labels of heuristics/trailingLinks.ts, which also name a feed's own sections ("Latest", "Trending"). Without it, a
 * readability-corpus news article (yahoo-2: an undated story, then 32 linked titles under "What to Read Next") was
 * taken for a feed; its F1 did not move.
 */
export const BESIDE_ARTICLE_RE = /^(?:what to read|read (?:next|also)|also read|you (?:may|might) also|related (?:stories|articles|posts|news|content|reading)|more (?:stories|articles|posts) like|keep reading|if you (?:liked|enjoyed)|recommended for you)/i;

/** Headings among blocks, nested ones too, and those of them that are linked titles (`MIN_FEED_TITLE_CHARS`), up to the first `BESIDE_ARTICLE_RE` heading. */
export function feedHeadings(blocks: readonly Block[]): { readonly headings: number; readonly titles: number } {
	let headings = 0;
	let titles = 0;
	let stop = false;
	// The shared walker (model/walk.ts): one stack, no recursion.
	walkBlocks(blocks, (b) => {
		if (stop || b.kind !== 'heading') return;
		if (BESIDE_ARTICLE_RE.test(collapsedText(b))) {
			stop = true;
			return;
		}
		headings++;
		titles += titleLinkHeadings([b], MIN_FEED_TITLE_CHARS);
	});
	return { headings, titles };
}

/** Whether the page read whole is a feed of linked titles: `MIN_FEED_TITLES` of them, `MIN_FEED_TITLE_SHARE` of its headings. Linear in its blocks. */
export function isTitledFeed(whole: Attempt): boolean {
	const { headings, titles } = feedHeadings(whole.blocks);
	return titles >= MIN_FEED_TITLES && titles >= headings * MIN_FEED_TITLE_SHARE;
}
