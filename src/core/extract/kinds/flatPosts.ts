// Flat posts: each post's header (its poster's mark) and its message written side by side, with no container per post.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer, linkDensity } from '../blockIndex';
import { hasLinkedHeading } from './itemTitles';
import { hasPostDate, postDates } from '../heuristics/chromeDates';
import { collapsedText, isHidden } from '../inlineText';
import { MIN_POST_CHARS, SCATTERED_SIGNATURE } from './posts';
import { posterMarkTestsOf, type PosterMarkTests } from './posterMarkTests';
import { hasStampAttribute } from './stampAttributes';
import { opensWithPoster } from './stampedHeaders';
import { MAX_WRAPPER_EXTRA_CHARS, mostly, postGroup } from './scatteredPosts';
import type { RepeatedGroup } from './signals';

/** The signature of a group of flat posts: a group of posts that are not siblings (`SCATTERED_SIGNATURE`), then this. */
export const FLAT_SIGNATURE = `${SCATTERED_SIGNATURE}flat `;

/**
 * How many blocks before a message its header may take: an anchor or two (`[]{#123}`), the poster's line, a member
 * card. The footer of the post before (its buttons) sits further back and is never read as this post's header.
 */
const MAX_HEADER_BLOCKS = 4;

/**
 * A post's stamp in its header: a date (heuristics/chromeDates.ts `postDates`, not "Joined ..."), a clock time ("9:43pm",
 * "03:30 PM") or an age ("3 hours ago", or written short after the separator dot a post's header puts between its
 * poster and its age: "· 3y", "• 5mo"). Forum engines stamp every post; a testimonial's or a team card's name above
 * its blurb carries none, and neither does an author box. A bare short age ("3d") is not read: "3D", "5h" are words of
 * prose too, while the dot ties the count to a header. Measured with the short age (session 44, tuning part): declassed
 * forum 0.87127 -> 0.87384 (a Q&A board whose answers carry only "· 3y", read as a listing, became a thread: 0.626 ->
 * 0.844; half A), all 0.88155 -> 0.88176; as is no page moved; no page of another kind moved on either yardstick.
 * The same age after the verb a Q&A board writes before it ("· Updated 7mo", "· Answered 3y", "· Edited 2d"): with every
 * class token unique, an answer stamped so was the one answer of a Q&A thread left out of its posts. Measured (session
 * 59, tuning part): every class token unique, profiles off, forum 0.85833 -> 0.85856 (that thread 0.826 -> 0.845, half
 * A); declassed and as is no page moved; no page of another kind moved.
 * A month and day with no year after the posting verb ("Posted August 26", "Posted on 3 May", "Replied Sept. 2nd"): a
 * board writes this year's posts so, and its posts' boxes were not stamped. With every class token unique, a board
 * whose boxes say only that was read as 4 posts of 12 (its edited posts, stamped by their quotes' ages). The verb is
 * required: a bare "August 26" is an event's or an offer's date as often. Measured (session 60, tuning part): every
 * class token unique, profiles off, forum 0.86402 -> 0.86744 (A 0.8353 -> 0.8414: that thread 0.625 -> 0.918, another
 * 0.885 -> 0.883, a "Posted February 26" box beside the thread read as a post; B unchanged); declassed forum 0.88232 ->
 * 0.88444 (the same thread 0.746 -> 0.927, read as a listing before); no page of another kind moved.
 */
