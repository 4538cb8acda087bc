// Layout tables: a table whose cells hold containers is page layout (article beside sidebar), so a menu cell in it is dropped on its own.
import type { Block, Table } from '../../model/dumpDocument';

/**
 * A table is layout rather than data when one of its cells holds a container (`:::` div, HTML div) or another such
 * table: data cells hold a value, a sentence or a heading (a comparison table's column titles are `###` headings).
 * Pandoc writes an old table-laid-out page (article cell beside menu and sidebar cells) as one grid table, which
 * extraction would otherwise keep or drop whole: kept, the sidebar comes with the article; dropped by a link-density
 * clean-up, the article goes with the menu.
 * So a link-dense cell of several items in a layout table that is not a data table is emptied (clean.ts, case
 * 'table'); the other cells stay as they are. Measured on the wcxb-dev tuning articles: one page changes (4693
 * 0.960 -> 0.976, mean F1 +0.00003), none worse; readability corpus lwn-1 0.768 -> 0.774, none worse. A first version that also
 * cleaned inside each cell like a div gained more on tuning (0.9458: a blog beside its archive menu 0.85 -> 0.99)
 * but lost recall on the held-out fifth (article F1 0.941 -> 0.936): pruning inside a cell drops parts of the article.
 */
export function isLayoutTable(t: Table): boolean {
	if (t.caption && t.caption.length > 0) return false;
	return tableCells(t).some((cell) => cell.some(isLayoutBlock));
}

/**
 * A link-dense cell with at least this many list items (or more paragraphs) is a menu or a column of links; with fewer
 * it is a card whose link target the grid's wrapping broke, so that the whole text reads as a link (a "Product
 * spotlight" box of two paragraphs: kept).
 */
export const LAYOUT_MENU_MIN_ITEMS = 3;

function isLayoutBlock(b: Block): boolean {
	return b.kind === 'div' || b.kind === 'htmlDiv' || (b.kind === 'table' && isLayoutTable(b));
}

function tableCells(t: Table): Block[][] {
	return (t.header ? [t.header, ...t.rows] : t.rows).flatMap((r) => r.cells.map((c) => c.blocks));
}
