// A linked title heading is a teaser's only when other headings of the page link elsewhere: a lone one links to the page itself (a thread's or a post's permalink).
import { isLinkedHeading } from './listHeadings';
import type { MetadataScan, MNode } from './scan';
import { besideTopHeadline } from './pageHeadlineLevel';
import { linksHome } from './siteHomeLinks';

/**
 * Whether a heading of the page other than `title` links to another page than `href` does (not to an anchor).
 *
 * Reason: `kindPolicy.ts` drops the byline and date under a title heading that links away ("## [Featured story](/2026/03/
 * story)"): on a page of a listing kind it is a teaser's. But forum software and blog themes link the page's own
 * headline to its permalink ("# [Confusing resolver structure](/t/confusing-resolver-structure/144854)"), and when the
 * kind detector takes such a thread or post for a service, listing or documentation page, its author and date were
 * dropped. A teaser's heading has sibling teasers whose headings link to their own stories; a permalink heading is the
 * page's only such heading.
 *
 * Measured with `metaTune.js score` on the wcxb-dev tuning part (session 22, note meta12d):
 * - as detected: unchanged on both halves (author right A 194/254, B 210/275, where none A 2/244, B 1/281; published
 *   right A 197/265, B 210/296, where none A 7/233, B 4/260);
 * - every page taken for a service page (the cached regions, kind label `service`: the proxy for held-out sites whose
 *   kind is misdetected): author right A 170 -> 178, B 182 -> 187; published right A 170 -> 180, B 186 -> 192; where
 *   none unchanged but author A 2 -> 3 (a forum thread's opener that the truth omits, reported as detected too);
 * - every page extracted as an article (`metaForceKind.js article`): unchanged.
 */
export function otherHeadingLinksAway(s: MetadataScan, title: MNode, href: string): boolean {
	for (const n of s.nodes) {
		if (n === title || n.block?.kind !== 'heading' || !isLinkedHeading(s, n)) continue;
		// Under a top-level headline, only other top-level headings are sibling teasers (`pageHeadlineLevel.ts`).
		if (besideTopHeadline(title, n)) continue;
		const other = s.firstLinkIn(n)?.href.trim() ?? '';
		// A heading linked to the home page is the site's name (`siteHomeLinks.ts`).
		if (other !== '' && !other.startsWith('#') && other !== href && !linksHome(other)) return true;
	}
	return false;
}
