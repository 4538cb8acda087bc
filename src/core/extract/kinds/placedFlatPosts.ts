// Flat posts by place: each message after its poster's header, under one parent, when the messages share no class word.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { isHidden } from '../inlineText';
import { teaserParts } from './anonymousPosts';
import { FLAT_SIGNATURE, flatGroup, type HeaderReading, headerOf, isMessage, isStampedSource } from './flatPosts';
import { hasLink } from './itemTitles';
import { posterMarkTestsOf, type PosterMarkTests } from './posterMarkTests';
import { isMemberLinkHeading, isNameThenGroupHeading } from './posterHeadings';
import { MIN_POST_CHARS } from './posts';
import { mostly } from './scatteredPosts';
import type { RepeatedGroup } from './signals';

/**
 * Whether a block is or holds a linked heading other than a poster's name (kinds/posterHeadings.ts
 * `isMemberLinkHeading`: short, linking to a member's page): a teaser card's title. Invision and engines like it write
 * the poster's name as a heading linked to the member's profile in each post's header, right above its message.
 */
function hasTitleHeading(source: string, b: Block): boolean {
	if (b.kind === 'heading') return hasLink(b.content) && !isMemberLinkHeading(source, b) && !isNameThenGroupHeading(b);
	return childBlocks(b).some((c) => hasTitleHeading(source, c));
}

/** The signature of flat posts found by their place: a group of flat posts (`FLAT_SIGNATURE`), then this. */
export const PLACED_FLAT_SIGNATURE = `${FLAT_SIGNATURE}~placed`;

/**
 * A header box is this short at most, read by place: the poster's name, a title, the date and a counter or two. A
 * longer box before a message, even one that names a member, is the message before (a reply quoting its poster).
 */
const MAX_PLACED_HEADER_CHARS = 200;

/** Whether a box that reads as a message is a post's header: short, with the poster's mark (a topic's title and "Posted by NAME on DATE"). */
function isPlacedHeader(marks: PosterMarkTests, index: BlockIndex, b: Block): boolean {
	return index.charsOf(b) <= MAX_PLACED_HEADER_CHARS && marks.has(b);
}

/** A box that reads as a message by itself: a post's length, prose, few links, no teaser title (`isMessage`). */
function isPlacedMessage(index: BlockIndex, c: Container): boolean {
	return index.charsOf(c) >= MIN_POST_CHARS && isMessage(index, c);
}

/**
 * Flat posts whose messages share no class word, by their place: under one parent, the boxes that read as messages
 * (`isPlacedMessage`) and each follow a header carrying their poster's mark or a stamp line (kinds/flatPosts.ts
 * `headerOf`, whose search stops at the message before, whatever its class; a heading linked to a member's page is the
 * poster's name there, not a teaser's title; the header starts at the nearest mark that brings the stamp), read with
 * the same tests as the messages of one class word (`flatGroup`: two at least, stamped headers). Of several parents,
 * the one whose messages hold the most text, with the opening post printed apart above it (`openingApart`). Not a feed's
 * teaser cards: most units holding a title of their own (kinds/anonymousPosts.ts `teaserParts`) are no thread. Read by
 * kinds/signals.ts only where no rule found posts by a name, a token or a place (kinds/anonymousPosts.ts) holding
 * enough of the page, so a board found so keeps its reading.
 *
 * Why: Invision writes each post as an `<article>` that pandoc drops: the author pane (photo, the poster's name as a
 * heading linked to the profile, the member's group and counters), a box with the name and the date, then the
 * comment box, all siblings under the thread's feed. With the class words opaque, or every token unique (the proxies
 * for boards no profile names), nothing grouped the comment boxes, and a two-post thread (a question and its answer)
 * was read as a service page with the topic's counters, "Top Posters" box and carousel, and the footer. Held-out
 * threads fail the same way: "too much".
 *
 * Measured (session 57, tuning part, 1,054 pages): declassed forum 0.86389 -> 0.87226 (half A 0.8188 -> 0.8336: that
 * thread 0.210 -> 0.932; one thread read as an article became one, 0.870 -> 0.859; half B unchanged), all 0.89181 ->
 * 0.89248; profiles off with every token unique, forum 0.84500 -> 0.85005 (A 0.8072 -> 0.8146: 0.210 -> 0.603, and a
 * "Posted by" board read as an article 0.966 -> 0.940, 0.870 -> 0.860; B 0.8941 -> 0.8960: a thread read as an
 * article 0.727 -> 0.799), all 0.88245 -> 0.88286, threads read as threads 57 -> 62; as is no page moved. Without the
 * teaser test a blog's stamped, signed teaser cards (half B) became a thread on all three yardsticks (0.97 -> 0.08);
 * without `openingApart` the "Posted by" board lost its question (0.966 -> 0.901).
 */
