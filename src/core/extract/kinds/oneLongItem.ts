// One long item: a "thread" of layout blocks (sections, page-builder widgets) where one block holds the article is an article.
import type { Block } from '../../model/dumpDocument';
import type { Attempt, BlockIndex } from '../blockIndex';
import { isContainer, ROOT } from '../blockIndex';
import { attrWords } from '../inlineText';
import type { RepeatedGroup } from './signals';

/**
 * Class words of a post's signature: the poster's standing text under every post (`signature`, `ipsEntry__signature`,
 * `signaturecontainer`, `postsignature`, `sig`), which forum software writes in the post's own box.
 */
export const SIGNATURE_CLASS_RE = /signature|(?:^|[\s_-])sig(?:$|[\s_-])/i;

/**
 * A post's own text: its characters without those of the signatures inside it (`SIGNATURE_CLASS_RE`). A signature
 * belongs to the poster, not to the post: a long one (a list of the poster's services, badges and links) under a short
 * reply made that reply look like the page's one long item, and an Invision thread of two posts an article (with the
 * forum profiles off, 0546). Measured on the tuning part of wcxb-dev: no page moved, profiles on or off (that Invision
 * thread of two posts still holds too little of its page to be a thread, kinds/forum.ts `isThread`); kept because a
 * post's length is its message's.
 */
export function ownChars(index: BlockIndex, item: Block): number {
	let sig = 0;
	const visit = (b: Block): void => {
		if (b !== item && isContainer(b) && SIGNATURE_CLASS_RE.test(attrWords(b.attrs))) {
			sig += index.charsOf(b);
			return;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') for (const c of b.children) visit(c);
		else if (b.kind === 'list') for (const it of b.items) for (const c of it.children) visit(c);
	};
	visit(item);
	return Math.max(0, index.charsOf(item) - sig);
}

/**
 * The longest item holds at least this share of the group's text. A page builder repeats one class over every block
 * of the page (`section`, `elementor-element`, `et_pb_module`), and a comment widget deep inside one of them makes the
 * group read as posts (posts.ts); the article is then one block and the rest are a few short ones. A thread's opening
 * post rarely holds this much of it (the longest on the tuning part of wcxb-dev: 0.86 of a thread, 0.78 of another).
 */
export const MIN_LONG_ITEM_SHARE = 0.8;
/**
 * ...and the article pipeline's container lies inside that item and holds at least this share of its text: the
 * pipeline found the article there. A page whose long item the pipeline left aside (its prose pruned as chrome) is
 * better read as posts (a tuning page fell from F1 0.62 to 0.06 as an article).
 */
export const MIN_ARTICLE_SHARE_OF_ITEM = 0.5;

/**
 * Whether a group of post-like blocks is an article laid out in blocks: one item holds most of the group's text and
 * the article pipeline's container is inside it, holding most of it. Measured on the tuning part of wcxb-dev: of 15
 * articles taken for threads, 12 became articles (F1 sum +0.26, from the article clean-ups), and one thread whose opening
 * post holds 0.86 of it did too (F1 0.48 → 0.59); no page lost.
 */
export function isOneLongItem(index: BlockIndex, posts: RepeatedGroup, article: Attempt): boolean {
	if (article.region === ROOT || posts.chars === 0) return false;
	let longest = posts.items[0];
	let longestChars = 0;
	let total = 0;
	for (const it of posts.items) {
		const chars = ownChars(index, it);
		total += chars;
		if (chars > longestChars) [longest, longestChars] = [it, chars];
	}
	if (longestChars < total * MIN_LONG_ITEM_SHARE) return false;
	return index.isInside(article.region, longest) && article.chars >= longestChars * MIN_ARTICLE_SHARE_OF_ITEM;
}
