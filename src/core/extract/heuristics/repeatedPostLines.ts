// Post chrome by structure: a short line written identically in most posts of a thread ("Reply", "Copy link", a member title).
import type { Block } from '../../model/dumpDocument';
import { withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { POSTER_MARK_RE } from '../kinds/scatteredPosts';

/**
 * A line this short is a button, a label or a member title; longer ones are sentences a poster wrote (a signature's
 * quote repeated in each post still goes by its own rules, heuristics/signatureBodies.ts).
 */
export const MAX_REPEATED_LINE_CHARS = 40;
/** A line repeated in at least this many posts: two posts that both say "Thanks!" are two posters thanking. */
export const MIN_REPEATED_POSTS = 3;
/**
 * And in at least this share of the thread's posts: the forum writes its buttons and labels under every post, a
 * poster's own words recur in a few of them at most. A third, not a half: a member title of the forum's rank ladder
 * ("Web Hosting Master", "Junior Guru Wannabe") is shared by a third of a thread's posters or so, and a reaction
 * label by the posts that drew one. Measured from a half (session 44, tuning part, with the header lines below
 * counted): declassed forum 0.87103 -> 0.87127 (4 threads of 4 sites up, 0533 0.956 -> 0.963, 4089 0.715 -> 0.723,
 * none down), as is forum 0.87748 -> 0.87759 (4089 0.730 -> 0.739). A quarter took a title and reaction lines that two
 * half-B truths keep (0532, 2797 down): a third is where no page went down.
 */
export const MIN_REPEATED_SHARE = 0.34;

/**
 * A line with a digit or a relative day is a date (all posts of a day's thread share "Posted May 22, 2024"), a time or
 * a count: a post's date is part of it, and counters are forumControls.ts's.
 */
const DATED_LINE_RE = /\d|\b(?:today|yesterday|ago)\b/i;

/** The key of a line: its text, lower-cased. */
function keyOf(b: Block): string {
	return collapsedText(b).toLowerCase();
}

/** Whether a block is a short line whose source names no poster (a linked member name, an author's attribute block). */
function isShortLine(source: string, b: Block): boolean {
	if (b.kind !== 'paragraph' && b.kind !== 'heading') return false;
	const text = collapsedText(b);
	if (text.length === 0 || text.length > MAX_REPEATED_LINE_CHARS || DATED_LINE_RE.test(text)) return false;
	return !POSTER_MARK_RE.test(source.slice(b.range.start, b.range.end));
}

/**
 * The key by which a line is counted across posts, `undefined` for a block that is no candidate line. The default key
 * (`shortLineKey`) is the text of a short line; heuristics/repeatedPostFields.ts counts a member card's field by its label.
 */
export type LineKey = (source: string, b: Block) => string | undefined;

/** The key of a short line whose source names no poster (`isShortLine`): its text, lower-cased. */
function shortLineKey(source: string, b: Block): string | undefined {
	return isShortLine(source, b) ? keyOf(b) : undefined;
}

/** Visits the candidate lines of a post's blocks with their keys, outside quotes (a quote repeats what an earlier post said). */
function visitLines(source: string, blocks: readonly Block[], lineKey: LineKey, visit: (key: string) => void): void {
	for (const b of blocks) {
		const key = lineKey(source, b);
		if (key !== undefined) visit(key);
		else if (b.kind === 'div' || b.kind === 'htmlDiv') visitLines(source, b.children, lineKey, visit);
		else if (b.kind === 'list') for (const it of b.items) visitLines(source, it.children, lineKey, visit);
	}
}

/**
 * The keys that `keysOf` finds in enough of the posts (`MIN_REPEATED_POSTS`, `MIN_REPEATED_SHARE`). Each kept block is
 * counted for the post whose range holds it, or for the next post when it lies before that post's range: the header
 * box an engine writes beside each message (kinds/flatPosts.ts: date, poster, member menu "View Forum Posts", member
 * title), which the thread keeps before the post. Those lines were never counted, so a menu under every poster stayed
 * (session 44, declassed: a vBulletin thread 0.936 -> 0.956, no other page moved; as is none). `blocks` and `posts`
 * are in page order.
 */
export function repeatedKeys(blocks: readonly Block[], posts: readonly Block[], keysOf: (b: Block, add: (key: string) => void) => void): Set<string> {
	const seen = new Map<string, Set<number>>();
	let p = 0;
	for (const b of blocks) {
		while (p < posts.length && posts[p].range.end <= b.range.start) p++;
		if (p >= posts.length) break;
		// A block before the post's range is the header the engine writes beside it (kinds/flatPosts.ts): the post's too.
		const post = p;
		keysOf(b, (key) => {
			let s = seen.get(key);
			if (!s) seen.set(key, (s = new Set()));
			s.add(post);
		});
	}
	const out = new Set<string>();
	const need = Math.max(MIN_REPEATED_POSTS, posts.length * MIN_REPEATED_SHARE);
	for (const [key, s] of seen) if (s.size >= need) out.add(key);
	return out;
}

/** The keys of the lines found in enough of the posts (`repeatedKeys`). */
export function repeatedLines(source: string, blocks: readonly Block[], posts: readonly Block[], lineKey: LineKey = shortLineKey): Set<string> {
	return repeatedKeys(blocks, posts, (b, add) => visitLines(source, [b], lineKey, add));
}

function dropLines(source: string, blocks: readonly Block[], keys: ReadonlySet<string>, removed: RemovedRegion[], lineKey: LineKey, signal: string): Block[] {
	const out: Block[] = [];
	let changed = false;
	for (const b of blocks) {
		const key = lineKey(source, b);
		if (key !== undefined && keys.has(key)) {
			removed.push({ range: b.range, step: 'post-chrome', signal: `${signal}: ${collapsedText(b)}` });
			changed = true;
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv') {
			const children = dropLines(source, b.children, keys, removed, lineKey, signal);
			if (children !== b.children) changed = true;
			out.push(children === b.children ? b : withChildren(b, children));
			continue;
		}
		if (b.kind === 'list') {
			const items = [];
			let itemsChanged = false;
			for (const it of b.items) {
				const children = dropLines(source, it.children, keys, removed, lineKey, signal);
				if (children === it.children) items.push(it);
				else {
					itemsChanged = true;
					if (children.some((c) => c.kind !== 'spacer')) items.push(withItemChildren(it, children));
				}
			}
			if (!itemsChanged) out.push(b);
			else {
				changed = true;
				if (items.length > 0) out.push({ ...b, items });
			}
			continue;
		}
		out.push(b);
	}
	return changed ? out : (blocks as Block[]);
}

/**
 * Drops the short lines that most of a thread's posts write identically (`repeatedLines`): what the forum writes
 * under or beside every post (its buttons "Reply", "Share", "Copy link", "Report inappropriate content", a reaction
 * label, a member title its staff share) rather than what posters wrote. By structure, not by words: an engine no
 * profile names, or a theme that renames its classes, still repeats its chrome in every post. A line that links to a
 * member's page or carries an author's attribute (`POSTER_MARK_RE`) stays: a poster's name recurs in a dialogue's
 * every other post. Lines inside quotes are neither counted nor dropped. `blocks` are the posts' kept blocks in page
 * order, `posts` the posts themselves in page order.
 * Measured on the tuning part of wcxb-dev: forum F1 0.858 -> 0.859 with the forum profiles on, 0.825 -> 0.827 with
 * them off (`EVAL_NO_PLATFORMS=forum`, with the poster's mark in kinds/postsFillArticle.ts); 4 threads of 4 sites up
 * in both runs (TripAdvisor's "Report inappropriate content" and "Destination Expert" 0.72 -> 0.73, a Warrior Forum
 * "Thanks" list item 0.887 -> 0.892, NodeBB buttons 0.930 -> 0.943 and 0.946 -> 0.957), none down; no page of another
 * kind moved. Without the dated-line guard, the date every post of a one-day thread shares went too.
 */
export function dropRepeatedPostLines(source: string, blocks: readonly Block[], posts: readonly Block[], removed: RemovedRegion[]): Block[] {
	return dropLinesRepeatedInPosts(source, blocks, posts, removed, shortLineKey, 'repeated line');
}

/**
 * Drops the candidate lines (`lineKey`) whose key most posts share (`repeatedLines`), wherever they sit among the kept
 * blocks outside quotes; `signal` names the rule in the removed regions.
 */
export function dropLinesRepeatedInPosts(source: string, blocks: readonly Block[], posts: readonly Block[], removed: RemovedRegion[], lineKey: LineKey, signal: string): Block[] {
	if (posts.length < MIN_REPEATED_POSTS) return blocks as Block[];
	const keys = repeatedLines(source, blocks, posts, lineKey);
	return keys.size === 0 ? (blocks as Block[]) : dropLines(source, blocks, keys, removed, lineKey, signal);
}
