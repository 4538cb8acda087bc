// Panel labels: a collapsed panel read back (heuristics/disclosurePanels.ts) comes with the question or title that opens it, when the cleaning dropped that label.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { cleanBlock } from '../clean';
import { walkBlocks } from '../../model/walk';
import type { Attempt, BlockIndex, Container, Flags } from '../blockIndex';
import { isDisclosurePanel } from '../heuristics/disclosurePanels';
import { collapsedText, isHidden } from '../inlineText';
import { prunedContainers } from '../prune';
import { pushAll } from '../../model/pushAll';

/**
 * An accordion item is its label (a heading, often with an arrow icon) and the collapsed panel after it. With every
 * panel hidden, an FAQ's accordion group shows only its labels and their icons: the conditional cleaning sees more
 * images than paragraphs and drops the whole group, and heuristics/disclosurePanels.ts then puts back the answers
 * alone, each one under no question ("The top brands for sleeping bags include: ..." with the question gone). The
 * annotators keep each question with its answer. A label is the panel's previous sibling with text: a heading, or a
 * short block (a paragraph, or a container holding a heading) that asks a question.
 *
 * Wired in the collection strategy (kinds/collection.ts, where its measured effect is given). Tried after the product
 * and service strategies' panels too (session 27, tuning part of wcxb-dev): no service page moves and one product
 * page goes down (0.785 -> 0.763, a fire pit's tabbed sections under their tab titles), so it stays the collection's.
 */

/** A label is a question or a title: a block longer than this before the panel is prose of its own, not the panel's label. */
export const MAX_LABEL_CHARS = 200;

/** Cleaned as the whole page is (wholePage.ts): chrome by name, nothing by link density. */
const LABEL_FLAGS: Flags = { stripUnlikely: true, weightClasses: false, cleanConditionally: false };

/** A question, with an accordion's `+` or `−` toggle mark allowed after it. */
const QUESTION_RE = /\?\s*[+−-]?$/;

/** The blocks beside `b`: its parent's children, its list item's blocks, or the page's top level. */
function siblingsOf(index: BlockIndex, b: Block): readonly Block[] | undefined {
	const p = index.parent.get(b);
	if (p === undefined) return index.doc.blocks;
	if (p.kind === 'div' || p.kind === 'htmlDiv' || p.kind === 'blockquote') return p.children;
	if (p.kind === 'list') return p.items.find((it) => it.children.includes(b))?.children;
	return undefined;
}

/** Whether blocks hold a heading with text. */
function holdsHeading(b: Block): boolean {
	let found = false;
	walkBlocks([b], (x) => {
		if (!found && x.kind === 'heading' && collapsedText(x) !== '') found = true;
	});
	return found;
}

/** The text of a block, containers included, collapsed to one line. */
function textOf(b: Block): string {
	const parts: string[] = [];
	walkBlocks([b], (x) => {
		if (x.kind === 'heading' || x.kind === 'paragraph') parts.push(collapsedText(x));
	});
	return parts.join(' ').trim();
}

/** A panel's wrappers are climbed this many levels to find its label (`content-container` > `content` panel). */
export const MAX_WRAPPER_LEVELS = 3;

/**
 * The label that opens a panel: the previous sibling with text of the panel or of a wrapper it alone fills, when it
 * is a heading or a short question (see the header).
 */
export function panelLabel(index: BlockIndex, panel: Container): Block | undefined {
	let node: Block = panel;
	for (let level = 0; level <= MAX_WRAPPER_LEVELS; level++) {
		const sibs = siblingsOf(index, node);
		if (!sibs) return undefined;
		for (let i = sibs.indexOf(node) - 1; i >= 0; i--) {
			const s = sibs[i];
			if ((s.kind === 'div' || s.kind === 'htmlDiv') && isHidden(s.attrs)) continue;
			const text = textOf(s);
			if (text === '') continue;
			if (text.length > MAX_LABEL_CHARS) return undefined;
			if (s.kind === 'heading') return s;
			if ((s.kind === 'paragraph' || s.kind === 'div' || s.kind === 'htmlDiv') && (QUESTION_RE.test(text) || holdsHeading(s))) return s;
			return undefined;
		}
		// Nothing with text before it: the label is before its wrapper, if a wrapper it is.
		const p = index.parent.get(node);
		if (p === undefined || (p.kind !== 'div' && p.kind !== 'htmlDiv')) return undefined;
		node = p;
	}
	return undefined;
}

/** The start offsets of the headings and paragraphs an attempt keeps, at any depth. */
function keptStarts(blocks: readonly Block[]): Set<number> {
	const starts = new Set<number>();
	walkBlocks(blocks, (b) => {
		if (b.kind === 'heading' || b.kind === 'paragraph') starts.add(b.range.start);
	});
	return starts;
}

/**
 * The attempt with the labels of its read-back panels put back (see the header): for each disclosure panel whose
 * text the attempt holds, its label when the attempt holds none of the label's text. The attempt itself when none.
 */
export function withPanelLabels(index: BlockIndex, attempt: Attempt): Attempt {
	const kept = keptStarts(attempt.blocks);
	if (kept.size === 0) return attempt;
	const labels: Block[] = [];
	for (const c of index.containers) {
		if (!isDisclosurePanel(c)) continue;
		let read = false;
		walkBlocks(c.children, (b) => {
			if (!read && (b.kind === 'heading' || b.kind === 'paragraph') && kept.has(b.range.start)) read = true;
		});
		if (!read) continue;
		const label = panelLabel(index, c);
		if (!label || labels.includes(label)) continue;
		let held = false;
		walkBlocks([label], (b) => {
			if (!held && kept.has(b.range.start)) held = true;
		});
		if (!held) labels.push(label);
	}
	if (labels.length === 0) return attempt;
	const pruned = prunedContainers(index, LABEL_FLAGS);
	const removed: RemovedRegion[] = [...attempt.removed];
	const found: Block[] = [];
	let chars = attempt.chars;
	for (const l of labels) {
		const back = cleanBlock(index, l, LABEL_FLAGS, removed, undefined, false, pruned);
		pushAll(found, back.blocks);
		chars += back.stats.chars;
	}
	if (found.length === 0) return attempt;
	return { ...attempt, blocks: [...attempt.blocks, ...found].sort((a, b) => a.range.start - b.range.start), removed, chars };
}
