// Signatures by their poster: the same closing text at the end of two posts or more by one member is that member's signature.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { MEMBER_QUERY_LINK } from '../kinds/memberQueryLinks';
import { isLeaf, isSignatureText, leavesPerPost, MAX_SIGNATURE_BLOCKS, without } from './repeatedSignatures';

/** Two posts of one member that end alike: the engine printed the member's signature under each. */
export const MIN_POSTER_SIGNED_POSTS = 2;

/**
 * Two posts are weaker evidence than the three of any poster's signature rule: a closing text this long at least. A
 * poster's thanks repeated in two replies ("Thank you this is helpful", 25 characters) is shorter.
 */
export const MIN_POSTER_SIGNATURE_CHARS = 40;

/**
 * The first link to a member's page in a post's source, the post's poster: a Markdown link's target whose path names a
 * member (`/members/x.3/`, `/u/name`, `/profile/12-name`) or whose query does (phpBB's and SMF's, kinds/memberQueryLinks.ts).
 */
const MEMBER_HREF_RE = new RegExp(`\\]\\(([^)\\s\\]]*(?:\\/(?:u|users?|members?|profiles?|people)[/.?=]|${MEMBER_QUERY_LINK})[^)\\s]*)`, 'i');

/** A post's poster, by its first member link; `undefined` when the post links no member. */
function posterOf(source: string, post: Block): string | undefined {
	return MEMBER_HREF_RE.exec(source.slice(post.range.start, post.range.end))?.[1].toLowerCase();
}

/**
 * Drops the closing blocks (`MAX_SIGNATURE_BLOCKS` at most, each `MIN_POSTER_SIGNATURE_CHARS` long at least
 * and no date line: heuristics/repeatedSignatures.ts `isSignatureText`) written identically at the end of two posts or more by the same poster (the
 * post's first member link). A forum prints a member's signature under each of their posts; a thread where a member
 * posts twice holds it twice, below the three posts the signature rule of any poster needs (repeatedSignatures.ts). A
 * poster's own words repeated in another poster's post (a quote written as text) are not counted: only one member's posts
 * count together. A post keeps its first text block.
 * Measured on the tuning part of wcxb-dev with every class and id word made opaque (`EVAL_DECLASS=all`, the proxy for
 * unseen sites): forum half A 0.8121 -> 0.8122, half B 0.8807 -> 0.8813; three threads of three sites up (0.852 ->
 * 0.867, 0.957 -> 0.964, 0.898 -> 0.903), none down; the tuning part as it is: no page moved (profiles name the
 * signatures by class). At 20 characters (the any-poster rule's floor), a poster's "Thank you this is helpful" under two
 * of their replies went (0.999 -> 0.992).
 */
export function dropPosterSignatures(source: string, blocks: readonly Block[], posts: readonly Block[], removed: RemovedRegion[]): Block[] {
	if (posts.length < MIN_POSTER_SIGNED_POSTS) return blocks as Block[];
	const { sorted, perPost } = leavesPerPost(blocks, posts);
	// How many posts of each poster end with each text: `poster \n text`.
	const endings = new Map<string, number>();
	const tails = new Map<number, { poster: string; tail: Block[] }>();
	for (const [i, leaves] of perPost) {
		const poster = posterOf(source, sorted[i]);
		if (poster === undefined) continue;
		const tail = leaves.slice(Math.max(1, leaves.length - MAX_SIGNATURE_BLOCKS));
		tails.set(i, { poster, tail });
		const keys = new Set<string>();
		for (const b of tail) {
			const key = collapsedText(b).toLowerCase();
			if (isLeaf(b) && key.length >= MIN_POSTER_SIGNATURE_CHARS && isSignatureText(key)) keys.add(`${poster}\n${key}`);
		}
		for (const k of keys) endings.set(k, (endings.get(k) ?? 0) + 1);
	}
	const drop = new Set<Block>();
	for (const { poster, tail } of tails.values()) {
		for (const b of tail) {
			if (!isLeaf(b) || (endings.get(`${poster}\n${collapsedText(b).toLowerCase()}`) ?? 0) < MIN_POSTER_SIGNED_POSTS) continue;
			drop.add(b);
			removed.push({ range: b.range, step: 'signature', signal: `poster's signature: ${collapsedText(b).slice(0, 40)}` });
		}
	}
	return drop.size === 0 ? (blocks as Block[]) : without(blocks, drop);
}
