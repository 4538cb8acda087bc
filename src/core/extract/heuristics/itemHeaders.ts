// Item headers: a feed's repeated `entry-header` holding each item's linked title is the item, not the page's header.
import type { Block } from '../../model/dumpDocument';
import type { Container } from '../blockIndex';
import { type BlockIndex, isContainer } from '../blockIndex';
import { hasLinkedHeading } from '../kinds/itemTitles';

/** This many sibling containers of one class, each with a linked heading, are a feed's items. */
export const MIN_ITEM_HEADERS = 3;

/**
 * Themes wrap each teaser's title in a header of its own (`entry-header`, `post-header`, `Excerpt-Header`), which step
 * 3 prunes by the word "header" before scoring: a category page then loses every title (a recipe category page kept
 * only its description). A container named chrome only by "header" is kept when it holds a heading with a link and at
 * least `MIN_ITEM_HEADERS` siblings of its first class (itself included) do too: a page has one header, a feed one per
 * item. Measured on the wcxb-dev tuning part (word F1): listing 0.744 → 0.748 (a recipe category page 0.68 → 0.99),
 * documentation 0.921 → 0.921 (two pages up: 0.98 → 1.00, 0.91 → 0.92), no page down; all 0.879 → 0.879.
 */
export function isItemHeader(index: BlockIndex, c: Container): boolean {
	const cls = c.attrs.classes[0];
	if (cls === undefined || !hasLinkedHeading(c)) return false;
	const parent = index.parent.get(c);
	return (linkedHeadingClasses(index, parent).get(cls) ?? 0) >= MIN_ITEM_HEADERS || cousinHeaders(index, parent, cls) >= MIN_ITEM_HEADERS;
}

/**
 * Where each item is a `<div>` of its own (a CMS's `blog-item`, Joomla's layouts/joomla/content/
 * blog_style_default_item_title.php writes `<div class="page-header"><h2><a>` inside each), the item headers are
 * cousins, not siblings: counted over the parent's siblings of its first class (numbers aside: Joomla 3 writes
 * `leading-0`, `leading-1`), each holding a child of the header's first class with a linked heading. Measured (session 37, tuning part of wcxb-dev): it keeps headers on 5 more pages
 * (half-A articles' related rails, outside what they read), no page's F1, kind or metadata changed; it is there for the
 * platforms that write it (a Joomla category blog lost every item title before it, test/unit/listingProfiles.test.ts).
 */
function cousinHeaders(index: BlockIndex, parent: Block | undefined, cls: string): number {
	if (parent === undefined || !isContainer(parent)) return 0;
	const first = parent.attrs.classes[0];
	if (first === undefined) return 0;
	return cousinCountsOf(index, index.parent.get(parent)).get(`${unnumbered(first)}\u0000${cls}`) ?? 0;
}

/**
 * For one list, how many of its items (containers, by their first class with numbers left out) hold a child of each
 * first class with a linked heading: one pass over the items and their children, made once per list, so a feed of
 * many items, each of its own classes, costs time linear in its size.
 */
function cousinCountsOf(index: BlockIndex, list: Block | undefined): Map<string, number> {
	return perParent(cousinCounts, index, list, () => {
		const m = new Map<string, number>();
		for (const item of index.childrenOf(list)) {
			const first = isContainer(item) ? item.attrs.classes[0] : undefined;
			if (first === undefined) continue;
			const itemClass = unnumbered(first);
			for (const cls of linkedHeadingClasses(index, item).keys()) {
				const key = `${itemClass}\u0000${cls}`;
				m.set(key, (m.get(key) ?? 0) + 1);
			}
		}
		return m;
	});
}

/** A class with its numbers left out: templates number their items' classes (Joomla 3's `leading-0`, `leading-1`). */
function unnumbered(cls: string): string {
	return cls.replace(/\d+/g, '#');
}

/** Per index and list, the cousin headers counted per item class and header class (`cousinCountsOf`). */
const cousinCounts = new WeakMap<BlockIndex, Map<Block | undefined, Map<string, number>>>();

/** Per index and parent, how many children of each first class hold a linked heading: counted once per parent. */
const counts = new WeakMap<BlockIndex, Map<Block | undefined, Map<string, number>>>();

function linkedHeadingClasses(index: BlockIndex, parent: Block | undefined): Map<string, number> {
	return perParent(counts, index, parent, () => {
		const m = new Map<string, number>();
		for (const s of index.childrenOf(parent)) {
			const k = isContainer(s) ? s.attrs.classes[0] : undefined;
			if (k !== undefined && hasLinkedHeading(s)) m.set(k, (m.get(k) ?? 0) + 1);
		}
		return m;
	});
}

/** A count made once per index and parent block, kept in `memo`. */
function perParent(memo: WeakMap<BlockIndex, Map<Block | undefined, Map<string, number>>>, index: BlockIndex, parent: Block | undefined, make: () => Map<string, number>): Map<string, number> {
	let byParent = memo.get(index);
	if (!byParent) memo.set(index, (byParent = new Map()));
	let m = byParent.get(parent);
	if (!m) byParent.set(parent, (m = make()));
	return m;
}
