// Shop platform parts of a product page: on a page a shop platform made, the containers its template names as the product's description and specifications are kept, and those it names as chrome are dropped.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { firstStartingAt, RangeIndex } from '../../model/rangeIndex';
import type { Attempt, BlockIndex } from '../blockIndex';
import { collapsedText, isHidden } from '../inlineText';
import { SHOP_PRODUCT_PLATFORMS, type ShopProductPlatform } from '../data/shopProductPlatforms';
import { PAGE_FRAME_SHARE, productHeading, withoutChrome } from './productRegion';
import { wholePage } from './wholePage';
import { pushAll } from '../../model/pushAll';

/**
 * The word lists of a product page's containers are the vocabulary of the software that wrote it, and the shop
 * platforms' product templates are public (data/shopProductPlatforms.ts cites each word's template). Held-out product
 * pages of unseen shops lose most of their words where the description and the details or specifications tabs sit
 * apart from the buy box the read keeps, and keep the platform's own chrome (tax notes, payment buttons, review
 * summaries) that no generic word names. A platform's words say which is which on every shop of that platform.
 * Measured on the wcxb-dev tuning part (shop40, session 35): a profile's detect words name 15 product pages of 14
 * sites (Shopify 7, WooCommerce 5, BigCommerce 2, SFRA 1), its content or chrome words fire on 6 of them (5 sites), and
 * no page's score changes (all 0.90298, product 0.75232): those reads held the descriptions already, and the platform
 * chrome found there is chrome by the generic words too. It is there for the platforms' unseen shops (unit tests).
 */
export interface ShopPlatformParts {
	readonly platform: ShopProductPlatform;
	/** The containers of the product's own text, outermost only. */
	readonly content: readonly Block[];
	/** The containers of the platform's chrome, with the word that named them. */
	readonly chrome: ReadonlyMap<Block, string>;
}

// Per index: the product strategy asks once per read, tests ask again.
const partsOf = new WeakMap<BlockIndex, ShopPlatformParts | null>();

/** The first platform whose detect words some container of the page carries, or undefined. */
export function shopPlatformOf(index: BlockIndex): ShopProductPlatform | undefined {
	const seen = new Set<string>();
	for (const words of index.containerWords) {
		if (words === '' || seen.has(words)) continue;
		seen.add(words);
		const p = SHOP_PRODUCT_PLATFORMS.find((q) => q.detect.test(words));
		if (p) return p;
	}
	return undefined;
}

/**
 * The page's platform parts, or undefined on a page no platform profile names. A chrome container that holds the
 * product's heading, nearly all the page's text (its frame) or one of the content containers is not chrome.
 */
export function shopPlatformParts(index: BlockIndex): ShopPlatformParts | undefined {
	const cached = partsOf.get(index);
	if (cached !== undefined) return cached ?? undefined;
	const platform = shopPlatformOf(index);
	if (!platform) {
		partsOf.set(index, null);
		return undefined;
	}
	const content: Block[] = [];
	const named: [Block, string][] = [];
	for (let i = 0; i < index.containers.length; i++) {
		const c = index.containers[i];
		const words = index.containerWords[i];
		if (words === '') continue;
		if (platform.content.test(words)) {
			// Containers come in document order and the outermost ones are disjoint: only the last can hold this one.
			const last = content[content.length - 1];
			if (!last || !(c.range.start >= last.range.start && c.range.end <= last.range.end)) content.push(c);
			continue;
		}
		const m = platform.chrome.exec(words);
		if (m) named.push([c, m[0].trim()]);
	}
	const heading = productHeading(index);
	const chars = index.rootStats.chars;
	const chrome = new Map<Block, string>();
	for (const [c, word] of named) {
		if (heading && index.isInside(heading, c)) continue;
		if (index.charsOf(c) >= chars * PAGE_FRAME_SHARE) continue;
		if (holdsOneOf(content, c)) continue;
		chrome.set(c, word);
	}
	const parts: ShopPlatformParts = { platform, content, chrome };
	partsOf.set(index, parts);
	return parts;
}

