// A heading a listing prints over card after card ("Latest", "Sponsored", "Editor's pick") is the layout's label, not an item's title.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { filterBlockTree } from '../heuristics/cardRepeats';
import { collapsedText } from '../inlineText';

/** A label repeated this often over the feed is the layout's: two may be a feed's two sections of one name. */
export const MIN_HEADING_REPEATS = 3;
/** A label is a word or two; an item's title repeated (a teaser printed in two layouts) is longer and is cardCopies.ts's. */
export const MAX_LABEL_CHARS = 40;

/** The headings of blocks at any depth, in order. */
function headings(blocks: readonly Block[], out: Block[]): void {
	for (const b of blocks) {
		// An item's title links to the item; a label links nowhere.
		if (b.kind === 'heading') {
			if (!b.content.some((x) => x.kind === 'link')) out.push(b);
		}
		else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') headings(b.children, out);
		else if (b.kind === 'list') for (const it of b.items) headings(it.children, out);
	}
}

/**
 * Drops, at any depth, the headings whose text (a short label, `MAX_LABEL_CHARS`) the read holds at least
 * `MIN_HEADING_REPEATS` times: a feed whose every card repeats its section's heading (a publication's "Latest" over
 * each story, a "Sponsored" over each promoted card). An item's title is its own; a label every card repeats tells
 * the reader nothing about the item, and annotators leave it out. A heading that links is an item's title (an event
 * series or a job title printed per item) and stays. One count per heading text: linear in the read.
 * Measured on the 179 tuning pages of wcxb-dev annotated or detected as listings or collections (word F1), as
 * detected: half A (studied) 2 pages up on 2 sites (a publication's feed with "Latest" over each story 0.724 -> 0.769,
 * a review index 0.798 -> 0.800), half B (not studied) 1 up (0.654 -> 0.664), none down; listing half A 0.6892 ->
 * 0.6906. Listing strategy forced on them: half A 2 up, 1 down (a job board's unlinked job titles, 0.918 -> 0.915),
 * half B 2 up, none down. At 4 repeats half B's page as detected no longer moves.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A listing -0.0014 (the publication's feed 0.81 -> 0.77), half B service -0.0002
 * (1 down): kept.
 */
export function dropRepeatedHeadings(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const all: Block[] = [];
	headings(blocks, all);
	if (all.length < MIN_HEADING_REPEATS) return blocks as Block[];
	const counts = new Map<string, number>();
	const keyOf = new Map<Block, string>();
	for (const h of all) {
		const text = collapsedText(h).toLowerCase();
		if (text.length === 0 || text.length > MAX_LABEL_CHARS) continue;
		keyOf.set(h, text);
		counts.set(text, (counts.get(text) ?? 0) + 1);
	}
	const labels = new Set([...counts].filter(([, n]) => n >= MIN_HEADING_REPEATS).map(([t]) => t));
	if (labels.size === 0) return blocks as Block[];
	return filterBlockTree(blocks, (b) => {
		const key = keyOf.get(b);
		if (key === undefined || !labels.has(key)) return true;
		removed.push({ range: b.range, step: 'repeated-heading', signal: `${key} ×${counts.get(key)}` });
		return false;
	});
}
