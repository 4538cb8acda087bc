// Posts whose class names no post: one class token repeated on stamped messages with prose, whatever the word is.
import { childBlocks } from '../../model/blockTree';
import type { Block, Inline } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer, linkDensity } from '../blockIndex';
import { collapsedText, isHidden } from '../inlineText';
import { subjectKey } from '../heuristics/threadSubjects';
import { insideQaItem } from '../heuristics/postComments';
import { isStamped } from './flatPosts';
import { hasStampAttribute } from './stampAttributes';
import { hasLinkedHeading } from './itemTitles';
import { hasMemberCard } from './memberCards';
import { isMemberLinkHeading, isNameThenGroupHeading } from './posterHeadings';
import { MIN_POST_CHARS, MIN_POSTS_SHARE, SCATTERED_SIGNATURE } from './posts';
import { hasPosterMark, mostly, postGroup } from './scatteredPosts';
import { siblingPosts } from './siblingPosts';
import type { RepeatedGroup } from './signals';

/** The signature of a group of posts found by an anonymous class token: a group of posts that are not siblings (`SCATTERED_SIGNATURE`), then this. */
export const ANONYMOUS_SIGNATURE = `${SCATTERED_SIGNATURE}anon `;

/**
 * A thread found by its shape alone holds this many posts at least: two stamped boxes with prose are as often an
 * article's pair of cards or a product's two reviews; three or more repeating the same unit are a conversation.
 */
export const MIN_ANONYMOUS_POSTS = 3;

/**
 * Two posts are a thread by their shape when each shows its poster's member card (kinds/memberCards.ts): an article's
 * pair of cards and a product's two reviews carry none. A question and its one answer is the commonest short thread.
 * Measured with kinds/memberCards.ts (session 49): declassed, a two-post thread of a board with no member links 0.908 ->
 * 0.940 (article -> forum, half A); nothing else moved on either yardstick.
 */
export const MIN_CARD_POSTS = 2;

/** A linked heading whose subject this many units share is the thread's subject over each post, no teaser's title. */
const MIN_SHARED_SUBJECT_UNITS = 2;

/**
 * A group whose units each hold this many of another group's units on average is their wrappers, not posts: one
 * post box holds one message, a thread's list box holds the posts.
 */
const MIN_POSTS_PER_WRAPPER = 2;

/** The finer group holds this share of the wrappers' text at least: the posts are nearly all of it, not its quote boxes. */
const MIN_SPLIT_SHARE = 0.8;

/**
 * One unit holding this share of the best group's text at least is no post beside others: it is the page's column
 * (the thread, its sidebars, its menus) beside a promo box or two that happen to share its class token and show a date
 * and a name. Then a finer group inside it holding `MIN_SPLIT_SHARE_OF_LONG_UNIT` of that unit's text splits it, where
 * `MIN_SPLIT_SHARE` of the whole would ask the posts to be nearly all of the column, sidebars included.
 *
 * Why: with class words opaque (the stand-in for unseen boards), a Drupal board's thread whose main column and two
 * promo boxes shared a token was read as three posts: the column whole, its breadcrumbs, trending threads, course
 * promos and event lists kept. Its 21 posts, each stamped by an age whose tooltip holds the date
 * (kinds/stampAttributes.ts), hold 0.74 of the column. The bar is the same as kinds/oneLongItem.ts's
 * `MIN_LONG_ITEM_SHARE` (one item holding most of a group is an article laid out in blocks, not a thread). Measured
 * (session 47, tuning part, with kinds/stampAttributes.ts): declassed forum 0.88079 -> 0.88192 (that thread 0.861 ->
 * 0.957, half A), all +0.0001; as is no page moved; no page of another kind moved on either yardstick.
 */
const MIN_LONG_UNIT_SHARE = 0.8;
const MIN_SPLIT_SHARE_OF_LONG_UNIT = 0.5;

/** The characters of a group's longest unit. */
function longestUnitChars(index: BlockIndex, group: RepeatedGroup): number {
	let n = 0;
	for (const u of group.items) n = Math.max(n, index.statsOf(u).chars);
	return n;
}

