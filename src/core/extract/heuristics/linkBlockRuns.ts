// Link block runs: a row of sibling containers, each an empty link over a short label (a footer's "Help", "Status", "About"), is a menu, not content.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { isContainer } from '../blockIndex';
import { filterBlockTree } from './cardRepeats';
import { collapsedText } from '../inlineText';
import { isLinkBlock } from './linkBlockItems';
import { MAX_NAV_ITEM_CHARS } from './navigationLists';

/**
 * A run needs this many link blocks side by side, as a menu list needs `MIN_NAV_ITEMS` (navigationLists.ts): one or two
 * are a card's "Read more" or a pair of buttons. With 5, one page moved (the blog footer below); with 3, two more rose
 * (a shop's row of 4 category tiles 0.600 -> 0.607, a half-B page 0.984 -> 0.985) and none fell.
 */
export const MIN_LINK_BLOCK_RUN = 3;

/** Whether a block is a container without text (an icon beside the label). */
function isIconBox(b: Block): boolean {
	return (b.kind === 'div' || b.kind === 'htmlDiv') && collapsedText(b) === '';
}

/** Whether a block is a container holding one link block: an empty link, then its label of a few words. */
function isLinkBlockBox(b: Block): boolean {
	return isContainer(b) && isLinkBlock(b.children, MAX_NAV_ITEM_CHARS, isIconBox);
}

/** The labels of one link-block container: its paragraphs, at any depth. */
function labelParagraphs(b: Block, out: Block[]): void {
	if (b.kind === 'paragraph') {
		if (collapsedText(b) !== '') out.push(b);
	} else if (isContainer(b)) for (const c of b.children) labelParagraphs(c, out);
}

/** The keys (`start:end`) of the labels of every run of at least `MIN_LINK_BLOCK_RUN` sibling link-block containers in the page. */
function runLabels(page: readonly Block[]): Set<string> {
	const keys = new Set<string>();
	const walk = (list: readonly Block[]): void => {
		for (let i = 0; i < list.length; ) {
			// The run from i: link-block containers, spacers between them allowed. Counted, not listed: most runs are
			// empty, and a list per position was 1.4% of the pipeline's allocated bytes (every 16th wcxb-dev dump).
			let boxes = 0;
			let j = i;
			while (j < list.length && (list[j].kind === 'spacer' || isLinkBlockBox(list[j]))) {
				if (list[j].kind !== 'spacer') boxes++;
				j++;
			}
			if (boxes >= MIN_LINK_BLOCK_RUN) {
				const labels: Block[] = [];
				for (let k = i; k < j; k++) if (list[k].kind !== 'spacer') labelParagraphs(list[k], labels);
				for (const l of labels) keys.add(`${l.range.start}:${l.range.end}`);
				i = j;
				continue;
			}
			const b = list[i];
			if (isContainer(b) || b.kind === 'blockquote') walk(b.children);
			else if (b.kind === 'list') for (const it of b.items) walk(it.children);
			i = Math.max(i + 1, j);
		}
	};
	walk(page);
	return keys;
}

/**
 * The kept blocks less the labels of runs of at least `MIN_LINK_BLOCK_RUN` sibling containers of the page (`page`, the
 * dump's blocks) that are each a link block (linkBlockItems.ts): an empty link, then one short label. Medium's footer
 * writes every entry as `<div><a href></a><p>Help</p></div>`: the dump holds an empty link and the label in a paragraph
 * of its own, so the entries have no link text, the link-density clean-up sees plain words, and navigationLists.ts,
 * which reads lists, never sees them. The runs are found in the page, because the clean-ups have dropped the empty
 * links and unwrapped the containers by now. Wired in the general clean-ups of every kind (extractArticle.ts).
 * Measured (issue 12, session 32, eval --part tune of wcxb-dev, word F1): listing A 0.76459 -> 0.76635 (a Medium
 * engineering blog's footer, 0.836 -> 0.896), collection A 0.83454 -> 0.83471 (a shop's category tiles), half B
 * 0.90334 -> 0.90334 (one page 0.984 -> 0.985), tuning 0.90126 -> 0.90133; 3 sites up, none down, every other kind
 * unchanged; readability corpus 0.947, seeds 53/53.
 */
export function dropLinkBlockRuns(page: readonly Block[], blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const keys = runLabels(page);
	if (keys.size === 0) return [...blocks];
	return filterBlockTree(blocks, (b) => {
		if (b.kind !== 'paragraph' || !keys.has(`${b.range.start}:${b.range.end}`)) return true;
		removed.push({ range: b.range, step: 'link-block-run', signal: collapsedText(b) });
		return false;
	});
}
