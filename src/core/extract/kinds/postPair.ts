// A thread of two posts: an opening post and one reply, each stamped and signed, is a thread even when one is long.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { postDates } from '../heuristics/chromeDates';
import { isStamped } from './flatPosts';
import { hasStampAttribute } from './stampAttributes';
import { hasPosterMark } from './scatteredPosts';
import type { RepeatedGroup } from './signals';

/** A pair: the opening post and its one reply. */
export const PAIR_POSTS = 2;

/** Whether a post or the box that holds it and no other post carries a date (the header beside a message box). */
const MAX_SOURCE_CHARS = 3000;
function stamped(index: BlockIndex, b: Block): boolean {
	return isStamped([b]) || hasStampAttribute(index.doc.text, b) || postDates(index.doc.text.slice(b.range.start, Math.min(b.range.end, b.range.start + MAX_SOURCE_CHARS))) > 0;
}
function stampedBox(index: BlockIndex, c: Block, before: Block | undefined, after: Block | undefined): boolean {
	if (stamped(index, c)) return true;
	const box = index.parent.get(c);
	return box !== undefined && !(before && index.isInside(before, box)) && !(after && index.isInside(after, box)) && stamped(index, box);
}

/** Whether the page's first top-level heading ends before the first post starts: the thread's topic above its posts. */
function titledAbove(index: BlockIndex, first: Block): boolean {
	for (const b of index.order.keys()) {
		if (b.kind === 'heading' && b.level === 1) return b.range.end <= first.range.start;
	}
	return false;
}

/** Whether a post group is two posts, each stamped with a date and showing its poster. */
export function isPostPair(index: BlockIndex, posts: RepeatedGroup): boolean {
	return posts.items.length === PAIR_POSTS && areShownPosts(index, posts);
}

export function areShownPosts(index: BlockIndex, posts: RepeatedGroup): boolean {
	const items = posts.items;
	if (items.length === 0 || !titledAbove(index, items[0])) return false;
	return items.every((c, i) => stampedBox(index, c, items[i - 1], items[i + 1]) && hasPosterMark(index, c));
}
