// Posts that fill the article: a thread among a page's sidebars and boards, whose posts the article pipeline's container holds.
import { type Attempt, type BlockIndex, ROOT } from '../blockIndex';
import { FLAT_SIGNATURE } from './flatPosts';
import { hasPosterMark, mostly } from './scatteredPosts';
import type { RepeatedGroup } from './signals';

/**
 * The posts hold at least this share of the article pipeline's text. A thread page of a large portal (a games site's
 * message board beside its menus, its other boards and its release lists) holds its posts in a fraction of the page,
 * below the share a thread needs (kinds/posts.ts `MIN_POSTS_SHARE`), yet the container the pipeline chose is the
 * board, and the posts are most of it. An article with comments under it keeps its own body beside them, which the
 * pipeline measures.
 */
export const MIN_POSTS_SHARE_OF_ARTICLE = 0.5;

/**
 * Whether the posts are numbered by id (kinds/posts.ts `numberedPosts`: forum software numbers each post's element)
 * or most of them show their poster (kinds/scatteredPosts.ts `POSTER_MARK_RE`: a link to a member's page, an author's
 * attribute block), every post lies inside the article pipeline's container, and the posts hold most of its text.
 * Posts found by their class words alone do not count: a FAQ's accordion items or a product's questions and answers
 * fill the container they are in as well (on the tuning part of wcxb-dev, without this condition 4 pages of other
 * kinds became threads, F1 sum -1.11). Measured there: one games-portal thread (posts in a grid table beside boards and
 * menus) article -> forum, F1 0.64 -> 0.83; no other page moved. The poster's mark: with the forum profiles off
 * (`EVAL_NO_PLATFORMS=forum`), a XenForo thread whose posts hold 0.45 of a page of menus became a thread again
 * (listing -> forum, 0.81 -> 0.94); with them on, no tuning page of any kind moved.
 * Flat posts (kinds/flatPosts.ts) count as showing their posters: each was found by the poster's mark in its header
 * beside it (session 46: the same games-portal thread, its post ids' words opaque, read from its table, 0.640 -> 0.849).
 * Session 22 ablation (rule off; tuning part, word F1): profiles on, half A unchanged, half B forum 0.9131 -> 0.9066
 * (a games-portal thread 0.880 -> 0.640 as an article); profiles off, half A 0.8298 -> 0.8199, half B 0.9006 -> 0.8941: kept.
 */
export function postsFillArticle(index: BlockIndex, posts: RepeatedGroup, article: Attempt): boolean {
	const region = article.region;
	if (region === ROOT || article.chars === 0) return false;
	// Flat posts show their posters in the headers beside them (kinds/flatPosts.ts: every header carries a poster's mark).
	if (!posts.signature.startsWith('#') && !posts.signature.startsWith(FLAT_SIGNATURE) && !mostly(posts.items, (p) => hasPosterMark(index, p))) return false;
	if (!posts.items.every((p) => index.isInside(p, region))) return false;
	return posts.chars >= article.chars * MIN_POSTS_SHARE_OF_ARTICLE;
}
