// A byline name that is the text of a link to a website's front page ("By [Acme](https://acme.example/)") names a site or a brand, not the page's writer.
import { linkOf, type MetadataScan, type MNode } from './scan';

/**
 * Reason (issue 12, "say nothing rather than something wrong"): a writer's name links to an author page
 * (`/author/jane-doe`), a profile or nowhere; a link to a whole website's front page, with no path at all, names that
 * website: a shop prints the maker under a product's name as "By [Maker](https://maker.example/)", an agency signs a
 * client's post with its own home page. `brandLinks.ts` reads brand and store paths; this reads the bare front page.
 * Only an absolute address counts (`https://host/`): a relative `/` is this site's own home, which a personal blog's
 * owner links from the byline.
 *
 * Measured on the wcxb-dev tuning part (author right / reported where the truth has none; see the CHANGELOG entry).
 */
const FRONT_PAGE_RE = /^https?:\/\/[^/?#\s]+\/?$/i;

/** Whether one of the names read from a byline node is the whole text of a link to a website's front page. */
export function namesHomeLink(s: MetadataScan, n: MNode, names: readonly string[]): boolean {
	const links = n.inline?.kind === 'link' ? [n] : s.descendants(n).filter((d) => d.inline?.kind === 'link');
	for (const l of links) {
		if (!FRONT_PAGE_RE.test(linkOf(l).href.trim())) continue;
		const text = s.textOf(l).trim().toLowerCase();
		if (text !== '' && names.some((name) => name.toLowerCase() === text)) return true;
	}
	return false;
}
