// Test helper: the texts of the paragraphs and headings among blocks, in order, through divs, quotes and list items.
import type { Block } from '../../src/core/model/dumpDocument';
import { collapsedText } from '../../src/core/extract/inlineText';

/** The paragraphs and headings themselves in `blocks`, depth first, as a reader meets them (a whole page's read is this flat list). */
export function leafBlocks(blocks: readonly Block[]): Block[] {
	const out: Block[] = [];
	const walk = (bs: readonly Block[]): void => {
		for (const b of bs) {
			if (b.kind === 'paragraph' || b.kind === 'heading') out.push(b);
			else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') walk(b.children);
			else if (b.kind === 'list') for (const it of b.items) walk(it.children);
		}
	};
	walk(blocks);
	return out;
}

/** The collapsed text of each of `leafBlocks`, in the same order. */
export function leafTexts(blocks: readonly Block[]): string[] {
	return leafBlocks(blocks).map((b) => collapsedText(b));
}
