// The site's own chrome — menus, dialogs, cookie banners, the masthead and top bar — shows today's date, a mega menu's latest posts and a consent notice's "last updated": never the page's date or author.
import { CHROME_RE } from '../metadataRules';
import type { MetadataScan, MNode } from './scan';

/**
 * Bars every page of a site repeats above its content, and the widgets in them: the masthead's date of the day (a
 * newspaper's "Tuesday, December 2, 2025" in `current-date`), a ticker of breaking news, a utility bar. Whole class
 * names only: `entry-header`, `post-header` and `article-header` hold a post's own title and dateline, and a
 * `header-date` is the post header's date (on the wcxb-dev tuning part it cost a right date, half A).
 */
const SITE_BAR_RE = /(?:^|\s)(?:site-header|masthead|site-masthead|topbar|top-bar|header-top|top-header|global-header|utility-bar|utility-nav|ticker|news-ticker|breaking-news|current-date|todays-date|today-date|date-today)(?:$|\s)/;

/**
 * Whether a node sits in the site's chrome (`CHROME_RE`: menus, navigation, dialogs, search, consent and sign-in
 * prompts; `SITE_BAR_RE`: the masthead and top bars) in a container that does not hold the page's title. Reason:
 * issue 12 — on pages of sites nobody studied, a header's date of the day, a mega menu's latest post and a cookie
 * notice's "last updated" gave pages a publication date their truth does not have. From how themes name their
 * chrome, not from tuning misses. A walk up the node's containers, each container's words tested once per page.
 * Measured on the wcxb-dev tuning part (session 17, meta9): no change on either half once `header-date` was left out.
 */
export function inSiteChrome(s: MetadataScan, n: MNode): boolean {
	const t = s.titleNode;
	for (let p: MNode | undefined = n; p; p = p.parent) {
		if (!s.wordTest(p, CHROME_RE) && !s.wordTest(p, SITE_BAR_RE)) continue;
		if (t && p.range.start <= t.range.start && p.range.end >= t.range.end) return false;
		return true;
	}
	return false;
}
