// A list of related stories after the article's text is no sign that the page has no byline or date of its own.
import type { Candidate, MetadataScan, MNode } from './scan';

/**
 * Reason: `repeatedBylines.ts` reads a page whose best bylines or dates are a list of teasers (each under its own
 * heading, evenly spaced) as an index with no author or date of its own. When every item of the list starts after
 * the article region ends, and the title is before that end, the list is the "Related posts" or "Recent articles"
 * box under an article, and the page's own byline and date are still among the other candidates before that end (a
 * dateline under the title that scores less than the boxes' `post-date` classes). Candidates after the end are left
 * out too: there they are more of the box's items, in a markup a little apart from the rest.
 *
 * Measured on the wcxb-dev tuning part (metadata of every tuning page, before -> after): published right 403 -> 405 of
 * 561 (two sites: an article whose "More perspectives" dates beat its dateline, a shop's blog post), wrong 50 and
 * reported where none 12 of 493 unchanged, authors unchanged; no page lost a right value. Without leaving out the
 * candidates after the region's end, a hub page's wrongly present update stamp became a teaser's date instead.
 */
export function isAfterBodyList(s: MetadataScan, nodes: readonly MNode[]): boolean {
	const r = s.context.region;
	const title = s.titleNode;
	if (!r || !title || title.range.start >= r.end || nodes.length === 0) return false;
	return nodes.every((n) => n.range.start >= r.end);
}

/** The candidates that are not in `list` and start before the article region's end (`isAfterBodyList` holds). */
export function beforeBodyEnd<T>(s: MetadataScan, cands: readonly Candidate<T>[], list: readonly Candidate<T>[]): Candidate<T>[] {
	const end = s.context.region?.end ?? Infinity;
	return cands.filter((c) => !list.includes(c) && c.node !== undefined && c.node.range.start < end);
}
