// A post's preview before its full text: blocks of one post that the same post repeats later, whole or from a cut.
import type { Block } from '../../model/dumpDocument';
import { withChildren } from '../../model/divNodes';
import { removedRegion, type RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * A repeated block is at least this long: a shorter line ("Yes.", "Thanks") may open two paragraphs of one post by
 * chance. A preview cut mid-word keeps at least its first words ("The world toda" is 14 characters).
 */
export const MIN_REPEATED_BLOCK_CHARS = 12;

/**
 * How many later leaves that start with a leaf's text are looked at before it is judged no preview: a real post
 * repeats a preview once, a few leaves on; a hostile post of 20,000 lines that differ only after a shared opening
 * ("Nested line 1…", "Nested line 10…") or of one line thousands of times made each leaf look at every other one.
 */
const MAX_CANDIDATES = 64;

/** A letter or a digit: a preview cut mid-word ends with one, and its full text goes on with one. */
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** A text block of a post in reading order: a paragraph or a heading, or one item of a list. */
interface Leaf {
	readonly text: string;
	/** The list the item belongs to, if it is an item, and whether it is the list's last item. */
	readonly list?: Block;
	readonly last?: boolean;
	/** The block of the post's kept blocks that holds it (the list, for an item). */
	readonly block: Block;
}

function leaves(blocks: readonly Block[], out: Leaf[]): void {
	for (const b of blocks) {
		if (b.kind === 'paragraph' || b.kind === 'heading') out.push({ text: collapsedText(b).toLowerCase(), block: b });
		else if (b.kind === 'list') {
			b.items.forEach((it, k) => {
				const text = it.children.map((c) => collapsedText(c)).join(' ').toLowerCase();
				out.push({ text, list: b, last: k === b.items.length - 1, block: b });
			});
		} else if (b.kind === 'div' || b.kind === 'htmlDiv') leaves(b.children, out);
	}
}

/**
 * Whether the leaf at `i` is a later leaf of the post, whole or cut: a paragraph or a heading a later one, whole or cut
 * mid-word (a preview cut at a fixed height); a list's item an item of a later list, whole, or cut anywhere when it is
 * the list's last. Not a line that merely opens a later paragraph at a word's end ("BBC Learning English" / "BBC
 * Learning English offers too few articles"), nor a line that is a later list item (a poster's name printed twice,
 * beside the post and in its header: heuristics/repeatedPosterName.ts).
 */
function repeatedLater(all: readonly Leaf[], sorted: readonly number[], at: Int32Array, i: number): boolean {
	const { text, list, last } = all[i];
	// A list's item may be short (a preview cut after its first words): the whole list must be long (`repeatedBlocks`).
	if (text.length === 0 || (list === undefined && text.length < MIN_REPEATED_BLOCK_CHARS)) return false;
	// The leaves that start with this one's text follow it in `sorted`: its equals later in the page, then the longer ones.
	const end = Math.min(sorted.length, at[i] + 1 + MAX_CANDIDATES);
	for (let k = at[i] + 1; k < end; k++) {
		const j = sorted[k];
		const later = all[j].text;
		if (!later.startsWith(text)) break;
		if (j <= i || (list === undefined) !== (all[j].list === undefined) || (list !== undefined && all[j].list === list)) continue;
		if (later === text) return true;
		if (last || (WORD_CHAR_RE.test(text[text.length - 1]) && WORD_CHAR_RE.test(later[text.length]))) return true;
	}
	return false;
}

/**
 * The blocks of one post that the post repeats later (`repeatedLater`): paragraphs and headings, and lists all of whose
 * items it repeats. Q&A sites (Quora) print each answer's first lines as a preview cut at a fixed height, then the whole
 * answer in a copy a script shows, inside the same post; the dump holds both. The reader sees the answer once, and
 * the annotators keep it once. heuristics/truncatedPreviews.ts drops a long cut paragraph anywhere in the thread; here
 * the preview's short paragraphs and its lists go too, as the post itself repeats them. A poster rarely writes the same
 * paragraph twice in one message, and never a paragraph that starts another mid-word. Measured on the tuning part of
 * wcxb-dev (word F1, session 27): forum half A 0.8410 -> 0.8413 (a Quora thread 0.829 -> 0.844, a Tapatalk thread
 * 0.953 -> 0.956), half B unchanged (0.9143), none down; of other kinds one article read as a thread 0.985 -> 0.990.
 * Run per post after the thread's other clean-ups: a copy they drop (a link preview's site name) leaves its first
 * occurrence alone, and a line that begins a later paragraph of another post is no preview.
 */
function repeatedBlocks(blocks: readonly Block[]): Set<Block> {
	const all: Leaf[] = [];
	leaves(blocks, all);
	// The leaves in text order, equal texts in page order (`repeatedLater` reads those that start with a leaf's text
	// right after it): a scan of every later leaf per leaf was O(leaves^2) on a long post.
	const sorted = all.map((_, i) => i).sort((a, b) => (all[a].text < all[b].text ? -1 : all[a].text > all[b].text ? 1 : a - b));
	const at = new Int32Array(all.length);
	sorted.forEach((leaf, k) => (at[leaf] = k));
	const out = new Set<Block>();
	const lists = new Map<Block, { ok: boolean; chars: number }>();
	all.forEach((l, i) => {
		const repeated = repeatedLater(all, sorted, at, i);
		if (l.list === undefined) {
			if (repeated) out.add(l.block);
			return;
		}
		const seen = lists.get(l.list) ?? { ok: true, chars: 0 };
		lists.set(l.list, { ok: seen.ok && (repeated || l.text.length === 0), chars: seen.chars + l.text.length });
	});
	for (const [list, { ok, chars }] of lists) if (ok && chars >= MIN_REPEATED_BLOCK_CHARS) out.add(list);
	return out;
}

function without(blocks: readonly Block[], drop: Set<Block>, removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (drop.has(b)) {
			removed.push(removedRegion(b.range, 'repeated-post-block', collapsedText(b).slice(0, 40)));
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv') {
			const children = without(b.children, drop, removed);
			out.push(children.length === b.children.length && children.every((c, i) => c === b.children[i]) ? b : withChildren(b, children));
			continue;
		}
		out.push(b);
	}
	return out;
}

/**
 * Drops the blocks of each post that the same post repeats later (`repeatedBlocks`), from a thread's kept blocks in
 * page order: each block belongs to the post whose range holds it (a poster's name kept beside its post belongs to none).
 */
export function dropRepeatedPostBlocks(blocks: readonly Block[], posts: readonly Block[], removed: RemovedRegion[]): Block[] {
	const drop = new Set<Block>();
	let p = 0;
	let run: Block[] = [];
	const flush = (): void => {
		if (run.length > 1) for (const b of repeatedBlocks(run)) drop.add(b);
		run = [];
	};
	for (const b of blocks) {
		while (p < posts.length && posts[p].range.end <= b.range.start) {
			flush();
			p++;
		}
		if (p < posts.length && b.range.start >= posts[p].range.start) run.push(b);
		else flush();
	}
	flush();
	return drop.size === 0 ? (blocks as Block[]) : without(blocks, drop, removed);
}
