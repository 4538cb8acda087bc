// Truncated previews in a thread: a paragraph cut mid-word whose full text follows (an answer's "Continue Reading" teaser) is a copy.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * A preview is at least this long once its cut word is gone: shorter paragraphs that begin a longer one are openings
 * ("Thanks!", "Yes.") that many posts share, not copies.
 */
export const MIN_PREVIEW_CHARS = 80;

/** What a teaser ends with besides its cut word: an ellipsis, "(more)", "Read more", "Continue reading". */
const TEASER_END_RE = /\s*(?:…|\.\.\.|\(more\)|read more|continue reading|see more)\s*$/i;

function key(b: Block): string | undefined {
	if (b.kind !== 'paragraph') return undefined;
	return collapsedText(b).toLowerCase();
}

/** The text a preview keeps of its full paragraph: its last word, maybe cut, and a teaser's ending go. */
function previewStem(text: string): string {
	return text.replace(TEASER_END_RE, '').replace(/\s*\S+$/, '');
}

/**
 * Drops each paragraph whose text, less its last (cut) word and a teaser's ending, begins a longer paragraph kept
 * after it. Q&A sites print an answer's first lines as a preview cut at a fixed height, and its full text after (in
 * a copy that a script shows, which the dump keeps): the reader sees the full answer once. The preview's whole
 * paragraphs repeat the full text's and go as repeated blocks (heuristics/repeatedBlocks.ts); its last paragraph, cut
 * mid-word, is caught here. Only in threads (kinds/forum.ts). Measured on the tuning part of wcxb-dev: it fires on one
 * page read as a thread (a Q&A page, eight previews, F1 0.63 -> 0.67) and on no other.
 */
export function dropTruncatedPreviews(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const keys = blocks.map(key);
	const cuts = previewsWithFullText(keys);
	let out: Block[] | undefined;
	blocks.forEach((b, i) => {
		const k = keys[i];
		const stem = k === undefined ? '' : previewStem(k);
		const cut = cuts[i];
		if (cut) {
			out ??= blocks.slice(0, i);
			removed.push({ range: b.range, step: 'truncated-preview', signal: `${stem.slice(0, 40)}…` });
		} else out?.push(b);
	});
	return out ?? (blocks as Block[]);
}

/**
 * For each paragraph, whether its stem (`previewStem`, at least `MIN_PREVIEW_CHARS` long) begins a longer paragraph
 * after it. A scan of every block per paragraph (`keys.some`) was O(paragraphs x blocks), issue 11: a thread of 8,000
 * posts (24,000 blocks) spent 1.1 s there. Workflow:
 * 1. The keys sorted (code-unit order): those starting with a stem are one run of it (the ones below the stem cannot
 *    start with it, and after the run none does), found by two binary searches.
 * 2. Paragraphs from the last to the first: each asks a max-tree over the sorted keys, holding the lengths of the keys
 *    after it, for a length above its own within its stem's run, then adds its own key.
 */
function previewsWithFullText(keys: readonly (string | undefined)[]): boolean[] {
	const cuts = new Array<boolean>(keys.length).fill(false);
	const ranked = keys.flatMap((k, i) => (k === undefined ? [] : [i])).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
	const sorted = ranked.map((i) => keys[i]!);
	const rank = new Map<number, number>(ranked.map((i, r) => [i, r]));
	const m = sorted.length;
	// An iterative segment tree of the greatest length added per range of ranks (-1: none).
	const tree = new Int32Array(2 * Math.max(1, m)).fill(-1);
	const firstWhere = (ok: (s: string) => boolean): number => {
		let lo = 0;
		let hi = m;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (ok(sorted[mid])) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	for (let i = keys.length - 1; i >= 0; i--) {
		const k = keys[i];
		if (k === undefined) continue;
		const stem = previewStem(k);
		if (stem.length >= MIN_PREVIEW_CHARS) {
			let lo = firstWhere((s) => s < stem) + m;
			let hi = firstWhere((s) => s < stem || s.startsWith(stem)) + m;
			let most = -1;
			for (; lo < hi; lo >>= 1, hi >>= 1) {
				if (lo & 1) most = Math.max(most, tree[lo++]);
				if (hi & 1) most = Math.max(most, tree[--hi]);
			}
			cuts[i] = most > k.length;
		}
		for (let at = rank.get(i)! + m; at >= 1; at >>= 1) if (k.length > tree[at]) tree[at] = k.length;
	}
	return cuts;
}