export function placedFlatPosts(index: BlockIndex): RepeatedGroup[] {
	const marks = posterMarkTestsOf(index);
	const stamps = new Map<Block, boolean>();
	const source = index.doc.text;
	// The message before is any box that reads as a message and is no short header of its own; a heading linked to a
	// member's page is the poster's name, not a title; the header starts at the nearest mark that brings its stamp.
	const reading: HeaderReading = { isMessageBefore: (b) => isPlacedMessage(index, b) && !isPlacedHeader(marks, index, b), isTitle: (b) => hasTitleHeading(source, b), nearest: true };
	let best: { items: Container[]; heads: Map<Block, readonly Block[]>; chars: number } | undefined;
	// Every message found with its header, whatever its parent: the opening post may stand apart (`openingApart`).
	const found: { c: Container; head: readonly Block[] }[] = [];
	const visit = (kids: readonly Block[]): void => {
		const items: Container[] = [];
		const heads = new Map<Block, readonly Block[]>();
		for (let i = 1; i < kids.length; i++) {
			const k = kids[i];
			// Messages only: a header's parts are boxes too, each after the poster's mark.
			if (!isContainer(k) || isHidden(divAttrParts(k)) || !isPlacedMessage(index, k)) continue;
			const head = headerOf(index, marks, stamps, kids, i, reading);
			if (!head) continue;
			items.push(k);
			heads.set(k, head);
			found.push({ c: k, head });
		}
		if (items.length < 2) return;
		let chars = 0;
		for (const c of items) chars += index.charsOf(c);
		if (!best || chars > best.chars) best = { items, heads, chars };
	};
	visit(index.doc.blocks);
	for (const c of index.containers) if (!isHidden(divAttrParts(c))) visit(c.children);
	if (!best) return [];
	const chosen: { items: Container[]; heads: Map<Block, readonly Block[]>; chars: number } = best;
	const opening = openingApart(index, found, chosen.items[0]);
	if (opening) {
		chosen.items.unshift(opening.c);
		chosen.heads.set(opening.c, opening.head);
	}
	// A feed's teaser cards title each story (kinds/anonymousPosts.ts `teaserParts`): each header and message is one unit.
	if (mostly(teaserParts(source, chosen.items.map((c) => [...(chosen.heads.get(c) ?? []), c])), (t) => t)) return [];
	const group = flatGroup(index, PLACED_FLAT_SIGNATURE, chosen.items, chosen.heads);
	return group ? [group] : [];
}

/**
 * The opening post printed apart, above the replies' parent: the last message found with its stamped header
 * (`headerOf`) under another parent that ends before the first reply's header starts. A board prints the question
 * with its header under the topic's title, and the replies in a list box after it.
 */
function openingApart(index: BlockIndex, found: readonly { c: Container; head: readonly Block[] }[], first: Container): { c: Container; head: readonly Block[] } | undefined {
	let out: { c: Container; head: readonly Block[] } | undefined;
	const parent = index.parent.get(first);
	for (const f of found) {
		if (f.c.range.end > first.range.start || index.parent.get(f.c) === parent) continue;
		if (out !== undefined && f.c.range.start < out.c.range.start) continue;
		out = f;
	}
	if (out === undefined || !out.head.some((b) => isStampedSource(index, b))) return undefined;
	return out;
}
