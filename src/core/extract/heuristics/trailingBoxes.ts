// Trailing boxes: a box after each post's message body, of one class token in three posts or more, is the post's signature.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { isStamped } from '../kinds/flatPosts';
import { POSTER_MARK_RE } from '../kinds/scatteredPosts';
import { MIN_REPEATED_POSTS } from './repeatedPostLines';

/**
 * A post's message body holds this share of its box's prose at least: the walk from the post down to its body follows
 * the one child box that holds most of the prose, and stops where none does (the message's own paragraphs).
 */
const MIN_BODY_SHARE = 0.5;

/**
 * The trailing boxes of one token hold at most this share of their posts' bodies' text together: a signature, a line of
 * gear or a motto, is shorter than the messages it closes; a box longer than them is more of the message (an answer's
 * second part, a post's attachments written out).
 */
const MAX_TRAILING_SHARE = 1;

/**
 * A box whose text is this much link text is a list of links: an item's tags or categories under each teaser of a
 * feed (a blog's cards read as posts), not a member's signature, which says something of its own.
 */
const MIN_LINK_ONLY_SHARE = 0.9;

/**
 * A token that names a box of a body chain in some posts still names trailing boxes when they are this many times as
 * many posts: a signature longer than a short message draws the walk into it in a few posts.
 */
const MIN_TRAILING_PER_CHAIN = 3;

/** Whether a box holds a container whose first class token is `token` (each trailing box is read once: they are disjoint). */
function holdsToken(b: Block, token: string | undefined): boolean {
	if (token === undefined || !isContainer(b)) return false;
	for (const k of b.children) if (isContainer(k) && (k.attrs.classes[0] === token || holdsToken(k, token))) return true;
	return false;
}

/** A post's message body: the box the walk from the post down reaches by following the child that holds most of its prose. */
export function bodyChain(index: BlockIndex, post: Container): Container[] {
	const chain: Container[] = [post];
	let at: Container = post;
	for (;;) {
		const prose = index.proseCharsOf(at);
		if (prose === 0) return chain;
		let next: Container | undefined;
		for (const k of at.children) {
			if (isContainer(k) && index.proseCharsOf(k) >= prose * MIN_BODY_SHARE) {
				next = k;
				break;
			}
		}
		if (next === undefined) return chain;
		chain.push(next);
		at = next;
	}
}

/**
 * The signatures of a thread's posts by their place, whatever their class says: in each post, the boxes that follow the
 * message body (`bodyChain`) at any level up to the post's own box, grouped by their first class token (token equality,
 * not the word). Such a token names the signature box the forum software prints under each message when:
 * - its boxes hold text after the body in three posts or more and a third of them (the repeated-lines rule's counts,
 *   heuristics/repeatedPostLines.ts), and it never names a box of any post's body chain;
 * - none of its boxes is a date line (kinds/flatPosts.ts `isStamped`: the post's stamp under its message) or holds a
 *   box of the body's token (a box holding more messages: several posts read as one, heuristics/secondBodies.ts);
 * - its boxes show no poster (kinds/scatteredPosts.ts `POSTER_MARK_RE`: a comment list under an answer names its
 *   commenters) and hold less text than the bodies they close (`MAX_TRAILING_SHARE`).
 *
 * Why: phpBB, vBulletin, SMF, MyBB and their themes print each member's signature in a box of its own after the
 * message's box, each poster's own text. Classes that say `signature` reveal it, and heuristics/secondBodies.ts finds it
 * when it shares the message body's class; with class words unknown (an unseen theme, or `EVAL_DECLASS=all`) nothing
 * else does. heuristics/repeatedSignatures.ts needs the same text three times: several members' signatures differ.
 * Measured on the tuning part of wcxb-dev (session 46, on top of the table posts of kinds/flatPosts.ts): declassed forum
 * 0.87805 -> 0.87892 (A 0.84957 -> 0.85050, B 0.91500 -> 0.91579: Tapatalk 0.903 -> 0.926, basenotes 0.895 -> 0.918,
 * Warrior Forum 0.907 -> 0.922, Simple Machines 0.964 -> 0.974; none down), all 0.88795 -> 0.88802; as is forum 0.88288
 * -> 0.88300 (basenotes 0.909 -> 0.920), no page down. Without the prose test on the box before a late chain box (a
 * post's header before its message) two threads fell to 0.05 and 0.25; without the link-only test a blog's tag rows
 * went from its cards read as posts (as is 0.880 -> 0.806).
 */
export function trailingBoxes(index: BlockIndex, posts: readonly Block[]): Container[] {
	// Per token: the posts whose body chain it names as their first box after no prose, and the chain's boxes that come after
	// a sibling with prose (a signature longer than a short message draws the walk: it is still after the message; a
	// post's header before its message holds no prose).
	const onChain = new Map<string, { posts: number; late: Container[] }>();
	const byToken = new Map<string, { boxes: Container[]; posts: number; chars: number; bodyChars: number; marked: number; linkOnly: number }>();
	for (const p of posts) {
		if (!isContainer(p)) continue;
		const chain = bodyChain(index, p);
		const body = chain[chain.length - 1];
		const bodyChars = index.charsOf(body);
		const bodyToken = body.attrs.classes[0];
		const seen = new Set<string>();
		for (let level = chain.length - 1; level > 0; level--) {
			const parent = chain[level - 1];
			const at = chain[level];
			let after = false;
			let proseBefore = false;
			for (const k of parent.children) {
				if (k === at) {
					after = true;
					if (at.attrs.classes.length > 0) {
						const token = at.attrs.classes[0];
						let t = onChain.get(token);
						if (!t) onChain.set(token, (t = { posts: 0, late: [] }));
						if (proseBefore) t.late.push(at);
						else t.posts++;
					}
					continue;
				}
				if (!after) {
					if (isContainer(k) && index.proseCharsOf(k) > 0) proseBefore = true;
					continue;
				}
				if (!isContainer(k) || k.attrs.classes.length === 0 || index.charsOf(k) === 0) continue;
				// The post's date line under its message is its stamp, and a box holding a box of the body's token holds messages.
				if (isStamped([k]) || holdsToken(k, bodyToken)) continue;
				const token = k.attrs.classes[0];
				let g = byToken.get(token);
				if (!g) byToken.set(token, (g = { boxes: [], posts: 0, chars: 0, bodyChars: 0, marked: 0, linkOnly: 0 }));
				g.boxes.push(k);
				g.chars += index.charsOf(k);
				if (!seen.has(token)) {
					seen.add(token);
					g.posts++;
					g.bodyChars += bodyChars;
				}
				if (POSTER_MARK_RE.test(index.doc.text.slice(k.range.start, k.range.end))) g.marked++;
				const st = index.statsOf(k);
				if (st.linkChars >= st.chars * MIN_LINK_ONLY_SHARE) g.linkOnly++;
			}
		}
	}
	const out: Container[] = [];
	for (const [token, g] of byToken) {
		const chained = onChain.get(token);
		if (g.posts + (chained?.late.length ?? 0) < MIN_REPEATED_POSTS || g.marked * 2 >= g.boxes.length || g.linkOnly * 2 > g.boxes.length || g.chars > g.bodyChars * MAX_TRAILING_SHARE) continue;
		// A token on more body chains than a third of its trailing posts names the message's own boxes.
		if (chained !== undefined && chained.posts * MIN_TRAILING_PER_CHAIN > g.posts) continue;
		for (const c of g.boxes) out.push(c);
		if (chained !== undefined) for (const c of chained.late) out.push(c);
	}
	return out;
}
