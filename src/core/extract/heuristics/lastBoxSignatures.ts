// A post's last box by its place: a box after the message, closing the post with only controls after it, is the poster's signature.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { isStampedSource } from '../kinds/flatPosts';
import { MIN_POST_CHARS } from '../kinds/posts';
import { POSTER_MARK_RE } from '../kinds/scatteredPosts';

/**
 * A signature is at most this long: a motto, a line of gear, a card of links with a line or two of a member's pitch
 * (the longest seen closing a post, badges, a pitch, a shop's links and a tip, is about 800 characters). A longer box
 * after the message is more of the post (an answer's second part, a log written out).
 */
const MAX_SIGNATURE_CHARS = 1200;

/** A box whose text is this much link text is a list of links: the post's attachments, its tags, its buttons. */
const MIN_LINK_ONLY_SHARE = 0.9;

/** A quote's attribution as the message's first line ("Ann said:", "On 8/2/2024 at 5:29 PM, Ann said:", "Quote from Ann"). */
const ATTRIBUTION_RE = /^(?:.{0,80}\b(?:said|wrote|writes|says)\b.{0,20}:|quote(?: from\b| ?:))/i;

/** A box after the message, or a block quote holding one box and nothing else (the quote a board draws a signature in). */
function trailingBox(b: Block): Container | undefined {
	if (isContainer(b)) return b;
	if (b.kind !== 'blockquote' || b.children.length !== 1) return undefined;
	const only = b.children[0];
	return isContainer(only) ? only : undefined;
}

/** Whether a box carries attributes of its own (a class, an id, a data attribute): a board's part, not a paragraph's bare `<div>`. */
function hasOwnAttributes(c: Container): boolean {
	const a = divAttrParts(c);
	return a.classes.length > 0 || Boolean(a.id) || a.pairs.length > 0;
}

/** The first line of a block's text. */
function firstLine(index: BlockIndex, b: Block): string {
	const t = index.doc.text.slice(b.range.start, Math.min(b.range.end, b.range.start + 400));
	const lines = t.split('\n').map((l) => l.replace(/^[\s>:]+/, '').trim());
	return lines.find((l) => l.length > 0 && !l.startsWith('{') && !/^:::/.test(l)) ?? '';
}

/**
 * The post's last box with prose, when it follows the message as a box of its own: from the post down, into the
 * last child that holds prose, to the first level where an earlier sibling holds prose too (the message), the only two
 * children there with prose. Undefined
 * when the post's prose ends in one box (no box after the message) or the last box is the post's first level's (a
 * post's wrapper after its member card).
 */
function lastProseBox(index: BlockIndex, post: Container, chrome: (b: Block) => boolean): { message: Block; last: Container } | undefined {
	// A short stamped box is the post's header (its name and date line), neither the message nor what follows it.
	const isHeader = (k: Block): boolean => index.charsOf(k) < MIN_POST_CHARS && isStampedSource(index, k);
	let at: Container = post;
	for (let depth = 0; ; depth++) {
		const kids = at.children.filter((k) => index.proseCharsOf(k) > 0 && !chrome(k) && !isHeader(k));
		if (kids.length === 0) return undefined;
		const last = kids[kids.length - 1];
		if (kids.length === 1) {
			if (!isContainer(last)) return undefined;
			at = last;
			continue;
		}
		// The message and one box after it: more boxes with prose side by side are several messages in one box (a notice,
		// the message and a bar; heuristics/secondBodies.ts's guard).
		const box = trailingBox(last);
		return depth > 0 && kids.length === 2 && box !== undefined ? { message: kids[0], last: box } : undefined;
	}
}

