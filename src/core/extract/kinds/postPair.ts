// Posts that show themselves: under the topic's h1, each stamped with a date and showing its poster; two of them are a thread.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { isStampedSource } from './flatPosts';
import { hasPosterMark } from './scatteredPosts';
import type { RepeatedGroup } from './signals';

/** A pair: the opening post and its one reply, the commonest short thread (a question and its answer). */
export const PAIR_POSTS = 2;

/** Whether a block carries a date: in its text, in a tooltip's attribute, or at its source's start (kinds/flatPosts.ts). */
const stamped = isStampedSource;

/**
 * Whether a post, or the box that holds it and neither of its neighbours, carries a date: a message box's date often
 * sits in the header beside it, inside the post's own box.
 */
function stampedBox(index: BlockIndex, c: Block, before: Block | undefined, after: Block | undefined): boolean {
	if (stamped(index, c)) return true;
	const box = index.parent.get(c);
	return box !== undefined && !(before && index.isInside(before, box)) && !(after && index.isInside(after, box)) && stamped(index, box);
}

/**
 * Whether the page's first h1 ends before the first post starts: a thread's topic heads its posts, where an article
 * laid out in boxes holds its title in its first box. Stops at the first h1.
 */
function titledAbove(index: BlockIndex, first: Block): boolean {
	for (const b of index.order.keys()) {
		if (b.kind === 'heading' && b.level === 1) return b.range.end <= first.range.start;
	}
	return false;
}

/**
 * Whether a group's posts show themselves as a thread's do: the page's h1 above the first (`titledAbove`), and each
 * post stamped (`stampedBox`) and showing its poster (kinds/scatteredPosts.ts `POSTER_MARK_RE`: a link to a member's
 * page, an author attribute). Read by kinds/forum.ts `isThread` for posts before the article pipeline's choice.
 */
export function areShownPosts(index: BlockIndex, posts: RepeatedGroup): boolean {
	const items = posts.items;
	if (items.length === 0 || !titledAbove(index, items[0])) return false;
	return items.every((c, i) => stampedBox(index, c, items[i - 1], items[i + 1]) && hasPosterMark(index, c));
}

/**
 * Whether a group is a thread of two posts that show themselves (`areShownPosts`). Read by kinds/detect.ts: such a
 * pair is a thread even when one post holds most of their text (kinds/oneLongItem.ts reads one long item as an article
 * laid out in blocks, and in a question with one long answer the answer is that item).
 *
 * Why: with class words opaque (`EVAL_DECLASS=all`) and the forum profiles off (the proxy for forum software no
 * profile names), a two-post Invision thread whose answer held 0.83 of the posts' text was read as a service page, the
 * topic's counters, "Top Posters" box and carousel kept: 0.129 -> 1.000 (half A). Without the h1 above the posts, an
 * article laid out as a header box and a body box, both stamped and signed, became a thread (a half-A article 0.654 ->
 * 0.612). Measured on the tuning part, 1,054 pages: as is and declassed, no page of any kind moved.
 */
export function isPostPair(index: BlockIndex, posts: RepeatedGroup): boolean {
	return posts.items.length === PAIR_POSTS && areShownPosts(index, posts);
}
