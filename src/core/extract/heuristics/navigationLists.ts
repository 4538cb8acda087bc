// Navigation lists: a list whose every item is one short link (a menu, a footer's columns) is the site's navigation, not a page's content.
import type { Block, Inline, ListItem } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText, inlineText } from '../inlineText';
import { withChildren } from '../../model/divNodes';
import { isLinkBlockItem } from './linkBlockItems';

/**
 * A menu entry names a section in a few words ("About us", "Careers", "Privacy policy"); a listing's item is a
 * title, longer than this. With calls to action (callsToAction.ts), on the tuning part of wcxb-dev: service P
 * 0.790 → 0.794 and its `without` rate 0.204 → 0.170, all F1 0.825 → 0.825 (without 0.105 → 0.099).
 */
export const MAX_NAV_ITEM_CHARS = 30;
/**
 * A submenu's entry, nested under a menu's entry, names a service or a page in more words ("Client Accounting Services
 * for Nonprofits"): a mega-menu's tree of links. Still one link, and under a menu entry that is short itself; a
 * submenu may hold a single entry. Tuning part of wcxb-dev: a service page's services tree in its hero 0.622 -> 0.725,
 * an article (half B) 0.844 -> 0.849, a collection 0.509 -> 0.511; no page down (service half A 0.829 -> 0.833 with
 * heuristics/mediaFallback.ts).
 */
export const MAX_SUBMENU_ITEM_CHARS = 60;
/** A list needs this many such items to be a menu: two links may be a pair of buttons in a sentence's place. */
export const MIN_NAV_ITEMS = 3;
/** Share of an item's text inside its link: "Blog (12)" is still a menu entry. */
const MIN_ITEM_LINK_SHARE = 0.8;

function linkChars(inlines: readonly Inline[]): number {
	let n = 0;
	for (const x of inlines) {
		if (x.kind === 'link') n += collapse(inlineText(x.children)).length;
		else if (x.kind === 'emphasis' || x.kind === 'span') n += linkChars(x.children);
	}
	return n;
}

/**
 * Whether a list item is one short link (longer in a submenu: `MAX_SUBMENU_ITEM_CHARS`), optionally with a nested menu
 * or an icon (`isIconBox`) under it.
 */
function isNavItem(it: ListItem, maxChars: number, columns: boolean): boolean {
	const kids = it.children.filter((c) => c.kind !== 'spacer');
	if (kids.length === 0) return false;
	// A link that wraps a block reaches the dump as an empty link over its label (linkBlockItems.ts).
	if (isLinkBlockItem(it, maxChars, isIconBox)) return true;
	const [first, ...rest] = kids;
	if (first.kind !== 'paragraph' && first.kind !== 'heading') return columns && isLabelledColumn(first, maxChars);
	const text = collapsedText(first);
	if (text.length === 0 || text.length > maxChars) return false;
	const links = linkChars(first.content);
	// A column's plain label over its submenu (an accordion footer's "Partnerships" over its links: labelledColumns below).
	if (links === 0) return columns && isSubmenuOnly(rest, 0);
	if (links < text.length * MIN_ITEM_LINK_SHARE) return false;
	return rest.every((b) => (b.kind === 'list' && isNavList(b, MAX_SUBMENU_ITEM_CHARS, 1, columns)) || isIconBox(b));
}

/**
 * A menu's entry may also be a column: a short plain label (no link; a paragraph or heading) over a submenu of links,
 * the two wrapped in containers, as accordion footers and mega menus write them (`<li><div>Partnerships<div><ul>` ...;
 * pandoc keeps the wrappers as fenced divs). The label is a toggle, not a link, so the rule above, which asks the
 * entry's first block to be a link, kept every such footer of a page whose class names did not mark it. The entry
 * holds nothing but the label and lists of short links (perhaps in further wrappers): a list of features whose
 * entries are sentences, or a label over prose, stays. Depth of wrappers is bounded (`MAX_WRAPPER_DEPTH`). Only on a
 * whole page's read (kinds/coverage.ts `cleanedWholePage`). Measured (eval --part tune, session 39): declassed, an IT
 * firm's accordion footer 0.887 -> 0.966, a store locator's listing 0.729 -> 0.962, a cloud vendor's pages (half B)
 * +0.001 and +0.002, none down; as is, the same half-B pages and one half-A page up by 0.002, none down.
 */
export const MAX_WRAPPER_DEPTH = 4;