/**
 * The signatures of a thread's posts by their place alone, one post at a time: the post's last box with prose
 * (`lastProseBox`; boxes the caller's `chrome` already took, a moderation notice above the message, are not read), after its message and with nothing but controls after it (no prose), when it is a board's box
 * (attributes of its own: a message's paragraphs in bare `<div>`s are not), holds no date (a post's date line, the
 * comments under an answer, a reply's replies), holds no heading or table (`holdsSection`), shows no poster (a quote
 * of another member, a comment list), is no list of links (attachments, tags: `MIN_LINK_ONLY_SHARE`), is short
 * (`MAX_SIGNATURE_CHARS`), and the message before it is not a bare quote of another post (its attribution first and
 * nothing of its own: the reply is the last box).
 *
 * Why: heuristics/trailingBoxes.ts and heuristics/placedTrailingBoxes.ts read signatures that repeat over three posts
 * or more, by a class token or by a place; a member who signs one post of a thread, or a thread of two posts, gave
 * neither, and with class words opaque (`EVAL_DECLASS=unique`) the signature stayed under the message: a member's
 * badges, pitch and shop links under the answer of a two-post thread, a hosting company's advert in a quote box, a
 * fish keeper's tank list.
 *
 * Measured (session 60, tuning part, 1,054 pages; with the header, two-box, same-token and chrome guards): profiles off
 * with every token unique, forum 0.86744 -> 0.86750 over kinds/flatPosts.ts's month-day stamp, and from the session's
 * base 0.85856 -> 0.86402 (half A 0.8278 -> 0.8353: a two-post thread 0.603 -> 0.932, a fish board 0.903 -> 0.929, a
 * hosting board 0.871 -> 0.880; half B 0.8985 -> 0.9014: four threads +0.007 to +0.058), no page down, no other kind
 * moved; declassed forum A and B up the same way (0.88136 -> 0.88232 alone); as is one half-B thread 0.678 -> 0.736.
 * Without `holdsSection`, an article read with its comments lost its last tips, each under its heading (as is, 0.993 ->
 * 0.943); without the chrome guard, a XenForo moderation notice was read as the message and the message as its
 * signature (unit test of the engines' templates); without the two-box and same-token guards, secondBodies.ts's tests of
 * a message written in parts and of a box of several messages failed.
 */
export function lastBoxSignatures(index: BlockIndex, posts: readonly Block[], chrome: (b: Block) => boolean = () => false): Container[] {
	const out: Container[] = [];
	for (const p of posts) {
		if (!isContainer(p)) continue;
		const found = lastProseBox(index, p, chrome);
		if (found === undefined) continue;
		const { message, last } = found;
		if (!hasOwnAttributes(last)) continue;
		// A box of the message's own first class token is more of the message (a message written in parts), not a signature.
		if (isContainer(message) && divAttrParts(message).classes[0] !== undefined && divAttrParts(message).classes[0] === divAttrParts(last).classes[0]) continue;
		// A message of a line or two is too short to tell from the post's header (its name and date line) above the message.
		if (index.proseCharsOf(message) < MIN_POST_CHARS) continue;
		const st = index.statsOf(last);
		if (st.chars > MAX_SIGNATURE_CHARS || st.linkChars >= st.chars * MIN_LINK_ONLY_SHARE) continue;
		if (holdsSection(last) || isStampedSource(index, last)) continue;
		if (POSTER_MARK_RE.test(innerSource(index, last))) continue;
		if (ATTRIBUTION_RE.test(firstLine(index, message)) && !hasOwnProse(index, message)) continue;
		out.push(last);
	}
	return out;
}

/** Whether a message holds prose outside block quotes (a reply's own words under the quote it answers). */
function hasOwnProse(index: BlockIndex, b: Block): boolean {
	if (b.kind === 'blockquote') return false;
	if (!isContainer(b)) return index.proseCharsOf(b) > 0;
	for (const k of b.children) if (hasOwnProse(index, k)) return true;
	return false;
}

/**
 * A box's source inside its opening line: its own attributes are the board's name for the box (a signature's may say
 * "member"), not a poster shown in it.
 */
function innerSource(index: BlockIndex, c: Container): string {
	const text = index.doc.text;
	const eol = text.indexOf('\n', c.range.start);
	return text.slice(eol < 0 || eol > c.range.end ? c.range.end : eol + 1, c.range.end);
}

/**
 * Whether a box holds a heading or a table: a section of a text (a guide's last tip under its own heading, a table of
 * swaps), which a signature, a few lines of a member's own, never is.
 */
function holdsSection(b: Block): boolean {
	if (b.kind === 'heading' || b.kind === 'table') return true;
	const kids = (b as { children?: readonly Block[] }).children;
	if (kids) for (const k of kids) if (holdsSection(k)) return true;
	return false;
}
