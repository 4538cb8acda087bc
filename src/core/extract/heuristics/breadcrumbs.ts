// Breadcrumbs: a line of links joined by separators ("Home / Camping / Cookware") is navigation, not the page's content.
import type { Block, Inline, ListItem } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText, inlineText } from '../inlineText';
import { matchCount } from '../../text/wordCount';

/** Separators of a breadcrumb trail. */
const SEPARATOR_RE = /\s(?:\/|»|›|>|\||→|::)\s/g;
/** A trail is short: a few levels of a site's sections. */
const MAX_TRAIL_CHARS = 150;
/** At least this many separators: "A / B" alone may be a date range or a ratio, "A / B / C" is a trail. */
const MIN_SEPARATORS = 2;

function linkCount(inlines: readonly Inline[]): number {
	let n = 0;
	for (const x of inlines) {
		if (x.kind === 'link') n++;
		else if (x.kind === 'emphasis' || x.kind === 'span') n += linkCount(x.children);
	}
	return n;
}

/**
 * A trail written as an ordered list (`<ol>` is the usual markup of a breadcrumb: MkDocs Material's path, schema.org
 * BreadcrumbList, a shop's "Home / All products / …") opens what is kept: a few items, each one short link. Tuning
 * part of wcxb-dev: 4 pages of 4 sites open with one (a docs tutorial, a language's docs, two shops), none kept by the
 * annotators; an unordered list of links there is as often a table of contents or a tag line, and stays.
 */
const MAX_LIST_TRAIL_ITEMS = 6;
const MAX_LIST_TRAIL_WORDS = 6;

/** The label of a list item that is exactly one link, or undefined. */
function linkLabel(item: ListItem): string | undefined {
	if (item.children.length !== 1) return undefined;
	const [p] = item.children;
	if (p.kind !== 'paragraph') return undefined;
	const inlines = p.content.filter((x) => !(x.kind === 'text' && !x.value.trim()) && x.kind !== 'softbreak');
	if (inlines.length !== 1 || inlines[0].kind !== 'link') return undefined;
	return collapse(inlineText(p.content));
}

/** Whether a block is a breadcrumb trail written as an ordered list of a few short links. */
export function isListTrail(b: Block): boolean {
	if (b.kind !== 'list' || !b.ordered || b.items.length < MIN_SEPARATORS || b.items.length > MAX_LIST_TRAIL_ITEMS) return false;
	return b.items.every((it) => {
		const label = linkLabel(it);
		return label !== undefined && label.length > 0 && label.split(/\s+/).length <= MAX_LIST_TRAIL_WORDS;
	});
}

/** Drops paragraphs that are breadcrumb trails (separated segments, all but the last usually links), and an opening ordered list of links. */
export function dropBreadcrumbs(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return blocks.filter((b, i) => {
		if (i === 0 && isListTrail(b)) {
			removed.push({ range: b.range, step: 'breadcrumb', signal: 'ordered list of links at the start' });
			return false;
		}
		if (b.kind !== 'paragraph') return true;
		const text = collapsedText(b);
		if (text.length === 0 || text.length > MAX_TRAIL_CHARS) return true;
		const separators = matchCount(SEPARATOR_RE, text);
		if (separators < MIN_SEPARATORS || linkCount(b.content) < separators) return true;
		// Words outside the segments would make it a sentence: every segment is short.
		if (text.split(SEPARATOR_RE).some((seg) => seg.split(/\s+/).length > 8)) return true;
		removed.push({ range: b.range, step: 'breadcrumb', signal: text });
		return false;
	});
}
