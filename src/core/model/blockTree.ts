// Walking the block tree: the one definition of "the blocks inside a block", shared by every consumer.
import type { Block } from './dumpDocument';

/** The blocks directly inside a block: a div's or quote's children, list items' and table cells' blocks. */
export function childBlocks(b: Block): readonly Block[] {
	switch (b.kind) {
		case 'div':
		case 'htmlDiv':
		case 'blockquote':
			return b.children;
		case 'list':
			return b.items.flatMap((it) => it.children);
		case 'table':
			return (b.header ? [b.header, ...b.rows] : b.rows).flatMap((r) => r.cells.flatMap((c) => c.blocks));
		default:
			return [];
	}
}