/** Whether a container (an entry's only block) is a plain label over a submenu of links. */
function isLabelledColumn(b: Block, maxChars: number, depth = 0): boolean {
	if ((b.kind !== 'div' && b.kind !== 'htmlDiv') || depth > MAX_WRAPPER_DEPTH) return false;
	const kids = b.children.filter((c) => c.kind !== 'spacer');
	if (kids.length === 0) return false;
	const [first, ...rest] = kids;
	if (first.kind === 'div' || first.kind === 'htmlDiv') return rest.length === 0 && isLabelledColumn(first, maxChars, depth + 1);
	if (first.kind !== 'paragraph' && first.kind !== 'heading') return false;
	const text = collapsedText(first);
	if (text.length === 0 || text.length > maxChars || linkChars(first.content) > 0) return false;
	return isSubmenuOnly(rest, depth);
}

/** Whether blocks are a submenu and nothing else: lists of short links, icons, and wrappers of those (at least one list). */
function isSubmenuOnly(blocks: readonly Block[], depth: number): boolean {
	let lists = 0;
	const visit = (b: Block, d: number): boolean => {
		if (b.kind === 'spacer' || isIconBox(b)) return true;
		if (b.kind === 'list') {
			lists++;
			return isNavList(b, MAX_SUBMENU_ITEM_CHARS, 1, true);
		}
		if ((b.kind === 'div' || b.kind === 'htmlDiv') && d <= MAX_WRAPPER_DEPTH) return b.children.every((c) => visit(c, d + 1));
		return false;
	};
	return blocks.every((b) => visit(b, depth + 1)) && lists > 0;
}

/**
 * Whether a block is a container without text: the icon a menu entry draws after its link (an arrow, an "opens
 * elsewhere" mark), which pandoc keeps as a container of one image beside the link. Tuning part of wcxb-dev: a
 * service page's footer columns went, 0.891 -> 0.919; no other page moved.
 */
function isIconBox(b: Block): boolean {
	return (b.kind === 'div' || b.kind === 'htmlDiv') && collapsedText(b) === '';
}

/** Whether a list is a menu: `minItems` short links (a submenu under a menu's entry may hold one or two), each perhaps with its submenu. */
function isNavList(b: Block, maxChars = MAX_NAV_ITEM_CHARS, minItems = MIN_NAV_ITEMS, columns = false): boolean {
	if (b.kind !== 'list' || b.definition || b.items.length < minItems) return false;
	if (b.items.every((it) => isNavItem(it, maxChars, columns))) return true;
	if (!columns) return false;
	// A tree with a labelled column in it is a site map's or a footer's: its top entries may be as long as a submenu's
	// ("Environmental, Social and Governance" beside "Careers").
	return maxChars < MAX_SUBMENU_ITEM_CHARS && b.items.some(isLabelledEntry) && b.items.every((it) => isNavItem(it, MAX_SUBMENU_ITEM_CHARS, true));
}

/** Whether a list's entry is a labelled column: a plain label over a submenu, itself or in wrappers. */
function isLabelledEntry(it: ListItem): boolean {
	const kids = it.children.filter((c) => c.kind !== 'spacer');
	if (kids.length === 0) return false;
	const [first, ...rest] = kids;
	if (first.kind === 'paragraph' || first.kind === 'heading') return linkChars(first.content) === 0 && collapsedText(first).length <= MAX_NAV_ITEM_CHARS && isSubmenuOnly(rest, 0);
	return kids.length === 1 && isLabelledColumn(first, MAX_NAV_ITEM_CHARS);
}

/**
 * Drops navigation lists, at any depth of the kept blocks. `columns`: lists whose entries are labelled columns are menus
 * too (a whole page's read; a product page's labelled lists of links may be its specifications: a game's store page
 * lost 0.013 F1 with them).
 */
export function dropNavigationLists(blocks: readonly Block[], removed: RemovedRegion[], columns = false): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (isNavList(b, MAX_NAV_ITEM_CHARS, MIN_NAV_ITEMS, columns)) {
			removed.push({ range: b.range, step: 'navigation-list', signal: `${b.kind === 'list' ? b.items.length : 0} links` });
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const children = dropNavigationLists(b.children, removed, columns);
			out.push(children.length === b.children.length && children.every((c, i) => c === b.children[i]) ? b : withChildren(b, children));
			continue;
		}
		out.push(b);
	}
	return out;
}
