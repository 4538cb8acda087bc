// A heading that links into the page itself (a forum post's subject, `### [Re: Battery life](./viewtopic.php?p=5#p5)`) names a post of this thread, not another page's item.
import type { MetadataScan, MNode } from './scan';

/**
 * Reason: forum software (phpBB and its kin) writes each post's subject as a heading linked to that post's anchor on
 * this very page. Read as teasers' headlines, they made a thread a list of teasers: each poster's name follows the
 * previous post's subject heading, so no poster was reported, and a date under a subject was taken for a teaser's.
 * With class words the platform profile told the posts apart; declassed (EVAL_DECLASS, the proxy for unseen sites)
 * nothing did. A link to another page's story carries no fragment; a post's permalink does.
 * Measured on the wcxb-dev tuning part (session 49, meta54): declassed author right 401 -> 402 of 529 (a phpBB board,
 * half B; two other phpBB sites were right already and stay right), where none unchanged; as is unchanged.
 */

/** A link into a page: a fragment alone (`#p2169826`) or a path with one (`./viewtopic.php?p=5#p5`). */
const FRAGMENT_HREF_RE = /#[^\s#]/;

/** Share of the heading's text its fragment link holds: the heading is the link. */
const LINK_SHARE = 0.8;

/** Whether a heading is one link, most of its text, to a fragment (a post of this page). */
export function isPostAnchorHeading(s: MetadataScan, h: MNode): boolean {
	const text = s.textOf(h);
	if (text === '') return false;
	for (const d of s.descendants(h)) {
		if (d.inline?.kind !== 'link') continue;
		if (FRAGMENT_HREF_RE.test(d.inline.href) && s.textOf(d).length >= text.length * LINK_SHARE) return true;
	}
	return false;
}
