// Posts written as bare list items: each post is a list item holding its header, message and footer side by side.
import type { Block, ListItem } from '../../model/dumpDocument';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { attrWords, isHidden } from '../inlineText';
import { MEMBER_CARD_RE } from './postParts';
import { isStamped } from './flatPosts';
import { hasStampAttribute } from './stampAttributes';
import { hasLinkedHeading } from './itemTitles';
import { isPostLike, MIN_POST_CHARS } from './posts';
import { mostly, POSTER_MARK_RE, postGroup } from './scatteredPosts';
import type { RepeatedGroup } from './signals';

/** The signature of a group of list-item posts: `li`, then how many items the list has. */
export const LIST_ITEM_SIGNATURE = 'li';

/** A thread written as a list has at least this many posts, as a sibling group has (signals.ts). */
const MIN_LIST_POSTS = 2;

/**
 * Parts of a post item that are not its message or its header: the footer's buttons and counters, the reply box, the
 * avatar column. They stay out of the group, so the forum strategy never reads them (kinds/forum.ts `POST_CHROME_RE`
 * names the same parts inside a post).
 */
const ITEM_CHROME_RE = /post-?footer|postfoot|post-?actions|post-?tools|controls|toolbar|replies|reply-?box|votes?\b|reactions?\b|signature/i;

/**
 * Whether an item whose parts no class word names as a post's is still one: a date in its text or in an attribute
 * (kinds/stampAttributes.ts: NodeBB writes each post's age as an empty link titled with the ISO time) and no linked
 * heading (a feed's teaser title, kinds/itemTitles.ts). The poster's mark is asked of every item (`postParts`).
 */
function stampedItem(source: string, it: ListItem, kids: readonly Container[]): boolean {
	return !kids.some(hasLinkedHeading) && (isStamped(kids) || hasStampAttribute(source, it));
}

/**
 * The visible containers of a list item, and whether the item reads as a post; the parts after its message that hold
 * no prose (a footer of counters and buttons: "1 Reply", "Quote", a vote count) are left out, whatever their class
 * words say: the message is the part with the most prose.
 */
function postParts(index: BlockIndex, source: string, it: ListItem): Container[] | undefined {
	const kids = it.children.filter((c): c is Container => isContainer(c) && !isHidden(c.attrs));
	// A post item holds its parts side by side: a lone container is a post by itself (kinds/posts.ts `listItemContainers`).
	if (kids.length < 2) return undefined;
	let chars = 0;
	let prose = 0;
	for (const c of it.children) {
		const s = index.statsOf(c);
		chars += s.chars;
		prose += s.proseChars;
	}
	if (chars < MIN_POST_CHARS || prose === 0 || !POSTER_MARK_RE.test(source.slice(it.range.start, it.range.end))) return undefined;
	if (!kids.some((c) => isPostLike(c)) && !stampedItem(source, it, kids)) return undefined;
	const parts = kids.filter((c) => index.charsOf(c) > 0 && !ITEM_CHROME_RE.test(attrWords(c.attrs)) && !MEMBER_CARD_RE.test(attrWords(c.attrs)));
	if (parts.length === 0) return undefined;
	let message = parts[0];
	for (const c of parts) if (index.statsOf(c).proseChars > index.statsOf(message).proseChars) message = c;
	return parts.filter((c) => c.range.start <= message.range.start || index.statsOf(c).proseChars > 0);
}

/**
 * A thread whose posts are a list's items, each item holding several containers (the post's header with the poster's
 * name and date, its message, its footer of buttons) and no container of its own: NodeBB writes `<li component="post">`,
 * whose attributes pandoc drops, around `.post-header`, `.content` and `.post-footer`. No repeated group of containers
 * holds such a thread: each post's parts differ, and the item that holds them is no container. Most of the list's
 * items must read as posts: two or more visible containers, one of them named like a post's part (kinds/posts.ts
 * `isPostLike`: `post-header`, `post-footer`) or, whatever the class words, the item stamped (`stampedItem`), a
 * message of some length with prose, and the poster's mark (kinds/scatteredPosts.ts `POSTER_MARK_RE`: a link to a
 * member's page). The group's items are each post's parts but its footer and chrome (`ITEM_CHROME_RE`, and the parts
 * after the message without prose), in page order: the forum strategy reads them as it reads posts.
 * Measured on the tuning part of wcxb-dev with the forum profiles off (`EVAL_NO_PLATFORMS=forum`): a NodeBB thread
 * article -> forum, F1 0.82 -> 0.96 (0.97 with badge links dropped, heuristics/postChromeSpans.ts); with the profiles on
 * no page of any kind moved.
 * The stamp in place of the part's name (session 48): with class words opaque (`EVAL_DECLASS=all`) and the forum
 * profiles off, the NodeBB thread was an article again (its header box's `post-header` made opaque), its first post's
 * replies and footers kept; read so, it is a thread again, 0.793 -> 0.942 (half A), with the footers without prose
 * left out. With the profiles on, as is and declassed, no tuning page of any kind moved.
 */
export function listItemPosts(index: BlockIndex, list: Block): RepeatedGroup | undefined {
	if (list.kind !== 'list' || list.items.length < MIN_LIST_POSTS) return undefined;
	const source = index.doc.text;
	const read = list.items.map((it) => postParts(index, source, it));
	const posts = read.filter((p): p is Container[] => p !== undefined);
	if (posts.length < MIN_LIST_POSTS || !mostly(read, (p) => p !== undefined)) return undefined;
	return postGroup(index, `${LIST_ITEM_SIGNATURE}${list.items.length}`, posts.flat());
}
