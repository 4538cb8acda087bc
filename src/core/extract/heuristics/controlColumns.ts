// Control columns: in a table of items, a column that says the same words on every row ("Want to Read", "Rate this book", "1 of 5 stars") is the rows' buttons, not their data.
import type { Block, TableCell, TableRow } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { isContainer } from '../blockIndex';
import { blockText, collapse } from '../inlineText';
import { withChildren } from '../../model/divNodes';
import { walkListItems } from './cardRepeats';

/** A table of this many body rows is a list of items; a smaller one is a spec sheet or a comparison. */
export const MIN_ITEM_ROWS = 5;
/**
 * The cell says this many words: a column of one repeated word ("Free", "Yes", "Online") is data the rows share;
 * a widget's labels ("Want to Read saving... Rate this book Clear rating 1 of 5 stars ...") are a sentence long.
 */
export const MIN_CONTROL_WORDS = 4;
/** Share of the body rows whose cell in the column reads the same (a row or two may lack the widget). */
export const MIN_SAME_SHARE = 0.9;

/** The cell's visible text, lower-cased and collapsed (its raw text holds ids and classes that differ per row). */
function cellText(c: TableCell): string {
	return collapse(c.blocks.map((b) => blockText(b)).join(' ')).toLowerCase();
}

/** The text to compare: without spaces, since a grid table wraps a cell's words at other points on each row ("sta rs"). */
function cellKey(c: TableCell): string {
	return cellText(c).replace(/\s+/g, '');
}

/**
 * The columns of the rows whose cells read the same, `MIN_CONTROL_WORDS` words or more, on `MIN_SAME_SHARE` of the rows.
 * One pass over the cells (a tally per column), so a ragged table (one row of a million cells over a million rows of
 * one) costs its cells, not rows × widest row; no spread of the rows into `Math.max`, which overflows the stack on a
 * table of a few hundred thousand rows.
 */
function controlColumns(rows: readonly TableRow[]): Set<number> {
	const out = new Set<number>();
	if (rows.length < MIN_ITEM_ROWS) return out;
	const tallies: Map<string, { n: number; text: string }>[] = [];
	for (const r of rows) {
		for (let j = 0; j < r.cells.length; j++) {
			const c = r.cells[j];
			const counts = (tallies[j] ??= new Map());
			const key = cellKey(c);
			const seen = counts.get(key);
			if (seen) seen.n++;
			else counts.set(key, { n: 1, text: cellText(c) });
		}
	}
	for (let j = 0; j < tallies.length; j++) {
		let best = { n: 0, text: '' };
		for (const v of tallies[j].values()) if (v.n > best.n) best = v;
		if (best.n >= rows.length * MIN_SAME_SHARE && best.text.split(' ').filter((w) => /\w/.test(w)).length >= MIN_CONTROL_WORDS) out.add(j);
	}
	return out;
}

/** The removed column's words for its record: the first row that has the cell (rows before it may lack the widget). */
function controlLabel(rows: readonly TableRow[], j: number): string {
	const cell = rows.find((r) => r.cells[j] !== undefined)?.cells[j];
	return cell ? cellText(cell).slice(0, 40) : '';
}

/**
 * The blocks with every item table's control columns emptied, at any depth: a list of books, films or products set as
 * a table gives each row a column of its shelf and rating buttons, the same words on every row. Each emptied column
 * is recorded as removed (step `control-column`). Studied on a reading site's "best books" list (wcxb-dev tuning half
 * A, a listing): 100 rows, each ending "Want to Read saving... Rate this book Clear rating 1 of 5 stars ... 5 of 5
 * stars"; the truth has the rank, title, author, rating and votes only. Measured (session 29, tuning part of wcxb-dev,
 * word F1; wired in the listing strategy): that page 0.565 -> 0.979, listing half A 0.7361 -> 0.7483, half B 0.8466
 * unchanged, no other page moves; readability corpus 0.947, seeds 53/53.
 */
export function emptyControlColumns(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const walk = (list: readonly Block[]): Block[] => {
		let changed = false;
		const out = list.map((b): Block => {
			let next: Block = b;
			if (b.kind === 'table') {
				const cols = controlColumns(b.rows);
				if (cols.size > 0) {
					const blank = (c: TableCell): TableCell => ({ ...c, text: '', blocks: [] });
					const rows = b.rows.map((r) => ({ ...r, cells: r.cells.map((c, j) => (cols.has(j) ? blank(c) : c)) }));
					for (const j of cols) removed.push({ range: b.range, step: 'control-column', signal: `column ${j + 1}: ${controlLabel(b.rows, j)}` });
					next = { ...b, rows };
				}
			} else if (b.kind === 'list') next = walkListItems(b, walk) ?? b;
			else if (isContainer(b) || b.kind === 'blockquote') {
				const children = walk(b.children);
				if (children !== b.children) next = withChildren(b, children);
			}
			if (next !== b) changed = true;
			return next;
		});
		return changed ? out : (list as Block[]);
	};
	return walk(blocks);
}
