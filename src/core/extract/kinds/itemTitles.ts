// Listing items outside the article: many linked titles (a feed's, a search result page's) beyond the container the article pipeline chose.
import { childBlocks } from '../../model/blockTree';
import type { Block, Inline } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { collapse, inlineText } from '../inlineText';

/**
 * A listing's items are titles that link to the item (a heading holding a link); the article pipeline takes the
 * block of teasers with the most prose and leaves the other items as chrome. When this many linked titles lie
 * outside its container, the items are spread over the page: a page of results lists dozens, while a news page's
 * rail of related stories lists one or two dozen (the readability corpus has 13, 20 and 32 on three news pages,
 * and lost 0.946 → 0.940 at 10). Measured with `eval --only wcxb --part tune` (word F1): listing 0.675 → 0.690,
 * all 0.837 → 0.838, four listings switch (0.16 → 0.47, 0.44 → 0.74, 0.42 → 0.74, 0.56 → 0.74), no other page
 * changes; readability corpus 0.946 → 0.946. At 10 (offline first): listing +0.013, service +0.003, but the corpus loss.
 */
export const MIN_ITEM_TITLES_OUTSIDE = 40;
/**
 * ...and the container holds less than this share of the whole page's text: an article followed by a long list of
 * related stories keeps the larger part of the page.
 */
export const MAX_ITEMS_PAGE_COVERAGE = 0.6;

export function hasLink(inlines: readonly Inline[]): boolean {
	for (const n of inlines) {
		if (n.kind === 'link') return true;
		if ((n.kind === 'emphasis' || n.kind === 'span') && hasLink(n.children)) return true;
	}
	return false;
}

/**
 * A paragraph that is one link, with title-long text, outside any list: a teaser list whose titles are plain linked
 * paragraphs, not headings. Shorter ones are "Read more", a tag or a menu entry; inside a list they are a blog's
 * archive or a rail of related posts beside an article (two articles of the tuning part list 116 and 435).
 * Measured with `eval --only wcxb --part tune` (word F1): listing 0.724 → 0.727, all 0.872 → 0.872 (one news
 * front page of linked-paragraph teasers read whole: 0.66 → 0.85; no page down); counted in lists too, two articles
 * with a blog archive fell to 0.26 and 0.65. Readability corpus 0.945 → 0.945.
 */
export const MIN_LINKED_PARAGRAPH_TITLE_CHARS = 30;

/** The one link a paragraph is made of (blank text, breaks and a wrapping emphasis or span aside), if any. */
function onlyLink(inlines: readonly Inline[]): Inline | undefined {
	const parts = inlines.filter((n) => !(n.kind === 'text' && n.value.trim() === '') && n.kind !== 'softbreak' && n.kind !== 'break');
	if (parts.length !== 1) return undefined;
	const [n] = parts;
	if (n.kind === 'link') return n;
	return n.kind === 'emphasis' || n.kind === 'span' ? onlyLink(n.children) : undefined;
}

export function isLinkedParagraphTitle(inlines: readonly Inline[]): boolean {
	const link = onlyLink(inlines);
	return link !== undefined && collapse(inlineText(inlines)).length >= MIN_LINKED_PARAGRAPH_TITLE_CHARS;
}

/** Headings that hold a link (an item's title linking to the item), and paragraphs outside lists that are one such link, nested blocks included. */
export function linkedTitles(blocks: readonly Block[]): number {
	let n = 0;
	const visit = (b: Block, inList: boolean): void => {
		if (b.kind === 'heading') {
			if (hasLink(b.content)) n++;
			return;
		}
		if (b.kind === 'paragraph') {
			if (!inList && isLinkedParagraphTitle(b.content)) n++;
			return;
		}
		for (const c of childBlocks(b)) visit(c, inList || b.kind === 'list');
	};
	for (const b of blocks) visit(b, false);
	return n;
}

/** Whether a block is or holds a heading with a link in it (kinds/teaserTitles.ts). */
export function hasLinkedHeading(b: Block): boolean {
	if (b.kind === 'heading') return hasLink(b.content);
	return childBlocks(b).some(hasLinkedHeading);
}

/**
 * Whether a listing's items lie outside the article pipeline's container: at least `MIN_ITEM_TITLES_OUTSIDE` more
 * linked titles in the whole page than in the container, which holds less than `MAX_ITEMS_PAGE_COVERAGE` of it.
 * Session 22 ablation of its use in the listing strategy (listing.ts reads the page whole on it; detection unchanged;
 * the 175 tuning pages annotated or detected as listings or collections, word F1): half A listing 0.6961 -> 0.6895
 * (1 down), half B listing 0.8433 -> 0.8089 (4 down, 0.588 -> 0.161 the most): kept.
 * Session 25 ablation (rule off where it fires; tuning part of wcxb-dev, main 23a4350, word F1): half A listing 0.7053
 * -> 0.6988 (1 down, 1 listing read as an article), half B listing 0.8443 -> 0.8069 (4 down, 2 listings read as
 * articles): kept.
 */
export function itemsOutsideArticle(article: Attempt, whole: Attempt): boolean {
	if (article.profile || article.chars >= whole.chars * MAX_ITEMS_PAGE_COVERAGE) return false;
	return linkedTitles(whole.blocks) - linkedTitles(article.blocks) >= MIN_ITEM_TITLES_OUTSIDE;
}
