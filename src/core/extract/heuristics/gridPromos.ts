// Grid promotions: in a list of priced product cards, the few items without a price are the shop's promotion tiles ("Build your bundle", "Subscribe and save").
import { childBlocks } from '../../model/blockTree';
import type { Block, Inline } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { isContainer } from '../blockIndex';
import { blockText, collapse } from '../inlineText';
import { hasCardPrice } from '../kinds/shopGrid';
import { withChildren } from '../../model/divNodes';

/** A list needs this many items to be a grid whose unpriced items stand out (kinds/shopGrid.ts `MIN_PRICED_LIST_ITEMS`). */
export const MIN_PROMO_GRID_ITEMS = 8;
/**
 * The share of a list's items that name a price for it to be a grid of products: below it, items without a price
 * are the grid's own (a range that shows no price, prices a script fills in) and stay.
 */
export const MIN_PRICED_SHARE = 0.75;
/** A promotion tile is a line or two and a button; a longer unpriced item is a card's description, and stays. */
export const MAX_PROMO_CHARS = 200;

type ListBlock = Extract<Block, { kind: 'list' }>;

function inlinesHaveLinkOrImage(inlines: readonly Inline[]): boolean {
	for (const n of inlines) {
		if (n.kind === 'link' || n.kind === 'image') return true;
		if ((n.kind === 'emphasis' || n.kind === 'span') && inlinesHaveLinkOrImage(n.children)) return true;
	}
	return false;
}

/** Whether the blocks hold a link or a picture: a tile is a card that links to its offer; a plain line is the list's text. */
export function hasLinkOrImage(blocks: readonly Block[]): boolean {
	for (const b of blocks) {
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			if (inlinesHaveLinkOrImage(b.content)) return true;
		} else if (hasLinkOrImage(childBlocks(b))) return true;
	}
	return false;
}

function itemText(children: readonly Block[]): string {
	return collapse(children.map((c) => blockText(c)).join(' '));
}

/** The list without its promotion tiles, or the list itself. */
function withoutPromos(list: ListBlock, removed: RemovedRegion[]): ListBlock {
	if (list.items.length < MIN_PROMO_GRID_ITEMS) return list;
	const texts = list.items.map((it) => itemText(it.children));
	const priced = texts.filter(hasCardPrice).length;
	if (priced === list.items.length || priced < list.items.length * MIN_PRICED_SHARE) return list;
	const items = list.items.filter((it, i) => {
		const t = texts[i];
		if (t.length === 0 || t.length > MAX_PROMO_CHARS || hasCardPrice(t) || !hasLinkOrImage(it.children)) return true;
		removed.push({ range: it.range, step: 'grid-promotion', signal: t.length > 40 ? `${t.slice(0, 40)}…` : t });
		return false;
	});
	return items.length === list.items.length ? list : { ...list, items };
}

/**
 * Drops, from each list of at least `MIN_PROMO_GRID_ITEMS` items of which at least `MIN_PRICED_SHARE` name a price,
 * the items of at most `MAX_PROMO_CHARS` that name none and hold a link or a picture, at any depth of the blocks'
 * containers (a guide's list of tips with a few prices keeps its plain lines). A shop sets its
 * offers (a subscription, a bundle builder, a gift card) among the cards of a category grid; annotators leave them out.
 * Tuning part of wcxb-dev, the 70 annotated collections: 0.792 -> 0.792; a coffee shop's category 0.659 -> 0.693 and an
 * outdoor shop's 0.939 -> 0.945 up, another of that shop's 0.958 -> 0.952 down (its tile names a product range).
 * Without the link-or-picture condition an article read as a collection (a tipping guide) lost three tips, 0.976 -> 0.969.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A collection -0.0001 (1 up, 2 down, one shop), half B collection 0.7845 ->
 * 0.7832 (1 down): kept.
 */
export function dropGridPromos(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	let changed = false;
	const out = blocks.map((b) => {
		let next: Block = b;
		if (b.kind === 'list') next = withoutPromos(b, removed);
		else if (isContainer(b)) {
			const children = dropGridPromos(b.children, removed);
			if (children !== b.children) next = withChildren(b, children);
		}
		if (next !== b) changed = true;
		return next;
	});
	return changed ? out : (blocks as Block[]);
}
