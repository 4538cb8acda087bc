// A breadcrumb trail's current item ("Home · Farm · **6 Gardening Shows to Watch**") names the page: it stands in for a list item's heading.
import { attrValue } from '../inlineText';
import { MAX_TITLE_CHARS } from '../metadataRules';
import type { Candidate, MetadataScan, MNode } from './scan';
import { titleText } from './titleText';
import { hasWords } from './wordlessHeadings';

/** Yoast SEO marks the trail's last item `breadcrumb_last`; other themes name theirs `breadcrumb-current`, `current-item`. */
const CURRENT_CLASS_RE = /(?:^|\s)(?:breadcrumb_last|breadcrumb-current|breadcrumb__current|breadcrumb-item-current)(?:$|\s)/;
/** How far up a trail's item its breadcrumb container is looked for (nav › ol › li › span › link). */
const TRAIL_DEPTH = 6;

/** Whether a node sits in a breadcrumb trail: a container named so, or schema.org's BreadcrumbList. */
function inTrail(n: MNode): boolean {
	for (let p: MNode | undefined = n, i = 0; p && i <= TRAIL_DEPTH; p = p.parent, i++) if (/breadcrumb/.test(p.words)) return true;
	return false;
}

/** Whether the node is the trail's item for the page itself. */
function isCurrentItem(n: MNode): boolean {
	if (!n.inline || n.hidden) return false;
	if (CURRENT_CLASS_RE.test(n.words)) return true;
	// `aria-current="page"` also marks the open page in menus: only in a trail, or on a schema.org list item's name.
	return attrValue(n.attrs, 'aria-current') === 'page' && (n.itemprop === 'name' || inTrail(n));
}

/**
 * The current item of the page's breadcrumb trail, as a title candidate. When the best heading is one of a list's item
 * headings (an index's first card, a listicle's first entry: right 2 times in 25 on the wcxb-dev tuning part), the
 * trail's last item, which the site sets to the page's own name, is the better title. On the tuning part, where both
 * a trail item and a title were found, the trail item was the annotated title on 31 of 57 pages, the chosen heading on 38 (measured: title right 749 -> 751).
 * So it only replaces a list item's heading, never a heading of the page's own.
 */
export function breadcrumbTitle(s: MetadataScan): { candidate: Candidate<string>; node: MNode } | undefined {
	for (const n of s.nodes) {
		if (!isCurrentItem(n)) continue;
		const text = titleText(s.textOf(n));
		if (text.length < 2 || text.length > MAX_TITLE_CHARS || !hasWords(text)) continue;
		return { candidate: { value: text, source: n.range, rule: 'breadcrumb:current', score: 0 }, node: n };
	}
	return undefined;
}
