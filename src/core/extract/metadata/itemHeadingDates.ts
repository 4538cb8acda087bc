// A plain date whose nearest heading above it is a teaser's (a heading that is a link to another page, not the page's title) is that item's date, not the page's.
import { BYLINE_PREFIX_RE } from '../metadataRules';
import { isPostAnchorHeading } from './postAnchorHeadings';
import type { MetadataScan, MNode } from './scan';

/**
 * Reason: a news index or a blog's front page shows each story as a linked heading with its date under it
 * ("# [McKinsey and Inception sign …](/news/2025/11/28/…)" then "November 28, 2025"). When the page's own title is the
 * index's heading ("Industry News"), the first story's date was read near the title as the page's, a date where the
 * page has none (issue 12). As is, the stories' class words often told them apart; read without class words
 * (EVAL_DECLASS, the proxy for unseen sites) nothing did. A heading that is a link to another page names an item; the
 * page's title does not link away. Only plain dates read for their place (`text:near-title`) are held to this: dates with
 * their own markup or a label carry their own evidence.
 * Measured on the wcxb-dev tuning part (session 39, meta44): declassed published right 386 -> 389 of 561 (half A 188 ->
 * 190, two threads read as listings whose first plain date sat under a linked heading; half B 198 -> 199), where none
 * 16 -> 15 of 493 (half A, a news index); as is unchanged. A byline heading that links to its writer is not a teaser's:
 * counted as one, it cost an article its date.
 * Since session 49 (meta54) a date with a label other than Published or Updated ("By Jane Roe • Dec. 19, 2025") under a
 * story's headline (`isStoryHeading`) is the teaser's too: declassed where none 14 -> 12 of 493 (a news index and a news
 * site's event list, two sites, half B), as is 9 -> 8; right unchanged on both (411, 417). Relaxed for every teaser
 * heading (session 48) it lost four right dates: phpBB posts' subjects and a category or writer heading under the title.
 */

/** Per scan, the headings after the title that hold a link to another page, by start (made once: no walk per date). */
const linkedHeadings = new WeakMap<MetadataScan, Headings>();

interface Headings {
	/** Every non-empty heading after the title. */
	readonly all: number[];
	/** The teaser headings among them. */
	readonly starts: number[];
	/** The story headings among the teasers (`isStoryHeading`). */
	readonly stories: number[];
}

/** Share of a teaser heading's text that its one link holds: the heading is the link ("# [Story title](/news/…)"). */
const LINK_SHARE = 0.8;

/**
 * Whether a heading is a teaser's: one link to another page (not a fragment of this one) holds most of its text. A
 * byline written as a heading ("### By [Charles Patterson](/charles-patterson/), Columnist") is not one.
 */
function isTeaserHeading(s: MetadataScan, h: MNode): boolean {
	const text = s.textOf(h);
	if (BYLINE_PREFIX_RE.test(text)) return false;
	for (const d of s.descendants(h)) {
		if (d.inline?.kind !== 'link') continue;
		const href = d.inline.href.trim();
		if (href !== '' && !href.startsWith('#') && s.textOf(d).length >= text.length * LINK_SHARE) return true;
	}
	return false;
}

/** Fewest words of a story's headline: a category ("Guides") or a writer's name ("Editorial Team") heading is shorter. */
const STORY_WORDS = 3;

/**
 * Whether a teaser heading is a story's headline, held to more than `isTeaserHeading`: at least STORY_WORDS words, and
 * it is not a link into this page (`postAnchorHeadings.ts`). A forum's post subjects ("### [Re: Battery life](./viewtopic.php?p=5#p5)") are
 * linked headings too, but to a post of this very thread, and the date under them is the post's, often the page's.
 */
function isStoryHeading(s: MetadataScan, h: MNode): boolean {
	if (s.textOf(h).split(/\s+/, STORY_WORDS + 1).length < STORY_WORDS) return false;
	return !isPostAnchorHeading(s, h);
}

function headingsOf(s: MetadataScan): Headings {
	let h = linkedHeadings.get(s);
	if (h) return h;
	const all: number[] = [];
	const starts: number[] = [];
	const stories: number[] = [];
	const title = s.titleNode;
	for (let i = 0; i < s.nodes.length; i++) {
		if (s.kindAt(i) !== 'heading') continue;
		const n = s.nodes[i];
		if (title && n.start <= title.start) continue;
		if (s.textOf(n) === '') continue;
		all.push(n.start);
		if (!isTeaserHeading(s, n)) continue;
		starts.push(n.start);
		if (isStoryHeading(s, n)) stories.push(n.start);
	}
	h = { starts, all, stories };
	linkedHeadings.set(s, h);
	return h;
}

/** The last value in an ascending list below `at`, or undefined. */
function lastBelow(list: readonly number[], at: number): number | undefined {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid] < at) lo = mid + 1;
		else hi = mid;
	}
	return lo > 0 ? list[lo - 1] : undefined;
}

/** Whether a node's nearest non-empty heading above it, after the page's title, links to another page (an item's heading). */
export function underItemHeading(s: MetadataScan, n: MNode, story = false): boolean {
	const { starts, all, stories } = headingsOf(s);
	const list = story ? stories : starts;
	if (list.length === 0) return false;
	const nearest = lastBelow(all, n.start);
	return nearest !== undefined && nearest === lastBelow(list, n.start);
}
