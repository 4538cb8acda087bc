// Posts that share no class token: three or more stamped sibling boxes with prose and their posters' marks, whatever their classes.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer, linkDensity } from '../blockIndex';
import { isHidden } from '../inlineText';
import { insideQaItem } from '../heuristics/postComments';
import { isStamped } from './flatPosts';
import { MIN_POST_CHARS, SCATTERED_SIGNATURE } from './posts';
import { hasPosterMark, mostly, postGroup } from './scatteredPosts';
import { hasMemberCard } from './memberCards';
import { headerBoxes } from './postHeaderBoxes';
import type { RepeatedGroup } from './signals';
import { hasStampAttribute } from './stampAttributes';

/** The signature of a group found by its place alone: a group read like the anonymous ones (`~anon `), then this. */
export const SIBLING_SIGNATURE = `${SCATTERED_SIGNATURE}anon siblings`;

/** A thread found by its place alone holds this many posts at least (the same bar as kinds/anonymousPosts.ts). */
const MIN_SIBLING_POSTS = 3;

/** A message is mostly words, not links: a run of stamped link cards is a feed. */
const MAX_LINK_DENSITY = 0.5;

/**
 * Candidate parents tested at most, the most text first: the stamp and poster tests read each box's text, and
 * nested parents (a thread's list, each post's box, its cells) would read the page once per level.
 */
const MAX_GROUP_TESTS = 8;

/**
 * One box holding this share of a group's text at least is no post beside others: it is the page's column beside a
 * sidebar and a footer, or an article beside two stamped sidebar boxes that name their authors. Stricter than the bar
 * of kinds/oneLongItem.ts (`MIN_LONG_ITEM_SHARE`, 0.8): a group found by its place alone has no class token for it,
 * and with every token unique an essay's body holding 0.797 of its group beside two such boxes was read as a thread.
 */
const MAX_LONGEST_SHARE = 0.6;

/**
 * The bar above when every box shows its poster's member card (kinds/memberCards.ts `hasMemberCard`: a join date or a
 * post count with its label) and there are `MIN_CARDED_POSTS` of them: a card is the forum's alone, so a long opening
 * question beside short carded replies is a thread, not an essay beside author boxes (which show no card). The bar of
 * kinds/oneLongItem.ts (`MIN_LONG_ITEM_SHARE`, 0.8). Session 62: a four-post thread whose question held 0.71 of the
 * group was read as a listing, member cards and footers kept. Measured (tuning part, 1,054 pages), unique tokens and
 * profiles off: forum 0.87325 -> 0.87420 (A 0.8481 unchanged, B 0.9058 -> 0.9080: that thread 0.892 -> 0.974, listing
 * -> forum), no other page moved; declassed and as is no page moved.
 */
const MAX_CARDED_LONGEST_SHARE = 0.8;

/** Carded boxes needed for `MAX_CARDED_LONGEST_SHARE`: one more than the least group, so two author boxes beside an essay never reach it. */
const MIN_CARDED_POSTS = MIN_SIBLING_POSTS + 1;

/** The share of the group's text one box may hold: higher when every box of enough of them shows a member card. */
function longestShareBar(stamped: readonly Container[]): number {
	return stamped.length >= MIN_CARDED_POSTS && stamped.every(hasMemberCard) ? MAX_CARDED_LONGEST_SHARE : MAX_LONGEST_SHARE;
}

/**
 * A finer group inside one box of the group taken holds this share of that box's text at least: the posts are most of
 * the thread's column (the same bar as kinds/anonymousPosts.ts `MIN_SPLIT_SHARE_OF_LONG_UNIT`), not a few quoted boxes
 * inside one long post.
 */
const MIN_FINER_SHARE = 0.5;

/**
 * The boxes under one parent that may be posts: containers, shown, a post's length at least, with few links. Prose is
 * asked of most boxes of a group (`mostlyProse`), not of each: a reply written as short broken lines with no sentence
 * ("I agree\ it depends on the niche"), or a row of pictures with captions, holds no prose and is still a post.
 */
