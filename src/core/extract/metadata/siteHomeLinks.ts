// A heading that links to the site's home page ("# [Acme Cleaning](/)") names the site: it is no sibling teaser of a linked title.

/** A link to a home page: "/", "./", "index.html", or an absolute URL whose path is "/" or empty (with no query). */
const HOME_HREF_RE = /^(?:(?:https?:)?\/\/[^/?#]+)?(?:\/|\.\/|\/?index\.(?:html?|php))?(?:#.*)?$/i;

/**
 * Whether a heading's link leads to the site's home page.
 *
 * Reason: `kindPolicy.ts titleLeadsAway` drops the byline and date under a linked title when another heading of the
 * page links elsewhere (a teaser list's sibling headings). Many themes write the site's name as a linked h1 before the
 * post's own linked h1 (Squarespace's `site-title`, classic WordPress themes' `site-title`): that heading leads to the
 * home page, which no teaser does. When the kind detector took such a post for a service or listing page, its author
 * and date were dropped, rel=author ones too. A teaser links to a story, never to "/".
 *
 * Measured with `metaTune.js score` on the wcxb-dev tuning part (session 36, meta41), right / where none per half:
 * - as detected: unchanged (author A 209/254 2/244, B 212/275 1/281; published A 203/265 5/233, B 212/296 4/260);
 * - every page extracted as a service page (`metaForceKind.js service`, the proxy for held-out kind misses): author
 *   right A 198 -> 199, published right A 193 -> 194 (a Squarespace post: site-title h1 linked to "/"); B unchanged;
 *   where none unchanged;
 * - every page extracted as a listing: the same (+1 author, +1 date on A); as an article: unchanged.
 */
export function linksHome(href: string): boolean {
	const h = href.trim();
	return h !== '' && !h.startsWith('#') && HOME_HREF_RE.test(h);
}
