// Comment threads: a container that opens with a heading naming readers' comments ("109 Comments", "Leave a Reply") is the comment section.
import type { Block } from '../../model/dumpDocument';
import { childBlocks } from '../../model/blockTree';
import { divAttrParts } from '../../model/divNodes';
import { firstStartingAt } from '../../model/rangeIndex';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { inlineLinkChars } from '../kinds/blockMeasures';

/**
 * The whole text of a heading over readers' comments, class-free: a count and the word ("109 Comments", "Comments
 * (12)", "37 responses"), a reply form's title ("Leave a Reply", "Post a comment"), WordPress's "12 thoughts on
 * “Title”" and "15 Replies to “Title”", and "Join the discussion". Anchored on the whole heading, with bounded runs: a
 * bare "Discussion" (a paper's section) is not one, nor a forum's "76 Replies" over its posts, nor a bare "Responses"
 * (an API reference's status codes): responses are comments only when counted. A few languages beside English name
 * the section the same way.
 */
const COMMENT_HEADING_RE =
	/^(?:(?:\d{1,3}(?:[,.]\d{3}){1,2}|\d{1,7}|one|no) )?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)(?: ?\(\d{1,7}\))? ?:?$|^(?:\d{1,3}(?:[,.]\d{3}){1,2}|\d{1,7}|one|no) responses? ?:?$|^responses? ?\(\d{1,7}\)$|^(?:leave|post|add|write|submit) (?:a|your|an) (?:reply|comment|response)\b|^(?:\d{1,6}|one) (?:thoughts?|responses?|replies|comments?) (?:on|to)\b|^join the (?:discussion|conversation)\b/i;

/**
 * An unlinked line that counts a comment section's comments, as a header band prints it beside the section's title
 * rather than as a heading ("Comments Showing 1-50 of 4,718", "Comments (12)", "37 comments"): anchored at the start,
 * the count right after the word or before it. A teaser's "12 Comments" is a link to the thread, and is not one.
 */
