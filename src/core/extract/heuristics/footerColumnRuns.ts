// Footer column runs: on a product page, three or more labelled columns of links in the later part of the text open the site's footer; they and all after them go.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type BlockIndex, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { isFooterColumnList } from './footerColumnLists';
import { isLabel } from './footerColumns';
import { isLinkRow } from './footerOnlyPage';

/**
 * Why: a shop's footer is a grid of columns, each a short label ("Shop", "Support", "Company") over a row or list of
 * links, then its legal notes, a newsletter box, cookie and cart dialogs. Named by a class word it is pruned; on a
 * site whose words no rule knows it stays, and heuristics/trailingLinkRows.ts cuts only when the link rows END the
 * text, which they seldom do (the legal paragraphs and dialogs come after). Three labelled columns side by side are
 * the footer's own shape: a product's description, specifications or FAQ do not label rows of links, and a single
 * "Related: a, b, c" line is one column, not three. The cut takes the columns and everything after them.
 *
 * Measured on the wcxb-dev tuning part (word F1, session 40), declassed: four product pages up, none down (a half-A shop
 * 0.291 → 0.326; half B +0.095, +0.038, +0.036) and a half-A collection page read as a product 0.736 → 0.817; as is no
 * page moves (class words already prune those footers). Product declassed with heuristics/footerOnlyPage.ts 0.616 → 0.648.
 */

/** Labelled columns side by side that make the footer. */
export const MIN_FOOTER_COLUMNS = 3;
/**
 * Only columns that start past this share of the kept text open the footer: a product's page ends with it, and the
 * columns of a menu or a category bar sit before the product.
 */
export const MIN_FOOTER_START_SHARE = 0.5;
/** Block nesting read at most this deep. */
const MAX_DEPTH = 40;

/** The longest run of label-then-row pairs among `blocks` (rules between them skipped), and where it starts. */
function columnRun(index: BlockIndex, blocks: readonly Block[]): { count: number; start: number; end: number } {
	let best = { count: 0, start: -1, end: -1 };
	let count = 0;
	let start = -1;
	let i = 0;
	while (i < blocks.length) {
		const b = blocks[i];
		if (b.kind === 'hr') {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < blocks.length && blocks[j].kind === 'hr') j++;
		if (j < blocks.length && isLabel(index, b) && isLinkRow(blocks[j])) {
			if (count === 0) start = i;
			count++;
			if (count > best.count) best = { count, start, end: j + 1 };
			i = j + 1;
			continue;
		}
		count = 0;
		i++;
	}
	return best;
}

/** Whether a container (at any depth) holds `MIN_FOOTER_COLUMNS` labelled columns, each column its own container or side by side. */
function holdsColumns(index: BlockIndex, b: Block, depth: number): boolean {
	// Or one list whose items are the columns (heuristics/footerColumnLists.ts).
	if (isFooterColumnList(index, b, MIN_FOOTER_COLUMNS)) return true;
	if (!isContainer(b) || depth >= MAX_DEPTH) return false;
	// Columns side by side in this container, or each in a container of its own (a label and its row in one div).
	if (columnRun(index, b.children).count >= MIN_FOOTER_COLUMNS) return true;
	let columns = 0;
	for (const c of b.children) {
		if (isContainer(c) && columnRun(index, c.children).count === 1 && c.children.length <= 3) {
			if (++columns >= MIN_FOOTER_COLUMNS) return true;
		} else if (!(c.kind === 'hr' || collapsedText(c).length === 0)) columns = 0;
	}
	for (const c of b.children) if (holdsColumns(index, c, depth + 1)) return true;
	return false;
}

/** The blocks before the footer's columns, when three or more labelled columns of links open a run in the later part of the text. */
export function endAtFooterColumns(index: BlockIndex, blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	let total = 0;
	const lengths = blocks.map((b) => {
		const n = collapsedText(b).length;
		total += n;
		return n;
	});
	const top = columnRun(index, blocks);
	// A run of columns that opens just before the share point but lies mostly past it (its middle is past it) is the
	// footer too: a marketplace's first column ("Get to Know Us") at 48% of the text, its last at 78%. Session 46,
	// declassed tuning: that page 0.520 → 0.677, no other page moves; as is none moves.
	if (top.count >= MIN_FOOTER_COLUMNS && top.start > 0) {
		let before = 0;
		let through = 0;
		for (let i = 0; i < top.end; i++) {
			if (i < top.start) before += lengths[i];
			through += lengths[i];
		}
		if (before + through >= 2 * total * MIN_FOOTER_START_SHARE) return cutAt(blocks, top.start, removed);
	}
	let seen = 0;
	for (let i = 1; i < blocks.length; i++) {
		seen += lengths[i - 1];
		if (seen < total * MIN_FOOTER_START_SHARE) continue;
		const opens = (top.count >= MIN_FOOTER_COLUMNS && top.start === i) || holdsColumns(index, blocks[i], 0);
		if (opens) return cutAt(blocks, i, removed);
	}
	return blocks;
}

/** The blocks before `i`, the rest recorded as the footer. */
function cutAt(blocks: readonly Block[], i: number, removed: RemovedRegion[]): readonly Block[] {
	removed.push({ range: { start: blocks[i].range.start, end: blocks[blocks.length - 1].range.end }, step: 'footer-column-runs', signal: collapsedText(blocks[i]).slice(0, 60) });
	return blocks.slice(0, i);
}
