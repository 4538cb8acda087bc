// Fine print: a block labelled "Disclaimers" or "Footnotes" is the legal small print behind its claims, not content.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * Labels of a landing page's small print: the numbered notes behind its "#1", "up to 30x ROI" and "offer" claims.
 * Studied on the 130 service pages of the wcxb-dev tuning part (lines of the kept text against the annotated text):
 * a line reading only "Disclaimer(s)", "Footnote(s)" or "*Disclaimers" opens text the annotators left out on all
 * 4 pages that have one (3 sites), and on none did they keep it. The label alone, not a heading that names it
 * ("Disclaimer for our tax calculator" is a section of its own). Over all kinds of the tuning part the lone label's
 * text is left out on 13 pages and kept on 3 (two personal "Disclaimer" notes, one pet insurer's line), so it runs
 * on every kind (extractArticle.ts, stage 10): the landing pages it fixes are mostly detected as articles. Measured
 * (eval, tuning part): service 0.814 -> 0.816 (one page 0.31 -> 0.50), all 0.876, article 0.950 and every other kind
 * unchanged; Readability corpus 0.945, seeds 53/53.
 */
export const FINE_PRINT_LABEL_RE = /^[*†‡§\s]*(?:legal )?(?:disclaimers?|footnotes?|fine print)[\s:*]*$/i;
/** A label is a word or two; a paragraph starting with "Disclaimer:" and going on is the note itself, kept to its own line. */
export const MAX_FINE_PRINT_LABEL_CHARS = 30;

/** Whether a block is a fine-print label: a heading or a paragraph that reads only "Disclaimers" or the like. */
export function isFinePrintLabel(b: Block): boolean {
	if (b.kind !== 'heading' && b.kind !== 'paragraph') return false;
	const t = collapsedText(b);
	return t.length <= MAX_FINE_PRINT_LABEL_CHARS && FINE_PRINT_LABEL_RE.test(t);
}

/**
 * Drops each fine-print label with the blocks after it up to the next heading, at the top level of the blocks. Not a
 * label that opens the kept text: small print follows the claims it notes, and a first "Footnote" is a screen
 * reader's name for a note marker (dropping from it emptied a page's text, which then fell back to the whole page).
 */
export function dropFinePrint(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	let out: Block[] | undefined;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (i > 0 && isFinePrintLabel(b)) {
			let end = i + 1;
			while (end < blocks.length && blocks[end].kind !== 'heading') end++;
			removed.push({ range: { start: b.range.start, end: blocks[end - 1].range.end }, step: 'fine-print', signal: collapsedText(b) });
			out ??= blocks.slice(0, i);
			i = end - 1;
			continue;
		}
		out?.push(b);
	}
	return out ?? blocks;
}