function postBoxes(index: BlockIndex, kids: readonly Block[], out: Container[]): void {
	for (const k of kids) {
		if (!isContainer(k) || isHidden(divAttrParts(k))) continue;
		const s = index.statsOf(k);
		if (s.chars >= MIN_POST_CHARS && linkDensity(s) < MAX_LINK_DENSITY) out.push(k);
	}
}

/**
 * Whether most boxes of a group hold prose. Asked of each box before (session 61): with every class word unique, a
 * thread found by place lost each post whose message was short broken lines or pictures (one post of 6, 7, 13 or 15 on
 * five threads of half A). Measured (session 61, tuning part, 1,054 pages), every class token unique, profiles off:
 * forum 0.86911 -> 0.87169 (A 0.8442 -> 0.8478, B 0.9014 -> 0.9027; 10 threads up, 0.945 -> 0.997, 0.905 -> 0.941,
 * 0.932 -> 0.968, 0.965 -> 0.998 (B), 0.915 -> 0.930 (B) ...; one down, 0.947 -> 0.927, now read as the 12 posts its
 * class rule reads as is, which scores 0.929 there); no page of another kind moved; as is and declassed no page moved.
 */
function mostlyProse(index: BlockIndex, boxes: readonly Container[]): boolean {
	return mostly(boxes, (c) => index.statsOf(c).proseChars > 0);
}

/**
 * Whether half of the boxes at least share their first class token: then the token's group was read, and declined,
 * by kinds/anonymousPosts.ts (a blog's teaser cards, a code host's repository cards, each stamped and signed, are
 * sibling boxes of one token that its teaser and post tests turn down; read by place they became threads).
 */
function sharedToken(items: readonly Container[]): boolean {
	const counts = new Map<string, number>();
	let most = 0;
	for (const c of items) {
		const token = divAttrParts(c).classes[0];
		if (token === undefined) continue;
		const n = (counts.get(token) ?? 0) + 1;
		counts.set(token, n);
		most = Math.max(most, n);
	}
	return most * 2 >= items.length;
}

/**
 * A list item's post box: the last of its boxes of a post's length (`postBoxes`), when its boxes hold more than half of
 * the item's text. A board that writes its thread as a list puts a post's anchor, then a preview of the post it
 * answers (a quote of the parent, often longer than the reply), then the reply's own box in the item; the largest box
 * was the preview, and the thread read each quoted post twice and lost the replies.
 */
function mainBox(index: BlockIndex, kids: readonly Block[]): Container | undefined {
	let total = 0;
	let boxed = 0;
	const boxes: Container[] = [];
	for (const k of kids) {
		const n = index.charsOf(k);
		total += n;
		if (isContainer(k)) boxed += n;
	}
	postBoxes(index, kids, boxes);
	if (boxes.length === 0 || boxed * 2 <= total) return undefined;
	// The last box with prose (a bar of buttons after the reply is no post); with none, the last box (a reply of broken lines).
	for (let i = boxes.length - 1; i >= 0; i--) if (index.statsOf(boxes[i]).proseChars > 0) return boxes[i];
	return boxes[boxes.length - 1];
}