/**
 * Shop chrome less the containers that hold one of the platform's content containers: a theme that wraps its
 * description tab in a `drawer` or an accordion `modal` keeps it.
 */
export function sparingContent(index: BlockIndex, chrome: ReadonlyMap<Block, string>, parts: ShopPlatformParts | undefined): ReadonlyMap<Block, string> {
	if (!parts || parts.content.length === 0) return chrome;
	let spared: Map<Block, string> | undefined;
	for (const c of chrome.keys()) {
		if (!holdsOneOf(parts.content, c)) continue;
		spared ??= new Map(chrome);
		spared.delete(c);
	}
	return spared ?? chrome;
}

/**
 * Whether `c` holds (or is) one of `sorted`, disjoint ranges in document order: one binary search, where a scan of
 * every content container per chrome container was quadratic on a hostile page of thousands of each (issue 11).
 */
export function holdsOneOf(sorted: readonly Block[], c: Block): boolean {
	const at = firstStartingAt(sorted, c.range.start);
	return at < sorted.length && sorted[at].range.end <= c.range.end;
}

/** Whether the container or one of its ancestors is hidden. */
function hiddenFrom(index: BlockIndex, c: Block): boolean {
	for (let p: Block | undefined = c; p !== undefined; p = index.parent.get(p)) if ((p.kind === 'div' || p.kind === 'htmlDiv') && isHidden(divAttrParts(p))) return true;
	return false;
}

/**
 * A content container comes back when the attempt holds under this share of its text in the page read: the read
 * then missed the description or the specifications tab as a whole (held-out product pages keep 40-60 words of a
 * 200-1,100 word truth). When the read holds most of it already, what it left out inside is a video's caption, a
 * FAQ or a banner that its own steps dropped, and annotators leave that out too.
 */
export const MISSED_CONTENT_SHARE = 0.5;

/**
 * The attempt with the blocks of `page` (the whole page less chrome) that lie in one of the platform's content
 * containers it mostly lacks (`MISSED_CONTENT_SHARE`), in document order. The attempt itself when it has them or is
 * the whole page.
 */
export function withPlatformContent(index: BlockIndex, attempt: Attempt, page: Attempt, parts: ShopPlatformParts | undefined, chrome: ReadonlyMap<Block, string>): Attempt {
	if (!parts || parts.content.length === 0) return attempt;
	// A tab the shop's script had closed when the page was saved is hidden (`display: none`, `aria-hidden`), and the
	// page read drops hidden containers: its blocks come from a read that keeps them (wholePage.ts, as a page hidden
	// whole is read), less the same chrome.
	if (parts.content.some((c) => hiddenFrom(index, c))) page = withoutChrome(wholePage(index, false, true), chrome);
	const kept = new RangeIndex(attempt.blocks.map((b) => b.range));
	// A shop prints its description once per screen size: a block whose text the attempt holds already is a copy.
	const texts = new Set(attempt.blocks.map((b) => collapsedText(b)));
	const added: Block[] = [];
	// By start, once: each content container's blocks are then one binary search and a run, not a scan of the page.
	const byStart = [...page.blocks].sort((a, b) => a.range.start - b.range.start);
	for (const c of parts.content) {
		const inside: Block[] = [];
		for (let i = firstStartingAt(byStart, c.range.start); i < byStart.length && byStart[i].range.start < c.range.end; i++) {
			if (byStart[i].range.end <= c.range.end) inside.push(byStart[i]);
		}
		let total = 0;
		let have = 0;
		const missing: Block[] = [];
		for (const b of inside) {
			const n = collapsedText(b).length;
			total += n;
			if (kept.overlaps(b.range) || texts.has(collapsedText(b))) have += n;
			else missing.push(b);
		}
		if (missing.length > 0 && have < total * MISSED_CONTENT_SHARE) pushAll(added, missing);
	}
	if (added.length === 0) return attempt;
	let chars = attempt.chars;
	for (const b of added) chars += collapsedText(b).length;
	return { ...attempt, blocks: [...attempt.blocks, ...added].sort((a, b) => a.range.start - b.range.start), chars };
}
