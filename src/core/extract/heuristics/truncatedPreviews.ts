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
	let out: Block[] | undefined;
	blocks.forEach((b, i) => {
		const k = keys[i];
		const stem = k === undefined ? '' : previewStem(k);
		const cut = stem.length >= MIN_PREVIEW_CHARS && keys.some((later, j) => j > i && later !== undefined && later.length > k!.length && later.startsWith(stem));
		if (cut) {
			out ??= blocks.slice(0, i);
			removed.push({ range: b.range, step: 'truncated-preview', signal: `${stem.slice(0, 40)}…` });
		} else out?.push(b);
	});
	return out ?? (blocks as Block[]);
}