/** The finer groups tested at most: a post's box, its cells and its message repeat as many groups of one count. */
const MAX_SPLIT_TESTS = 6;

/** A message is mostly words, not links: a run of stamped link cards is a feed. */
const MAX_LINK_DENSITY = 0.5;

/** Whether the items all share one parent (siblings) or each sits in a chain of its own (not a post's parts side by side). */
function oneShape(index: BlockIndex, items: readonly Container[]): boolean {
	const parents = new Set<Block | undefined>();
	for (const c of items) parents.add(index.parent.get(c));
	return parents.size === 1 || parents.size === items.length;
}

/**
 * The posts of a thread whose software's class words no rule knows (a board we have never seen: its words are its
 * own, or opaque), found by structure: the containers of the page that share one first class token (token equality,
 * not the word), outermost first, in page order, at least `MIN_ANONYMOUS_POSTS` of them, either siblings or each in a
 * chain of its own, each a message of some length with prose and few links. Each is widened to the repeating unit
 * that holds it (`repeatingUnits`: a post's date line and its message are siblings inside the post's box). Most units
 * must be stamped with a date, a clock time or an age (kinds/flatPosts.ts `isStamped`: an article's sections and a
 * landing page's tiles carry none), show their poster (kinds/scatteredPosts.ts `POSTER_MARK_RE`: a link to a member's
 * page, `itemprop="author"`), and hold no linked title other than a poster's name (a feed's teaser cards). Of several
 * such tokens, the one whose units hold the most text: the post's whole box (header, member card and message), which
 * the thread's cleaning then reads line by line. Read only where no other rule found any post group and the page
 * writes no shop words (signals.ts), so a page whose posts are named keeps its reading.
 *
 * Why: a board whose classes name no post (`POST_CLASS_RE`), numbers no post id and types no microdata was read as an
 * article, a service or a listing page, member cards, login forms and footers included. Measured on the tuning part of
 * wcxb-dev with every class and id word made opaque (`EVAL_DECLASS=all`, the proxy for unseen sites; session 39's
 * yardstick, which renames a fenced div's bare class word too): forum half A 0.7782 -> 0.8108, half B 0.8533 -> 0.8715,
 * overall half B 0.8625 -> 0.8654; 13 threads of 13 sites read as threads (XenForo, vBulletin 3, Tapatalk and others:
 * 0.47 -> 0.99, 0.73 -> 0.95, 0.66 -> 0.92 ...), one down (0.89 -> 0.87), a collection page read as a thread (0.01 ->
 * 0.93); the tuning part as it is: no page moved. Without the poster mark, articles' sections, podcast episodes and
 * product reviews became threads (7 sites down); without the shop words, two product pages' reviews did; without the
 * Q&A guard, a Stack Exchange thread fell 0.91 -> 0.28 (boxes inside its typed question and answer: their comments).
 * Reading a subject linked to the post's own anchor as a permalink (`teaserSubjects`), with phpBB's and SMF's member
 * links as poster marks (kinds/memberQueryLinks.ts): forum half B 0.8715 -> 0.8805 (a phpBB thread 0.71 -> 0.98).
 */
