// A thread whose article is one of its posts: the article pipeline chose a post's message, as a long opening post draws it.
import { type Attempt, type BlockIndex, ROOT } from '../blockIndex';
import { hasPosterMark, mostly } from './scatteredPosts';
import type { RepeatedGroup } from './signals';

/**
 * The posts hold at least this share of the page's text. A thread whose opening post is long, on a page heavy with
 * menus, sidebars and a footer (XenForo's "similar threads", a portal's boards), holds its posts in less than the half a
 * thread needs (kinds/posts.ts `MIN_POSTS_SHARE`: 0.49 and 0.46 of two such pages on the tuning part), and the article
 * pipeline keeps the one long message it finds inside the first post. Below this share the posts are a corner of the
 * page (a comment box, a reviews strip) whatever the pipeline chose. 0.2, not 0.3 (session 20): a two-post Invision
 * thread on a page of menus holds its posts in 0.22 of the page, and the pipeline took the reply, signature and all.
 * Tuning part with the forum profiles off (`EVAL_NO_PLATFORMS=forum`): that thread (half A) article -> forum, F1 0.58
 * -> 0.78, no other page of any kind moved (half B unchanged); with the profiles on, no page moved.
 */
export const MIN_POSTS_SHARE_AROUND_POST = 0.2;

/**
 * Whether the article pipeline's container lies inside one of the posts, the posts hold `MIN_POSTS_SHARE_AROUND_POST`
 * of the page, and most of them show their poster (kinds/scatteredPosts.ts `POSTER_MARK_RE`: a member link, an
 * author attribute). Then the pipeline's article is a post, and the page is the thread: the pipeline read one message
 * where the reader came for all of them. An article above its comments keeps its body outside the comments. Not "most
 * posts have no linked heading" (scatteredPosts.ts tells teaser cards so): XenForo and Invision write each poster's
 * name as a heading that links to the member's page. Measured on the tuning part of wcxb-dev with the forum profiles
 * off (`EVAL_NO_PLATFORMS=forum`): two XenForo threads of one site (escaped HTML, posts 0.49 and 0.46 of the page)
 * article/service -> forum, F1 0.83 -> 0.98 and 0.78 -> 0.95; with the profiles on no page of any kind moved.
 * Session 22 ablation (rule off; tuning part, word F1): profiles on, no page moves; profiles off, half A 0.8298 ->
 * 0.8226 (1 down), half B 0.9006 -> 0.8919 (2 down: 0.976 -> 0.829, 0.953 -> 0.777): kept, half B needs it on unseen engines.
 */
export function articleInPost(index: BlockIndex, posts: RepeatedGroup, article: Attempt, pageChars: number): boolean {
	const region = article.region;
	if (region === ROOT || posts.chars < pageChars * MIN_POSTS_SHARE_AROUND_POST) return false;
	if (!posts.items.some((p) => index.isInside(region, p))) return false;
	return mostly(posts.items, (p) => hasPosterMark(index, p));
}
