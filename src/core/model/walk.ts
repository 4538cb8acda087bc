// The one walker of the document model: every block below some blocks, depth first, and every inline below some
// inlines with the link it sits in. Explicit stack for blocks (dumps nest hundreds deep), no arrays built per block.
import type { Block, Inline, Link } from './dumpDocument';
import { withContent } from './blockNodes';
import { withChildren } from './divNodes';
import { withItemChildren } from './listItemNode';

/** The inlines a block holds itself (not those of its children): a paragraph's or heading's, a table's caption. */
export function ownInlines(b: Block): readonly Inline[] {
	switch (b.kind) {
		case 'paragraph':
		case 'heading':
			return b.content;
		case 'table':
			return b.caption ?? NO_INLINES;
		default:
			return NO_INLINES;
	}
}

/** What a block without inlines of its own holds: one shared empty list rather than a new one per block. */
const NO_INLINES: readonly Inline[] = [];

/** Pushes the blocks directly inside `b` (the same as childBlocks) onto `stack` in reverse, so they pop in order. */
function pushChildren(b: Block, stack: Block[]): void {
	switch (b.kind) {
		case 'div':
		case 'htmlDiv':
		case 'blockquote':
			for (let i = b.children.length - 1; i >= 0; i--) stack.push(b.children[i]);
			return;
		case 'list':
			for (let i = b.items.length - 1; i >= 0; i--) {
				const kids = b.items[i].children;
				for (let j = kids.length - 1; j >= 0; j--) stack.push(kids[j]);
			}
			return;
		case 'table': {
			const rows = b.header ? [b.header, ...b.rows] : b.rows;
			for (let r = rows.length - 1; r >= 0; r--) {
				const cells = rows[r].cells;
				for (let c = cells.length - 1; c >= 0; c--) {
					const kids = cells[c].blocks;
					for (let j = kids.length - 1; j >= 0; j--) stack.push(kids[j]);
				}
			}
			return;
		}
		default:
			return;
	}
}

/** Calls `visit` for every block below `blocks` (themselves included), depth first, in document order. */
export function walkBlocks(blocks: readonly Block[], visit: (b: Block) => void): void {
	// The top level is read in place and only what is below a block goes on the stack: a stack of every top-level
	// block was a copy of the document's list (and its copies as it grew) at each walk, 2 MB of old-space garbage a
	// walk on 'headings named like the preview' (120,000 top-level blocks), which the check walks a dozen times.
	const stack: Block[] = [];
	for (let i = 0; i < blocks.length; i++) {
		visit(blocks[i]);
		pushChildren(blocks[i], stack);
		while (stack.length > 0) {
			const b = stack.pop()!;
			visit(b);
			pushChildren(b, stack);
		}
	}
}

/**
 * The blocks with the inline content of every paragraph and heading below them (through divs, quotes and list items)
 * replaced by `rewrite`'s answer; `undefined` keeps a line as it is. Unchanged subtrees, and `blocks` itself when
 * nothing changed, are returned as they were.
 */
export function mapLineContent(blocks: readonly Block[], rewrite: (content: readonly Inline[]) => Inline[] | undefined): Block[] {
	let changed = false;
	const out = blocks.map((b): Block => {
		let next: Block = b;
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			const content = rewrite(b.content);
			if (content) next = withContent(b, content);
		} else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const children = mapLineContent(b.children, rewrite);
			if (children !== b.children) next = withChildren(b, children);
		} else if (b.kind === 'list') {
			const items = b.items.map((it) => {
				const children = mapLineContent(it.children, rewrite);
				return children === it.children ? it : withItemChildren(it, children);
			});
			if (items.some((it, i) => it !== b.items[i])) next = { ...b, items };
		}
		if (next !== b) changed = true;
		return next;
	});
	return changed ? out : (blocks as Block[]);
}

/** Calls `visit` for every inline below `inlines` (themselves included) with the link it sits in, if any. */
export function walkInlines(inlines: readonly Inline[], visit: (n: Inline, parentLink: Link | undefined) => void, parentLink?: Link): void {
	// Indexed: for-of allocated an iterator result per inline in code not yet optimized (sampled heap profile).
	for (let i = 0; i < inlines.length; i++) {
		const n = inlines[i];
		visit(n, parentLink);
		switch (n.kind) {
			case 'link':
				walkInlines(n.children, visit, n);
				break;
			case 'image':
				walkInlines(n.alt, visit, parentLink);
				break;
			case 'emphasis':
			case 'span':
				walkInlines(n.children, visit, parentLink);
				break;
			default:
				break;
		}
	}
}
