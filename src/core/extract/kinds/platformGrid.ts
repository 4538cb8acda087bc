// A collection on a known shop platform: its grid read from the platform's card classes, its chrome from the platform's toolbar, filter and control classes (data/shopGridPlatforms.ts).
/*
 * Why: on shops never seen in tuning a collection's read keeps 2-5x its truth's words (facets, sort bars, counts,
 * card controls) or a fifth of its grid (issue 12). A shop on a known platform prints the same template on every
 * shop: its cards, its category description and its chrome carry the template's class words, read from the
 * platform's public source (data/shopGridPlatforms.ts). Wired in the collection strategy only: its grid
 * (kinds/collectionGrid.ts), its description (`withPlatformIntro`) and its chrome (`withPlatformChrome`).
 * Measured (session 35, main b596fe9, tuning part of wcxb-dev, word F1): no page moves (all 0.90298, collection
 * 0.83492, half A 0.83537, half B 0.83438). The profiles fire on 15 tuning pages of 15 sites (Dawn 3 pages,
 * WooCommerce 8, PrestaShop 1, Salesforce SFRA 3): the 8 the collection strategy reads already have that grid and
 * lose that chrome by the general heuristics (collectionGrid.ts, heuristics/facetPanels.ts, sortBar.ts,
 * cardControls.ts); on the others (articles, products, a collection detected as a product) it does not run. Shown on synthetic Dawn, Magento and WooCommerce categories (test/unit/platformGrid.test.ts).
 */
import type { Block, SourceRange } from '../../model/dumpDocument';
import { firstStartingAt, RangeIndex } from '../../model/rangeIndex';
import { divAttrParts } from '../../model/divNodes';
import { type Attempt, type BlockIndex, isContainer } from '../blockIndex';
import { blockText, collapse, collapsedChars } from '../inlineText';
import { SHOP_GRID_PLATFORMS, type ShopGridPlatform } from '../data/shopGridPlatforms';
import { insideChrome } from './productRegion';
import { hasCardPrice, type ShopGrid } from './shopGrid';
import { leavesIn } from './gridSection';
import type { KindContext } from './pageKind';
import { pushAll } from '../../model/pushAll';

/**
 * Cards a page must mark with a platform's card words for the platform to count: a product page's rail of three
 * recommendations uses the same card template, so the grid itself is found only with this many, priced.
 */
export const MIN_PLATFORM_CARDS = 3;
/**
 * The grid is the smallest container holding this share of the page's marked cards: a category's grid holds nearly
 * all of them, a rail of recently viewed products below it the rest.
 */
export const GRID_CARD_SHARE = 0.6;

/** A page's platform read from its cards: the profile, the marked cards, the grid, and the platform's chrome. */
export interface PlatformRead {
	readonly platform: ShopGridPlatform;
	readonly cards: readonly Block[];
	readonly grid: Block | undefined;
	readonly chrome: ReadonlyMap<Block, string>;
}

function classesOf(b: Block): readonly string[] {
	if (isContainer(b)) return divAttrParts(b).classes;
	if (b.kind === 'heading') return b.attrs?.classes ?? [];
	return [];
}

const readOf = new WeakMap<BlockIndex, { readonly read: PlatformRead | undefined }>();

/** Each card word's platforms (indices into `SHOP_GRID_PLATFORMS`): a word may mark the cards of more than one. */
const CARD_WORD_PLATFORMS: ReadonlyMap<string, readonly number[]> = (() => {
	const m = new Map<string, number[]>();
	SHOP_GRID_PLATFORMS.forEach((platform, k) => {
		for (const w of platform.cards) {
			const list = m.get(w);
			if (!list) m.set(w, [k]);
			else if (!list.includes(k)) list.push(k);
		}
	});
	return m;
})();

/**
 * Each platform's marked blocks, in pre-order: one pass over the page's blocks looking up each class word, where a
 * pass per platform tested every block's classes 14 times (1.6% of the pipeline's CPU over every 8th wcxb-dev dump).
 */
function markedBlocks(index: BlockIndex): Block[][] {
	const marked: Block[][] = SHOP_GRID_PLATFORMS.map(() => []);
	for (const b of index.order.blocks) {
		const classes = classesOf(b);
		for (let i = 0; i < classes.length; i++) {
			const platforms = CARD_WORD_PLATFORMS.get(classes[i]);
			if (!platforms) continue;
			for (const k of platforms) {
				const list = marked[k];
				if (list[list.length - 1] !== b) list.push(b);
			}
		}
	}
	return marked;
}

