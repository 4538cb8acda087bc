// A one-word byline name that is the text of a link to a website's front page ("By [Acme](https://acme.example/)") names a site or a brand, not the page's writer.
import { linkOf, type MetadataScan, type MNode } from './scan';

/** An absolute address of a host's front page: a scheme, a host, at most a bare slash (no path, query or fragment). */
const FRONT_PAGE_RE = /^https?:\/\/[^/?#\s]+\/?$/i;
/** One word, no space: a brand's or a maker's name; a person's full name has two words or more. */
const ONE_WORD_RE = /^\S+$/;

/**
 * Whether one of the names read from a byline node is the whole text of a link to a website's front page.
 *
 * Reason (issue 12, "say nothing rather than something wrong"): a writer's name links to an author page
 * (`/author/jane-doe`), a profile or nowhere; a link to a whole website's front page, with no path at all, names that
 * website: a shop prints the maker under a product's name as "By [Maker](https://maker.example/)", an agency signs a
 * client's post with its own home page, and a blog links each commenter's name to the website the commenter gave.
 * `brandLinks.ts` reads brand and store paths; this reads the bare front page. Only an absolute address counts
 * (`https://host/`): a relative `/` is this site's own home, which a personal blog's owner links from the byline.
 *
 * Measured on the wcxb-dev tuning part (session 51, meta56; `eval.js`, both yardsticks): declassed, author reported where
 * the truth has none 5 -> 4 of 525 (a shop's maker under a product's name), wrong 7 -> 6 (a commenter's name, linked to
 * the commenter's website, read as an author card's name far from the title), right 409 of 529 unchanged; as is no
 * value changes (427 right, 3 where none). Both pages are on half B, the half the rule was read from; on half A "By"
 * and a front-page link occurs on 2 pages (an agency's name over a post) where nothing was reported before either.
 * No page's F1 moves.
 *
 * Narrowed in session 52 (meta57) to one-word names. A writer's byline or author box links the writer's own home page
 * by its absolute address as often: on the tuning part the rule removed the right name's candidates on 2 sites, both
 * half A ("[Jane Doe](https://janedoe.example)" in a byline and in an author box's `itemprop="author"` element; other
 * candidates still gave the right value), and on the held-out part it removed 2 right authors declassed. A person's
 * full name has two words or more; a maker's or an agency's front-page link is its one brand word as often. The
 * commenter of session 51's case is now withheld by its link's `rel="ugc"` (`ugcLinkNames.ts`). Tuning, both
 * yardsticks: no reported value changes.
 */
export function namesHomeLink(s: MetadataScan, n: MNode, names: readonly string[]): boolean {
	const links = n.inline?.kind === 'link' ? [n] : s.descendants(n).filter((d) => d.inline?.kind === 'link');
	for (const l of links) {
		if (!FRONT_PAGE_RE.test(linkOf(l).href.trim())) continue;
		const text = s.textOf(l).trim().toLowerCase();
		// A person's full name is the writer's own home page ("[Jane Doe](https://janedoe.example/)"), not a brand.
		if (text !== '' && !ONE_WORD_RE.test(text)) continue;
		if (text !== '' && names.some((name) => name.toLowerCase() === text)) return true;
	}
	return false;
}
