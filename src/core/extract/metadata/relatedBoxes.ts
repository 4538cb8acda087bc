// A date under a box heading like "Recent News" or "Related Posts" is a teaser's, not the page's.
import type { MetadataScan, MNode } from './scan';

/**
 * Headings that name a box of other pages' teasers: "Recent News", "Latest Posts", "Related Articles", "More Stories",
 * "You May Also Like". A date in such a box is one of the listed stories' (a Drupal view's `news-release-date` under
 * "#### Recent News" on a city's service page), even when the box's classes say nothing (`view-content`, `views-row`).
 * Reason: issue 12 (helper "dates"). Tuning part of wcxb-dev: published where none 1 fewer, right unchanged (395 of 561).
 */
export const RELATED_HEADING_RE =
	/^(?:(?:recent|latest|related|more|other|similar|popular|trending|featured|top|new)\s+(?:news|posts?|articles?|stories|blogs?|blog posts|updates|press releases|releases|insights|reads|resources)|you (?:may|might) also (?:like|enjoy)|read (?:next|more)|further reading|more from .+|recommended(?: for you| reading)?)\s*:?$/iu;
/** How many containers up the box's heading is looked for (row › view content › view › block). */
const BOX_DEPTH = 4;
/** A container larger than this is the page's column, not a box: its first heading labels no teaser list. */
const MAX_BOX_CHARS = 20000;

/** Whether a node sits in a container whose last heading before it names a box of other pages' teasers. */
export function underRelatedHeading(s: MetadataScan, n: MNode): boolean {
	const t = s.titleNode;
	let p = n.parent;
	for (let i = 0; i < BOX_DEPTH && p; i++, p = p.parent) {
		if (p.range.end - p.range.start > MAX_BOX_CHARS) return false;
		// The page's own column holds its title: its headings are sections of the page.
		if (t && p.range.start <= t.range.start && p.range.end >= t.range.end) return false;
		let last: MNode | undefined;
		for (const d of s.descendants(p)) {
			if (d.range.start >= n.range.start) break;
			if (d.block?.kind === 'heading') last = d;
		}
		if (last) return RELATED_HEADING_RE.test(s.textOf(last));
	}
	return false;
}
