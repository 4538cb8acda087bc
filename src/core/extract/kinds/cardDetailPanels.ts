// Card detail panels: a box beside the grid holding one unpriced panel per card (a compare drawer, quick views) is an overlay, not the collection.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import type { RemovedRegion } from '../article';
import { type Attempt, type BlockIndex, type Container, isContainer, ROOT } from '../blockIndex';
import { copiedCardNames } from './cardCopy';
import { collapsedChars, collapsedText } from '../inlineText';
import { collectionGrid } from './collectionGrid';
import type { KindContext } from './pageKind';
import { hasCardPrice } from './shopGrid';

/** Fewer panels than this are a product's tabs or a promo row, not one panel per card of a grid. */
export const MIN_DETAIL_PANELS = 4;
/**
 * The panels must number at least this share of the grid's cards and at most the cards: a drawer or a quick-view
 * list holds one panel per card (a card whose panel failed to render leaves one out), never more.
 */
export const MIN_PANEL_CARD_SHARE = 0.8;

/** The largest group of containers among the children that share a first class (a template's items). */
function largestGroup(kids: readonly Block[]): Container[] {
	const bySig = new Map<string, Container[]>();
	let best: Container[] = [];
	for (const k of kids) {
		if (!isContainer(k)) continue;
		const first = divAttrParts(k).classes[0];
		if (first === undefined) continue;
		let list = bySig.get(first);
		if (!list) bySig.set(first, (list = []));
		list.push(k);
		if (list.length > best.length) best = list;
	}
	return best;
}

/**
 * A shop's comparison drawer or quick-view overlay prints, next to the grid, one panel per card with the product's
 * long description, its feature icons and its box contents, and no price (the price is on the card). The page shows
 * it on demand; its class says so ("hidden", kinds/hiddenRegion.ts), but a shop whose words no rule knows leaves only
 * its shape: a box that is the grid's sibling, whose children are a run of same-template panels, as many as the
 * grid's cards (`MIN_PANEL_CARD_SHARE`, at least `MIN_DETAIL_PANELS`), none naming a price. The article pipeline
 * scores those long descriptions over the grid's short cards and picks the box (a headphone shop's category, declassed:
 * eleven product stories instead of eleven cards). The box is that overlay when the attempt's region is it.
 * Measured (session 42, tuning part of wcxb-dev, word F1): declassed collection A 0.78583 -> 0.80104 (a headphone
 * shop's category 0.284 -> 0.862, as is 0.849 by its `hidden` class), half B and every other kind unchanged, no page
 * down; as is no page moves.
 */
export function cardDetailPanels({ index, signals }: Pick<KindContext, 'index' | 'signals'>, attempt: Attempt): Container | undefined {
	if (attempt.region === ROOT || attempt.chars === 0) return undefined;
	const region = attempt.region;
	const grid = collectionGrid({ index, signals });
	if (!grid || grid.block === region || index.isInside(grid.block, region) || index.isInside(region, grid.block)) return undefined;
	const cards = Math.max(largestGroup(isContainer(grid.block) ? grid.block.children : []).length, grid.pricedItems);
	const panels = largestGroup(region.children);
	// Where no class lines the panels up, or their box is no sibling of the grid, a drawer box whose headings copy the
	// cards' names says what they are.
	if (panels.length < MIN_DETAIL_PANELS || index.parent.get(grid.block) !== index.parent.get(region)) return copyDrawer(index, region, grid.block, cards);
	if (panels.length < MIN_DETAIL_PANELS || panels.length > cards || panels.length < cards * MIN_PANEL_CARD_SHARE) return undefined;
	for (const p of panels) if (hasCardPrice(collapsedText(p))) return undefined;
	return region;
}

/**
 * The class-free drawer (`cardDetailPanels` where no shared class lines the panels up, or the panels' box is no sibling
 * of the grid): the region's child boxes are one unpriced panel per card (`MIN_PANEL_CARD_SHARE` of the cards, at most
 * as many, at least `MIN_DETAIL_PANELS`), and the box that holds the region right under the box it shares with the grid
 * (the drawer) has headings that copy at least as many of the cards' names (kinds/cardCopy.ts): the whole drawer goes,
 * its copies' prices and cart buttons too. A buying guide below the grid whose sections are headed by the products'
 * names is kept: its sections are no copies of every card, or they name prices.
 * Found on the unique yardstick (every class its own token): a half-A headphone shop's category, whose compare drawer's
 * eleven product stories were read instead of its eleven cards. Measured (session 58, wcxb-dev tuning part, word F1,
 * with cardCopy.ts's buy-box stop): unique yardstick collection 0.7926 -> 0.8022 (that page 0.284 -> 0.956 once read as
 * a collection; half B unchanged, no page down); as is and declassed no page moves.
 */
function copyDrawer(index: BlockIndex, region: Container, grid: Block, cards: number): Container | undefined {
	let panels = 0;
	for (const k of region.children) {
		if (!isContainer(k)) continue;
		if (hasCardPrice(collapsedText(k))) return undefined;
		panels++;
	}
	if (panels < MIN_DETAIL_PANELS || panels > cards || panels < cards * MIN_PANEL_CARD_SHARE) return undefined;
	let drawer: Container = region;
	for (let p = index.parent.get(region); p !== undefined && isContainer(p) && !index.isInside(grid, p); p = index.parent.get(p)) drawer = p;
	const copies = copiedCardNames(grid, drawer);
	return copies >= panels && copies <= cards ? drawer : undefined;
}

/** The attempt less its top-level blocks inside the box (`cardDetailPanels`'s). */
export function withoutBox(attempt: Attempt, box: Block): Attempt {
	const removed: RemovedRegion[] = [];
	const blocks = attempt.blocks.filter((b) => {
		const inside = b.range.start >= box.range.start && b.range.end <= box.range.end;
		if (inside) removed.push({ range: b.range, step: 'card-detail-panels', signal: 'one unpriced panel per grid card, beside the grid' });
		return !inside;
	});
	if (removed.length === 0) return attempt;
	return { ...attempt, blocks, removed: [...attempt.removed, ...removed], chars: collapsedChars(blocks) };
}