/**
 * The posts of a thread whose boxes share no class token, found by their place: the boxes under one parent (or the one
 * box of each item of one list) that are each stamped with a date, a clock time or an age (kinds/flatPosts.ts
 * `isStamped`, kinds/stampAttributes.ts), at least `MIN_SIBLING_POSTS` of them, and that the caller's post test passes
 * (kinds/anonymousPosts.ts `postShaped`: few teaser titles, mostly a poster's mark). Of several parents, the one whose
 * stamped boxes hold the most text, none of them most of it (`MAX_LONGEST_SHARE`). Read only where no class token found
 * a group (kinds/anonymousPosts.ts), so a board whose posts share a token keeps its reading.
 *
 * Why: a board whose post boxes each carry their own class list (utility classes that vary by state, a CSS module's
 * hashed names, an id per post) gives no token to group by, and the thread was read as an article, a service or a
 * listing page with its menus, sidebars and footer: "too much", the commonest failure of held-out forums. A stand-in:
 * the tuning part with the profiles off and every class and id token made unique per occurrence (a scratch transform of
 * session 55): forum threads detected as threads fell from 70 to 22 of 85 and forum F1 from 0.883 to 0.786.
 *
 * Measured (session 55, tuning part, 1,054 pages): as is and declassed no page moved (forum 0.88302 and 0.88375), nor
 * with the profiles off, declassed and member links unlinked. With the profiles off and every token unique: forum
 * 0.78640 -> 0.82992 (half A 0.7848 -> 0.8247, half B 0.7885 -> 0.8367; 30 threads up, detected as threads 22 -> 54),
 * an essay beside two author boxes kept an article by `MAX_LONGEST_SHARE`; two listings of half B (a blog's teaser
 * cards, a code host's repository cards, each stamped and signed) became threads there only (listing 0.727 -> 0.716):
 * with their tokens they are left to the token rules (`sharedToken`).
 *
 * Session 56: a finer group inside one box of the group taken replaces it (`finerInside`: the page's stamped columns,
 * the posts inside the thread's column), a list item is read as its last post box (a reply's preview of its parent
 * stood first), and kinds/anonymousPosts.ts asks this rule when a token found only a few posts. Measured (tuning part,
 * with kinds/anonymousPosts.ts's change): profiles off and every token unique, forum 0.82414 -> 0.85539 (half A 0.8192
 * -> 0.8354, half B 0.8306 -> 0.8813; 11 threads up, one down by 0.004; failed 7 -> 5; threads read as threads 54 ->
 * 58), no page of another kind moved; as is and declassed no page moved.
 */
export function siblingPosts(index: BlockIndex, postShaped: (units: readonly Container[]) => boolean): RepeatedGroup | undefined {
	const groups: { items: Container[]; chars: number; kids?: readonly Block[] }[] = [];
	const consider = (items: Container[], kids?: readonly Block[]): void => {
		if (items.length < MIN_SIBLING_POSTS) return;
		let chars = 0;
		for (const c of items) chars += index.statsOf(c).chars;
		groups.push({ items, chars, kids });
	};
	const top: Container[] = [];
	postBoxes(index, index.doc.blocks, top);
	consider(top, index.doc.blocks);
	for (const c of index.containers) {
		if (isHidden(divAttrParts(c))) continue;
		const items: Container[] = [];
		postBoxes(index, c.children, items);
		consider(items, c.children);
	}
	// A list's items, each read as its main box: forums that write a thread as a list (pandoc drops the items'
	// attributes), a post's anchor and its reply-to preview beside its box in the item.
	for (const b of index.parent.keys()) {
		if (b.kind !== 'list') continue;
		const items: Container[] = [];
		for (const it of b.items) {
			const main = mainBox(index, it.children);
			if (main) postBoxes(index, [main], items);
		}
		consider(items);
	}
	groups.sort((a, b) => b.chars - a.chars);
	const source = index.doc.text;
	let chosen: Container[] | undefined;
	let chosenKids: readonly Block[] | undefined;
	for (let i = 0; i < groups.length && i < MAX_GROUP_TESTS; i++) {
		const stamped = groups[i].items.filter((c) => isStamped([c]) || hasStampAttribute(source, c));
		if (stamped.length < MIN_SIBLING_POSTS || !mostlyProse(index, stamped)) continue;
		// Once a group is taken, only a finer one inside one of its boxes may replace it (`finerInside`).
		if (chosen && !finerInside(index, stamped, chosen)) continue;
		let chars = 0;
		let longest = 0;
		for (const c of stamped) {
			const n = index.statsOf(c).chars;
			chars += n;
			longest = Math.max(longest, n);
		}
		if (longest >= chars * MAX_LONGEST_SHARE && longest >= chars * longestShareBar(stamped)) continue;
		// Boxes that mostly share a first class token were judged by it (kinds/anonymousPosts.ts) and found no thread.
		if (sharedToken(stamped)) continue;
		// Boxes inside a question or an answer its microdata types are its comments (heuristics/postComments.ts).
		if (stamped.some((c) => insideQaItem(index, c))) continue;
		if (postShaped(stamped)) {
			chosen = stamped;
			chosenKids = groups[i].kids;
		}
	}
	if (!chosen) return undefined;
	return postGroup(index, SIBLING_SIGNATURE, chosenKids ? withShortPosts(index, chosen, chosenKids) : chosen);
}

