// Repeated blocks: a block whose text the kept content already holds is a repeat (carousel slides, mobile and desktop copies, tabs).
import type { Block } from '../../model/dumpDocument';
import { removedBlock, type RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * Pages render the same text twice for different screens (a product's name and price in the gallery and in the
 * buy box, a menu for mobile and one for desktop), and carousels repeat their slides; the reader sees it once.
 * Only blocks with at least this many characters are compared: a repeated "Yes" or "1" is not a copy.
 */
export const MIN_REPEATED_CHARS = 8;
/**
 * Long repeated paragraphs are left alone: screen copies and carousels repeat names, prices and short lines, while
 * a repeated long paragraph is the author's (the readability corpus repeats whole paragraphs and lost 0.05 F1).
 */
export const MAX_REPEATED_CHARS = 150;
/**
 * A service or landing page read whole has no author's repeated paragraph: its long repeats are a slider's clones,
 * tabs printed for mobile and desktop, a marquee; the caller lifts the cap there (`maxChars` Infinity). Tuning part of
 * wcxb-dev: service 0.791 → 0.793 (P 0.818 → 0.821), readability corpus unchanged; lifting it on every page read
 * whole (listings, collections, products too) cost the readability corpus 0.943 → 0.922, so it stays with service.
 */

/**
 * In a forum thread, authors' names and post dates repeat on purpose (each post keeps its own), so only longer
 * blocks are compared there: repeated quotes and signatures. Tuning part of wcxb-dev, forum F1 (P/R): 8 as elsewhere
 * 0.721 (0.703/0.837), 40 0.720 (0.699/0.841), no comparison 0.720 (0.698/0.843): neutral on the score, and every
 * post keeps its author and date as the annotators' truth does.
 */
export const MIN_REPEATED_POST_CHARS = 40;
/*
 * A thread has no cap on the length either (the caller passes `maxChars` Infinity): its long repeats are an answer's
 * preview beside its full text (a Q&A site prints both, one hidden by a class the dump keeps) and quotes of earlier
 * posts, where the reader sees one copy. Tuning part of wcxb-dev, pages read as threads: 5 up (a Q&A page 0.58 -> 0.63,
 * others +0.02 to +0.07), one down (0.88 -> 0.86, a thread whose truth keeps its quotes); sum +0.14.
 */

/** Drops kept blocks whose whole text repeats an earlier kept block (a list or heading repeating a paragraph too). */
export function dropRepeatedBlocks(blocks: readonly Block[], removed: RemovedRegion[], minChars = MIN_REPEATED_CHARS, maxChars = MAX_REPEATED_CHARS): Block[] {
	// Each text seen, with the signal its repeats are removed under (null until the first repeat): made once, not once
	// per repeat (a page of 13,500 repeated paragraphs held 0.54 MB of equal signal strings at the extraction peak).
	const seen = new Map<string, string | null>();
	const out: Block[] = [];
	for (const b of blocks) {
		if (b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'list' || b.kind === 'table') {
			const key = collapsedText(b).toLowerCase();
			if (key.length >= minChars && key.length <= maxChars) {
				let signal = seen.get(key);
				if (signal !== undefined) {
					if (signal === null) seen.set(key, (signal = key.length > 40 ? `${key.slice(0, 40)}…` : key));
					removed.push(removedBlock(b, 'repeated-block', signal));
					continue;
				}
				seen.set(key, null);
			}
		}
		out.push(b);
	}
	return out;
}
