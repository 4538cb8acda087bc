// Footer column lists: a list whose items are mostly labelled columns of links (a label over its own list of links) is a site's footer menu, as a menu plugin prints it.
import type { Block, ListItem } from '../../model/dumpDocument';
import { type BlockIndex, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { isLabel, isRow } from './footerColumns';

/**
 * Why (session 58, brief item 1, product pages that keep too much): heuristics/footerColumnRuns.ts finds a footer's
 * labelled columns when they stand side by side as blocks or divs. A menu plugin prints the same footer as ONE list:
 * each item a column, its label a heading ("### Resources") over a wrapped list of links ("Shop", "Blog", "Privacy
 * Policy"); its first item is often no column at all (app-store badges, an "Enable / Disable Accessibility" toggle).
 * Read declassed, none of the older tests saw it: a column of two links is no row for footerOnlyPage.ts (three links),
 * the list's items are not all one link (navigationLists.ts), and the columns are list items, not containers. Here a
 * list is that footer when at least `MIN_FOOTER_COLUMNS` of its items are columns and columns are at least
 * `MIN_COLUMN_ITEM_SHARE` of its items: a product's specifications list has no item that is a label over links only.
 * Measured (session 58, tuning part, product kind): as is no page moves (class words already prune such footers);
 * declassed 0.74263 → 0.74278 (half A 0.7291 → 0.7296, half B unchanged): one half-A bird-feeder shop 0.517 → 0.528,
 * its footer (an accessibility toggle, then three labelled columns, one of only two links) gone; none down. A half-A
 * collection read as a product goes up too (0.560 → 0.672; declassed collection 0.82287 → 0.82447), and the unique
 * yardstick (no platforms) moves the same two pages; no other kind moves. The family
 * is thin on the tuning part (its only other footer of this shape, a half-B supplement shop's, is on a page read as a
 * service page when declassed), so this is a rule for unseen shops, kept for its fail-safe shape: it only adds one
 * more shape of columns to footerColumnRuns.ts's later-half cut.
 */

/** At least this share of the list's items are columns: a footer's list may open with a badge or toggle item, but is mostly columns. */
export const MIN_COLUMN_ITEM_SHARE = 0.5;

/** A column's list holds at least this many links: one link under a label is a section's "Learn more", not a menu. */
export const MIN_COLUMN_LINKS = 2;

/** Wrappers (divs holding one non-empty block) read through at most this deep. */
const MAX_WRAP_DEPTH = 8;

/** Whether a list is a footer menu of labelled columns: `minColumns` column items or more, and at least `MIN_COLUMN_ITEM_SHARE` of its items. */
export function isFooterColumnList(index: BlockIndex, b: Block, minColumns: number): boolean {
	if (b.kind !== 'list' || b.items.length < minColumns) return false;
	let columns = 0;
	for (const item of b.items) if (isColumnItem(index, item)) columns++;
	return columns >= minColumns && columns >= b.items.length * MIN_COLUMN_ITEM_SHARE;
}

/** Whether a list item is one column: a label (a heading or a short plain line) then a list of links, maybe inside wrapper divs. */
function isColumnItem(index: BlockIndex, item: ListItem): boolean {
	const kids = nonEmpty(item.children);
	if (kids.length !== 2 || !isLabel(index, kids[0])) return false;
	const links = unwrap(kids[1]);
	return links.kind === 'list' && links.items.length >= MIN_COLUMN_LINKS && isRow(index, links);
}

/** The block inside wrapper divs that each hold one non-empty block. */
function unwrap(b: Block): Block {
	for (let depth = 0; depth < MAX_WRAP_DEPTH && isContainer(b); depth++) {
		const kids = nonEmpty(b.children);
		if (kids.length !== 1) return b;
		b = kids[0];
	}
	return b;
}

/** The blocks that have text (empty divs and rules left out). */
function nonEmpty(blocks: readonly Block[]): Block[] {
	return blocks.filter((c) => c.kind !== 'hr' && collapsedText(c).length > 0);
}
