// Copies of a page's lists: a list an earlier kept list already holds item for item, and a ticker's cycles.
import type { Block, ListItem } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * A list needs this many items to be compared: a one-item list is a line, and repeated lines are
 * heuristics/repeatedBlocks.ts's.
 */
export const MIN_COPIED_ITEMS = 2;

/**
 * Shop themes print a strip of selling points as a ticker or marquee: one list holding its items in cycles ("Non-GMO,
 * 100% vegan, Gluten-free, Non-GMO, 100% vegan, …") so the strip scrolls without a gap, and a second copy of a list
 * for another screen size, sometimes in another order. repeatedBlocks.ts compares whole blocks and sees neither: a
 * cycled list is one block, and a reordered copy has another text. The reader sees each item once.
 * 1. A list whose every item an earlier kept list holds, in any order, is a copy and goes.
 * 2. A list whose every item appears in it at least twice is printed in cycles: its first occurrence of each item stays.
 * Tuning part of wcxb-dev (pages read by the product strategy): it fires on two pages. Half A, a nutrition shop's
 * ticker (rule 2) 0.733 -> 0.746, product A 0.7563 -> 0.7569; half B, a listing read as a product (rule 1, eleven
 * copied lists) 0.75 -> 0.78, listing B 0.8443 -> 0.8451; product B unchanged; no page down.
 * Session 26, wired into listing.ts (listings print topic strips and tickers for two screen sizes too): tuning part
 * of wcxb-dev, one half-B listing 0.736 -> 0.738 (listing B 0.8451 -> 0.8451, +0.00005), no half-A page moves, none down.
 * And into collection.ts: half B collection 0.7850 -> 0.7855 (two pages up 0.019 and 0.013, an article read as a
 * collection down 0.005), half A one page down 0.003 (an offer card's terms list repeated under each card).
 */
export function dropListCopies(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const seen = new Set<string>();
	const out: Block[] = [];
	for (const b of blocks) {
		const items = b.kind === 'list' && b.items.length >= MIN_COPIED_ITEMS ? b.items.map(itemText) : undefined;
		if (b.kind !== 'list' || !items || !items.some((t) => t !== '')) {
			out.push(b);
			continue;
		}
		if (items.every((t) => t === '' || seen.has(t))) {
			removed.push({ range: b.range, step: 'list-copy', signal: items.find((t) => t !== '')?.slice(0, 40) ?? '' });
			continue;
		}
		for (const t of items) seen.add(t);
		if (!isCycled(items)) {
			out.push(b);
			continue;
		}
		const first = new Set<string>();
		const kept: ListItem[] = [];
		b.items.forEach((item, i) => {
			if (first.has(items[i])) return;
			first.add(items[i]);
			kept.push(item);
		});
		removed.push({ range: b.range, step: 'list-cycle', signal: `${b.items.length - kept.length} repeated items` });
		out.push({ ...b, items: kept });
	}
	return out;
}

/** An item's text, collapsed and in lower case. */
function itemText(item: ListItem): string {
	return item.children.map((c) => collapsedText(c)).join(' ').trim().toLowerCase();
}

/** Whether every non-empty item of the list appears in it at least twice, with at least two distinct items. */
export function isCycled(items: readonly string[]): boolean {
	const counts = new Map<string, number>();
	for (const t of items) if (t !== '') counts.set(t, (counts.get(t) ?? 0) + 1);
	if (counts.size < MIN_COPIED_ITEMS) return false;
	for (const n of counts.values()) if (n < 2) return false;
	return true;
}

/** The attempt less its lists' copies and cycles (dropListCopies), or the attempt itself when none goes. */
export function withoutListCopies(a: Attempt): Attempt {
	const removed = [...a.removed];
	const blocks = dropListCopies(a.blocks, removed);
	return removed.length === a.removed.length ? a : { ...a, blocks, removed };
}
