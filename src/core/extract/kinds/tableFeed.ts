// Table feed: a table whose rows each link a title of their own, holding most of the page, is a list of items (a ranking, search results, a catalogue's index), whatever its classes.
import type { Block, Inline, Table } from '../../model/dumpDocument';
import { walkBlocks } from '../../model/walk';
import type { Attempt, BlockIndex } from '../blockIndex';
import { collapse, inlineText } from '../inlineText';

/** Rows at least: a table of a few linked rows is an article's data (a listicle's ten picks, a schedule). */
const MIN_TABLE_ROWS = 20;
/** Rows with a linked title of their own, of all rows: a schedule links the same "notes" and "slides" on every row. */
const MIN_TITLED_ROW_SHARE = 0.8;
/** A linked title is words: a link to an image or an arrow names no item. */
const MIN_TITLE_CHARS = 5;
/** The table holds this share of the page read whole at least: an article's table of sources beside its prose does not. */
const MIN_PAGE_SHARE = 0.5;

/** The first link of title length in inlines, its text collapsed and lower-cased; undefined without one. */
function firstTitle(inlines: readonly Inline[]): string | undefined {
	for (const n of inlines) {
		if (n.kind === 'link') {
			if (n.href.startsWith('#')) continue;
			const t = collapse(inlineText(n.children)).toLowerCase();
			if (t.length >= MIN_TITLE_CHARS) return t;
		} else if ((n.kind === 'emphasis' || n.kind === 'span') && n.children.length > 0) {
			const t = firstTitle(n.children);
			if (t !== undefined) return t;
		}
	}
	return undefined;
}

/** A row's first linked title: its cells' paragraphs and headings in order, boxes opened, nested tables left to themselves. */
function rowTitle(cells: Table['rows'][number]['cells']): string | undefined {
	for (const c of cells) {
		const stack: Block[] = [...c.blocks].reverse();
		while (stack.length > 0) {
			const b = stack.pop()!;
			if (b.kind === 'paragraph' || b.kind === 'heading') {
				const t = firstTitle(b.content);
				if (t !== undefined) return t;
			} else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
				for (let i = b.children.length - 1; i >= 0; i--) stack.push(b.children[i]);
			} else if (b.kind === 'list') {
				for (let i = b.items.length - 1; i >= 0; i--) for (let j = b.items[i].children.length - 1; j >= 0; j--) stack.push(b.items[i].children[j]);
			}
		}
	}
	return undefined;
}

/**
 * Whether the page's items are the rows of one table: at least `MIN_TABLE_ROWS` rows, `MIN_TITLED_ROW_SHARE` of them
 * each with a linked title no other row has (`MIN_TITLE_CHARS` or longer), the table holding `MIN_PAGE_SHARE` of the
 * page read whole. A ranking or a catalogue's index printed as a table (a book list's rows: rank, cover, linked title,
 * "by" an author, a rating) gives no box per item, so neither class groups nor shape groups (cardGroup.ts) see its
 * cards, and with its class words gone (or never known) its long blurbs made it an article by its long paragraphs.
 * An article's table of sources, a course schedule (the same "slides" link on each row) or a listicle's ten picks
 * fall short of one of the guards. Returns the titled rows, 0 when the page is no such list.
 * Linear: each table reads its own rows' blocks once (a nested table is read as its own table only).
 *
 * Measured (session 59, tuning part of wcxb-dev, 1,054 pages, word F1; decided after teaserList.ts in detect.ts),
 * studied on a half-A book ranking (98 titled rows of 100): with every class token unique (`EVAL_DECLASS=unique
 * EVAL_NO_PLATFORMS=all`) listing 0.74804 -> 0.75392 (half A 0.6989 -> 0.7111: the ranking, article -> listing,
 * 0.563 -> 0.979; half B 0.7920 -> 0.7922: an encyclopedia's list page, article -> listing, 0.858 -> 0.866), kind
 * agreement 846 -> 849 (a third listing, a scholar's table of papers, was read as an article at the same score), no
 * page down; declassed listing 0.77648 -> 0.77659 (half B, the list page), kind 855 -> 856; as is 0.81371 -> 0.81382
 * (the same page), kind 879 -> 880; metadata unchanged on all three. Of the tuning pages whose largest table has five
 * linked rows and a fifth of the page, the three it reads are listings; it leaves a course schedule (documentation:
 * the same "notes" link on each row), a listicle's table of 14 picks (an article) and a service's table of 15.
 */
export function tableFeedRows(index: BlockIndex, whole: Attempt): number {
	if (whole.chars === 0) return 0;
	let best = 0;
	walkBlocks(index.doc.blocks, (b) => {
		if (b.kind !== 'table' || b.rows.length < MIN_TABLE_ROWS || b.rows.length <= best) return;
		const titles = new Set<string>();
		for (const row of b.rows) {
			const t = rowTitle(row.cells);
			if (t !== undefined) titles.add(t);
		}
		if (titles.size < b.rows.length * MIN_TITLED_ROW_SHARE) return;
		if (index.charsOf(b) < whole.chars * MIN_PAGE_SHARE) return;
		best = titles.size;
	});
	return best;
}
