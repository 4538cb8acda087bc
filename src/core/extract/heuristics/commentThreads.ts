// Comment threads: a container that opens with a heading naming readers' comments ("109 Comments", "Leave a Reply") is the comment section.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';

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
	const first = firstWithText(index, b);
	if (first === undefined || index.charsOf(first) !== index.charsOf(b)) return false;
	return opensWithCommentHeading(index, first, depth + 1);
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
			if (opensWithCommentHeading(index, first, 0)) found.push(c);
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
 * its content. Measured (eval --part tune, session 44): declassed all 0.88151 → 0.88270 (A +0.0015, B +0.0009),
 * article 0.94278 → 0.94554 (a homesteading post with 109 comments 0.19 → 1.00, a blog post with 59 comments inside
 * its container 0.36 → 0.99, two more +0.09 and +0.04), forum 0.87080 → 0.86704 (one Vanilla thread whose replies sit
 * under "Comments", read whole as a service page before, 0.99 → 0.67, now its first post alone); as is no page moved
 * (the class words already pruned these threads).
 */
export function pruneCommentThreads(index: BlockIndex, pruned: Map<Block, string>): void {
	for (const c of commentThreadsOf(index)) if (!pruned.has(c)) pruned.set(c, 'comment section');
}
