// Page footer: on a page kept whole, the copyright line near the end opens the footer; it and what follows are not content.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/** "© 2026 Example Ltd.", "Copyright 2010 - 2026 …", "2025 Example LLC | All Rights Reserved". */
export const COPYRIGHT_LINE_RE = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;
/** A copyright line is short; a longer paragraph that names one is a terms page's prose. */
export const MAX_COPYRIGHT_LINE_CHARS = 200;
/**
 * Only a copyright line in this last share of the kept text opens the footer: one near the top is an image credit or
 * a notice of the content itself. Studied on the tuning part of wcxb-dev's service pages kept whole: where such a
 * line exists it sits in the last tenth of the text, and what follows it is the footer's columns and legal links.
 */
export const FOOTER_TAIL_SHARE = 0.25;

/** The blocks before the footer's copyright line (at the top level of a whole page's blocks). */
export function endAtCopyright(blocks: Block[], removed: RemovedRegion[], tailShare = FOOTER_TAIL_SHARE): Block[] {
	const lengths = blocks.map((b) => collapsedText(b).length);
	const total = lengths.reduce((a, n) => a + n, 0);
	let seen = 0;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (i > 0 && b.kind === 'paragraph' && seen >= total * (1 - tailShare) && lengths[i] <= MAX_COPYRIGHT_LINE_CHARS) {
			const text = collapsedText(b);
			if (COPYRIGHT_LINE_RE.test(text)) {
				removed.push({ range: { start: b.range.start, end: blocks[blocks.length - 1].range.end }, step: 'page-footer', signal: text });
				return blocks.slice(0, i);
			}
		}
		seen += lengths[i];
	}
	return blocks;
}
