// Posts that are not siblings: one post class repeated across the page, each post wrapped in a container chain of its own.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { isHidden } from '../inlineText';
import { hasLinkedHeading } from './itemTitles';
import { MIN_POST_CHARS, POST_CLASS_RE, SCATTERED_SIGNATURE } from './posts';
import { MEMBER_QUERY_LINK } from './memberQueryLinks';
import { LOCAL_MEMBER_PATHS, LOCAL_POSTER_CLASSES } from './postVocabulary';
import type { RepeatedGroup } from './signals';

/**
 * How much text a post's wrapper may add around it when a post is widened to its wrapper: the author's name, the date,
 * the post's number, a few buttons. More is a neighbour (a sidebar, the thread's header) that holds no other post.
 */
export const MAX_WRAPPER_EXTRA_CHARS = 400;
/** A wrapper may add up to this share of the post's own text (a long member card beside a long message). */
export const MAX_WRAPPER_EXTRA_SHARE = 0.5;

/**
 * Two thirds of a group's posts hold prose by themselves and show their poster (`POSTER_MARK_RE`), as two thirds of a
 * sibling group's must be named like posts (posts.ts `isPostGroup`); two thirds with a linked heading are a feed's
 * teaser cards (a title linking to the story, its author, its date and a blurb), not posts.
 */
const MOST_NUMERATOR = 2;
const MOST_DENOMINATOR = 3;

export function mostly<T>(items: readonly T[], test: (it: T) => boolean): boolean {
	// Stops once the answer is known (speed, issue 13): the tests read each item's text and have no other effect.
	const n = items.length;
	const need = n * MOST_NUMERATOR;
	let yes = 0;
	for (let i = 0; i < n; i++) {
		if (test(items[i])) yes++;
		if (yes * MOST_DENOMINATOR >= need) return true;
		if ((yes + n - i - 1) * MOST_DENOMINATOR < need) return false;
	}
	return yes * MOST_DENOMINATOR >= need;
}

/**
 * Whether each post sits in a container chain of its own: no two share a parent. Posts that all share one are a
 * sibling group (signals.ts); some sharing one and some not are a post's parts (XenForo's `message-cell` for the
 * member card and for the message, side by side in each post).
 */
function ownChains(index: BlockIndex, found: readonly Container[]): boolean {
	const parents = new Set<Block | undefined>();
	for (const c of found) parents.add(index.parent.get(c));
	return parents.size === found.length;
}

/**
 * A poster's mark in a post's source: an attribute block naming an author, a user, a member or a profile (`{.username}`,
 * `itemprop="author"`, `{.post-signature .owner}`), or a link to a member's page (`/u/name`, `/users/12`, `/members/x.3/`,
 * `/profile/name`). Every post of a thread shows who wrote it; a blog article's sections, a product's feedback quotes and
 * a news site's anonymous comment bodies do not (on the tuning part of wcxb-dev such groups made an article, two
 * products and a Slashdot story threads).
 *
 * The same marks written as raw HTML, where pandoc kept a block as HTML (a page whose HTML was escaped as text,
 * escapedHtmlPage.ts, whose quotes stay escaped): `class="username"`, `itemprop="author"`, `href="/members/x.3/"`. XenForo threads read so held
 * their posters in `<a href="/members/...">` that the Markdown form does not match.
 *
 * With the member paths and poster classes of boards in other languages (kinds/postVocabulary.ts: `/mitglieder/NAME`,
 * `/membres/NAME`, `{.auteur}`, Discuz's `space-uid-12`), and phpBB's and SMF's member links, a script's query string
 * (kinds/memberQueryLinks.ts: `memberlist.php?mode=viewprofile&u=2`, `index.php?action=profile;u=1`).
 */
export const POSTER_MARK_RE = new RegExp(
	[
		// Bounded runs that cannot cross another opening (`{` before, `]` in a link target): on `{{{{...` or `](](](...`
		// with no close, unbounded runs from every opening made the test quadratic (1.4 s on 80 KB of `](x`).
		`\\{[^{}]{0,2000}(?:author|user|poster|member|profile|byline|owner|${LOCAL_POSTER_CLASSES})[^}]{0,2000}\\}`,
		`\\]\\([^)\\s\\]]*\\/(?:u|users?|members?|profiles?|people|author|${LOCAL_MEMBER_PATHS})[/.?=]`,
		`\\b(?:class|itemprop)=\\\\?"[^"]*(?:author|user|poster|member|profile|byline|owner|${LOCAL_POSTER_CLASSES})`,
		`\\bhref=\\\\?"[^"\\s]*\\/(?:u|users?|members?|profiles?|people|author|${LOCAL_MEMBER_PATHS})[/.?=]`,
		// phpBB's and SMF's member links, a script's query string (kinds/memberQueryLinks.ts).
		`\\]\\([^)\\s\\]]*${MEMBER_QUERY_LINK}`,
		`\\bhref=\\\\?"[^"\\s]*${MEMBER_QUERY_LINK}`,
	].join('|'),
	'i',
);

/** Whether a post's source carries a poster's mark (`POSTER_MARK_RE`). */
export function hasPosterMark(index: BlockIndex, c: Container): boolean {
	return POSTER_MARK_RE.test(index.doc.text.slice(c.range.start, c.range.end));
}

/** The class word by which a container is a post: its first class that names a post, a comment or a message. */
function postWord(c: Container): string | undefined {
	// Indexed loops here and over the containers in `scatteredPosts`: in code V8 has not optimized yet, for-of
	// allocates an iterator result per item, and these run over every container of every dump.
	const classes = divAttrParts(c).classes;
	for (let i = 0; i < classes.length; i++) if (POST_CLASS_RE.test(classes[i])) return classes[i];
	return undefined;
}

