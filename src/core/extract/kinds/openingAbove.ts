// The opening post above the replies in a box of its own shape: the stamped, signed message between the topic's h1 and the first reply.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, linkDensity } from '../blockIndex';
import { isHidden } from '../inlineText';
import { flatHeaders, isStamped } from './flatPosts';
import { MIN_POST_CHARS } from './posts';
import { MEMBER_LINK_RE } from './posterHeadings';
import { POSTER_MARK_RE } from './scatteredPosts';
import type { RepeatedGroup } from './signals';
import { hasStampAttribute } from './stampAttributes';

/** A message is mostly words: a box of links (related topics, a tag cloud) under the title is no opening post. */
const MAX_OPENING_LINK_DENSITY = 0.5;

/**
 * The source characters read for the poster's mark and the stamp, from the h1's end: a post's header is short, and the
 * test stays linear on a page whose h1 lies far above the replies.
 */
export const MAX_OPENING_HEADER_CHARS = 20_000;

/** The page's last h1 that ends before `end`: the topic's title (a board's name may come first, as its own h1). */
function topicHeading(index: BlockIndex, end: number): Block | undefined {
	let h1: Block | undefined;
	for (const b of index.order.keys()) {
		if (b.range.start >= end) break;
		if (b.kind === 'heading' && b.level === 1 && b.range.end <= end) h1 = b;
	}
	return h1;
}

/** Whether a heading with text lies between the message's end and the first reply: the page's own "Replies" or "3 Answers". */
function headedReplies(index: BlockIndex, from: number, end: number): boolean {
	for (const b of index.order.keys()) {
		if (b.range.start >= end) break;
		if (b.range.start >= from && b.kind === 'heading' && index.charsOf(b) > 0) return true;
	}
	return false;
}

/**
 * The prose an opening message printed in one box with the title holds at least (`titledOpening`): sentences, twice a
 * post's least text. The thread header's labelled list ("Thread starter", "Start date", "Views : 7,909") shares a box
 * with the h1 too, and holds under half of it (a board of one engine, 38 prose characters).
 */
const MIN_TITLED_MESSAGE_PROSE = 2 * MIN_POST_CHARS;

/**
 * Whether the topic's h1 and the message share a box that ends before the first reply: a thread's header and its
 * opening post printed as one box (title, counters, the poster's card and date, the message), the replies in boxes of
 * another shape after it. A notice or a "Thread starter / Start date" list under a page-wide h1 shares no such box with
 * it: their common box is the page's column, which holds the replies too. One walk up from the h1.
 * Why (session 62): a board engine prints its title, counters, the starter's card, "#1 · date" and the message as
 * one box, the replies as schema-typed boxes of another shape after it, with no heading between: with every class word
 * unique, the replies' group left the opening post out. Measured, tuning part (1,054 pages), unique tokens and profiles
 * off: forum 0.87169 -> 0.87325 (A 0.8478 -> 0.8481, B 0.9027 -> 0.9058; 3 threads up, 0.823 -> 0.923, 0.848 -> 0.861,
 * 0.944 -> 0.962, none down; a thread whose starter list shares a box with the h1 fell 0.935 -> 0.912 before
 * `MIN_TITLED_MESSAGE_PROSE`); declassed, no page moved; no page of another kind moved. Without the member-page link
 * the Readability corpus fell 0.947 -> 0.946: a story's title box (h1, byline to the author's page, date, standfirst)
 * was read above body sections taken for posts.
 */
function titledOpening(index: BlockIndex, h1: Block, box: Block, end: number): boolean {
	for (let p = index.parent.get(h1); p !== undefined; p = index.parent.get(p)) {
		if (p.range.end > end) return false;
		if (index.isInside(box, p)) return true;
	}
	return false;
}

