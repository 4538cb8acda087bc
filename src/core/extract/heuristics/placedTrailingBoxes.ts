// Trailing boxes by place: the box at one place after each post's message body, in a third of the posts or more, is the post's signature.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { isStamped } from '../kinds/flatPosts';
import { MIN_POST_CHARS } from '../kinds/posts';
import { POSTER_MARK_RE } from '../kinds/scatteredPosts';
import { MIN_REPEATED_POSTS, MIN_REPEATED_SHARE } from './repeatedPostLines';
import { bodyChain } from './trailingBoxes';

/**
 * The trailing boxes of one place hold at most this share of their posts' bodies' text together: a signature is shorter
 * than the messages it closes (heuristics/trailingBoxes.ts `MAX_TRAILING_SHARE`).
 */
const MAX_TRAILING_SHARE = 1;

/** A box whose text is this much link text is a list of links (a post's buttons, an item's tags), not a member's signature. */
const MIN_LINK_ONLY_SHARE = 0.9;

/**
 * A box after the body, or a block quote holding one box and nothing else (the quote a board draws a signature in): the
 * box, or undefined. A quote of another post holds the poster's line and the quoted text beside its box, or no box.
 */
function trailingBox(b: Block): Container | undefined {
	if (isContainer(b)) return b;
	if (b.kind !== 'blockquote' || b.children.length !== 1) return undefined;
	const only = b.children[0];
	return isContainer(only) ? only : undefined;
}

/** The boxes after `at` among `kids` that hold prose (each read once: a post's children at one level). */
function proseBoxesAfter(index: BlockIndex, kids: readonly Block[], at: Block): number {
	let n = 0;
	let after = false;
	for (const k of kids) {
		if (k === at) after = true;
		else if (after) {
			const box = trailingBox(k);
			if (box !== undefined && index.proseCharsOf(box) > 0) n++;
		}
	}
	return n;
}

/**
 * The signatures of a thread's posts by their place alone, whatever their classes: in each post, the boxes after its
 * message body (heuristics/trailingBoxes.ts `bodyChain`) at each level up to the post's box, keyed by their place (the
 * level, the box's rank among the boxes after the body at that level, and whether a quote holds it). A place holds the
 * signature the board prints under each message when its boxes follow the body in `MIN_REPEATED_POSTS` posts or more
 * and `MIN_REPEATED_SHARE` of them, none is a date line (kinds/flatPosts.ts `isStamped`), fewer than half show a
 * poster (a comment list under an answer names its commenters) or are mostly links (a post's buttons, its tags), and
 * together they hold less text than the bodies they close (`MAX_TRAILING_SHARE`). Read after heuristics/trailingBoxes.ts,
 * whose class tokens the caller's pruned set already holds.
 *
 * Why: vBulletin, phpBB and their themes print each member's signature in a box of its own after the message's box
 * (vBulletin 4 in a quote); heuristics/trailingBoxes.ts groups those boxes by their first class token, and a board whose
 * boxes each carry a class list of their own (hashed names, a token per state; `EVAL_DECLASS=unique`) gives it none:
 * the hosting companies' signatures under every post of a hosting board's thread stayed in. The place repeats where
 * the words do not. A post whose body chain ends in a short stamped box (its header's date line, when the message has
 * no prose of its own: "You are a genius") is skipped: its message follows that box. So is a level where two boxes
 * with prose follow the body: a box holding several messages (heuristics/secondBodies.ts's guard; no tuning page moved).
 *
 * Measured (session 57, tuning part, forum pages, on top of kinds/placedFlatPosts.ts): profiles off with every token
 * unique, forum 0.85005 -> 0.85193 (half A 0.8146 -> 0.8164: a hosting board 0.819 -> 0.871, XenForo-like threads
 * 0.895 -> 0.918, 0.934 -> 0.939; half B 0.8960 -> 0.8980: 0.875 -> 0.903, 0.931 -> 0.953, 0.827 -> 0.846; one page
 * -0.001); declassed 0.87226 -> 0.87276 (A 0.834 -> 0.871 on the hosting board, B one page +0.005); as is no page moved.
 * Without the stamped-body guard a Discourse thread lost a one-line reply on all three yardsticks (0.932 -> 0.929).
 */
export function placedTrailingBoxes(index: BlockIndex, posts: readonly Block[]): Container[] {
	const byPlace = new Map<string, { boxes: Container[]; posts: number; chars: number; bodyChars: number; marked: number; linkOnly: number }>();
	let postCount = 0;
	for (const p of posts) {
		if (!isContainer(p)) continue;
		postCount++;
		const chain = bodyChain(index, p);
		if (chain.length < 2) continue;
		const body = chain[chain.length - 1];
		const bodyChars = index.charsOf(body);
		// A short stamped "body" is the post's header, its date line holding the post's only prose: the message after it is no signature.
		if (bodyChars < MIN_POST_CHARS && isStamped([body])) continue;
		for (let level = chain.length - 1; level > 0; level--) {
			const at = chain[level];
			// Two boxes with prose after the body at one level are several messages in one box (heuristics/secondBodies.ts's
			// guard): no signature is taken there.
			if (proseBoxesAfter(index, chain[level - 1].children, at) > 1) continue;
			let after = false;
			let rank = 0;
			for (const k of chain[level - 1].children) {
				if (k === at) {
					after = true;
					continue;
				}
				if (!after) continue;
				const box = trailingBox(k);
				if (box === undefined || index.charsOf(box) === 0) continue;
				rank++;
				// The post's date line under its message is its stamp.
				if (isStamped([box])) continue;
				const place = `${level}:${rank}:${k.kind}`;
				let g = byPlace.get(place);
				if (!g) byPlace.set(place, (g = { boxes: [], posts: 0, chars: 0, bodyChars: 0, marked: 0, linkOnly: 0 }));
				g.boxes.push(box);
				g.posts++;
				g.chars += index.charsOf(box);
				g.bodyChars += bodyChars;
				if (POSTER_MARK_RE.test(index.doc.text.slice(box.range.start, box.range.end))) g.marked++;
				const st = index.statsOf(box);
				if (st.linkChars >= st.chars * MIN_LINK_ONLY_SHARE) g.linkOnly++;
			}
		}
	}
	const need = Math.max(MIN_REPEATED_POSTS, postCount * MIN_REPEATED_SHARE);
	const out: Container[] = [];
	for (const g of byPlace.values()) {
		if (g.posts < need || g.marked * 2 >= g.boxes.length || g.linkOnly * 2 > g.boxes.length || g.chars > g.bodyChars * MAX_TRAILING_SHARE) continue;
		for (const c of g.boxes) out.push(c);
	}
	return out;
}
