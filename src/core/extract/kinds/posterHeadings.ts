// Poster names outside the posts: the heading a forum engine writes each poster's name in, beside the post's container rather than in it.
import type { Block, Inline } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { attrWords, collapse, collapsedText, inlineText } from '../inlineText';
import { MEMBER_QUERY_LINK } from './memberQueryLinks';

/**
 * For each post, the shortest heading before it (after the post before it) whose class words match `re` (a platform's
 * `posterName`, platforms.ts), by the post's block. Invision Community writes each post as an `<article>` holding the
 * author pane (the poster's name as a `cAuthorPane_author` heading, `ipsEntry__username` in version 5) beside the
 * comment container; pandoc drops the `<article>`, so the post's container holds its date and message but not its
 * poster. The annotators keep the name above each post (all 6 Invision threads of the tuning part's half A). Tuning
 * forum pages: half A 0543 0.992 -> 1.000, 0544 0.859 -> 0.871, 0545 0.907 -> 0.919, 0546 0.776 -> 0.792, 0548 0.825 -> 0.831,
 * 1658 0.935 -> 0.942 (its truth names every poster but the first); half B 0550 0.645 -> 0.646; none down. A
 * name written twice (the author pane and the mobile header) is taken once, from the shorter heading: the other adds
 * the member's reputation (version 4) or group (version 5) to the name. One pass over the blocks, in page order.
 */
export function posterHeadings(index: BlockIndex, posts: readonly Block[], re: RegExp | ((b: Block) => boolean)): Map<Block, Block> {
	const isName = typeof re === 'function' ? re : (b: Block): boolean => re.test(attrWords(b.kind === 'heading' ? b.attrs : undefined));
	const out = new Map<Block, Block>();
	let i = 0;
	let prevEnd = 0;
	let best: Block | undefined;
	let bestChars = 0;
	for (const b of index.parent.keys()) {
		while (i < posts.length && b.range.start >= posts[i].range.start) {
			if (best !== undefined) out.set(posts[i], best);
			prevEnd = posts[i].range.end;
			best = undefined;
			i++;
		}
		if (i >= posts.length) break;
		if (b.kind !== 'heading' || b.range.start < prevEnd || !isName(b)) continue;
		const chars = collapsedText(b).length;
		if (chars === 0 || (best !== undefined && chars >= bestChars)) continue;
		best = b;
		bestChars = chars;
	}
	return out;
}

/** A poster's name is this short at most: a heading that links to a member's page and says more is a title. */
export const MAX_POSTER_NAME_CHARS = 40;

/** A link to a member's page, as a poster's mark writes it (kinds/scatteredPosts.ts `POSTER_MARK_RE`, its link forms). */
export const MEMBER_LINK_RE = new RegExp(`\\]\\([^)\\s]*(?:\\/(?:u|users?|members?|profiles?|people)[/.?=]|${MEMBER_QUERY_LINK})`, 'i');

/**
 * Whether a heading is a poster's name by its content, whatever its classes: short, and a link to a member's page
 * (`/profile/171316-name/`, `/members/name.3/`, `/u/name`). The engines no profile names write the poster's name so
 * beside each post as Invision does (its `posterName` class words, kinds/platforms.ts); this finds it by the link.
 * Read where the platform names no poster heading. Tuning part of wcxb-dev (word F1, session 27): profiles on, no page
 * of any kind moved; profiles off (`EVAL_NO_PLATFORMS=forum`, the unseen-engine proxy), forum half A 0.8398 -> 0.8411
 * (six Invision threads up by 0.007 to 0.012), half B 0.9101 -> 0.9102, none down.
 */
export function isMemberLinkHeading(source: string, b: Block): boolean {
	if (b.kind !== 'heading') return false;
	const chars = collapsedText(b).length;
	return chars > 0 && chars <= MAX_POSTER_NAME_CHARS && MEMBER_LINK_RE.test(source.slice(b.range.start, b.range.end));
}

/** The linked label after a poster's name in a member card's heading is this short at most: a member group, a badge. */
const MAX_GROUP_LINK_WORDS = 3;

/**
 * Whether inlines open with a link (true), with text outside any link (false), or hold neither (undefined); pictures and
 * breaks are passed over.
 */
function opensWithLink(inlines: readonly Inline[]): boolean | undefined {
	for (const n of inlines) {
		if (n.kind === 'link') return true;
		if (n.kind === 'code' || (n.kind === 'text' && n.value.trim() !== '')) return false;
		if (n.kind === 'emphasis' || n.kind === 'span') {
			const inner = opensWithLink(n.children);
			if (inner !== undefined) return inner;
		}
	}
	return undefined;
}

/** The words of the links among inlines. */
function linkedWords(inlines: readonly Inline[]): number {
	let n = 0;
	for (const x of inlines) {
		if (x.kind === 'link') n += collapse(inlineText(x.children)).split(' ').filter(Boolean).length;
		else if (x.kind === 'emphasis' || x.kind === 'span') n += linkedWords(x.children);
	}
	return n;
}

/**
 * Whether a heading is a member card's name line whose name is no link: it opens with the poster's name as plain or bold
 * text, then links at most a short label (`MAX_GROUP_LINK_WORDS`: the member's group, "NAME [Platinum Partner](/staff/)"),
 * a name's length in all (`MAX_POSTER_NAME_CHARS`). A teaser's title is its link from the heading's start, or a link
 * of a title's length after a badge ("NEW [A story's title of many words](/s/)"): neither is this.
 *
 * Why: a board whose profile links are not links (`EVAL_UNLINK`, the proxy for boards no rule knows) prints the name as
 * bold text and keeps the group's link; kinds/placedFlatPosts.ts and the teaser test of kinds/anonymousPosts.ts read
 * such a heading as a story's title, and a two-post Invision-like thread fell to the whole page (a service page, F1
 * 0.21). Measured (session 58, tuning part): as is, declassed and unique, no page of any kind moved; unique with
 * `EVAL_UNLINK=1`, forum 0.84838 -> 0.85311 (half A 0.8115 -> 0.8199: that thread 0.210 -> 0.607, another +0.003;
 * half B unchanged).
 */
export function isNameThenGroupHeading(b: Block): boolean {
	if (b.kind !== 'heading') return false;
	const chars = collapsedText(b).length;
	return chars > 0 && chars <= MAX_POSTER_NAME_CHARS && opensWithLink(b.content) === false && linkedWords(b.content) <= MAX_GROUP_LINK_WORDS;
}
