// Short stamped boxes that stand before most posts of a thread found by place: the posts' headers, not short replies.
import type { Block } from '../../model/dumpDocument';
import { type Container, isContainer } from '../blockIndex';

/**
 * Short boxes right before their posts (the next box among the siblings is a post) number this share of the posts at
 * least: each post is written as its header box (avatar, name, "Posted March 5, 2024") and its message box after it.
 * Short replies stand here and there among the posts ("Thanks, that did it"), a few of a thread's posts.
 */
export const MIN_HEADER_SHARE = 0.5;

/** Two headers at least: one short box before one post is a short reply as often as a header. */
const MIN_HEADERS = 2;

/**
 * The short boxes of `shorts` that are the headers of the posts of `posts` (both among `kids`, in page order): each
 * right before a post (no other box between them; lines such as the poster's name heading and member card may be), when
 * such boxes stand before `MIN_HEADER_SHARE` of the posts. One walk over the siblings.
 *
 * Why: with every class word unique (the stand-in for unseen boards), a board engine that writes each post as a header
 * box (the poster's avatar, name and "Posted ..." link) then the poster's card, then the message's column, with no box
 * around the three, had its posts found by their place (kinds/siblingPosts.ts) and each header taken beside them as a
 * short stamped reply (`withShortPosts`): the thread read as twice its posts, each header's name and stamp a "post" of
 * its own, and the posts' own chrome rules read apart from them. Measured (session 61, tuning part, 1,054 pages): every
 * class token unique, profiles off, forum 0.86788 -> 0.86911 (half A 0.8420 -> 0.8442: four threads of one engine on
 * four sites up, 0.860 -> 0.884, 0.900 -> 0.915, 0.883 -> 0.920, 0.918 -> 0.947; half B unchanged), no other page
 * moved; declassed no page moved (the engine's posts are found by their shared class word there).
 */
export function headerBoxes(posts: readonly Container[], shorts: ReadonlySet<Block>, kids: readonly Block[]): Set<Block> {
	const taken = new Set<Block>(posts);
	const headers = new Set<Block>();
	let previous: Block | undefined;
	for (const k of kids) {
		if (!isContainer(k)) continue;
		if (taken.has(k) && previous !== undefined && shorts.has(previous)) headers.add(previous);
		previous = k;
	}
	if (headers.size < MIN_HEADERS || headers.size < posts.length * MIN_HEADER_SHARE) return new Set();
	return headers;
}
