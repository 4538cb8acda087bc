// Bylines and dates repeated for every item of a page: the posts of a thread, whose first one is the thread's own.
import { NEAR_TITLE_CHARS, TITLE_RE } from '../metadataRules';
import { inCards } from './cardBylines';
import { isPostAnchorHeading } from './postAnchorHeadings';
import { beforeBodyEnd, isAfterBodyList } from './afterBodyTeasers';
import { best, MIN_SCORE, type Candidate, type MetadataScan, type MNode } from './scan';
import { isPageKind } from './kindQuestion';
import { hasOffsetIn } from '../sortedOffsets';

/**
 * A byline or date in the same markup this many times is a repeated item's (every post of a thread, every story of
 * a list), not a one-off article byline. Two is a byline shown twice (top and bottom of an article); three is a list.
 */
const REPEATED_MIN = 3;
/**
 * Forum software pages a thread at 20 to 40 posts: a byline or a date repeated in the same markup this many times or
 * more is a long list's (a book list's authors) or a table's column of dates ("1/1/2013, 2/1/2013, …"), and its first
 * is no page's. Measured on the wcxb-dev tuning part (the most on a thread page was 23): author where none 9 -> 8 of
 * 525 (a book list), right unchanged. Given for bylines only: on dates it turned a table of dates' page into a listing
 * for the kind detector (page kind 827 -> 826) and left its wrong date wrong.
 */
export const LIST_ITEMS_MIN = 50;

/**
 * A list of stories repeats a heading and a byline per item, at even spacing. An article followed by related stories
 * repeats them too, but its own byline is a whole article away from the next one: the first gap is this many times
 * the typical gap between the others at least.
 */
const ARTICLE_GAP_FACTOR = 3;
/** Share of repeated bylines that must each follow a heading of their own for the page to be a list of teasers. */
const TEASER_HEADED_SHARE = 0.8;
/** How far before a byline its item's heading may be (a teaser's heading, image and summary sit just above it). */
const TEASER_HEADING_CHARS = 1500;

/** The rules of bylines read from text (`author.ts`, `bylineText.ts`), not from markup. */
const TEXT_BYLINE_RULE_RE = /^text:(?:written-by|by-line|by-label|dateline-by|dateline-name)/;

/** Class names of a post's user box (`message-userDetails`, `userTitle`, `author-info`, `member-card`). */
const USER_BOX_RE = /(?:^|[\s_:-])(?:user|member|poster|author)[a-z]*(?:$|[\s_:-])/i;
/** How far up a heading's containers a user box is looked for: the name and the rank sit one or two levels in. */
const USER_BOX_DEPTH = 2;

/**
 * A heading in a post's user box — the poster's name (`#### [khixxx]{.username}`) or rank (`##### Senior Member
 * {.userTitle}`) — or holding a username-classed element: a byline, not an item's title.
 */
function isPosterName(s: MetadataScan, n: MNode): boolean {
	if (n.block?.kind !== 'heading') return false;
	if (s.vocab(n, USER_BOX_RE, USER_BOX_DEPTH) > 0) return true;
	return s.descendants(n).some((d) => d.words !== '' && USER_BOX_RE.test(d.words));
}

/** A card's title written as a paragraph that is one link of several words (`[**GNW: The 10 Best Things**](/ep/…)`): not a name link. */
const LINK_TITLE_MIN_WORDS = 3;

function isLinkTitle(s: MetadataScan, n: MNode): boolean {
	// In a thread, a post's paragraph that is one link is a shared link or a signature, not a card's title.
	if (n.block?.kind !== 'paragraph' || isPageKind(s.context, 'forum')) return false;
	const c = n.block.content.filter((x) => !(x.kind === 'softbreak' || x.kind === 'break' || (x.kind === 'text' && x.value.trim() === '')));
	if (c.length !== 1 || c[0].kind !== 'link') return false;
	return s.textOf(n).split(' ').length >= LINK_TITLE_MIN_WORDS;
}

/** The markup a node sits in: its own words and its parent's, which every item of a list shares. */
function signature(n: MNode): string {
	return `${n.words}|${n.parent?.words ?? ''}|${n.block?.kind ?? n.inline?.kind ?? ''}`;
}

/**
 * The candidate to report. When the best one is one of many in the same markup, the page is a list of posts or
 * items: the first of them after the title is the thread's opening post (its author and date are the thread's),
 * which the scores alone do not prefer (every post sits as near the article region as the first). With
 * `listItemsMin` (`LIST_ITEMS_MIN` for bylines), that many in the same markup are a list's: none is reported.
 */
