// A thread whose posts no rule found: stamped boxes, each with its poster's mark, that fill the article pipeline's container.
import { divAttrParts } from '../../model/divNodes';
import { type Attempt, type BlockIndex, type Container, isContainer, linkDensity, ROOT } from '../blockIndex';
import { isHidden } from '../inlineText';
import { insideQaItem } from '../heuristics/postComments';
import { teaserParts } from './anonymousPosts';
import { isStamped } from './flatPosts';
import { hasMemberCard } from './memberCards';
import { MIN_POST_CHARS, MIN_POSTS_SHARE } from './posts';
import { MIN_POSTS_SHARE_OF_ARTICLE } from './postsFillArticle';
import { hasPosterMark, mostly, postGroup } from './scatteredPosts';
import { MAX_CART_WORDS_BESIDE_POSTS, type PageSignals, type RepeatedGroup } from './signals';
import { hasStampAttribute } from './stampAttributes';

/** The signature of the posts this fallback finds (a group of boxes found by place, as kinds/siblingPosts.ts's). */
export const FALLBACK_SIGNATURE = '~fallback';

/** Two stamped boxes with their posters' marks are a question and its answer: the commonest short thread. */
const MIN_FALLBACK_POSTS = 2;

/**
 * The boxes hold this share of the container's prose at least: the container is the thread, not a story with a
 * comment or two under it (an article's body is most of its container's prose, and no post box). The bar of
 * kinds/postsFillArticle.ts, posts that fill the pipeline's container. Prose, not all text: the member cards beside each
 * message (names, counts) are what the posts' reading leaves out.
 */
const MIN_FALLBACK_SHARE = MIN_POSTS_SHARE_OF_ARTICLE;

/** A child holding this share of its parent's text is the parent's content: the walk goes down into it. */
const MIN_DOMINANT_SHARE = 0.8;

/**
 * Prose above the first box, in the container, at most this share of the boxes' prose: more is a story above its
 * comments (the bar of kinds/forum.ts `MIN_ARTICLE_BESIDE_POSTS`, an article beside posts). A thread's container holds
 * its title and the first poster's card above the first message, no prose.
 */
const MAX_PROSE_ABOVE_SHARE = 0.25;

/** Levels walked down from the container at most (wrappers of wrappers: a feed, a list box, a column). */
const MAX_DESCENT = 8;

/** A post is prose, not a list of links (a menu or a board's list of threads). */
const MAX_LINK_DENSITY = 0.5;

/**
 * Most boxes hold this share of their text as prose at least: a post is its message, while a feed's card is a
 * blurb among its title, tags, counts and date (a code host's trending list: prose 0.3-0.5 of each card, links a
 * third to a half; the posts of the threads this reads: 0.9 and more, no link).
 */
const MIN_BOX_PROSE_SHARE = 0.6;

/** Whether a box reads as a post: long enough, some prose, few links, stamped with a date, its poster marked. */
function isPostBox(index: BlockIndex, c: Container): boolean {
	if (isHidden(divAttrParts(c))) return false;
	const s = index.statsOf(c);
	if (s.chars < MIN_POST_CHARS || s.proseChars === 0 || linkDensity(s) >= MAX_LINK_DENSITY) return false;
	if (!(isStamped([c]) || hasStampAttribute(index.doc.text, c))) return false;
	return hasPosterMark(index, c) || hasMemberCard(c);
}

