// Trailing link rows: on a product page, the rows and columns of links that end the kept text are the shop's footer.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type BlockIndex, linkDensity } from '../blockIndex';
import { collapsedText } from '../inlineText';

/** A paragraph or list with at least this share of its text in links is a row of links ("About Us Careers Investors"). */
export const LINK_ROW_DENSITY = 0.9;
/** At least this many rows make the footer's run: one link at the end may be the description's "Learn more". */
export const MIN_LINK_ROWS = 2;
/** A heading inside the run is a column's label ("Support", "Company"), a word or three. */
export const MAX_COLUMN_LABEL_CHARS = 40;
/** The run is at most this share of the kept text: a page that is mostly links is left as it is. */
export const MAX_LINK_ROWS_SHARE = 0.5;

/**
 * Drops the run of link rows and their column labels that ends the blocks. A shop whose footer wrapper has no chrome
 * name leaves its columns of links ("Contact Us Warranty | Damage Claims", "Gift Card Store Locator Blog") after the
 * product's FAQ or specifications; the annotators leave them out. Run on product pages only (kinds/product.ts), after
 * the repeats go. Tuning part of wcxb-dev, pages detected as products: 4 up (three shops +0.01 to +0.02, a service
 * page +0.002), none lower; product 0.6655 → 0.6662. The same pages with a density of 0.7: the same four.
 */
export function dropTrailingLinkRows(index: BlockIndex, blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	let total = 0;
	for (const b of blocks) total += index.charsOf(b);
	let start = blocks.length;
	let rows = 0;
	let chars = 0;
	for (let i = blocks.length - 1; i > 0; i--) {
		const b = blocks[i];
		const s = index.statsOf(b);
		if ((b.kind === 'paragraph' || b.kind === 'list') && s.chars > 0 && linkDensity(s) >= LINK_ROW_DENSITY) rows++;
		else if (!(b.kind === 'heading' && collapsedText(b).length <= MAX_COLUMN_LABEL_CHARS)) break;
		chars += s.chars;
		start = i;
	}
	// A column label right before the first row belongs to it; one after the last row is a label of nothing.
	while (start < blocks.length && blocks[start].kind === 'heading' && rows > 0 && start > 0 && blocks[start - 1].kind === 'heading') start++;
	if (rows < MIN_LINK_ROWS || chars > total * MAX_LINK_ROWS_SHARE) return blocks;
	removed.push({ range: { start: blocks[start].range.start, end: blocks[blocks.length - 1].range.end }, step: 'link-rows', signal: `${rows} rows of links` });
	return blocks.slice(0, start);
}
