// A menu above the title: text above the page's h1 that is mostly links is the site's menu, however much of the page it is.
import type { Block } from '../../model/dumpDocument';
import { childBlocks } from '../../model/blockTree';
import type { BlockIndex } from '../blockIndex';
import { isEmptyLinkOnly } from '../heuristics/linkBlockItems';
import { collapsedText } from '../inlineText';
import { inlineLinkChars, measureBlocks } from './blockMeasures';

/**
 * A whole-page read drops what lies above its first h1 only when that is less than half the page (pageStart.ts): a page
 * whose h1 sits low keeps its text. A mega-menu (a tree of category links under each top entry, with a promo tile per
 * panel) can be more than half a short category page, and pandoc keeps its entries as plain lists whose labels are
 * buttons, not links, so navigationLists.ts and dropdownMenus.ts miss it. Its text is still mostly link text; a page's
 * prose above a low h1 (teasers with their excerpts, an intro) is not. The two mega-menus seen on half A declassed (a
 * running shop's category page, a news agency's index) are 0.81 and 0.82 links; a product page's breadcrumb and specs
 * box above its h1, 0.53. Measured (session 39, tuning part of wcxb-dev, word F1, cut from 0.6 of links; as a threshold
 * 0.5 and 0.7 move the same pages but the product page at 0.53):
 * declassed (EVAL_DECLASS=all) all 0.85997 -> 0.86094, half B 0.86252 -> 0.86293, collection 0.73211 -> 0.74075 (half B
 * 0.71193 -> 0.71274), listing 0.75243 -> 0.75828 (half B 0.79030 -> 0.79560); 4 pages of 4 sites up, none down; as is
 * no page moves (class words already dropped these menus).
 */
export const MIN_MENU_LINK_SHARE = 0.6;

/**
 * Whether the text above the title (`all` the read's blocks, `fromTitle` those kept from the title on, `aboveChars` the
 * text between) is mostly link text: a menu, to drop whatever its share of the page.
 */
export function isMenuAboveTitle(all: readonly Block[], fromTitle: readonly Block[], aboveChars: number, tiles?: TileLeaves): boolean {
	if (aboveChars <= 0) return false;
	const aboveLinks = measureBlocks(all).linkChars - measureBlocks(fromTitle).linkChars + Math.max(tileTextAbove(all, fromTitle), tiles ? tileLeafTextAbove(all, fromTitle, tiles) : 0);
	return aboveLinks >= aboveChars * MIN_MENU_LINK_SHARE;
}

/** The start offsets of the text blocks (paragraphs, headings) that lie inside a link tile of the page's tree. */
export type TileLeaves = ReadonlySet<number>;

/** Per index, its link tiles' text blocks (see `linkTileLeaves`): found once, every read asks. */
const tileLeavesOf = new WeakMap<BlockIndex, TileLeaves>();

/**
 * The text blocks of every link tile in the page's own tree (a box or list item that opens with an empty link and
 * holds more after it, `isTile`), by start offset. A read of the whole page or of a wide container flattens the plain
 * boxes of a mega-menu whose panels are tiles of "title + one-line blurb" (each box opening with the link that wraps
 * it), so `tileTextAbove` no longer sees them in the read; their paragraphs keep their offsets, and the tree the index
 * holds still has the boxes. One walk of the tree; a tile's own subtree is marked once and not searched for more tiles.
 * Read by the whole page's cleaning (coverage.ts `cleanedWholePage`) and a container's start at the title
 * (titleInContainer.ts). Measured (eval --part tune, session 45, with commentThreads.ts's counted header bands):
 * declassed all 0.88509 → 0.88583 (A +0.0010, B +0.0005): a workforce software page under its product mega-menu 0.76 →
 * 0.95 and a compliance firm's page 0.60 → 0.89 (service A 0.82824 → 0.83120, article B +0.0010), no page down; as is
 * no page moved (class words already dropped these menus).
 */
export function linkTileLeaves(index: BlockIndex): TileLeaves {
	let found = tileLeavesOf.get(index);
	if (found) return found;
	const leaves = new Set<number>();
	const mark = (b: Block): void => {
		if (b.kind === 'paragraph' || b.kind === 'heading') leaves.add(b.range.start);
		else for (const c of childBlocks(b)) mark(c);
	};
	const visit = (b: Block): void => {
		if (b.kind === 'list') {
			for (const it of b.items) {
				if (isTile(it.children)) for (const c of it.children) mark(c);
				else for (const c of it.children) visit(c);
			}
			return;
		}
		if ((b.kind === 'div' || b.kind === 'htmlDiv') && isTile(b.children)) {
			for (const c of b.children) mark(c);
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of index.doc.blocks) visit(b);
	found = leaves;
	tileLeavesOf.set(index, found);
	return found;
}

/** The plain text of the read's blocks above the title that are text blocks of the page's link tiles (`linkTileLeaves`). */
export function tileLeafTextAbove(all: readonly Block[], fromTitle: readonly Block[], tiles: TileLeaves): number {
	const end = fromTitle.length > 0 ? fromTitle[0].range.start : Infinity;
	let chars = 0;
	const visit = (b: Block): void => {
		if (b.range.start >= end) return;
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			if (tiles.has(b.range.start)) chars += Math.max(0, collapsedText(b).length - inlineLinkChars(b.content));
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of all) visit(b);
	return chars;
}

/**
 * The text of link tiles among `all` that lie before the first block of `fromTitle`, less its own link text: a menu
 * entry whose link wraps a title and a line that describes it (a mega-menu's "Screening / Wallet and transaction
 * screening") reaches the dump as an empty link, then the title and the line as plain text (heuristics/linkBlockItems.ts);
 * in the browser all of it is the link. Only tiles whose wrapper is still there count: the whole page's read flattens
 * the containers of some menus (a mega-menu of headed tiles in plain boxes stays). Measured (eval --part tune, session
 * 44): declassed all 0.88270 → 0.88295 (half B +0.0005, half A unchanged; a legal publisher's article under its
 * mega-menu of case-study tiles 0.56 → 0.83), as is no page moved.
 */
function tileTextAbove(all: readonly Block[], fromTitle: readonly Block[]): number {
	const end = fromTitle.length > 0 ? fromTitle[0].range.start : Infinity;
	let chars = 0;
	const visit = (b: Block): void => {
		if (b.range.start >= end) return;
		const kids = b.kind === 'div' || b.kind === 'htmlDiv' ? b.children : undefined;
		if (kids && b.range.end <= end && isTile(kids)) {
			chars += tileText(kids);
			return;
		}
		if (b.kind === 'list') {
			for (const it of b.items) {
				if (it.children.length > 0 && it.children[0].range.start >= end) return;
				if (isTile(it.children)) chars += tileText(it.children);
				else for (const c of it.children) visit(c);
			}
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of all) visit(b);
	return chars;
}

/** Whether blocks open with a paragraph that is an empty link and hold more after it. */
function isTile(kids: readonly Block[]): boolean {
	let i = 0;
	while (i < kids.length && kids[i].kind === 'spacer') i++;
	const first = kids[i];
	return first !== undefined && first.kind === 'paragraph' && i < kids.length - 1 && collapsedText(first) === '' && isEmptyLinkOnly(first.content);
}

/** The plain (unlinked) text of blocks. */
function tileText(kids: readonly Block[]): number {
	let n = 0;
	const visit = (b: Block): void => {
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			n += Math.max(0, collapsedText(b).length - inlineLinkChars(b.content));
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of kids) visit(b);
	return n;
}
