// Text measures of an attempt's kept blocks: characters inside links and long paragraphs of prose.
import { childBlocks } from '../../model/blockTree';
import type { Block, Inline } from '../../model/dumpDocument';
import { collapse, collapsedText, inlineText } from '../inlineText';
import { LONG_PARAGRAPH_CHARS } from './signals';

/** A long paragraph is prose when less than this share of it is link text (a teaser's linked title is not). */
const MAX_PROSE_LINK_SHARE = 0.3;

export interface BlockMeasures {
	/** Characters of link text in paragraphs and headings. */
	readonly linkChars: number;
	/** Paragraphs at least `LONG_PARAGRAPH_CHARS` long that are mostly not links. */
	readonly longParagraphs: number;
}

/** Characters of link text among inlines, inside emphasis and spans too. */
export function inlineLinkChars(inlines: readonly Inline[]): number {
	let n = 0;
	for (let i = 0; i < inlines.length; i++) {
		const x = inlines[i];
		if (x.kind === 'link') n += collapse(inlineText(x.children)).length;
		else if (x.kind === 'emphasis' || x.kind === 'span') n += inlineLinkChars(x.children);
	}
	return n;
}

/**
 * Measures by block list, with the list's length when measured: the kind tests measure the same whole-page list in
 * about four places per page (`coverage.ts`, `headedSections.ts`, `cardsWithoutProse.ts`, `proseOutside.ts`). A list
 * that has grown since is measured again; lists are not changed in place once an attempt holds them.
 */
const measured = new WeakMap<readonly Block[], { readonly length: number; readonly measures: BlockMeasures }>();

/** Link characters and long prose paragraphs of blocks, nested blocks included. Linear in the blocks, once per list. */
export function measureBlocks(blocks: readonly Block[]): BlockMeasures {
	const known = measured.get(blocks);
	if (known !== undefined && known.length === blocks.length) return known.measures;
	const measures = measureAfresh(blocks);
	measured.set(blocks, { length: blocks.length, measures });
	return measures;
}

function measureAfresh(blocks: readonly Block[]): BlockMeasures {
	let linkChars = 0;
	let longParagraphs = 0;
	const visit = (b: Block): void => {
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			const links = inlineLinkChars(b.content);
			linkChars += links;
			if (b.kind === 'paragraph') {
				const chars = collapsedText(b).length;
				if (chars >= LONG_PARAGRAPH_CHARS && links < chars * MAX_PROSE_LINK_SHARE) longParagraphs++;
			}
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of blocks) visit(b);
	return { linkChars, longParagraphs };
}
