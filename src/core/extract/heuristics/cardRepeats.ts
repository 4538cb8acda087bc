// Card repeats: inside one card of a grid, a line the card already said (its name for mobile and desktop, a brand its title holds) is a copy.
import type { Block, SourceRange } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type BlockIndex, isContainer } from '../blockIndex';
import { collapsedText, isHidden } from '../inlineText';
import { divAttrParts, withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';

/**
 * A list or a group of sibling containers of one class with this many items is a grid of cards; each card is
 * compared with itself only (the same "Women's" or "Sold out" in two cards is not a copy).
 */
export const MIN_CARDS = 3;
/**
 * An item with more text than this is a section, not a card. Tuning collection pages of wcxb-dev (mean word F1):
 * 500 → 0.7395, 1000 → 0.7395, 2000 → 0.7396 (one page each way by < 0.01): the cards that repeat are short.
 */
export const MAX_CARD_CHARS = 1000;
/** A line this long is the card's prose, left alone even when an earlier line holds it. */
export const MAX_REPEAT_CHARS = 150;
/**
 * A label ("Weight:" beside "Weight Capacity:") names a value, it does not repeat one (dropping labels cost three
 * outdoor-shop category pages 0.01–0.02 each on the wcxb-dev tuning part).
 */
const LABEL_RE = /:$/;

/** Whether a filtered copy of blocks is the original (no block dropped or changed at any depth). */
export function same(a: readonly Block[], b: readonly Block[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

type ListBlock = Extract<Block, { kind: 'list' }>;

/** A list with `walk` applied to each item's children: the list itself when nothing changed, undefined when no item is left. */
export function walkListItems(list: ListBlock, walk: (blocks: readonly Block[]) => Block[]): ListBlock | undefined {
	let changed = false;
	const items = [];
	for (const it of list.items) {
		const children = walk(it.children);
		if (same(children, it.children)) items.push(it);
		else {
			changed = true;
			if (children.some((c) => c.kind !== 'spacer')) items.push(withItemChildren(it, children));
		}
	}
	if (items.length === 0) return undefined;
	return changed ? { ...list, items } : list;
}

/**
 * The blocks with those `keep` refuses dropped at any depth: containers and block quotes that are kept are rebuilt
 * from their kept children (and go when none is left), lists from their kept items; unchanged subtrees are reused.
 */
export function filterBlockTree(blocks: readonly Block[], keep: (b: Block) => boolean): Block[] {
	const walk = (list: readonly Block[]): Block[] => {
		const out: Block[] = [];
		for (const b of list) {
			if (b.kind === 'list') {
				const kept = walkListItems(b, walk);
				if (kept) out.push(kept);
			} else if (!keep(b)) continue;
			else if (isContainer(b) || b.kind === 'blockquote') {
				const children = walk(b.children);
				if (children.length > 0 || b.children.length === 0) out.push(same(children, b.children) ? b : withChildren(b, children));
			} else out.push(b);
		}
		return out;
	};
	return walk(blocks);
}

/**
 * The blocks without the paragraphs and headings, at any depth, whose collapsed text `isLine` matches; each recorded
 * as removed by `step` with its text as the signal. The one walk of cardControls.ts and reviewCounts.ts.
 */
export function dropLinesAnywhere(blocks: readonly Block[], removed: RemovedRegion[], step: string, isLine: (text: string) => boolean): Block[] {
	return filterBlockTree(blocks, (b) => {
		if (b.kind !== 'paragraph' && b.kind !== 'heading') return true;
		const text = collapsedText(b);
		if (!isLine(text)) return true;
		removed.push({ range: b.range, step, signal: text });
		return false;
	});
}

/** The benchmark's kind of words: letters and digits, lower-cased, joined by one space with spaces around. */
function words(text: string): string {
	const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
	return w ? ` ${w.join(' ')} ` : '';
}

/**
 * The source ranges of the page's cards, outermost first and disjoint, sorted: the items of each group of at least
 * `MIN_CARDS` sibling containers sharing a first class, and of each list of at least `MIN_CARDS` items, when they
 * are at most `MAX_CARD_CHARS` long.
 */
export function cardRanges(index: BlockIndex): SourceRange[] {
	const all: SourceRange[] = [];
	const short = (b: Block): boolean => index.charsOf(b) <= MAX_CARD_CHARS;
	const groups = (kids: readonly Block[]): void => {
		// Fewer children than a group needs make none: no map for them (most containers hold one or two blocks).
		if (kids.length < MIN_CARDS) return;
		const bySig = new Map<string, Block[]>();
		for (const k of kids) {
			const attrs = isContainer(k) ? divAttrParts(k) : undefined;
			if (!isContainer(k) || !attrs || isHidden(attrs) || attrs.classes.length === 0) continue;
			const list = bySig.get(attrs.classes[0]);
			if (list) list.push(k);
			else bySig.set(attrs.classes[0], [k]);
		}
		for (const items of bySig.values()) if (items.length >= MIN_CARDS) for (const it of items) if (short(it)) all.push(it.range);
	};
	groups(index.doc.blocks);
	for (const c of index.containers) groups(c.children);
	for (const b of index.parent.keys()) {
		if (b.kind !== 'list' || b.items.length < MIN_CARDS) continue;
		for (const it of b.items) {
			let chars = 0;
			for (const c of it.children) chars += index.charsOf(c);
			if (chars <= MAX_CARD_CHARS) all.push(it.range);
		}
	}
	all.sort((a, b) => a.start - b.start || b.end - a.end);
	const outer: SourceRange[] = [];
	for (const r of all) if (outer.length === 0 || r.start >= outer[outer.length - 1].end) outer.push(r);
	return outer;
}

/** The index of the card holding a range, by binary search over the sorted disjoint cards, or -1. */
export function cardOf(cards: readonly SourceRange[], r: SourceRange): number {
	let lo = 0;
	let hi = cards.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cards[mid].start <= r.start) lo = mid + 1;
		else hi = mid;
	}
	return lo > 0 && r.end <= cards[lo - 1].end ? lo - 1 : -1;
}

/**
 * Drops paragraphs and headings whose words an earlier kept line of the same card already holds, at any depth of
 * the kept blocks (a read of the whole page keeps the cards' containers; the article pipeline's read keeps their
 * lines only, which their source ranges place in their cards). Lines longer than `maxChars` are left alone.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): off in the collection strategy, half A collection 0.8145 -> 0.8165 (5 up: a cup shop
 * 0.89 -> 0.95; 2 down), half B collection 0.785 -> 0.773 (2 up, 6 down): kept, a rule that loses on the studied half
 * and gains on the other.
 */
export function dropCardRepeats(blocks: readonly Block[], cards: readonly SourceRange[], removed: RemovedRegion[], maxChars = MAX_REPEAT_CHARS, minChars = 0): Block[] {
	if (cards.length === 0) return blocks as Block[];
	const seen = new Map<number, string[]>();
	return filterBlockTree(blocks, (b) => {
		if (b.kind !== 'paragraph' && b.kind !== 'heading') return true;
		const card = cardOf(cards, b.range);
		// Lines outside the cards are kept unread: their words were 0.8% of the pipeline's CPU (issue 13).
		if (card < 0) return true;
		const text = collapsedText(b);
		const w = words(text);
		if (w === '') return true;
		const lines = seen.get(card) ?? [];
		seen.set(card, lines);
		if (text.length <= maxChars && text.length > minChars && !LABEL_RE.test(text) && lines.some((s) => s.includes(w))) {
			removed.push({ range: b.range, step: 'card-repeat', signal: text.length > 40 ? `${text.slice(0, 40)}…` : text });
			return false;
		}
		lines.push(w);
		return true;
	});
}