export function anonymousPosts(index: BlockIndex): RepeatedGroup | undefined {
	const byToken = new Map<string, Container[]>();
	const containers = index.containers;
	for (let ci = 0; ci < containers.length; ci++) {
		const c = containers[ci];
		const attrs = divAttrParts(c);
		if (attrs.classes.length === 0 || isHidden(attrs)) continue;
		const token = attrs.classes[0];
		const list = byToken.get(token);
		if (!list) byToken.set(token, [c]);
		// Outermost only: a reply nested in its parent post is part of it.
		else if (!index.isInside(c, list[list.length - 1])) list.push(c);
	}
	let best: RepeatedGroup | undefined;
	let bestItems = 0;
	let bestToken = '';
	// The groups that passed the cheap tests but hold less text than the best: one of them may split the best's wrappers.
	const finer: { token: string; units: Container[]; chars: number; items: number }[] = [];
	for (const [token, found] of byToken) {
		if (found.length < MIN_CARD_POSTS) continue;
		const items = found.filter((c) => index.statsOf(c).chars > 0);
		if (items.length < MIN_CARD_POSTS) continue;
		let chars = 0;
		for (const c of items) chars += index.statsOf(c).chars;
		if (chars / items.length < MIN_POST_CHARS || !oneShape(index, items)) continue;
		// Boxes inside a question or an answer its microdata types (heuristics/postComments.ts) are its comments: a Q&A page's
		// posts are its typed items, and one with a single answer types too few of them to be read as a thread here.
		if (items.some((c) => insideQaItem(index, c))) continue;
		if (!mostly(items, (c) => index.statsOf(c).proseChars > 0 && linkDensity(index.statsOf(c)) < MAX_LINK_DENSITY)) continue;
		const units = repeatingUnits(index, items);
		// Fewer than three posts: each shows its member card, or the group is no thread.
		if (items.length < MIN_ANONYMOUS_POSTS && !units.every(hasMemberCard)) continue;
		let unitChars = 0;
		for (const c of units) unitChars += index.statsOf(c).chars;
		if (best && unitChars <= best.chars) {
			finer.push({ token, units, chars: unitChars, items: items.length });
			continue;
		}
		if (!postShaped(index, units)) continue;
		if (best) finer.push({ token: bestToken, units: best.items as Container[], chars: best.chars, items: bestItems });
		bestToken = token;
		best = postGroup(index, `${ANONYMOUS_SIGNATURE}${token}`, units);
		bestItems = items.length;
	}
	// No token repeats on stamped messages: the boxes by their place alone (kinds/siblingPosts.ts).
	if (!best) return siblingPosts(index, (units) => postShaped(index, units));
	// Of the groups that hold nearly all of the best's text in more units, each inside one of its units, the one with
	// the most units: the best's units are wrappers of several posts, not posts. XenForo writes its thread's list box
	// with the class word of the page's other boxes (`block-body`): with class words opaque, those three boxes, stamped
	// and signed, held the most text and the thread was read as one of three posts, then as an article, member cards
	// kept. Measured on the tuning part (session 43): declassed forum 0.86421 -> 0.86544 (A 0.83385 -> 0.83475, B
	// 0.90360 -> 0.90526; 0524 0.952 -> 0.995, 0532 0.967 -> 0.996, 4320 0.951 -> 0.983; none down), all 0.87777 ->
	// 0.87787; as is no page moved.
	const wrappers = best;
	// Or, where one unit holds nearly all of the best's text (a page's column beside a promo box or two), half of that unit's.
	const longest = longestUnitChars(index, wrappers);
	const splitChars = longest >= wrappers.chars * MIN_LONG_UNIT_SHARE ? Math.min(wrappers.chars * MIN_SPLIT_SHARE, longest * MIN_SPLIT_SHARE_OF_LONG_UNIT) : wrappers.chars * MIN_SPLIT_SHARE;
	const splits = finer.filter((f) => f.units.length >= wrappers.items.length * MIN_POSTS_PER_WRAPPER && f.chars >= splitChars);
	splits.sort((a, b) => b.units.length - a.units.length);
	// Most units first; the post tests read each unit's text, so a few groups are tested at most (nested boxes of as many
	// tokens as levels would read the page's text once per level).
	for (let i = 0; i < splits.length && i < MAX_SPLIT_TESTS; i++) {
		const f = splits[i];
		if (insideAll(f.units, wrappers.items) && postShaped(index, f.units)) return postGroup(index, `${ANONYMOUS_SIGNATURE}${f.token}`, f.units);
	}
	// A token on a few posts' parts only (their quote boxes) found those posts: the boxes by their place find them all
	// (kinds/siblingPosts.ts), when they are more, hold more, and hold the token's posts or the token's posts are a small
	// part of the page. With every class token unique (the stand-in for boards whose post boxes share no class), the quote
	// boxes of XenForo-like boards kept their shared token and their three, nine or eleven posts were read as the thread
	// (0.40 -> 0.83, 0.42 -> 0.92, 0.65 -> 0.95, 0.74 -> 0.95: session 56, with kinds/siblingPosts.ts's finer groups).
	const placed = siblingPosts(index, (units) => postShaped(index, units));
	if (placed && placed.items.length > best.items.length && placed.chars > best.chars && (best.chars < index.rootStats.chars * MIN_POSTS_SHARE || coveredBy(best.items, placed.items))) return placed;
	return best;
}

