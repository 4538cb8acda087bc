// A platform's own list of item teasers (data/listingPlatforms.ts): evidence that the page is a listing, and the chrome its template puts in the list.
import type { Block, Inline } from '../../model/dumpDocument';
import { withContent } from '../../model/blockNodes';
import { withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';
import type { RemovedRegion } from '../article';
import { type Attempt, type BlockIndex, type Container, blockAttrs } from '../blockIndex';
import { LISTING_PLATFORMS, type ListingPlatform } from '../data/listingPlatforms';
import { attrWords, collapsedText } from '../inlineText';

/**
 * Items a platform's list must hold to be the page's list: an article's "related posts" block, written by the same
 * template parts, shows three or four.
 */
export const MIN_PLATFORM_ITEMS = 5;
/**
 * Share of the page read whole (its cleaned text) that the list's own text must reach: on an article page the
 * related-posts list is a small part beside the story's prose. On the tuning part of wcxb-dev the platforms' list
 * words occur mostly on articles (a Query Loop on 6, Drupal `view-content` on 6): none of them passes both tests.
 */
export const MIN_PLATFORM_LIST_SHARE = 0.5;

/**
 * Text a single template's body must hold to count as one item's page (the general pipeline's believable article,
 * scoring.ts CHAR_THRESHOLD): on the tuning part of wcxb-dev a block theme's post page lists 46 more posts under its body.
 */
export const MIN_SINGLE_BODY_CHARS = 500;

export interface PlatformList {
	readonly platform: ListingPlatform;
	readonly list: Container;
	readonly items: number;
}

function countItems(blocks: readonly Block[], item: RegExp): number {
	let n = 0;
	for (const b of blocks) {
		const attrs = blockAttrs(b);
		if (attrs && item.test(attrWords(attrs))) n++;
		if (b.kind === 'div' || b.kind === 'htmlDiv') n += countItems(b.children, item);
		// A Query Loop's `<ul class="wp-block-post-template">` loses its class but stays a list: its items hold the posts.
		else if (b.kind === 'list') for (const it of b.items) n += countItems(it.children, item);
	}
	return n;
}

// Per index: kind detection asks on every page, the listing's read asks again.
const listOf = new WeakMap<BlockIndex, { readonly found: PlatformList | undefined }>();

/** The platform list with the most items on the page, if any platform's list words are there. */
export function platformList(index: BlockIndex): PlatformList | undefined {
	const known = listOf.get(index);
	if (known) return known.found;
	let best: PlatformList | undefined;
	// Per platform, the last list counted: a list inside it holds no more items (its items are the outer one's too),
	// and the first of equal counts wins, so only the outermost lists are counted. Containers come in pre-order, so a
	// list inside an earlier counted one comes before any later counted one; counting every nested list cost the
	// items times the nesting depth on a hostile page (issue 11).
	const counted = new Map<ListingPlatform, Container>();
	for (let i = 0; i < index.containers.length; i++) {
		const c = index.containers[i];
		const words = index.containerWords[i];
		if (!words) continue;
		for (const platform of LISTING_PLATFORMS) {
			if (!platform.list.test(words)) continue;
			const outer = counted.get(platform);
			if (outer && c.range.start >= outer.range.start && c.range.end <= outer.range.end) continue;
			counted.set(platform, c);
			const items = countItems(c.children, platform.item);
			if (items > (best?.items ?? 0)) best = { platform, list: c, items };
		}
	}
	listOf.set(index, { found: best });
	return best;
}

/** Whether a platform's list holds enough items and most of the page's text (see the two thresholds). */
export function isPlatformListing(index: BlockIndex, whole: Attempt): PlatformList | undefined {
	const found = platformList(index);
	if (!found || found.items < MIN_PLATFORM_ITEMS || whole.chars <= 0) return undefined;
	if (index.charsOf(found.list) < MIN_PLATFORM_LIST_SHARE * whole.chars) return undefined;
	// One item's full body beside the list (not around it: a page's content may hold a Query Loop) makes the page that
	// item's, with more items under it.
	const single = index.containers.some((c, i) => found.platform.single.test(index.containerWords[i]) && index.charsOf(c) >= MIN_SINGLE_BODY_CHARS && !overlapping(c, found.list));
	return single ? undefined : found;
}

/** Whether one block holds the other (by source range: nested blocks nest their ranges), in O(1). */
function overlapping(a: Block, b: Block): boolean {
	return a.range.start < b.range.end && b.range.start < a.range.end;
}

function isChromeInline(x: Inline, chrome: RegExp): boolean {
	return (x.kind === 'span' || x.kind === 'link') && x.attrs !== undefined && chrome.test(attrWords(x.attrs));
}

/** Whether a paragraph is only a span or link the chrome words name. */
function isChromeParagraph(b: Block, chrome: RegExp): boolean {
	if (b.kind !== 'paragraph') return false;
	const parts = b.content.filter((x) => !(x.kind === 'text' && x.value.trim() === '') && x.kind !== 'softbreak' && x.kind !== 'break');
	if (parts.length !== 1) return false;
	return isChromeInline(parts[0], chrome);
}

function dropChrome(blocks: readonly Block[], chrome: RegExp, removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		const attrs = blockAttrs(b);
		if ((attrs && chrome.test(attrWords(attrs))) || isChromeParagraph(b, chrome)) {
			removed.push({ range: b.range, step: 'platform-list-chrome', signal: attrs ? attrWords(attrs) : collapsedText(b).slice(0, 40) });
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv') {
			const kids = dropChrome(b.children, chrome, removed);
			out.push(kids.length === b.children.length && kids.every((k, i) => k === b.children[i]) ? b : withChildren(b, kids));
		} else if (b.kind === 'list') {
			const items = b.items.map((it) => {
				const kids = dropChrome(it.children, chrome, removed);
				return kids.length === it.children.length && kids.every((k, i) => k === it.children[i]) ? it : withItemChildren(it, kids);
			});
			out.push(items.every((it, i) => it === b.items[i]) ? b : { ...b, items });
		} else if (b.kind === 'paragraph') {
			// A "more" link written inline at the end of an excerpt.
			const content = b.content.filter((x) => !isChromeInline(x, chrome));
			out.push(content.length === b.content.length ? b : withContent(b, content));
		} else out.push(b);
	}
	return out;
}

/**
 * The listing's read without the chrome its platform's template writes in the list (the pager's numbers, "read more"
 * buttons, the filter and subscribe bars, reading times). The annotators keep each item's title, teaser and date.
 */
export function withoutPlatformChrome(index: BlockIndex, blocks: Block[], removed: RemovedRegion[]): Block[] {
	const found = platformList(index);
	if (!found || found.items < MIN_PLATFORM_ITEMS) return blocks;
	return dropChrome(blocks, found.platform.chrome, removed);
}
