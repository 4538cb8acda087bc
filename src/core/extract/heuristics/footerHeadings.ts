// Footer headings: a heading that names the page's footer ("Footer", "Site Footer", "Apple Footer") ends the content.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * Screen-reader headings a site puts at the top of its footer: "Footer", "Site Footer", "<Brand> Footer", "Footer
 * navigation", "Footer Menu". Only the label, a word or two before "footer" and one after: "How to build a footer" is
 * a section of an article about footers.
 */
export const FOOTER_HEADING_RE = /^(?:[\p{L}\p{N}&'’.-]+ ){0,2}footer(?: (?:navigation|nav|menu|menus|links|utilities|start))?$/iu;

/** Whether a block is a heading that names the footer. */
export function isFooterHeading(b: Block): boolean {
	return b.kind === 'heading' && FOOTER_HEADING_RE.test(collapsedText(b));
}

/**
 * The blocks before the first footer heading at the top level of the kept blocks (not one that opens them). A site
 * whose footer wrapper has no chrome name (`ac-gf-content`) keeps its columns of links, its legal notes and its
 * numbered footnotes after the content; its hidden label heading says where they start. Runs on every kind
 * (extractArticle.ts, stage 10): the product pages it fixes are detected as articles and service pages. Measured on
 * the wcxb-dev tuning part (eval): 5 pages up (two product pages 0.23 → 0.64 and 0.55 → 0.76, a collection 0.85 → 0.90,
 * a service page 0.96 → 0.97), none lower; product 0.655 → 0.666 (with heuristics/signupForms.ts), collection
 * 0.755 → 0.756, all 0.878 → 0.879; Readability corpus 0.945, seeds 53/53.
 */
export function endAtFooterHeading(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	for (let i = 1; i < blocks.length; i++) {
		if (!isFooterHeading(blocks[i])) continue;
		removed.push({ range: { start: blocks[i].range.start, end: blocks[blocks.length - 1].range.end }, step: 'footer-heading', signal: collapsedText(blocks[i]) });
		return blocks.slice(0, i);
	}
	return blocks;
}
