// Poster names outside the posts: the heading a forum engine writes each poster's name in, beside the post's container rather than in it.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { attrWords, collapsedText } from '../inlineText';

/**
 * For each post, the shortest heading before it (after the post before it) whose class words match `re` (a platform's
 * `posterName`, platforms.ts), by the post's block. Invision Community writes each post as an `<article>` holding the
 * author pane (the poster's name as a `cAuthorPane_author` heading, `ipsEntry__username` in version 5) beside the
 * comment container; pandoc drops the `<article>`, so the post's container holds its date and message but not its
 * poster. The annotators keep the name above each post (all 6 Invision threads of the tuning part's half A). Tuning
 * forum pages: half A 0543 0.992 -> 1.000, 0544 0.859 -> 0.871, 0545 0.907 -> 0.919, 0546 0.776 -> 0.792, 0548 0.825 -> 0.831,
 * 1658 0.935 -> 0.942 (its truth names every poster but the first); half B 0550 0.645 -> 0.646; none down. A
 * name written twice (the author pane and the mobile header) is taken once, from the shorter heading: the other adds
 * the member's reputation (version 4) or group (version 5) to the name. One pass over the blocks, in page order.
 */
export function posterHeadings(index: BlockIndex, posts: readonly Block[], re: RegExp): Map<Block, Block> {
	const out = new Map<Block, Block>();
	let i = 0;
	let prevEnd = 0;
	let best: Block | undefined;
	let bestChars = 0;
	for (const b of index.parent.keys()) {
		while (i < posts.length && b.range.start >= posts[i].range.start) {
			if (best !== undefined) out.set(posts[i], best);
			prevEnd = posts[i].range.end;
			best = undefined;
			i++;
		}
		if (i >= posts.length) break;
		if (b.kind !== 'heading' || b.range.start < prevEnd || !re.test(attrWords(b.attrs))) continue;
		const chars = collapsedText(b).length;
		if (chars === 0 || (best !== undefined && chars >= bestChars)) continue;
		best = b;
		bestChars = chars;
	}
	return out;
}
