// Other threads' entries cut off the post groups before the thread is chosen (the cut: kinds/otherThreadCut.ts).
import type { BlockIndex } from '../blockIndex';
import { shareFlatHeaders } from './flatPosts';
import { withoutOtherThreads } from './otherThreadCut';
import { postGroup } from './scatteredPosts';
import type { RepeatedGroup } from './signals';

/** Where the list of other threads cut off a group's start begins (its first entry), by the group it was cut from. */
const listStarts = new WeakMap<RepeatedGroup, number>();

/**
 * Where a thread's text begins for the story-above test (kinds/forum.ts `isThread`): at the list of other threads
 * cut off its start, if any, else at its first post. A list of previewed threads above the posts is no story.
 */
export function threadStart(group: RepeatedGroup): number {
	return listStarts.get(group) ?? group.items[0].range.start;
}

/**
 * The post groups of a page with other threads' entries cut off their ends (`withoutOtherThreads`); a group that is
 * such a list whole is left out. Read before the thread is chosen among them (kinds/posts.ts `choosePosts`), so a list
 * of previewed threads longer than the thread does not win by its count of items.
 */
export function threadsOnly(index: BlockIndex, groups: readonly RepeatedGroup[]): RepeatedGroup[] {
	const out: RepeatedGroup[] = [];
	for (const g of groups) {
		const items = withoutOtherThreads(index.doc.text, g.items);
		if (items === undefined) continue;
		if (items.length === g.items.length) {
			out.push(g);
			continue;
		}
		const cut = { ...postGroup(index, g.signature, items), pricedItems: g.pricedItems, linkedItems: g.linkedItems };
		shareFlatHeaders(g, cut);
		if (items[0] !== g.items[0]) listStarts.set(cut, g.items[0].range.start);
		out.push(cut);
	}
	return out;
}
