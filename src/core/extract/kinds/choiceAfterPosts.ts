// Posts before the article pipeline's choice: a thread's few posts above a long dialog or footer the pipeline took for the article.
import type { Attempt, BlockIndex } from '../blockIndex';
import { ROOT } from '../blockIndex';
import { areShownPosts } from './postPair';
import { MAX_CART_WORDS_BESIDE_POSTS, type PageSignals, type RepeatedGroup } from './signals';

/**
 * Whether the article pipeline's container starts after the last post, the posts show themselves as a thread's
 * (kinds/postPair.ts `areShownPosts`: under the page's h1, each stamped and showing its poster) and the page writes no
 * shop words (signals.ts `MAX_CART_WORDS_BESIDE_POSTS`: a product's stamped, signed reviews sit above the shop's
 * footer). A story comes before its comments: what the pipeline chose after every post (a settings dialog at the
 * page's end, a footer's long notice) is no article beside them, however little of the page the posts hold.
 * kinds/forum.ts `isThread` reads the same order where the posts hold most of the page; this is its twin where they
 * hold less, the other way a thread of two or three short posts on a page of menus is found (kinds/postsFillArticle.ts
 * and kinds/articleInPost.ts need the pipeline's choice around or inside the posts).
 *
 * Why: with class words opaque (`EVAL_DECLASS=all`) and the forum profiles off, a two-post Invision thread (0.09 of its
 * page) under a consent platform's preference sheet, whose class words heuristics/consentDialogs.ts no longer knew,
 * was read as that sheet: 0.149 -> 1.000 (half A). Without the shop words, two half-B shop pages whose reviews sit
 * above the pipeline's choice became threads as is (a collection 0.999 -> 0.152, a product 0.510 -> 0.184). Measured on
 * the tuning part, 1,054 pages, with the guard: as is and declassed, no page of any kind moved.
 */
export function isChoiceAfterPosts(index: BlockIndex, posts: RepeatedGroup, article: Attempt, signals: PageSignals): boolean {
	if (signals.cartWords >= MAX_CART_WORDS_BESIDE_POSTS || article.region === ROOT || posts.items.length === 0) return false;
	return article.region.range.start >= posts.items[posts.items.length - 1].range.end && areShownPosts(index, posts);
}
