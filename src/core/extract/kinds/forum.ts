// Forum threads: every post in order (author, date and message), without signatures, vote counts and reply buttons.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { ALL_FLAGS, type Attempt, type BlockIndex } from '../blockIndex';
import { cleanBlock } from '../clean';
import { attrWords } from '../inlineText';
import { recordOutside } from '../outside';
import { prunedContainers } from '../prune';
import type { KindStrategy } from './pageKind';
import type { PageSignals } from './signals';

/** Parts of a post that are not the message: signatures, votes, reactions, reply and share buttons, post counters. */
export const POST_CHROME_RE = /signature|\bsig\b|vote|reaction|likes?\b|kudos|button|btn|post-?footer|postfoot|post-?actions|controls|toolbar|share|report|quote-?button|reply-?button|permalink|badge|rank|avatar|user-?stats|postprofile|member-?info/i;

/** A thread's posts hold at least this share of the page's text; below it the posts are an article's comments. */
export const MIN_POSTS_SHARE = 0.5;

/** Whether the page is a forum thread by its structure: a group of post-like containers holding most of the text. */
export function isThread(signals: PageSignals): boolean {
	const posts = signals.posts;
	return posts !== undefined && posts.items.length >= 2 && posts.chars >= signals.chars * MIN_POSTS_SHARE;
}

function extractPosts(index: BlockIndex, signals: PageSignals): Attempt | undefined {
	const posts = signals.posts;
	if (!posts) return undefined;
	const pruned = prunedContainers(index, ALL_FLAGS);
	// The posts themselves are often named "comment" or "reply", which pruning sets aside as chrome.
	for (const p of posts.items) pruned.delete(p);
	for (const [c] of pruned) if (posts.items.some((p) => index.isInside(p, c))) pruned.delete(c);
	for (const c of index.containers) if (posts.items.some((p) => index.isInside(c, p)) && POST_CHROME_RE.test(attrWords(c.attrs))) pruned.set(c, 'post-chrome');
	const removed: RemovedRegion[] = [];
	const blocks: Block[] = [];
	let chars = 0;
	const flags = { ...ALL_FLAGS, cleanConditionally: false };
	for (const p of posts.items) {
		const kept = cleanBlock(index, p, flags, removed, undefined, true, pruned);
		blocks.push(...kept.blocks);
		chars += kept.stats.chars;
	}
	recordOutside(index, posts.items, removed);
	return { region: posts.items[0], regionScore: 0, blocks, removed, chars };
}

export const forum: KindStrategy = {
	kind: 'forum',
	reason: 'A thread is read post by post: the article pipeline keeps the best-scoring post, or drops them all as comments.',
	extract: ({ index, signals }) => (isThread(signals) ? extractPosts(index, signals) : undefined),
};