/**
 * The platform whose card words mark the most blocks of the page, from `MIN_PLATFORM_CARDS`; its grid (the smallest
 * container holding `GRID_CARD_SHARE` of the marked cards) and its chrome: the containers named by the platform's
 * chrome words that hold no marked card but themselves and do not hold the grid.
 */
export function platformRead(index: BlockIndex): PlatformRead | undefined {
	const known = readOf.get(index);
	if (known) return known.read;
	let best: { platform: ShopGridPlatform; cards: Block[] } | undefined;
	const marked = markedBlocks(index);
	for (let k = 0; k < SHOP_GRID_PLATFORMS.length; k++) {
		const platform = SHOP_GRID_PLATFORMS[k];
		const cards = marked[k];
		// A card can carry two of the words on nested blocks: count the outermost only. In pre-order a card inside
		// another comes after it, before any card that follows it, so only the last outermost card can hold it.
		const outer: Block[] = [];
		for (const c of cards) {
			const last = outer[outer.length - 1];
			if (!last || !(c.range.start >= last.range.start && c.range.end <= last.range.end)) outer.push(c);
		}
		if (outer.length >= MIN_PLATFORM_CARDS && outer.length > (best?.cards.length ?? 0)) best = { platform, cards: outer };
	}
	const read = best ? { ...best, grid: gridOf(index, best.cards), chrome: chromeOf(index, best.platform, best.cards) } : undefined;
	readOf.set(index, { read });
	return read;
}

function gridOf(index: BlockIndex, cards: readonly Block[]): Block | undefined {
	// The cards each block holds, summed child to parent over the pre-order in reverse: one pass over the page,
	// where a walk up from every card cost cards x depth on a hostile page (issue 11).
	const counts = new Map<Block, number>();
	for (const c of cards) {
		const p = index.parent.get(c);
		if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
	}
	const order = index.order.blocks;
	for (let i = order.length - 1; i >= 0; i--) {
		const n = counts.get(order[i]);
		const p = n === undefined ? undefined : index.parent.get(order[i]);
		if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + n!);
	}
	const need = Math.max(MIN_PLATFORM_CARDS, Math.ceil(cards.length * GRID_CARD_SHARE));
	let grid: Block | undefined;
	for (const [p, n] of counts) if (n >= need && (!grid || p.range.end - p.range.start < grid.range.end - grid.range.start)) grid = p;
	return grid;
}

function chromeOf(index: BlockIndex, platform: ShopGridPlatform, cards: readonly Block[]): Map<Block, string> {
	const words = new Set(platform.chrome);
	const chrome = new Map<Block, string>();
	if (words.size === 0) return chrome;
	for (const c of index.containers) {
		const word = divAttrParts(c).classes.find((w) => words.has(w));
		if (!word) continue;
		if (!holdsOtherCard(cards, c)) chrome.set(c, `${platform.name} ${word}`);
	}
	return chrome;
}

/** Whether `c` holds one of the disjoint `cards` (in document order) other than itself: one binary search, not a scan per container. */
function holdsOtherCard(cards: readonly Block[], c: Block): boolean {
	let at = firstStartingAt(cards, c.range.start);
	if (cards[at] === c) at++;
	return at < cards.length && cards[at].range.end <= c.range.end;
}

/** The blocks of `sorted` (in document order, disjoint) from `from`'s place up to the one starting at `end`: a binary search and a run. */
function runFrom(sorted: readonly Block[], from: Block, end: number): readonly Block[] {
	const out: Block[] = [];
	for (let i = firstStartingAt(sorted, from.range.start); i < sorted.length && sorted[i].range.start < end; i++) out.push(sorted[i]);
	return out;
}

/**
 * The grid of a page on a known platform (`platformRead`), as the collection strategy's grid (kinds/collectionGrid.ts):
 * its container and how many of its cards name a price, when at least `MIN_PLATFORM_CARDS` do and it sits outside
 * shop chrome. A card whose mark holds no price (WooCommerce's name heading, Cornerstone's buttons box) is read with
 * the blocks up to the next card's mark.
 */