/**
 * The opening post printed above the replies in a box whose shape is not theirs (kinds/openingPost.ts finds it only by
 * the replies' class token): between the topic's h1 and the first reply (its header included, kinds/flatPosts.ts), the
 * outermost boxes of that stretch, the one with the most prose being the message (a post's length, mostly words). It
 * is an opening post when the stretch from the h1 to the message's end carries a poster's mark (kinds/scatteredPosts.ts
 * `POSTER_MARK_RE`: a link to a member's page) and a stamp (kinds/flatPosts.ts `isStamped`, a date in a tooltip). The
 * boxes from the first that carries either to the message are returned, in page order: the post's header and its
 * message. Class-free: shapes and links only. One pass over the page's blocks up to the first reply, and the header's
 * source read once, capped (`MAX_OPENING_HEADER_CHARS`).
 *
 * The page must head the replies itself: a heading with text between the message and the first reply ("Replies",
 * "3 Answers"), where the question ends and the answers begin (`headedReplies`). Without it, a thread whose first post is
 * in its group gained the box above it: a "Thread starter / Start date / Views" list, a notice (declassed, 4 threads of
 * 4 sites fell: 0.985 -> 0.849, 0.922 -> 0.875, 0.947 -> 0.929 in half B, 0.935 -> 0.912 in half A).
 *
 * Why: boards print the question with its author's card and date in a header box and a message box under the h1, then
 * a "Replies" heading and the replies in boxes of another shape (a Drupal board). With class words opaque no rule ties
 * the two shapes, and the thread was read without its question. Measured (session 49, tuning part, 1,054 pages):
 * declassed forum 0.88233 -> 0.88238 (A 0.85318 -> 0.85325: that board's thread 0.056 -> 0.060, its question back; its
 * truth keeps the question alone, so the score stays low), the same with the forum profiles off; as is no page moved; no
 * page of another kind moved on either yardstick. Fires on that one thread (one site, half A) on the tuning part.
 */
export function openingPostAbove(index: BlockIndex, posts: RepeatedGroup, items: readonly Block[]): Container[] {
	if (items.length === 0) return [];
	const first = items[0];
	const head = flatHeaders(posts, first);
	const end = head !== undefined && head.length > 0 ? Math.min(head[0].range.start, first.range.start) : first.range.start;
	const h1 = topicHeading(index, end);
	if (h1 === undefined) return [];
	const outer: Container[] = [];
	for (const c of index.containers) {
		if (c.range.start >= end) break;
		if (c.range.start < h1.range.end || c.range.end > end) continue;
		if (outer.length > 0 && index.isInside(c, outer[outer.length - 1])) continue;
		if (isHidden(divAttrParts(c))) continue;
		outer.push(c);
	}
	let message = -1;
	for (let i = 0; i < outer.length; i++) if (message < 0 || index.proseCharsOf(outer[i]) > index.proseCharsOf(outer[message])) message = i;
	if (message < 0) return [];
	const box = outer[message];
	const s = index.statsOf(box);
	if (s.proseChars === 0 || s.chars < MIN_POST_CHARS || linkDensity(s) >= MAX_OPENING_LINK_DENSITY) return [];
	const source = index.doc.text;
	const from = h1.range.end;
	const to = Math.min(box.range.end, from + MAX_OPENING_HEADER_CHARS);
	const header = source.slice(from, to);
	// Boxed with the title, the poster must link a member's page: an article's byline links its author's page, and a
	// story's title box (kicker, h1, byline, date, standfirst) above body sections read as posts is no opening post.
	if (!headedReplies(index, box.range.end, end) && (s.proseChars < MIN_TITLED_MESSAGE_PROSE || !MEMBER_LINK_RE.test(header) || !titledOpening(index, h1, box, end))) return [];
	if (!POSTER_MARK_RE.test(header)) return [];
	const boxes = outer.slice(0, message + 1);
	if (!isStamped(boxes) && !hasStampAttribute(source, { range: { start: from, end: to } })) return [];
	// From the first box that carries the poster's mark or the stamp: the post's header, then its message.
	let start = 0;
	while (start < message && !POSTER_MARK_RE.test(source.slice(boxes[start].range.start, boxes[start].range.end)) && !isStamped([boxes[start]])) start++;
	return boxes.slice(start);
}
