// A thread's posts: the repeated post-like containers of a page, or the post containers its forum software names (platforms.ts).
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { attrValue, isHidden } from '../inlineText';
import type { KindPlatform } from './platforms';
import { LOCAL_POST_CLASS_RE, LOCAL_REPLY_CLASS_RE } from './postVocabulary';
import type { RepeatedGroup } from './signals';

/**
 * Class words of a forum post, a reply or a comment: each post of a thread is a container named like this. With the
 * words boards name their posts in their own language (kinds/postVocabulary.ts: `beitrag`, `reponse`, `mensaje`).
 */
export const POST_CLASS_RE = new RegExp(`post|message|reply|comment|topic|thread|answer|cooked|bbp-|messagetext|postbody|bbwrapper|${LOCAL_POST_CLASS_RE.source}`, 'i');

/** The signature of a group of posts that are not siblings (kinds/scatteredPosts.ts): `~` and their class word. */
export const SCATTERED_SIGNATURE = '~';

/** A post holds at least this much text: a thread's posts are messages, not buttons. */
export const MIN_POST_CHARS = 60;

/** A thread's posts hold at least this share of the page's text; below it the posts are an article's comments. */
export const MIN_POSTS_SHARE = 0.5;

/** How deep inside an item a post's class may sit: forums wrap each post in a layout column or two. */
const POST_CLASS_DEPTH = 2;

/**
 * Class words that name a post even deep inside a layout wrapper. Not "post" alone: CMS themes use it for the one
 * article (`wp-block-post-content`, `elementor-post`), so only the item's own class may say "post".
 */
const INNER_POST_CLASS_RE = new RegExp(`comment|reply|message|topic|thread|answer|cooked|postbody|bbp-|forum|${LOCAL_REPLY_CLASS_RE.source}`, 'i');

/**
 * Microdata of a thread's post, whatever the forum software: a container typed `schema.org/Comment`, `Answer` or
 * `DiscussionForumPosting` (`SocialMediaPosting`), or named a `comment` or an answer of a question by `itemprop`. No
 * tuning page of another kind in wcxb-dev types a container so (FAQ pages type their entries `Question` / `Answer`
 * pairs, which `isThreadTopic` tells apart). Measured on the tuning part: a board whose replies are list items typed
 * `Comment` (class names of no post) became a thread, 0.34 -> 0.90; no other page moved.
 */
const POST_ITEMTYPE_RE = /schema\.org\/(?:Comment|Answer|DiscussionForumPosting|SocialMediaPosting)\s*$/i;
const POST_ITEMPROP_RE = /^(?:comment|suggestedAnswer|acceptedAnswer)$/i;

/** Microdata of a thread's topic: its opening post, or a Q&A page's question. */
const TOPIC_ITEMTYPE_RE = /schema\.org\/(?:DiscussionForumPosting|Question)\s*$/i;

/**
 * Whether a container's microdata types it a thread's topic (`TOPIC_ITEMTYPE_RE`). A page with exactly one is a
 * thread's page whatever its forum software; FAQ pages type each of their questions so, and have several.
 */
export function isThreadTopic(c: Container): boolean {
	return TOPIC_ITEMTYPE_RE.test(attrValue(divAttrParts(c), 'itemtype') ?? '');
}

/** Whether a container's microdata types it a post (`POST_ITEMTYPE_RE`, `POST_ITEMPROP_RE`). */
export function isTypedPost(c: Container): boolean {
	const attrs = divAttrParts(c);
	return POST_ITEMTYPE_RE.test(attrValue(attrs, 'itemtype') ?? '') || POST_ITEMPROP_RE.test(attrValue(attrs, 'itemprop') ?? '');
}

/** Whether a container's own class or id names a post or comment, or its microdata types it one. */
function isNamedPost(c: Container, re: RegExp): boolean {
	const attrs = divAttrParts(c);
	return re.test(attrs.classes.join(' ')) || re.test(attrs.id ?? '') || isTypedPost(c);
}

/** Whether a container is a post: its own class names a post or comment, or that of a container just inside it does. */
export function isPostLike(c: Container, depth = 0): boolean {
	const re = depth === 0 ? POST_CLASS_RE : INNER_POST_CLASS_RE;
	if (isNamedPost(c, re)) return true;
	if (depth >= POST_CLASS_DEPTH) return false;
	return c.children.some((k) => isContainer(k) && isPostLike(k, depth + 1));
}

/** Whether a group of siblings reads as posts: messages of some length with prose, most of them named like posts. */
export function isPostGroup(g: RepeatedGroup): boolean {
	const avg = g.chars / g.items.length;
	return avg >= MIN_POST_CHARS && g.proseItems >= 2 && g.items.filter((it) => isPostLike(it)).length * 3 >= g.items.length * 2;
}

/**
 * The containers that stand for a list's items: forums that write a thread as a list (`<li component="post">`, whose
 * attributes pandoc drops) leave each post as the one container inside its item, named like a post itself.
 */
export function listItemContainers(index: BlockIndex, b: Block): Container[] {
	if (b.kind !== 'list') return [];
	const out: Container[] = [];
	for (const it of b.items) {
		// Beside the post, an item holds at most empty anchors (`[]{#12}`).
		const kids = it.children.filter((c) => isContainer(c) || index.charsOf(c) > 0);
		// The item's own class must name a post: reviews and feedback lists hold comments deeper inside.
		if (kids.length === 1 && isContainer(kids[0]) && (POST_CLASS_RE.test(kids[0].attrs.classes.join(' ')) || isTypedPost(kids[0]))) out.push(kids[0]);
	}
	return out;
}