export function platformShopGrid(index: BlockIndex, chrome: ReadonlyMap<Block, string>): ShopGrid | undefined {
	const read = platformRead(index);
	if (!read?.grid || insideChrome(index, read.grid, chrome)) return undefined;
	let priced = 0;
	const cards = read.cards;
	for (let i = 0; i < cards.length; i++) {
		const c = cards[i];
		if (hasCardPrice(collapse(blockText(c)))) {
			priced++;
			continue;
		}
		// A card marked by its name's heading (WooCommerce) or by its buttons' box (Cornerstone): its text runs to the
		// next card's mark, inside its list item or among its siblings.
		const parent = index.parent.get(c);
		const siblings = parent === undefined ? undefined : isContainer(parent) ? parent.children : parent.kind === 'list' ? itemHolding(parent.items, c) : undefined;
		const end = cards[i + 1]?.range.start ?? read.grid.range.end;
		// The siblings from the card to the next card's mark: consecutive cards read disjoint runs, so the page is read once.
		const after = siblings ? runFrom(siblings, c, end) : [c];
		if (hasCardPrice(collapse(after.map((s) => blockText(s)).join(' ')))) priced++;
	}
	return priced >= MIN_PLATFORM_CARDS ? { block: read.grid, pricedItems: priced } : undefined;
}

/** The children of the list item that holds `c` (items in document order): a binary search by range. */
function itemHolding(items: readonly { readonly children: readonly Block[] }[], c: Block): readonly Block[] | undefined {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		const kids = items[mid].children;
		const last = kids[kids.length - 1];
		if (last !== undefined && last.range.end <= c.range.start) lo = mid + 1;
		else hi = mid;
	}
	return items[lo]?.children.includes(c) ? items[lo].children : undefined;
}

/** The chrome map with the page's platform chrome added (`platformRead`), for the collection's read. */
export function withPlatformChrome(index: BlockIndex, chrome: ReadonlyMap<Block, string>): ReadonlyMap<Block, string> {
	const read = platformRead(index);
	if (!read || read.chrome.size === 0) return chrome;
	return new Map([...chrome, ...read.chrome]);
}

/** The blocks of `sorted` (in document order, disjoint) that overlap `r`: a binary search and a run. */
function blocksOver(sorted: readonly Block[], r: SourceRange): readonly Block[] {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid].range.end <= r.start) lo = mid + 1;
		else hi = mid;
	}
	const out: Block[] = [];
	for (let i = lo; i < sorted.length && sorted[i].range.start < r.end; i++) out.push(sorted[i]);
	return out;
}

/**
 * The category's own text on a known platform (`ShopGridPlatform.intro`: Dawn's collection description, Magento's
 * and PrestaShop's category description, WooCommerce's term description): when the attempt reads the platform's grid
 * but none of a description container's blocks, the whole page's blocks inside that container are added where they
 * sit. A description inside the platform's chrome, or holding a card, is left as it is.
 */
export function withPlatformIntro({ index, whole }: Pick<KindContext, 'index' | 'whole'>, attempt: Attempt): Attempt {
	const read = platformRead(index);
	if (!read?.grid || read.platform.intro.length === 0) return attempt;
	const grid = read.grid.range;
	if (!attempt.blocks.some((b) => b.range.start >= grid.start && b.range.end <= grid.end)) return attempt;
	const words = new Set(read.platform.intro);
	const added: Block[] = [];
	const kept = new RangeIndex(attempt.blocks.map((b) => b.range));
	// Containers come in pre-order: one inside a description already added comes right after it.
	let last: SourceRange | undefined;
	for (const c of index.containers) {
		if (!divAttrParts(c).classes.some((w) => words.has(w)) || insideChrome(index, c, read.chrome)) continue;
		const r = c.range;
		if (holdsOtherCard(read.cards, c)) continue;
		if (last && r.start >= last.start && r.end <= last.end) continue;
		if (kept.overlaps(r)) continue;
		last = r;
		pushAll(added, leavesIn(blocksOver(whole.blocks, r), r));
	}
	if (added.length === 0) return attempt;
	const blocks = [...attempt.blocks, ...added].sort((a, b) => a.range.start - b.range.start);
	return { ...attempt, blocks, chars: attempt.chars + collapsedChars(added) };
}