const CLOCK_OR_AGE_RE = /\b(?:posted|replied|edited)\s+(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b|\b\d{1,2}:\d{2}\s?(?:[ap]\.?m\b)?|\b(?:\d{1,3}|an?)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago\b|[·•]\s?(?:(?:updated|answered|edited|posted)\s)?\d{1,3}\s?(?:y|yrs?|mos?|w|wks?|d|h|hrs?|mins?)\b/i;

/** Whether a post's header blocks carry its stamp (`CLOCK_OR_AGE_RE`, or a publication date). */
export function isStamped(head: readonly Block[]): boolean {
	return head.some((b) => {
		const t = collapsedText(b);
		return hasPostDate(t) || CLOCK_OR_AGE_RE.test(t);
	});
}

/**
 * The source characters of a box read for a date, from its start: a post's header, where its date is, opens the box.
 * The box's text is read whole too; the source adds the dates that the text runs together with an age ("August 26,
 * 2024" and "1 yr" as two spans, one per screen, read "August 26, 20241 yr"), and the dates in tooltips.
 */
export const MAX_STAMP_SOURCE_CHARS = 3000;

/** Whether a block carries a date: in its text (`isStamped`), in a tooltip's attribute (kinds/stampAttributes.ts), or at its source's start. */
export function isStampedSource(index: BlockIndex, b: Block): boolean {
	const source = index.doc.text;
	return isStamped([b]) || hasStampAttribute(source, b) || postDates(source.slice(b.range.start, Math.min(b.range.end, b.range.start + MAX_STAMP_SOURCE_CHARS))) > 0;
}

/** A message is mostly words, not links: a card of links under a member's avatar is no post. */
const MAX_MESSAGE_LINK_DENSITY = 0.5;

/** Each group's headers by message: the blocks above each message, from its poster's mark (`flatHeaders`). */
const headers = new WeakMap<RepeatedGroup, ReadonlyMap<Block, readonly Block[]>>();

/** The header blocks this module found above a post of a group of flat posts, if any, in page order. */
export function flatHeaders(group: RepeatedGroup | undefined, post: Block): readonly Block[] | undefined {
	return group === undefined ? undefined : headers.get(group)?.get(post);
}

/** Gives a group cut from a group of flat posts (kinds/otherThreadEntries.ts) the headers its posts had. */
export function shareFlatHeaders(from: RepeatedGroup, to: RepeatedGroup): void {
	const heads = headers.get(from);
	if (heads) headers.set(to, heads);
}

/** A message's class word: its first class (a message body's class repeats on every post: `content`, `narrow`). */
function messageWord(c: Container): string | undefined {
	const attrs = divAttrParts(c);
	return isHidden(attrs) ? undefined : attrs.classes[0];
}

/** How a message's header is read: what stops the search, what is a teaser's title, where the header starts. */
export interface HeaderReading {
	/** Whether a box before the message is the message before: the search stops there. */
	readonly isMessageBefore: (b: Container) => boolean;
	/** Whether a block is or holds a teaser's title: then the message has no post's header. */
	readonly isTitle: (b: Block) => boolean;
	/** Whether the header starts at the nearest mark when the blocks from it carry the stamp too. */
	readonly nearest: boolean;
}

/** How a message of one class word reads its header: it stops at a message of that word, and any linked heading is a title. */
function wordReading(word: string): HeaderReading {
	return { isMessageBefore: (b) => messageWord(b) === word, isTitle: hasLinkedHeading, nearest: false };
}

/**
 * The header of the message `kids[i]`: the blocks just before it, from the first that carries a poster's mark (kinds/
 * scatteredPosts.ts `POSTER_MARK_RE`: `{.author}`, `itemprop="author"`, a link to `/users/12`) to the message. None
 * when no block of the last `MAX_HEADER_BLOCKS` carries one before the message before (`reading`: of the same class) or
 * more text than a post's header holds, or when a title comes first (a teaser card's: its byline is no post's header).
 * With `reading.nearest`, from the nearest mark when the blocks from it carry a stamp (kinds/placedFlatPosts.ts).
 */
export function headerOf(index: BlockIndex, marks: PosterMarkTests, stamps: Map<Block, boolean>, kids: readonly Block[], i: number, reading: HeaderReading): Block[] | undefined {
	let first = -1;
	let nearest = -1;
	// Blocks that may be a stamp line (unmarked, with text), nearest first: tested only when no block carries a mark,
	// furthest first, each once per page (speed, issue 13; the answer of testing each block in the loop).
	const unmarked: number[] = [];
	let chars = 0;
	for (let j = i - 1; j >= 0 && j >= i - MAX_HEADER_BLOCKS; j--) {
		const b = kids[j];
		if (isContainer(b) && reading.isMessageBefore(b)) break;
		// Text enough for a post of its own is no header: the search stops there (and never reads a long block's source).
		chars += index.charsOf(b);
		if (chars > MAX_WRAPPER_EXTRA_CHARS) break;
		// A linked title just above the message: a teaser card's, whose byline is no poster's header.
		if (reading.isTitle(b)) return undefined;
		// Each block's source is scanned once, and not inside an ancestor scanned without a mark (posterMarkTests.ts).
		if (marks.has(b)) {
			first = j;
			if (nearest < 0) nearest = j;
		} else if (first < 0 && index.charsOf(b) > 0) unmarked.push(j);
	}
	// A stamp line above a message that opens with its poster's card (kinds/stampedHeaders.ts): the furthest one.
	for (let u = unmarked.length - 1; u >= 0 && first < 0; u--) {
		const b = kids[unmarked[u]];
		let yes = stamps.get(b);
		if (yes === undefined) stamps.set(b, (yes = isStamped([b])));
		if (!yes) continue;
		if (opensWithPoster(index, kids[i])) first = unmarked[u];
		break;
	}
	if (first < 0) return undefined;
	if (reading.nearest && nearest > first) {
		const near = kids.slice(nearest, i);
		if (near.some((b) => isStampedSource(index, b))) return near;
	}
	return kids.slice(first, i);
}

/** A message reads as one: prose, mostly not links, no linked title (a teaser card's, kinds/itemTitles.ts). */
export function isMessage(index: BlockIndex, c: Container): boolean {
	const s = index.statsOf(c);
	return s.proseChars > 0 && linkDensity(s) < MAX_MESSAGE_LINK_DENSITY && !hasLinkedHeading(c);
}

/**
 * Posts written flat: no container per post, but a header block carrying the poster's mark (a "Posted by" line with a
 * link to the member's page, a `{.user}` link, an `itemprop="author"` span) followed by the message's container, the
 * same class on every message, as siblings. Nairaland writes each post so (a "Re: topic by NAME: date" line, then
 * `.narrow`), and so do community boards that print the opening post apart from the replies (a `reply-info` block,
 * then `.content`). Neither a sibling group (the message holds no poster) nor the post-class groups (`.narrow` and
 * `.content` name no post) find such a thread. Each message's class word is grouped across the page, as
 * kinds/scatteredPosts.ts does, so the opening post joins its replies; the headers stay with their posts
 * (`flatHeaders`). As there: two posts at least, messages of some length, most with prose, few links and no linked title.
 * Posts are stamped: most headers carry a date, a clock time or an age (`isStamped`), which a testimonial's or a team
 * card's name above its blurb does not (session 32: on session 31's merge a held-out article, a service page to the
 * detector, became a thread; the stamp test is the guard).
 * Tuning part of wcxb-dev (word F1, session 32, with the member location of kinds/postParts.ts): two half-A threads
 * read as articles became threads (page kind 870 -> 872/1054): Nairaland 0.963 -> 0.965, a "Posted by" board 0.989 ->
 * 0.968 (its truth, unlike Nairaland's, leaves out every post's header, which the thread keeps, as 22 of 35 half-A
 * threads' truths do); every other page unchanged (forum half A 0.8520 -> 0.8516, half B 0.9145 -> 0.9145). Without
 * the linked-title and link tests a half-B listing became a thread (0.74 -> 0.49).
 *
 * A table laid out as the thread is read the same way: its cells' blocks, row after row, are one run of siblings
 * (model/blockTree.ts `childBlocks`), where each row's header box and message box stand side by side. Boards of the
 * table era (and a games portal's still) lay a thread out as one table, a row per post, which pandoc writes as a grid
 * table: no container holds a post, so neither the sibling groups nor the shape rule (kinds/anonymousPosts.ts) found
 * one, and with the post ids' words opaque the numbered ids did not either. Measured on the tuning part (session 46,
 * with kinds/postsFillArticle.ts reading flat posts as showing their posters): declassed forum 0.87559 -> 0.87805 (B
 * 0.90936 -> 0.91500: a games portal's thread article -> forum, 0.640 -> 0.849), all 0.88775 -> 0.88795; as is no page
 * moved; no page of another kind moved on either yardstick.
 */
export function flatPosts(index: BlockIndex): RepeatedGroup[] {
	const byWord = new Map<string, { items: Container[]; heads: Map<Block, readonly Block[]> }>();
	const marks = posterMarkTestsOf(index);
	// Each block's `isStamped` answer, read once: the windows above consecutive messages overlap.
	const stamps = new Map<Block, boolean>();
	const visit = (kids: readonly Block[]): void => {
		for (let i = 0; i < kids.length; i++) {
			const k = kids[i];
			// A table laid out as the thread: its cells' blocks, row after row, are one run of siblings.
			if (k.kind === 'table') visit(childBlocks(k));
			if (i === 0 || !isContainer(k)) continue;
			const word = messageWord(k);
			if (word === undefined || index.charsOf(k) === 0) continue;
			const head = headerOf(index, marks, stamps, kids, i, wordReading(word));
			if (!head) continue;
			let g = byWord.get(word);
			if (!g) byWord.set(word, (g = { items: [], heads: new Map() }));
			g.items.push(k);
			g.heads.set(k, head);
		}
	};
	visit(index.doc.blocks);
	for (const c of index.containers) if (!isHidden(divAttrParts(c))) visit(c.children);
	const out: RepeatedGroup[] = [];
	for (const [word, g] of byWord) {
		const group = flatGroup(index, `${FLAT_SIGNATURE}${word}`, g.items, g.heads);
		if (group) out.push(group);
	}
	return out;
}

/**
 * A group of flat posts from messages found with their headers (`heads`): the outermost, at least two, of a post's
 * length on average, mostly messages (`isMessage`) and mostly stamped in their headers. Undefined when they fail.
 */
export function flatGroup(index: BlockIndex, signature: string, found: readonly Container[], heads: Map<Block, readonly Block[]>): RepeatedGroup | undefined {
	if (found.length < 2) return undefined;
	const sorted = [...found].sort((a, b) => a.range.start - b.range.start);
	// Outermost only: a message inside another is part of it.
	const items: Container[] = [];
	for (const c of sorted) if (items.length === 0 || !index.isInside(c, items[items.length - 1])) items.push(c);
	if (items.length < 2) return undefined;
	let chars = 0;
	for (const c of items) chars += index.charsOf(c);
	if (chars / items.length < MIN_POST_CHARS || !mostly(items, (c) => isMessage(index, c))) return undefined;
	// Posts are stamped: names above blurbs with no date (testimonials, a team's cards, an article's author box) are no thread.
	// The header's source too: a date and an age side by side run together in the text ("August 26, 20241 yr").
	if (!mostly(items, (c) => (heads.get(c) ?? []).some((b) => isStampedSource(index, b)))) return undefined;
	const group = postGroup(index, signature, items);
	headers.set(group, heads);
	return group;
}
