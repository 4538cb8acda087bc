// Footer columns: on a page kept whole, the columns of links and their one-line labels that end the text are the site's footer.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { addStats, type BlockIndex, emptyStats, linkDensity, measureInlines, type Stats } from '../blockIndex';
import { collapsedText } from '../inlineText';

/** A paragraph or list with at least this share of its text in links is a column or row of links ("About Us Careers Investors"). */
export const FOOTER_ROW_DENSITY = 0.9;
/** At least this many rows of links make the footer: one link at the end may be the last section's "Learn more". */
export const MIN_FOOTER_ROWS = 2;
/**
 * A column's label is a heading or a plain line of a few words ("Company", "Top cities", "Your Privacy Choices"): a
 * footer built of styled `div`s (no `<footer>`, no chrome name) writes its labels as paragraphs, not headings.
 */
export const MAX_FOOTER_LABEL_CHARS = 40;
/** The footer is at most this share of the kept text: a page that is mostly links (a sitemap, a directory) is left as it is. */
export const MAX_FOOTER_SHARE = 0.4;

/** The block's text and link measures; a block the cleaning copied (not in the index) is measured from its inlines. */
function measure(index: BlockIndex, b: Block): Stats {
	const s = index.statsOf(b);
	if (s.chars > 0) return s;
	if (b.kind === 'paragraph' || b.kind === 'heading') return measureInlines(b.content);
	const sum = emptyStats();
	if (b.kind === 'list') for (const item of b.items) for (const child of item.children) addStats(sum, measure(index, child));
	return sum;
}

/** Whether the block is a column's label: a heading or a line of a few words without a link and without a sentence's end. */
export function isLabel(index: BlockIndex, b: Block): boolean {
	if (b.kind !== 'heading' && b.kind !== 'paragraph') return false;
	const text = collapsedText(b);
	if (text.length === 0 || text.length > MAX_FOOTER_LABEL_CHARS) return false;
	if (b.kind === 'heading') return true;
	return measure(index, b).linkChars === 0 && !/[.!?:]$/.test(text);
}

/** Whether the block is a row or column of links: a paragraph or list nearly all link text. */
export function isRow(index: BlockIndex, b: Block | undefined): boolean {
	if (b === undefined || (b.kind !== 'paragraph' && b.kind !== 'list')) return false;
	const s = measure(index, b);
	return s.chars > 0 && linkDensity(s) >= FOOTER_ROW_DENSITY;
}

/** Whether the block at `i` is a row of links, past rules between a label and its row. */
function isRowAt(index: BlockIndex, blocks: readonly Block[], i: number): boolean {
	while (i < blocks.length && blocks[i].kind === 'hr') i++;
	return isRow(index, blocks[i]);
}

/**
 * Drops the run of link rows, their column labels and rules that ends a page kept whole. A site whose footer is built
 * of unnamed styled `div`s (CSS-in-JS class hashes, utility classes) escapes the chrome names, and its columns
 * ("About Wag! | Trust & Safety | Careers", "Resources", "Dog Health Dog Training …") stay after the page's last
 * section; heuristics/pageFooter.ts cuts only at a copyright line and what follows it. The annotators leave the
 * columns out. Run on service and listing pages read whole (kinds/service.ts, kinds/listing.ts), after the copyright cut,
 * and on a service page's kept container (one more page of half B up, 0.968 -> 0.973).
 * Measured on the wcxb-dev tuning part (word F1, session 36): all 0.90313 -> 0.90320, service 0.85697 -> 0.85729 (half A
 * 0.85476 -> 0.85540), listing 0.81187 -> 0.81237 (half B 0.84671 -> 0.84761); 3 sites up (a pet-care service 0.925 ->
 * 0.970, a library guide read as a service 0.957 -> 0.991, a listing +0.002), 1 down (0.960 -> 0.957: a footer's menu of
 * the site's services whose words the page's prose also uses). A label over a label ends the run: without that test a
 * testimonial's name and the closing "See how it works" went too (one more page down, 0.966 -> 0.959).
 */
export function dropFooterColumns(index: BlockIndex, blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	let total = 0;
	for (const b of blocks) total += measure(index, b).chars;
	let start = blocks.length;
	let rows = 0;
	let chars = 0;
	for (let i = blocks.length - 1; i > 0; i--) {
		const b = blocks[i];
		const s = measure(index, b);
		const row = isRow(index, b);
		// A label heads the row after it; one after the footer's last row is a legal line ("Your Privacy Choices").
		// A label over another label is the last section's heading or a testimonial's name: the run stops there.
		if (row) rows++;
		else if (!(b.kind === 'hr' || (isLabel(index, b) && (rows === 0 || isRowAt(index, blocks, i + 1))))) break;
		chars += s.chars;
		start = i;
	}
	if (rows < MIN_FOOTER_ROWS || start >= blocks.length || chars > total * MAX_FOOTER_SHARE) return blocks;
	removed.push({ range: { start: blocks[start].range.start, end: blocks[blocks.length - 1].range.end }, step: 'footer-columns', signal: `${rows} rows of links` });
	return blocks.slice(0, start);
}
