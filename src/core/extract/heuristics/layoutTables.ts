// Layout tables: a table whose cells hold containers is page layout (article beside sidebar), so each cell is judged as a container of its own.
import type { Block, Table } from '../../model/dumpDocument';

/**
 * A table is layout rather than data when one of its cells holds a container (`:::` div, HTML div) or another such
 * table: data cells hold a value, a sentence or a heading (a comparison table's column titles are `###` headings).
 * Pandoc writes an old table-laid-out page (article cell beside menu and sidebar cells) as one grid table, which
 * extraction would otherwise keep or drop whole: kept, the sidebar comes with the article; dropped by a link-density
 * clean-up, the article goes with the menu.
 * So each cell of a layout table that is not a data table is cleaned as a container (clean.ts, case 'table'), and a
 * link-dense cell of several items is emptied. Measured: wcxb-dev tuning articles F1 0.9455 -> 0.9458 (P 0.9394 ->
 * 0.9400; 3 pages better, e.g. a blog inside a table beside its archive menu 0.85 -> 0.99; 1 worse, a "banner"
 * box in a cell that the cell's own cleaning now drops); readability corpus 2 pages better (tumblr 0.948 -> 0.984,
 * lwn-1 0.768 -> 0.775), none worse.
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