export function firstOfRepeated<T>(s: MetadataScan, cands: readonly Candidate<T>[], listItemsMin = Infinity): Candidate<T> | undefined {
	const top = best(cands);
	if (!top?.node) return top;
	const sig = signature(top.node);
	const textual = TEXT_BYLINE_RULE_RE.test(top.rule);
	// Plain paragraphs all share one markup: text bylines repeat when the same rule finds them again and again.
	const same = cands.filter((c) => c.node !== undefined && c.score >= MIN_SCORE && signature(c.node) === sig && (!textual || c.rule === top.rule));
	if (same.length < REPEATED_MIN) return top;
	if (same.length >= listItemsMin) return undefined;
	if (isTeaserList(s, same.map((c) => c.node!))) {
		// A related stories' list after the article's text: the page's own byline or date is among the others (`afterBodyTeasers.ts`).
		return isAfterBodyList(s, same.map((c) => c.node!)) ? firstOfRepeated(s, beforeBodyEnd(s, cands, same), listItemsMin) : undefined;
	}
	// Bylines written as text ("Written by Kyle Bonds") over and over are testimonials' or teasers' signatures, not the
	// page's (forum software marks its posters up, it does not write them out): the page's byline is among the others.
	// Not in a thread read post by post: a board that writes each post's header as text ("Re: topic by NAME: date",
	// kinds/flatPosts.ts) repeats it per post, and the first after the title is the opening post's (its poster is the
	// thread's author). Tuning part: 1 author right more (a flat thread), none lost.
	if (textual && !isPageKind(s.context, 'forum')) return firstOfRepeated(s, cands.filter((c) => !same.includes(c)), listItemsMin);
	// Marked-up bylines in a feed's cards are the stories' (`cardBylines.ts`).
	if (same.every((c) => inCards(c.node!))) return undefined;
	const a = s.anchor() ?? 0;
	let first: Candidate<T> | undefined;
	for (const c of same) {
		const at = c.node!.range.start;
		if (s.gap(a, at) < -NEAR_TITLE_CHARS / 2) continue;
		if (!first || at < first.node!.range.start) first = c;
	}
	return first ? { ...first, rule: `${first.rule}:first-of-${same.length}` } : top;
}

/**
 * The sorted starts of a page's item headings (`isTeaserList`), per page (its nodes, which a scan made `from` another
 * shares) and per answer to the one question of the read they depend on, whether the page is a forum (`isLinkTitle`).
 * `asks`: whether the walk asked it (a paragraph reached `isLinkTitle`): a later call asks it again, so that the read's
 * kind log holds the question as the walk left it. Why: `firstOfRepeated` asks for the bylines' list and the dates'
 * in each read, and each call walked every node: the bench's 20 MB dump (195,000 nodes) walked them 4 times, 3% of its
 * extraction's CPU profile.
 */
const ITEM_HEADINGS = new WeakMap<readonly MNode[], { readonly asks: boolean; readonly byForum: Map<boolean, number[]> }>();

function itemHeadingStarts(s: MetadataScan): number[] {
	const known = ITEM_HEADINGS.get(s.nodes);
	const forum = known?.asks === true && isPageKind(s.context, 'forum');
	const starts = known?.byForum.get(forum);
	if (starts) return starts;
	let asks = false;
	const out: number[] = [];
	for (let i = 0; i < s.nodes.length; i++) {
		const n = s.nodes[i];
		const titled = n.block?.kind === 'heading' || (n.words !== '' && n.inline?.kind !== 'image' && TITLE_RE.test(n.words));
		// `isLinkTitle` asks whether the page is a forum of each paragraph it reads.
		if (!titled && n.block?.kind === 'paragraph') asks = true;
		if ((titled || isLinkTitle(s, n)) && s.textOf(n) !== '' && !isPosterName(s, n) && !(n.block?.kind === 'heading' && isPostAnchorHeading(s, n))) out.push(n.range.start);
	}
	out.sort((x, y) => x - y);
	const entry = known ?? { asks, byForum: new Map<boolean, number[]>() };
	if (!known) ITEM_HEADINGS.set(s.nodes, entry);
	entry.byForum.set(asks && isPageKind(s.context, 'forum'), out);
	return out;
}

/**
 * Whether repeated bylines are a list of stories (a blog index, a news front, a search result): each follows its own
 * heading, and the first is no further from the second than the others are from each other. Such a page has no author
 * or date of its own; a thread's posts have no heading each, and an article's byline is a whole body away from the
 * related stories' ones. Measured on the wcxb-dev tuning part: see `confidence.ts` and the note for issue 12.
 */
export function isTeaserList(s: MetadataScan, nodes: readonly MNode[]): boolean {
	const sorted = [...nodes].sort((x, y) => x.range.start - y.range.start);
	if (sorted.length < REPEATED_MIN) return false;
	// A card's title is a heading, or a title-classed link or block (`loop-card__title-link`) in card grids without headings.
	// Empty headings are anchors or styling (`###  {.userText}` above each post's poster), and a heading that is only
	// a poster's name (`#### [khixxx]{.username}` in each post of a thread) is a byline: neither is an item's title; nor
	// is a post's subject linked to its own anchor on this page (`postAnchorHeadings.ts`).
	const headings = itemHeadingStarts(s);
	let headed = 0;
	let prevEnd = -Infinity;
	// The headings' starts sorted: each byline's heading is one binary search (`sortedOffsets.ts`), not a test of every heading.
	for (const n of sorted) {
		const from = Math.max(prevEnd, n.range.start - TEASER_HEADING_CHARS);
		if (hasOffsetIn(headings, from, n.range.start)) headed++;
		prevEnd = n.range.end;
	}
	if (headed < sorted.length * TEASER_HEADED_SHARE) return false;
	// Gaps between distinct bylines: one node found by two rules (`rel:author` and `link:author-page`) sat at gap 0
	// from itself, which made an article followed by a few related stories a list of teasers (tuning part: +1 author).
	const starts = [...new Set(sorted.map((n) => n.range.start))];
	if (starts.length < REPEATED_MIN) return false;
	const gaps = starts.slice(1).map((at, i) => at - starts[i]);
	const rest = gaps.slice(1).sort((x, y) => x - y);
	const median = rest[Math.floor(rest.length / 2)];
	return gaps[0] < ARTICLE_GAP_FACTOR * median;
}
