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
function isNavItem(it: ListItem, maxChars: number): boolean {
	const kids = it.children.filter((c) => c.kind !== 'spacer');
	if (kids.length === 0) return false;
	// A link that wraps a block reaches the dump as an empty link over its label (linkBlockItems.ts).
	if (isLinkBlockItem(it, maxChars, isIconBox)) return true;
	const [first, ...rest] = kids;
	if (first.kind !== 'paragraph' && first.kind !== 'heading') return false;
	const text = collapsedText(first);
	if (text.length === 0 || text.length > maxChars || linkChars(first.content) < text.length * MIN_ITEM_LINK_SHARE) return false;
	return rest.every((b) => (b.kind === 'list' && isNavList(b, MAX_SUBMENU_ITEM_CHARS, 1)) || isIconBox(b));
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
function isNavList(b: Block, maxChars = MAX_NAV_ITEM_CHARS, minItems = MIN_NAV_ITEMS): boolean {
	return b.kind === 'list' && !b.definition && b.items.length >= minItems && b.items.every((it) => isNavItem(it, maxChars));
}

/** Drops navigation lists, at any depth of the kept blocks. */
export function dropNavigationLists(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (isNavList(b)) {
			removed.push({ range: b.range, step: 'navigation-list', signal: `${b.kind === 'list' ? b.items.length : 0} links` });
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const children = dropNavigationLists(b.children, removed);
			out.push(children.length === b.children.length && children.every((c, i) => c === b.children[i]) ? b : withChildren(b, children));
			continue;
		}
		out.push(b);
	}
	return out;
}