/**
 * The posts among their siblings with the short replies beside them: boxes under the same parent, shorter than a post
 * (`MIN_POST_CHARS`: "Thank you, this is helpful"), stamped and showing their poster's mark, in page order. The length
 * bar keeps buttons and notes out of the boxes the group is judged by; once the posts' parent is known, a stamped and
 * signed box beside them is a reply however short. Measured (session 56, tuning part): profiles off with every token
 * unique, forum 0.85539 -> 0.85579 (half A 0.8354 -> 0.8361: a thread's four one-line thanks back, 0.965 -> 0.999; one
 * page +0.002, one -0.002; half B unchanged); as is and declassed no page moved.
 *
 * Short boxes right before most posts are the posts' headers (kinds/postHeaderBoxes.ts): left out, not read as replies.
 * Measured (session 61, tuning part): every class token unique, profiles off, forum 0.86788 -> 0.86911 (A 0.8420 ->
 * 0.8442: four threads of one engine on four sites, each read as twice its posts, 0.860 -> 0.884, 0.900 -> 0.915, 0.883
 * -> 0.920, 0.918 -> 0.947; half B unchanged), no other page moved; declassed no page moved.
 */
function withShortPosts(index: BlockIndex, posts: readonly Container[], kids: readonly Block[]): Container[] {
	const taken = new Set<Block>(posts);
	const source = index.doc.text;
	const shorts = new Set<Block>();
	for (const k of kids) {
		if (taken.has(k) || !isContainer(k) || isHidden(divAttrParts(k))) continue;
		const s = index.statsOf(k);
		if (s.chars === 0 || s.chars >= MIN_POST_CHARS) continue;
		if ((isStamped([k]) || hasStampAttribute(source, k)) && (hasPosterMark(index, k) || hasMemberCard(k))) shorts.add(k);
	}
	// Short boxes before most posts are the posts' headers, not replies (kinds/postHeaderBoxes.ts).
	const headers = headerBoxes(posts, shorts, kids);
	const out: Container[] = [];
	for (const k of kids) if (taken.has(k) || (shorts.has(k) && !headers.has(k))) out.push(k as Container);
	return out;
}

/**
 * Whether `finer` (page order) holds more boxes than `chosen`, all inside one box of it, and at least
 * `MIN_FINER_SHARE` of that box's text: `chosen` is then the page's columns (a promo column, the thread's column, a
 * footer, each stamped and signed), and `finer` the posts inside the thread's column.
 */
function finerInside(index: BlockIndex, finer: readonly Container[], chosen: readonly Container[]): boolean {
	if (finer.length <= chosen.length) return false;
	const first = finer[0];
	const outer = chosen.find((c) => c.range.start <= first.range.start && first.range.end <= c.range.end);
	if (outer === undefined || outer === first) return false;
	let chars = 0;
	for (const c of finer) {
		if (c.range.start < outer.range.start || c.range.end > outer.range.end) return false;
		chars += index.statsOf(c).chars;
	}
	return chars >= index.statsOf(outer).chars * MIN_FINER_SHARE;
}
