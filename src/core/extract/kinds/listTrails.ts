// List trails: a breadcrumb written as an ordered list of a few short links ending on the page's own name, at any depth of a listing's or landing page's read, is navigation.
import type { Block, ListItem } from '../../model/dumpDocument';
import { walkBlocks } from '../../model/walk';
import type { RemovedRegion } from '../article';
import type { Attempt } from '../blockIndex';
import { filterBlockTree } from '../heuristics/cardRepeats';
import { collapse, inlineText } from '../inlineText';

/**
 * Why: a site's breadcrumb is usually an ordered list ("1. Home 2. Services 3. Data to insights"), every level a link
 * but the last, the page's own name, often plain text. heuristics/breadcrumbs.ts drops such a list only when it opens
 * the read and every item is a link; with the class words that name the trail's wrapper made opaque (EVAL_DECLASS=all,
 * the proxy for unseen sites), a listing or landing page read whole keeps it inside the header's boxes. Its shape does
 * not depend on class words: two to `MAX_TRAIL_ITEMS` items of a few words, each exactly one link, the last one a
 * link or a short plain line. A ranked list of titles has longer items, and steps or a top-ten list are not links.
 * Wired last in the listing and service strategies, whose reads are the ones read whole.
 *
 * Measured (session 48, tuning part of wcxb-dev, word F1, over main 1680e83 with kinds/localeMenus.ts): declassed all
 * 0.89034 -> 0.89037, collection 0.81496 -> 0.81524, listing 0.77186 -> 0.77196, service 0.83973 -> 0.83977; six pages
 * of six sites up (half A: a fire-pit shop's category read as a landing page 0.925 -> 0.931, an electronics magazine's
 * project list 0.958 -> 0.964, a software house's service page 0.966 -> 0.968; half B: a big-box store's category
 * 0.726 -> 0.740, a design school's page 0.918 -> 0.920), one down by 0.0002 (a remote-work publisher's listing whose
 * truth keeps its two-level trail). As is: all 0.90607 -> 0.90608, listing 0.81326 -> 0.81336, collection 0.83715 ->
 * 0.83723 (two pages up), the same page down by 0.0002. Metadata and page kinds unchanged on both yardsticks.
 */
export const MAX_TRAIL_ITEMS = 6;
/** Each level is a section's name: a few words. */
export const MAX_TRAIL_WORDS = 6;
/** A trail has at least this many levels (one link alone is a "Back" link). */
export const MIN_TRAIL_ITEMS = 2;

/** The item's one paragraph, when the item holds nothing else. */
function onlyParagraph(item: ListItem): Extract<Block, { kind: 'paragraph' }> | undefined {
	let p: Block | undefined;
	for (const c of item.children) {
		if (c.kind === 'spacer') continue;
		if (p !== undefined) return undefined;
		p = c;
	}
	return p?.kind === 'paragraph' ? p : undefined;
}

/** Whether an item is one short link (`link`), or one short line with no link (`plain`), or neither. */
function itemShape(item: ListItem): 'link' | 'plain' | undefined {
	const p = onlyParagraph(item);
	if (!p) return undefined;
	const text = collapse(inlineText(p.content));
	if (text.length === 0 || text.split(' ').length > MAX_TRAIL_WORDS) return undefined;
	let links = 0;
	let other = false;
	for (const x of p.content) {
		if (x.kind === 'link') links++;
		else if (x.kind === 'text' && x.value.trim()) other = true;
		else if ((x.kind === 'span' || x.kind === 'emphasis') && collapse(inlineText(x.children))) other = true;
	}
	if (links === 1 && !other) return 'link';
	return links === 0 ? 'plain' : undefined;
}

/** Whether an ordered list is a trail: a few short items, each one link, the last one a link or a short plain line. */
export function isOrderedTrail(b: Block): boolean {
	if (b.kind !== 'list' || !b.ordered || b.items.length < MIN_TRAIL_ITEMS || b.items.length > MAX_TRAIL_ITEMS) return false;
	const last = b.items.length - 1;
	for (let i = 0; i <= last; i++) {
		const shape = itemShape(b.items[i]);
		if (shape !== 'link' && !(i === last && shape === 'plain')) return false;
	}
	return true;
}

/**
 * The blocks without the ordered trails at any depth (isOrderedTrail), each recorded as removed: one walk finds them,
 * and the shared tree filter (heuristics/cardRepeats.ts) drops their items' lines, a list left with no item going too.
 */
export function dropListTrails(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const lines = new Set<Block>();
	walkBlocks(blocks, (b) => {
		if (b.kind !== 'list' || !isOrderedTrail(b)) return;
		removed.push({ range: b.range, step: 'breadcrumb', signal: 'ordered list of short links' });
		for (const it of b.items) for (const c of it.children) lines.add(c);
	});
	return lines.size === 0 ? [...blocks] : filterBlockTree(blocks, (b) => !lines.has(b));
}

/** The read without its ordered trails (dropListTrails), the attempt itself when none is found. */
export function withoutListTrails(a: Attempt): Attempt {
	const removed = [...a.removed];
	const blocks = dropListTrails(a.blocks, removed);
	return removed.length === a.removed.length ? a : { ...a, blocks, removed };
}