/**
 * The posts of a thread that every other rule missed, read inside the article pipeline's container: walking down
 * from it through children that hold most of their parent's text (`MIN_DOMINANT_SHARE`, at most `MAX_DESCENT`
 * levels), the first level whose children include two post boxes or more (`isPostBox`: stamped, with a member's link
 * or card) that together hold `MIN_FALLBACK_SHARE` of the container's prose. The walk is one chain down, each level's
 * children read once: linear in the container's size.
 *
 * Only where no thread was found by the other rules (no group of posts, or one under `MIN_POSTS_SHARE` of the page),
 * on a page whose article no profile names, with fewer shop words than a buy box writes (a product's reviews are
 * stamped and signed too), and not inside a Q&A page's typed question or answer (their comments).
 *
 * Why: with class words opaque (the stand-in for unseen boards), a two-post thread whose member cards list the poster's
 * gear, under a page of menus, gave no group of posts (two boxes, no card line), and the article pipeline's container,
 * the thread's feed, was kept whole: both member cards, their group labels, counts and gear lists. As posts, the
 * forum strategy's chrome rules read them. Measured on the tuning part (session 59, 1,054 pages): declassed forum
 * 0.87482 -> 0.88136 (A 0.8380 -> 0.8471, B 0.9226 -> 0.9259: that thread 0.566 -> 1.000, a half-B parenting board's
 * thread read as an article 0.544 -> 0.666), all 0.89388 -> 0.89440; every class token unique, profiles off, forum
 * 0.85294 -> 0.85833 (A 0.8182 -> 0.8274, B 0.8981 -> 0.8985; three threads read as articles up, none down); as is no
 * page moved; no page of another kind moved on any of the three. Without the prose share per box and the teaser test,
 * a code host's trending list (half B) and a game store's page became threads (listing 0.728 -> 0.530, product 0.877
 * -> 0.823, declassed); without the prose-above test, an article over two long comments in one box did (unit test).
 *
 * Where no child dominates a level, the walk goes into the level's one post box when it holds more prose than every
 * other child: the thread's box beside its board's footer (a "Jump to" list of boards written as prose), the box
 * stamped and carded by the posts inside it. A thread of a board that links no member page (definition-list cards,
 * "Registered:", "Posts:") stopped at that level and was read as an article. Measured (session 61, tuning part):
 * every class token unique, profiles off, forum 0.86750 -> 0.86788 (A 0.8414 -> 0.8420: that thread 0.908 -> 0.940,
 * article -> forum; half B unchanged), no other page moved; as is and declassed no page moved.
 */
export function fallbackPosts(index: BlockIndex, signals: PageSignals, article: Attempt): RepeatedGroup | undefined {
	const region = article.region;
	if (region === ROOT || !isContainer(region)) return undefined;
	if (article.profile && article.profile.kind !== 'forum') return undefined;
	if (signals.cartWords >= MAX_CART_WORDS_BESIDE_POSTS) return undefined;
	if (signals.posts && signals.posts.chars >= signals.chars * MIN_POSTS_SHARE) return undefined;
	const total = index.statsOf(region).proseChars;
	if (total === 0) return undefined;
	let c: Container = region;
	// Prose of the container before the boxes: each level's children before the one walked into, then before the first box.
	let above = 0;
	for (let level = 0; level <= MAX_DESCENT; level++) {
		const posts: Container[] = [];
		let prose = 0;
		let dominant: Container | undefined;
		let before = 0;
		let beforeDominant = 0;
		// The one post box of a level and the prose before it: a thread's box beside its board's footer, none dominant.
		let soleBox: Container | undefined;
		let beforeSoleBox = 0;
		let mostOtherProse = 0;
		const own = index.statsOf(c).chars;
		for (const k of c.children) {
			if (!isContainer(k)) {
				if (posts.length === 0) before += index.proseCharsOf(k);
				continue;
			}
			const n = index.statsOf(k).chars;
			if (n >= own * MIN_DOMINANT_SHARE) {
				dominant = k;
				beforeDominant = before;
			}
			if (isPostBox(index, k)) {
				if (posts.length === 0) {
					soleBox = k;
					beforeSoleBox = before;
				}
				posts.push(k);
				prose += index.statsOf(k).proseChars;
			} else {
				if (posts.length === 0) before += index.statsOf(k).proseChars;
				mostOtherProse = Math.max(mostOtherProse, index.statsOf(k).proseChars);
			}
		}
		if (posts.length >= MIN_FALLBACK_POSTS && prose >= total * MIN_FALLBACK_SHARE) {
			if (above + before > prose * MAX_PROSE_ABOVE_SHARE) return undefined;
			if (posts.some((p) => insideQaItem(index, p))) return undefined;
			if (!mostly(posts, (p) => index.statsOf(p).proseChars >= index.statsOf(p).chars * MIN_BOX_PROSE_SHARE)) return undefined;
			// Boxes that each title a story of their own with a linked heading are a feed's teasers (kinds/anonymousPosts.ts).
			if (mostly(teaserParts(index.doc.text, posts.map((p) => [p])), (t) => t)) return undefined;
			return postGroup(index, FALLBACK_SIGNATURE, posts);
		}
		if (dominant === undefined && posts.length === 1 && soleBox !== undefined && prose > mostOtherProse) {
			dominant = soleBox;
			beforeDominant = beforeSoleBox;
		}
		if (dominant === undefined) return undefined;
		above += beforeDominant;
		c = dominant;
	}
	return undefined;
}
