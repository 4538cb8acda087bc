// Priced list rails: on a product page, a list after the description whose every item is a short card with a price and a link is a rail of other products.
import type { Block, ListItem } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { PRICE_RE } from '../kinds/signals';
import { MIN_DESCRIPTION_CHARS } from './pricedSections';
import { walkBlocks, walkInlines, ownInlines } from '../../model/walk';
import { pushAll } from '../../model/pushAll';

/** A rail shows at least this many cards: two priced links could be the product's own formats. */
export const MIN_RAIL_ITEMS = 3;
/** A card's text is short (a name, a price, a badge, a coupon line); an item longer than this is prose. */
export const MAX_RAIL_ITEM_CHARS = 250;
/** The heading right before the rail, with at most this many short lines under it (pager, "Sponsored"), is its label. */
const MAX_LABEL_BLOCKS = 3;
const MAX_LABEL_CHARS = 100;

/** Whether a link leads to another page (not an in-page anchor or a script's button). */
function leadsAway(href: string): boolean {
	const h = href.trim().toLowerCase();
	return h.length > 0 && !h.startsWith('#') && !h.startsWith('javascript:');
}

/** Whether a list item is a card: short, a price in its text, and a link to another page inside it. */
function isPricedCard(it: ListItem): boolean {
	let chars = 0;
	let priced = false;
	for (const c of it.children) {
		const t = collapsedText(c);
		chars += t.length + 1;
		if (chars > MAX_RAIL_ITEM_CHARS) return false;
		if (!priced) {
			PRICE_RE.lastIndex = 0;
			priced = PRICE_RE.test(t);
		}
	}
	if (!priced) return false;
	let linked = false;
	walkBlocks(it.children, (b) => {
		if (linked) return;
		walkInlines(ownInlines(b), (n) => {
			if (!linked && n.kind === 'link' && leadsAway(n.href)) linked = true;
		});
	});
	return linked;
}

/** Whether a block is a list of `MIN_RAIL_ITEMS` or more items, every one a priced card. */
export function isPricedListRail(b: Block): boolean {
	if (b.kind !== 'list' || b.definition || b.items.length < MIN_RAIL_ITEMS) return false;
	return b.items.every(isPricedCard);
}

/**
 * Where the product's own prose starts: the first block after the first heading of `MIN_DESCRIPTION_CHARS` or more
 * that names no price (a description paragraph, or a list of selling points, as marketplaces write it); -1 if none.
 * A rail is a priced list, so it is never its own bound.
 */
export function unpricedProseAt(blocks: readonly Block[]): number {
	let headed = false;
	for (let j = 0; j < blocks.length; j++) {
		const b = blocks[j];
		if (b.kind === 'heading') {
			headed = true;
			continue;
		}
		if (!headed) continue;
		const t = collapsedText(b);
		if (t.length < MIN_DESCRIPTION_CHARS) continue;
		PRICE_RE.lastIndex = 0;
		if (!PRICE_RE.test(t)) return j;
	}
	return -1;
}

/**
 * The blocks less every list after the product's description (`unpricedProseAt`; no description, no cut) whose
 * items, three or more, are each a short card (at most `MAX_RAIL_ITEM_CHARS`) holding a price and a link to another
 * page. The heading right before such a list, with at
 * most three short lines between them (a pager "Page 1 of 2", "Sponsored"), goes with it as its label.
 *
 * Why: a marketplace writes its "related" and "sponsored" carousels as a list (often ordered) of cards, each an
 * image link, a name, a price. heuristics/pricedSections.ts needs two short price lines as blocks of a section, and
 * heuristics/pricedCardRuns.ts a heading per card, so a rail written as one list with its prices inside the items
 * stayed whenever its label is not a known recommendation heading and its container's class words are unknown (the
 * declassed read). A product's own text does not list three priced links to other pages after its description: its
 * formats and bundles sit in the buy box above it. Collections are not read here (product.ts only).
 *
 * Measured (session 61, wcxb-dev tuning part, word F1): as is no page of any kind moves (the rails there sit in
 * containers a class word names). Declassed: product 0.74278 → 0.74368 (half A 0.7296 → 0.7322: two pages of one
 * marketplace, a sponsored rail and a "related" rail, 0.608 → 0.622 and 0.858 → 0.906; half B unchanged: no half-B
 * page has the shape), no other kind moves, metadata unchanged. Unique-declassed without platforms: the same two
 * pages, product 0.74205 → 0.74295. Collections unchanged on all three (none is read as a product with such a list).
 * Linear: each top-level list is read once (its text, then its links), the label look-back is three blocks.
 */
export function dropPricedListRails(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	const description = unpricedProseAt(blocks);
	if (description < 0) return blocks;
	let out: Block[] | undefined;
	let from = 0;
	for (let i = description + 1; i < blocks.length; i++) {
		if (!isPricedListRail(blocks[i])) continue;
		let start = i;
		// The label: the nearest heading within MAX_LABEL_BLOCKS short blocks before the list, not before `from`.
		for (let j = i - 1; j >= from && j > description && i - j - 1 <= MAX_LABEL_BLOCKS; j--) {
			const b = blocks[j];
			if (b.kind === 'heading') {
				start = j;
				break;
			}
			if (collapsedText(b).length > MAX_LABEL_CHARS) break;
		}
		removed.push({ range: { start: blocks[start].range.start, end: blocks[i].range.end }, step: 'priced-list-rail', signal: collapsedText(blocks[start]).slice(0, 60) });
		pushAll((out ??= []), blocks.slice(from, start));
		from = i + 1;
	}
	if (!out) return blocks;
	pushAll(out, blocks.slice(from));
	return out;
}
