// Walking the block tree: the one definition of "the blocks inside a block", shared by every consumer.
import type { Block } from './dumpDocument';

/** The blocks directly inside a block: a div's or quote's children, list items' and table cells' blocks. */
export function childBlocks(b: Block): readonly Block[] {
	switch (b.kind) {
		case 'div':
		case 'htmlDiv':
		case 'blockquote':
			return b.children;
		case 'list': {
			// A list of one item, and a table of one cell, hold their blocks in one array already: no copy (asked
			// thousands of times per dump by the tree walks of extract, outline and the parser's complexity count).
			if (b.items.length === 1) return b.items[0].children;
			const out: Block[] = [];
			for (const it of b.items) for (const c of it.children) out.push(c);
			return out;
		}
		case 'table': {
			const rows = b.header ? [b.header, ...b.rows] : b.rows;
			if (rows.length === 1 && rows[0].cells.length === 1) return rows[0].cells[0].blocks;
			const out: Block[] = [];
			for (const r of rows) for (const cell of r.cells) for (const c of cell.blocks) out.push(c);
			return out;
		}
		default:
			return NO_BLOCKS;
	}
}

/** What a leaf holds: one shared empty list rather than a new one per paragraph. */
const NO_BLOCKS: readonly Block[] = [];
