// Repeated blocks: a block whose text the kept content already holds is a repeat (carousel slides, mobile and desktop copies, tabs).
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { blockText, collapse } from '../inlineText';

/**
 * Pages render the same text twice for different screens (a product's name and price in the gallery and in the
 * buy box, a menu for mobile and one for desktop), and carousels repeat their slides; the reader sees it once.
 * Only blocks with at least this many characters are compared: a repeated "Yes" or "1" is not a copy.
 */
export const MIN_REPEATED_CHARS = 8;

/** Drops kept blocks whose whole text repeats an earlier kept block (a list or heading repeating a paragraph too). */
export function dropRepeatedBlocks(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const seen = new Set<string>();
	const out: Block[] = [];
	for (const b of blocks) {
		if (b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'list' || b.kind === 'table') {
			const key = collapse(blockText(b)).toLowerCase();
			if (key.length >= MIN_REPEATED_CHARS) {
				if (seen.has(key)) {
					removed.push({ range: b.range, step: 'repeated-block', signal: key.length > 40 ? `${key.slice(0, 40)}…` : key });
					continue;
				}
				seen.add(key);
			}
		}
		out.push(b);
	}
	return out;
}