const COMMENT_COUNT_LINE_RE =
	/^(?:(?:\d{1,3}(?:[,.]\d{3}){1,2}|\d{1,7}) (?:comments?|responses)\b|(?:comments?|responses) ?(?:\(\d{1,7}\)|\[? ?showing \d{1,7} ?[-–] ?\d{1,7} of (?:\d{1,3}(?:[,.]\d{3}){1,2}|\d{1,7})\b))/i;

/** A heading's collapsed text is at most this long: "12 thoughts on" a long title still fits. */
const MAX_COMMENT_HEADING_CHARS = 200;

/** Whether a heading's collapsed text names a reader comment section (see `COMMENT_HEADING_RE`). */
export function isCommentHeading(text: string): boolean {
	const t = text.trim();
	return t.length <= MAX_COMMENT_HEADING_CHARS && COMMENT_HEADING_RE.test(t);
}

/** How many single-child wrappers may hold the heading inside the thread's container (`<div class="title"><h2>`). */
const MAX_HEADING_WRAPPERS = 2;

/** The first child of `c` with text, or undefined. */
function firstWithText(index: BlockIndex, c: Container): Block | undefined {
	for (const k of c.children) if (index.charsOf(k) > 0) return k;
	return undefined;
}

/** Whether `b` is a comment heading (not the page's h1), perhaps inside wrappers that hold nothing else with text. */
function opensWithCommentHeading(index: BlockIndex, b: Block, depth: number): boolean {
	if (b.kind === 'heading') return b.level > 1 && isCommentHeading(collapsedText(b));
	if (!isContainer(b) || depth >= MAX_HEADING_WRAPPERS) return false;
	if (isCountedHeaderBand(index, b)) return true;
	const first = firstWithText(index, b);
	if (first === undefined || index.charsOf(first) !== index.charsOf(b)) return false;
	return opensWithCommentHeading(index, first, depth + 1);
}

/**
 * Whether a container is a comment section's header band: short (`MAX_COMMENT_HEADING_CHARS` in all: a title, a
 * "Post a comment" link, a count) with an unlinked line among its children that counts the comments
 * (`COMMENT_COUNT_LINE_RE`). Some sites print the count as a plain line beside an empty heading, not as the heading.
 * Measured (eval --part tune, session 45, with menuAboveTitle.ts's tiles of the tree): declassed, a book site's voted
 * list whose 50 comments followed it 0.686 → 0.979 (listing A 0.73014 → 0.73874); no page down; as is no page moved.
 */
function isCountedHeaderBand(index: BlockIndex, b: Container): boolean {
	if (index.charsOf(b) > MAX_COMMENT_HEADING_CHARS) return false;
	for (const k of b.children) {
		if (k.kind !== 'paragraph' || inlineLinkChars(k.content) > 0) continue;
		if (COMMENT_COUNT_LINE_RE.test(collapsedText(k).trim())) return true;
	}
	return false;
}

/**
 * A forum thread whose replies sit under a "Comments" heading (Vanilla's discussions) builds each reply of the same
 * boxes as the opening post above it: the same class lists (`Item-Header`, `AuthorWrap`, `Item-Body`, `Message
 * userContent`, `Reactions`), whatever the words are, and a page whose class words are opaque keeps the sameness. A
 * blog's comments are built apart from its post (`comment-body`, `comment-meta` against `entry-content`,
 * `entry-meta`). At least this many distinct class lists shared between the section and what stands before it make the
 * section the thread's replies, which stay. Compares lists, never words: no vocabulary. Each section reads at most
 * `MAX_BOXES_COMPARED` blocks a side and climbs `MAX_LEVELS_CLIMBED` levels: constant work a section.
 * Measured (eval --part tune, session 44, after the rule below): declassed all 0.88479 -> 0.88509 (half B +0.0006, half
 * A unchanged): the Vanilla thread the rule had cut to its first post is whole again, 0.668 -> 0.988, forum 0.87007 ->
 * 0.87384; no other page moves; the rule's four article gains stay; as is no page moves.
 */
export const MIN_SHARED_BOX_CLASSES = 4;
/** Blocks read on each side: a comment section's first replies and the post's boxes are well within it; a hostile page stays linear. */
export const MAX_BOXES_COMPARED = 400;
/** Wrapper levels climbed to find what stands before the section (a thread's wrappers are a few deep). */
const MAX_LEVELS_CLIMBED = 12;

/** The class lists of the containers in `roots`' subtrees, depth first, while the budget of blocks read lasts. */
function boxClasses(roots: readonly Block[], into: Set<string>, budget: { left: number }): void {
	for (const b of roots) {
		if (--budget.left < 0) return;
		if (b.kind === 'div' || b.kind === 'htmlDiv') {
			const classes = divAttrParts(b).classes;
			if (classes.length > 0) into.add(classes.join(' '));
		}
		boxClasses(childBlocks(b), into, budget);
	}
}

/**
 * Whether the section `c` shares `MIN_SHARED_BOX_CLASSES` class lists with what stands before it: the siblings before
 * it (or before its nearest ancestor that has some), up to the first level that holds text.
 */
function repeatsPostBoxes(index: BlockIndex, c: Container): boolean {
	const own = new Set<string>();
	boxClasses(c.children, own, { left: MAX_BOXES_COMPARED });
	if (own.size < MIN_SHARED_BOX_CLASSES) return false;
	const before = new Set<string>();
	const budget = { left: MAX_BOXES_COMPARED };
	for (let at: Block = c, level = 0; level < MAX_LEVELS_CLIMBED; level++) {
		const parent = index.parent.get(at);
		const siblings = parent !== undefined && isContainer(parent) ? parent.children : index.doc.blocks;
		// The nearest first: the post stands right before its replies.
		let text = 0;
		for (let i = firstStartingAt(siblings, at.range.start) - 1; i >= 0 && budget.left > 0; i--) {
			boxClasses([siblings[i]], before, budget);
			text += index.charsOf(siblings[i]);
		}
		if (text > 0 || parent === undefined || !isContainer(parent) || budget.left <= 0) break;
		at = parent;
	}
	let shared = 0;
	for (const k of own) if (before.has(k) && ++shared >= MIN_SHARED_BOX_CLASSES) return true;
	return false;
}

/**
 * Per index, the containers that are a comment section: their first block with text is a comment heading (perhaps in
 * wrappers of its own) and more follows it. Found once per index (every attempt that strips chrome asks).
 */
const threads = new WeakMap<BlockIndex, readonly Container[]>();

/** The index's comment sections (see `threads`), in the index's order. */
export function commentThreadsOf(index: BlockIndex): readonly Container[] {
	let list = threads.get(index);
	if (!list) {
		const found: Container[] = [];
		for (const c of index.containers) {
			const first = firstWithText(index, c);
			if (first === undefined || index.charsOf(first) === index.charsOf(c)) continue;
			if (opensWithCommentHeading(index, first, 0) && !repeatsPostBoxes(index, c)) found.push(c);
		}
		list = found;
		threads.set(index, list);
	}
	return list;
}

/**
 * Marks every comment section as pruned, for the article pipeline and the whole page's read (candidates.ts,
 * kinds/wholePage.ts), as a `comments` class word does: readers' comments are not the page's content, and the
 * annotators leave them out. Class-free, for sites whose class words say nothing: declassed, a post's thread stayed in
 * the whole page, and its plain paragraphs under one heading made the post "one section of many" (a service page) or
 * its stamped comments a feed. Not in a forum's own read (kinds/forum.ts prunes by name alone): a thread's replies are
 * its content; nor where the section's boxes repeat the post's before it (`repeatsPostBoxes`: a thread's replies). Measured (eval --part tune, session 44): declassed all 0.88151 → 0.88270 (A +0.0015, B +0.0009),
 * article 0.94278 → 0.94554 (a homesteading post with 109 comments 0.19 → 1.00, a blog post with 59 comments inside
 * its container 0.36 → 0.99, two more +0.09 and +0.04), forum 0.87080 → 0.86704 (one Vanilla thread whose replies sit
 * under "Comments", read whole as a service page before, 0.99 → 0.67, now its first post alone, mended by
 * `repeatsPostBoxes`); as is no page moved
 * (the class words already pruned these threads).
 */
export function pruneCommentThreads(index: BlockIndex, pruned: Map<Block, string>): void {
	for (const c of commentThreadsOf(index)) if (!pruned.has(c)) pruned.set(c, 'comment section');
}
