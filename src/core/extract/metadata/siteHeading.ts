// A heading that is wholly a link to the site's front page or a section's index ("# [The Go Blog](/blog/)") names the site or the section, not the page.
import { collapse, inlineText } from '../inlineText';
import type { MetadataScan, MNode } from './scan';
import { parseUrl } from './urls';

/**
 * A section index's path: at most one segment that is one short word (`/blog/`, `/home`, `/articles`), or an index file
 * anywhere up the tree (`../index.html`). A post's permalink is longer or hyphenated (`/2021/05/a-brief-intro/`,
 * `/a-brief-intro-to-git/`): a headline linked to itself stays a headline.
 */
const SECTION_PATH_RE = /^(?:\.\.\/)*\/?(?:[\p{L}\p{N}]{1,15}\/?|(?:[\p{L}\p{N}]{1,15}\/)?index\.\w+)?$/u;

/** The link holds the heading's text, all but a permalink mark or an icon's word. */
const WHOLE_HEADING_SHARE = 0.9;

/**
 * Whether the heading's whole text is one link to a site's or section's index page. Blogs and documentation sets put the
 * site's or the manual's name in an h1 linked home above each page's own headline ("# [SQLAlchemy 2.0
 * Documentation](../index.html)", "# [Recycle by City](https://…/home)"); the headline that follows is the page's title.
 * Measured on the wcxb-dev tuning part: title right 731 -> 735 of 1054 (with the new titles, date right 394 -> 395 and
 * author where none 16 -> 18).
 */
export function isSiteHeading(s: MetadataScan, n: MNode, text: string): boolean {
	const link = s.firstLinkIn(n);
	if (!link) return false;
	if (collapse(inlineText(link.children)).length < text.length * WHOLE_HEADING_SHARE) return false;
	const href = link.href.trim();
	if (href === '' || href.startsWith('#')) return false;
	const url = parseUrl(href);
	const path = url ? (/^https?$/.test(url.scheme) ? url.path : undefined) : href.replace(/[?#].*$/, '');
	return path !== undefined && SECTION_PATH_RE.test(path);
}
