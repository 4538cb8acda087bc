// Headings repeated as the items of a list (a blog index, related posts, a card grid): none of them is the page's title, and the byline under the first is that item's.
import type { MetadataScan, MNode } from './scan';

/**
 * This many headings (or title-classed elements) in the same markup, each with its own text, are the items of a list:
 * three, as for repeated bylines (`repeatedBylines.ts`); two is a heading shown twice (a sticky header).
 */
const LIST_ITEMS_MIN = 3;
/** A heading is a link to another page when one link holds this share of its text ("[Story](/x) (example.com)"). */
const LINKED_SHARE = 0.8;

/**
 * Numbers in class names tell a list's items apart (`dropdown-section-item-53`, `post-1234`, `slide-2`), not their
 * markup: they are read as one mark, so that the items of a menu or a grid share their signature. A services menu's
 * seven `### [Traditional Accounting](…) {.mega-dropdown__right-title}` panels, each in its `dropdown-section-item-N`,
 * kept their headline bonus and outscored the page's h2 (wcxb-dev tuning part: with `weakTitle.ts`, removed in session 21).
 */
const CLASS_NUMBER_RE = /\d+/g;

/** The markup a heading is written in: its level (or kind), its classes and its parent's, and whether it is a link. */
function signature(s: MetadataScan, n: MNode): string {
	const b = n.block;
	const shape = b?.kind === 'heading' ? `h${b.level}` : (b?.kind ?? n.inline?.kind ?? '');
	const classes = `${n.attrs?.classes.join(' ') ?? ''}|${n.parent?.attrs?.classes.join(' ') ?? ''}`;
	return `${shape}|${classes.replace(CLASS_NUMBER_RE, '#')}|${isLinkedHeading(s, n) ? 'link' : ''}`;
}

/** A heading whose text is one link ("## [Story title](/2025/story)", a source or a count beside it): it leads to another page, as a list's items do. */
export function isLinkedHeading(s: MetadataScan, n: MNode): boolean {
	if (n.inline?.kind === 'link') return true;
	const own = s.textOf(n).length;
	if (own === 0) return false;
	for (const d of s.descendants(n)) if (d.inline?.kind === 'link' && s.textOf(d).length >= own * LINKED_SHARE) return true;
	return false;
}

/**
 * The title candidates that are items of a list: in a markup shared by at least LIST_ITEMS_MIN candidates with
 * different texts. Vocabulary and platform bonuses ("entry-title") say "this is the page's headline"; on an index page
 * every item carries them, so they do not single out the page's own title.
 */
export function listItemHeadings(s: MetadataScan, nodes: readonly MNode[]): Set<MNode> {
	const groups = new Map<string, MNode[]>();
	for (const n of nodes) {
		const key = signature(s, n);
		const g = groups.get(key);
		if (g) g.push(n);
		else groups.set(key, [n]);
	}
	const out = new Set<MNode>();
	for (const g of groups.values()) {
		if (g.length < LIST_ITEMS_MIN || new Set(g.map((n) => s.textOf(n))).size < LIST_ITEMS_MIN) continue;
		for (const n of g) out.add(n);
	}
	return out;
}
