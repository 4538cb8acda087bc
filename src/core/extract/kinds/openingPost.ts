// The opening post apart: a thread's first post in a box of its own above the replies' list, with the replies' class token.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container } from '../blockIndex';
import { isHidden } from '../inlineText';
import { isStamped } from './flatPosts';
import { MIN_POST_CHARS } from './posts';
import { hasPosterMark } from './scatteredPosts';
import type { RepeatedGroup } from './signals';
import { hasStampAttribute } from './stampAttributes';

/** A sibling group's signature is its items' first class token; other groups' signatures start with one of these. */
const NOT_A_TOKEN_RE = /^[~#]|\s/;

/**
 * The boxes above a sibling group of posts (signals.ts `groupsOf`: siblings sharing a first class token) that carry
 * the same token without being its siblings, outermost, in page order: each with prose, a post's length, its poster's
 * mark and a stamp (kinds/scatteredPosts.ts `hasPosterMark`, kinds/flatPosts.ts `isStamped`, kinds/stampAttributes.ts).
 * One pass over the page's containers; each candidate's source is read once.
 *
 * Why: themes print the opening post apart, in a box of the replies' class above the list that holds them (a XenForo
 * theme puts it with the thread's title and counters in a header box; the replies are siblings in the list below). A
 * sibling group holds the replies only, and the thread was read without its question. The box is the same token, so
 * class-free: it holds with class words opaque. The post's chrome (counters, the title) is cleaned as every post's is.
 * Measured (session 47, tuning part): declassed forum 0.88202 -> 0.88233 (A 0.85262 -> 0.85318: a XenForo theme's thread
 * 0.934 -> 0.960, its question back); as is no page moved (the profile's numbered post ids hold the opening post); no page
 * of another kind moved on either yardstick (the rule reads only a thread's posts).
 */
export function openingPostsApart(index: BlockIndex, posts: RepeatedGroup, items: readonly Block[]): Container[] {
	const token = posts.signature;
	if (NOT_A_TOKEN_RE.test(token) || items.length === 0) return [];
	const first = items[0];
	const out: Container[] = [];
	for (const c of index.containers) {
		if (c.range.start >= first.range.start) break;
		const attrs = divAttrParts(c);
		if (attrs.classes[0] !== token || isHidden(attrs)) continue;
		// Outermost only, and never a wrapper of the posts.
		if (out.length > 0 && index.isInside(c, out[out.length - 1])) continue;
		if (c.range.end > first.range.start) continue;
		const s = index.statsOf(c);
		if (s.proseChars === 0 || s.chars < MIN_POST_CHARS) continue;
		if (!hasPosterMark(index, c) || !(isStamped([c]) || hasStampAttribute(index.doc.text, c))) continue;
		out.push(c);
	}
	return out;
}