/** Whether units are posts, not a feed's cards or a page's sections: few teaser titles, mostly stamped, mostly with a poster. */
function postShaped(index: BlockIndex, units: readonly Container[]): boolean {
	return !mostly(teaserUnits(index.doc.text, units), (t) => t) && mostly(units, (c) => isStamped([c]) || hasStampAttribute(index.doc.text, c)) && mostly(units, (c) => hasPosterMark(index, c) || hasMemberCard(c));
}

/** Whether each of `inner` (page order) lies inside one of `outer` (page order, disjoint): one merge walk over both. */
function insideAll(inner: readonly Block[], outer: readonly Block[]): boolean {
	let j = 0;
	for (const b of inner) {
		while (j < outer.length && outer[j].range.end <= b.range.start) j++;
		// Ranges nest as the blocks do: no parent walk per unit.
		if (j === outer.length || b === outer[j] || b.range.start < outer[j].range.start || b.range.end > outer[j].range.end) return false;
	}
	return true;
}

/** Whether each of `inner` (page order) is one of `outer` (page order, disjoint) or lies inside one: one merge walk. */
function coveredBy(inner: readonly Block[], outer: readonly Block[]): boolean {
	let j = 0;
	for (const b of inner) {
		while (j < outer.length && outer[j].range.end <= b.range.start) j++;
		if (j === outer.length || b.range.start < outer[j].range.start || b.range.end > outer[j].range.end) return false;
	}
	return true;
}

/**
 * Each item widened to the repeating unit that holds it: the child of the items' nearest common ancestor (the thread's
 * list) on its path, when that child holds no other item. A post's date line and its message are siblings inside the
 * post's box; the box is the unit that repeats.
 */
function repeatingUnits(index: BlockIndex, items: readonly Container[]): Container[] {
	const paths = items.map((it) => {
		// Pushed leaf first and reversed once: an unshift per level is quadratic in the depth (up to 512 fenced divs).
		const path: Block[] = [];
		for (let p: Block | undefined = it; p !== undefined; p = index.parent.get(p)) path.push(p);
		return path.reverse();
	});
	let depth = 0;
	while (paths.every((p) => p.length > depth + 1 && p[depth] === paths[0][depth])) depth++;
	// `depth` is the first level where the paths part: the units are the blocks there.
	const units = paths.map((p, i) => (p.length > depth ? p[depth] : items[i]));
	const counts = new Map<Block, number>();
	for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
	return units.map((u, i) => (counts.get(u) === 1 && isContainer(u) ? u : items[i]));
}

/**
 * A title has words: a heading of digits and marks alone is a post's number and stamp ("#1 2025-11-01 15:14:37"),
 * linked to the post's permalink, which the teaser test read as a teaser's title unique to each post (session 49: the
 * two-post thread of kinds/memberCards.ts needs it; nothing else moved on either yardstick).
 */
const LETTER_RE = /\p{L}/u;

/**
 * An unlinked heading of this many words with letters at least is a title, not a poster's name (one to three words):
 * a blog's teaser cards title each story with a heading of its own and link the story by its picture, its date and its
 * comment count. With every class token unique (the stand-in for unseen sites), such a blog's 16 stamped, signed
 * teaser cards passed as posts (no linked title) and the listing was read as a thread of their blurbs (0.973 as is,
 * 0.362 under that proxy). Measured (session 56, tuning part): profiles off with every token unique, listing 0.71764 ->
 * 0.72606 (that page, half B, 0.362 -> 0.969), no other page moved on the whole part (no thread's posts carry such a
 * heading each); declassed, as is, and unique with member links unlinked, no page moved.
 */
