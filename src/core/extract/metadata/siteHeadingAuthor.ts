// A name in the site's heading (an h1 linked home above the page's headline) is the site's name, whatever its author markup says.
import { isSiteHeading } from './siteHeading';
import type { MetadataScan, MNode } from './scan';

/** How far up from the candidate the heading is looked for: the name is the heading's link, or a span in it. */
const HEADING_DEPTH = 3;

/**
 * Reason: blog themes mark the site's title as its author (`# [Human in the Loop](/){.h-card .p-author rel="author"}`,
 * an IndieWeb h-card on the home link), so `rel:author` reported the blog's name for every post, over the writer's
 * card at the end. A heading whose whole text links to the site's index is the site's name (`siteHeading.ts`); when it
 * is not the page's title, a byline read inside it is no author of the page. Where the site is a person's own, the
 * person is also named elsewhere (a byline, a card, a copyright line) or not at all.
 *
 * Measured on the wcxb-dev tuning part (session 23, cached regions, `metaTune.js score`; right / where the truth has
 * none): author half A 196 -> 197 of 254 (the writer's card at the end, `authorCards.ts`, now read), where none 2 of 244
 * unchanged; half B 211 of 275 and 1 of 281 unchanged; published and title unchanged on both halves.
 */
export function inSiteHeading(s: MetadataScan, n: MNode): boolean {
	let p: MNode | undefined = n;
	for (let i = 0; p && i <= HEADING_DEPTH; p = p.parent, i++) {
		if (p.block?.kind !== 'heading') continue;
		return p !== s.titleNode && isSiteHeading(s, p, s.textOf(p));
	}
	return false;
}