/**
 * The stem of a post's numbered id: `post_123`, `msg4175227`, `p98765`, `post-12` (what remains is a post word).
 * Forum software numbers every post's outermost element by the post's id, whatever its classes say. Not `comment-N`:
 * a news story with its numbered comments is an article to its readers (a Slashdot story on the tuning part of
 * wcxb-dev fell from F1 1.00 to 0.10 as a thread; Vanilla's numbered comments are its profile's, platforms.ts).
 */
const POST_ID_RE = /^(?:js-)?(?:post|msg|message|reply|answer|p|entry)[-_]?\d+$/i;

/**
 * Posts found by their numbered ids, outermost first, in page order, one group per id stem: they need not be
 * siblings (each post of vBulletin 4 sits in its own list item, whose attributes pandoc drops).
 */
export function numberedPosts(index: BlockIndex): RepeatedGroup[] {
	const byStem = new Map<string, { items: Container[]; chars: number; proseItems: number }>();
	for (const c of index.containers) {
		const attrs = divAttrParts(c);
		const m = POST_ID_RE.exec(attrs.id ?? '');
		if (!m || isHidden(attrs)) continue;
		const stem = (attrs.id ?? '').replace(/\d+$/, '#');
		let g = byStem.get(stem);
		if (!g) byStem.set(stem, (g = { items: [], chars: 0, proseItems: 0 }));
		const last = g.items[g.items.length - 1];
		if (last !== undefined && index.isInside(c, last)) continue;
		const s = index.statsOf(c);
		g.items.push(c);
		g.chars += s.chars;
		if (s.proseChars > 0) g.proseItems++;
	}
	const out: RepeatedGroup[] = [];
	for (const [stem, g] of byStem) {
		if (g.items.length < 2 || g.chars / g.items.length < MIN_POST_CHARS || g.proseItems < 2) continue;
		out.push({ signature: `#${stem}`, items: g.items, chars: g.chars, proseItems: g.proseItems, pricedItems: 0, linkedItems: 0 });
	}
	return out;
}

/**
 * The posts its forum software names (a platform's `posts`), outermost first, in page order: a Q&A page's question
 * and answers are not siblings, so no repeated group holds them all.
 */
export function platformPosts(index: BlockIndex, platform: KindPlatform | undefined): RepeatedGroup | undefined {
	const re = platform?.posts;
	if (!re) return undefined;
	const items: Container[] = [];
	let chars = 0;
	let proseItems = 0;
	let last: Container | undefined;
	for (let i = 0; i < index.containers.length; i++) {
		const c = index.containers[i];
		if (last !== undefined && index.isInside(c, last)) continue;
		if (isHidden(divAttrParts(c)) || !re.test(index.containerWords[i])) continue;
		const s = index.statsOf(c);
		last = c;
		if (s.chars === 0) continue;
		items.push(c);
		chars += s.chars;
		if (s.proseChars > 0) proseItems++;
	}
	if (items.length < 2) return undefined;
	return { signature: `platform ${platform?.name ?? ''}`, items, chars, proseItems, pricedItems: 0, linkedItems: 0 };
}

/**
 * A group of posts that are not siblings (kinds/scatteredPosts.ts) replaces the sibling groups' choice only when it holds
 * this much more text: then it holds posts that they miss (a question apart from its answers, posts each in a list
 * item of its own). Sibling groups are the thread's structure when they hold as much: a class word repeated across the
 * page also names a post's parts (its message, its signature), more of them than there are posts.
 */
export const MIN_SCATTERED_GAIN = 1.1;

function mostPosts(pool: readonly RepeatedGroup[]): RepeatedGroup | undefined {
	let posts: RepeatedGroup | undefined;
	for (const g of pool) if (!posts || g.items.length > posts.items.length || (g.items.length === posts.items.length && g.chars > posts.chars)) posts = g;
	return posts;
}

/**
 * The thread among the post groups: the posts its platform names, else the group with the most posts among those
 * holding most of the page (a wrapper that repeats twice around the whole layout holds as much text but fewer items),
 * else a group of posts that are not siblings when it holds more text (`MIN_SCATTERED_GAIN`, the most text of them).
 */
export function choosePosts(groups: readonly RepeatedGroup[], pageChars: number, named: RepeatedGroup | undefined): RepeatedGroup | undefined {
	if (named) return named;
	const siblings = groups.filter((g) => !g.signature.startsWith(SCATTERED_SIGNATURE));
	const major = siblings.filter((g) => g.chars >= pageChars * MIN_POSTS_SHARE);
	const posts = mostPosts(major.length > 0 ? major : siblings);
	let scattered: RepeatedGroup | undefined;
	for (const g of groups) {
		if (g.signature.startsWith(SCATTERED_SIGNATURE) && (!scattered || g.chars > scattered.chars || (g.chars === scattered.chars && g.items.length > scattered.items.length))) scattered = g;
	}
	return scattered && scattered.chars > (posts?.chars ?? 0) * MIN_SCATTERED_GAIN ? scattered : posts;
}