const MIN_UNLINKED_TITLE_WORDS = 4;

/** The words of a text that hold a letter. */
function wordsWithLetters(text: string): number {
	let n = 0;
	for (const w of text.split(/\s+/)) if (LETTER_RE.test(w)) n++;
	return n;
}

/** Whether inlines hold a link to another page: not a fragment of this one (`#p123`). */
function linksAway(inlines: readonly Inline[]): boolean {
	for (const n of inlines) {
		if (n.kind === 'link' && !n.href.startsWith('#')) return true;
		if ((n.kind === 'link' || n.kind === 'emphasis' || n.kind === 'span') && linksAway(n.children)) return true;
	}
	return false;
}

/**
 * The subjects of the linked headings a block is or holds (a teaser card's title, kinds/itemTitles.ts) that are no
 * poster's name (nor a member card's name line, kinds/posterHeadings.ts `isNameThenGroupHeading`) and link to another page, as subject keys (heuristics/threadSubjects.ts: "Re:", case and punctuation
 * aside). A post's subject that links to the post's own anchor is its permalink, no teaser: phpBB writes each post's
 * subject so (`<h3><a href="#p{POST_ID}">`, phpbb/phpbb styles/prosilver/template/viewtopic_body.html).
 */
function teaserSubjects(source: string, b: Block, out: Set<string>): Set<string> {
	if (b.kind === 'heading') {
		const text = collapsedText(b);
		// A heading with no letter is a post's number and date linked to its permalink ("#1 2025-11-01 15:14:37"), no title.
		// An unlinked heading of a title's length is a teaser's title too (`MIN_UNLINKED_TITLE_WORDS`).
		if (hasLinkedHeading(b) ? LETTER_RE.test(text) && linksAway(b.content) && !isMemberLinkHeading(source, b) && !isNameThenGroupHeading(b) : wordsWithLetters(text) >= MIN_UNLINKED_TITLE_WORDS) out.add(subjectKey(text));
	} else for (const k of childBlocks(b)) teaserSubjects(source, k, out);
	return out;
}

/**
 * Whether each unit holds a teaser's title: a linked heading whose subject no other unit's linked heading shares. A
 * feed's teaser cards each title their own story; a thread's posts repeat one subject, "Re: <topic>" under the opening
 * post's "<topic>", each linked to the post's permalink (phpBB, FluxBB, SMF and their kin write it so; the link reads as
 * leading away when it names the page's address before the post's anchor, `viewtopic.php?p=12#p12`).
 *
 * Why: with class and id words opaque (the stand-in for unseen boards), a phpBB thread whose posts are linked that way
 * failed the teaser test and was read as an article, member cards kept. Measured on the tuning part (session 42):
 * declassed, that thread 0.643 -> 0.921 (with kinds/signals.ts reading the shape beside small groups: forum 0.85777 ->
 * 0.86293, half A unchanged); as is no page moved, nor any of the 70 other-kind pages holding a repeated linked heading.
 */
function teaserUnits(source: string, units: readonly Block[]): boolean[] {
	return teaserParts(
		source,
		units.map((u) => [u]),
	);
}

/** `teaserUnits` for units written as several blocks each (a flat post's header and message, kinds/placedFlatPosts.ts). */
export function teaserParts(source: string, units: readonly (readonly Block[])[]): boolean[] {
	const subjects = units.map((parts) => {
		const keys = new Set<string>();
		for (const b of parts) teaserSubjects(source, b, keys);
		return keys;
	});
	const seen = new Map<string, number>();
	for (const keys of subjects) for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
	return subjects.map((keys) => {
		for (const k of keys) if ((seen.get(k) ?? 0) < MIN_SHARED_SUBJECT_UNITS) return true;
		return false;
	});
}
