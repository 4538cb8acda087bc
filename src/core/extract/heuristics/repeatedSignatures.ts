// Signatures by structure: the same closing text at the end of three posts or more is a signature, whatever its class says.
import type { Block } from '../../model/dumpDocument';
import { withChildren } from '../../model/divNodes';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * Forum software prints a member's signature under each of their posts; the annotators never keep it. Engines a
 * profile names (platforms.ts) and themes that call it `signature` lose it by its class (kinds/forum.ts), but an
 * unfamiliar theme may name it anything, or nothing (a plain paragraph under a rule). What every engine shares is
 * that the signature ends each of the member's posts with the same text: a closing block written identically at the
 * end of three posts or more is one, and goes from all of them (the repeats' rule, heuristics/repeatedBlocks.ts, keeps
 * the first copy). A poster's own closing words that recur ("Thanks!", "Cheers") are shorter than `MIN_SIGNATURE_CHARS`.
 * Tuning part of wcxb-dev, forum (session 31): half A 0.8519 -> 0.8520, half B 0.9143 -> 0.9145, one site up in each
 * half (+0.007, +0.008), none down, no other kind moved. At 12 characters without the date test, 9 sites fell (post
 * dates shared by posts of one day); under two posts only, 5 fell (quoted closing words, a poster repeating them).
 */
export const MIN_SIGNATURE_CHARS = 20;
/** A signature is this many text blocks at most at a post's end (a quote, a link, a line of the member's gear). */
export const MAX_SIGNATURE_BLOCKS = 3;
/** Posts that end with the same text (a signature's member posts at least this often): two are a quote of an earlier post's closing words, or a poster repeating them. */
export const MIN_SIGNED_POSTS = 3;

/**
 * A short line with a digit is a post's date or a counter ("Oct 28, 2023", "Posted August 26"), which posts of one day
 * share: a post keeps its date, and counters are forumControls.ts's.
 */
const MAX_DATED_LINE_CHARS = 40;

/** Whether a closing block's text may be a signature: long enough, and no date line. */
export function isSignatureText(key: string): boolean {
	return key.length >= MIN_SIGNATURE_CHARS && !(key.length <= MAX_DATED_LINE_CHARS && /\d/.test(key));
}

/**
 * A block whose text is one piece of a post: a paragraph or a heading. Not a list: a Q&A post ends with its comment
 * list, whose comments are the posters' words (heuristics/listedChrome.ts); nor a table or a code block, which a
 * poster pastes again from post to post.
 */
export function isLeaf(b: Block): boolean {
	return b.kind === 'paragraph' || b.kind === 'heading';
}

/** The text blocks of a post in reading order, inside its divs; a quote is an earlier post's words, never this post's signature. */
export function leavesOf(blocks: readonly Block[], out: Block[]): Block[] {
	for (const b of blocks) {
		if (isLeaf(b)) {
			if (collapsedText(b).length > 0) out.push(b);
		} else if (b.kind === 'div' || b.kind === 'htmlDiv') leavesOf(b.children, out);
		// A list, a table or a code block holds a place at the post's end, but is never taken for a signature.
		else if (b.kind === 'list' || b.kind === 'table' || b.kind === 'code') out.push(b);
	}
	return out;
}

/** The index of the post whose range holds a block, among posts in page order; -1 when none does. */
export function postIndexOf(posts: readonly Block[], b: Block): number {
	let lo = 0;
	let hi = posts.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const p = posts[mid];
		if (b.range.start < p.range.start) hi = mid - 1;
		else if (b.range.start >= p.range.end) lo = mid + 1;
		else return mid;
	}
	return -1;
}

/** The posts in page order, and each post's text blocks in reading order (`leavesOf`), by its place in that order. */
export function leavesPerPost(blocks: readonly Block[], posts: readonly Block[]): { sorted: Block[]; perPost: Map<number, Block[]> } {
	const sorted = [...posts].sort((a, b) => a.range.start - b.range.start);
	const perPost = new Map<number, Block[]>();
	for (const b of blocks) {
		const i = postIndexOf(sorted, b);
		if (i < 0) continue;
		let list = perPost.get(i);
		if (!list) perPost.set(i, (list = []));
		leavesOf([b], list);
	}
	return { sorted, perPost };
}

/** Removes the blocks of `drop` wherever they sit among the kept blocks: inside divs, where `leavesOf` finds them. */
export function without(blocks: readonly Block[], drop: ReadonlySet<Block>): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (drop.has(b)) continue;
		if (b.kind === 'div' || b.kind === 'htmlDiv') {
			const children = without(b.children, drop);
			out.push(children.length === b.children.length ? b : withChildren(b, children));
		} else out.push(b);
	}
	return out;
}

/**
 * Drops the closing blocks (`MAX_SIGNATURE_BLOCKS` at most, each `MIN_SIGNATURE_CHARS` long at least) written
 * identically at the end of `MIN_SIGNED_POSTS` posts or more. A post keeps its first text block: a post that is only the repeated
 * text is a poster repeating themself, not a signature.
 */
export function dropRepeatedSignatures(blocks: readonly Block[], posts: readonly Block[], removed: RemovedRegion[]): Block[] {
	if (posts.length < MIN_SIGNED_POSTS) return [...blocks];
	const { perPost } = leavesPerPost(blocks, posts);
	// How many posts end with each text.
	const endings = new Map<string, number>();
	const tails = new Map<number, Block[]>();
	for (const [i, leaves] of perPost) {
		const tail = leaves.slice(Math.max(1, leaves.length - MAX_SIGNATURE_BLOCKS));
		tails.set(i, tail);
		const keys = new Set<string>();
		for (const b of tail) {
			const key = collapsedText(b).toLowerCase();
			if (isLeaf(b) && isSignatureText(key)) keys.add(key);
		}
		for (const k of keys) endings.set(k, (endings.get(k) ?? 0) + 1);
	}
	const drop = new Set<Block>();
	for (const tail of tails.values()) {
		for (const b of tail) {
			if (!isLeaf(b) || (endings.get(collapsedText(b).toLowerCase()) ?? 0) < MIN_SIGNED_POSTS) continue;
			drop.add(b);
			removed.push({ range: b.range, step: 'signature', signal: `repeated signature: ${collapsedText(b).slice(0, 40)}` });
		}
	}
	return drop.size === 0 ? [...blocks] : without(blocks, drop);
}