/** Each group's widened posts and their messages: the containers found by the class word (`scatteredPosts`). */
const messages = new WeakMap<RepeatedGroup, ReadonlyMap<Block, Container>>();

/**
 * The message inside a post of a group this module found and widened, if any. The wrappers between them are the
 * post, whatever their classes say: a post box may carry the poster's rank as a state class (Vanilla's
 * `Item Rank-Admin`), which post chrome names (kinds/forum.ts).
 */
export function scatteredMessage(group: RepeatedGroup | undefined, post: Block): Container | undefined {
	return group === undefined ? undefined : messages.get(group)?.get(post);
}

/**
 * Each post widened to its outermost wrapper that holds no other post and adds little text (`MAX_WRAPPER_EXTRA_*`):
 * a group found by the message body's class (`js-post-body`, `Message`) becomes the posts with their author and date.
 */
function widened(index: BlockIndex, items: readonly Container[]): Container[] {
	const held = new Map<Block, number>();
	for (const it of items) for (let p = index.parent.get(it); p !== undefined; p = index.parent.get(p)) held.set(p, (held.get(p) ?? 0) + 1);
	return items.map((it) => {
		const own = index.charsOf(it);
		const limit = Math.max(MAX_WRAPPER_EXTRA_CHARS, own * MAX_WRAPPER_EXTRA_SHARE);
		let best: Container = it;
		for (let p = index.parent.get(it); p !== undefined && (held.get(p) ?? 0) <= 1; p = index.parent.get(p)) {
			if (index.charsOf(p) - own > limit) break;
			if (isContainer(p) && !isHidden(divAttrParts(p))) best = p;
		}
		return best;
	});
}

/** A group of posts found outside sibling containers, with the totals `signals.ts` keeps for a repeated group (posts carry no price or link counts). */
export function postGroup(index: BlockIndex, signature: string, items: Container[]): RepeatedGroup {
	let chars = 0;
	let proseItems = 0;
	for (const it of items) {
		const s = index.statsOf(it);
		chars += s.chars;
		if (s.proseChars > 0) proseItems++;
	}
	return { signature, items, chars, proseItems, pricedItems: 0, linkedItems: 0 };
}

/**
 * Post groups whose posts are not siblings: the containers of the whole page that share one post class word (kinds/posts.ts
 * `POST_CLASS_RE`), outermost first, in page order, each widened to its own wrapper. Forum engines write each post in
 * a list item whose attributes pandoc drops (NodeBB, Vanilla) or in a chain of layout columns (Stack Exchange's
 * question apart from its answers), so no repeated sibling group holds the thread. Groups whose items are siblings
 * are the sibling pass's (signals.ts) and are left out here. Measured on the tuning part of wcxb-dev with the forum
 * profiles switched off (`EVAL_NO_PLATFORMS=forum`, what an engine with no profile looks like): forum F1 0.816 ->
 * 0.825, 6 pages up (NodeBB 0.58 -> 0.95 and 0.82 -> 0.93, Vanilla 0.67 -> 0.99, a Drupal thread 0.77 -> 0.97, a
 * Stack Exchange page read as documentation 0.91 -> 0.93), 1 down (a TripAdvisor thread whose truth is its first post
 * alone, 1.00 -> 0.72). With the profiles on: forum 0.859 -> 0.858 (the Drupal thread up, TripAdvisor down), all
 * 0.884 -> 0.884, no page of another kind moved; page kind 0.785 -> 0.786. Without the poster mark and the linked
 * title tests, a blog article, two product pages' feedback, a news feed and a Slashdot story became threads.
 * Session 22 ablation (groups off; tuning part of wcxb-dev, word F1): profiles on, forum half A 0.8381 -> 0.8337
 * (a thread 0.977 -> 0.768), half B 0.9131 -> 0.9206 (2 up: the TripAdvisor thread 0.730 -> 0.999 as an article, one
 * +0.007); profiles off (`EVAL_NO_PLATFORMS=forum`), half A 0.8298 -> 0.8229 (2 down), half B 0.9006 -> 0.8884 (3 down
 * by up to 0.38, 2 up). Kept: on engines no profile names, which is what unseen sites look like, half B loses without it.
 */
export function scatteredPosts(index: BlockIndex): RepeatedGroup[] {
	const byWord = new Map<string, Container[]>();
	const containers = index.containers;
	for (let ci = 0; ci < containers.length; ci++) {
		const c = containers[ci];
		if (isHidden(divAttrParts(c))) continue;
		const w = postWord(c);
		if (w === undefined) continue;
		const list = byWord.get(w);
		if (!list) byWord.set(w, [c]);
		// Outermost only: a reply nested in its parent post is part of it.
		else if (!index.isInside(c, list[list.length - 1])) list.push(c);
	}
	const out: RepeatedGroup[] = [];
	for (const [word, found] of byWord) {
		if (found.length < 2 || !ownChains(index, found)) continue;
		// Each post is a message by itself, before its wrapper is counted: a signature card or a menu is not, whatever it widens to.
		let own = 0;
		for (const c of found) own += index.charsOf(c);
		if (own / found.length < MIN_POST_CHARS || !mostly(found, (c) => index.proseCharsOf(c) > 0)) continue;
		const items = widened(index, found);
		if (!mostly(items, (it) => hasPosterMark(index, it)) || mostly(items, hasLinkedHeading)) continue;
		const group = postGroup(index, `${SCATTERED_SIGNATURE}${word}`, items);
		messages.set(group, new Map(items.map((it, i) => [it, found[i]])));
		out.push(group);
	}
	return out;
}
