// A rail of bare titles after a dated article (a blog's "Recent posts" archive): no listing's items, so the article keeps its reading.
import { childBlocks } from '../../model/blockTree';
import type { Block, Inline } from '../../model/dumpDocument';
import { type Attempt, ROOT } from '../blockIndex';
import { collapse, inlineText } from '../inlineText';
import { hasLink, isLinkedParagraphTitle } from './itemTitles';

/** A teaser's blurb: a paragraph with this many characters outside its links at least (a tag list or an author's link is no blurb). */
const MIN_BLURB_CHARS = 80;

/**
 * The titles outside the article that a blurb follows are at most this share of them: a listing's items are teasers
 * (a title, a line or two about the item), a rail of recent posts lists titles with a picture, tags and a name only.
 */
const MAX_TEASERED_SHARE = 0.1;

/** The titles outside the article above it are at most this share of them: a rail follows the article's prose. */
const MAX_TITLES_ABOVE_SHARE = 0.1;

/** Characters of inlines outside any link. */
function textOutsideLinks(inlines: readonly Inline[]): number {
	let n = 0;
	for (const x of inlines) {
		if (x.kind === 'link') continue;
		if (x.kind === 'emphasis' || x.kind === 'span') n += textOutsideLinks(x.children);
		else if (x.kind === 'text') n += x.value.length;
	}
	return n;
}

/**
 * Whether the linked titles of the page outside the article pipeline's container (kinds/itemTitles.ts `linkedTitles`)
 * are a rail of bare titles after it: nearly all below the container, and nearly none followed by a blurb before the
 * next title. One walk over the page's blocks.
 *
 * Why: kinds/itemTitles.ts `itemsOutsideArticle` tells a listing whose items lie outside the container from a dated
 * article by the count of linked titles outside it (40 or more), unless a platform profile claims the container. With
 * class words opaque (the stand-in for unseen sites; no profile claims anything), a blog post followed by a
 * 50-title "Recent posts" rail (picture, tags, title, author) lost its article reading and was read as a listing of
 * linked titles, menus and rail included (declassed 1.000 -> 0.530). A listing's items outside the container are
 * teasers, each with a blurb, or stand above and around the container.
 *
 * Measured (session 56, tuning part, 1,054 pages): declassed article 0.94768 -> 0.94850 (half A 0.9458 -> 0.9476, that
 * post 0.530 -> 0.998; half B unchanged), all 0.89358 -> 0.89403; profiles off with every token unique the same page
 * and gain (article 0.94501 -> 0.94584); as is no page moved (the profile claims the container). No page down, no
 * listing moved on any of the three.
 */
export function isTitleRailAfter(article: Attempt, whole: Attempt): boolean {
	const region = article.region;
	if (region === ROOT) return false;
	const { start, end } = region.range;
	let titles = 0;
	let above = 0;
	let teasered = 0;
	let open = false;
	const visit = (b: Block): void => {
		if (b.range.start >= start && b.range.end <= end) return;
		if (b.kind === 'heading' || b.kind === 'paragraph') {
			const title = b.kind === 'heading' ? hasLink(b.content) : isLinkedParagraphTitle(b.content);
			if (title) {
				titles++;
				if (b.range.end <= start) above++;
				open = true;
			} else if (open && b.kind === 'paragraph' && textOutsideLinks(b.content) >= MIN_BLURB_CHARS && collapse(inlineText(b.content)).length >= MIN_BLURB_CHARS) {
				teasered++;
				open = false;
			}
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of whole.blocks) visit(b);
	return titles > 0 && above <= titles * MAX_TITLES_ABOVE_SHARE && teasered <= titles * MAX_TEASERED_SHARE;
}
