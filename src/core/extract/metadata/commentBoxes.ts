// A name or a date inside a box named for comments is a commenter's: never reported as the page's author or date, whatever markup it carries.
import type { MetadataScan, MNode } from './scan';

/**
 * Reason: a comment's markup can be as strong as a byline's (`itemprop="author"` on a Stack Overflow comment's poster,
 * a schema.org Comment's `datePublished`), strong enough to outweigh the foreign box's mark-down (`WEIGHT.foreign`), so
 * a commenter's name was reported where the page names no author. A box named `comment`, `comments`, `comment-list`
 * (`comment-text`, `comment_body`) holds other people's words: its names and dates are capped under the reporting
 * score, still counted as candidates (lists of teasers are told by their repeats, `repeatedBylines.ts`). Replies are
 * not included: forum platforms wrap the opening post in `reply`/`post` boxes. A platform profile's own author or date
 * element is known to be the page's.
 *
 * Measured on the wcxb-dev tuning part (cached regions): author reported where the truth has none half A 3 -> 2 of
 * 244, half B 1 -> 1 of 281; right unchanged (194 of 254, 210 of 275); published unchanged.
 */
export function inCommentBox(s: MetadataScan, n: MNode): boolean {
	const t = s.titleNode;
	for (let p: MNode | undefined = n; p; p = p.parent) {
		if (p.words === '' || !COMMENT_BOX_RE.test(p.words)) continue;
		// A container that holds the page's title is the page's column, whatever its name.
		if (t && p !== t && p.range.start <= t.range.start && p.range.end >= t.range.end) continue;
		return true;
	}
	return false;
}

/** The score a commenter's name or date is capped at: one under the reporting threshold. */
export function commentCap(score: number, minReported: number): number {
	return Math.min(score, minReported - 1);
}

/** Class and id words naming a comment or a comment list, bounded like the vocabularies of `metadataRules.ts`. */
const COMMENT_BOX_RE = /(?:^|[\s_:-])(?:comment|comments|commentlist|comment-list|comment-body|comment-text|comment-content)(?:$|[\s_:-])/i;
