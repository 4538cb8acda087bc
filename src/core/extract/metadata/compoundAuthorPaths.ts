// A link to an author's page under a compound folder name ("/blog-authors/jane-doe", "/news_writers/jane-doe"): an author-page link, as "/authors/jane-doe" is.
/**
 * Reason: site builders name a blog's author collection after the blog ("blog-authors", "post-author",
 * "guest-contributors"), and `author.ts`'s author-page paths want the folder to be the bare word. Only the writing
 * words are taken compounded: "our-team", "meet-the-staff" and "our-people" name a firm's staff pages, linked from
 * service pages and footers. The link is still read only where an author-page link is (under the title, or after an
 * author label), and a link with no words then the name after it is `authorBoxPairs.ts`'s.
 * Measured on the wcxb-dev tuning part (cached regions, `scripts/metaTune.ts`), session 48 (meta53): declassed
 * (EVAL_DECLASS=all) author right 399 -> 401 of 529 (two site builders' blogs, half B: an empty link to the writer's
 * page before the name in the author box), where none unchanged (6 of 525); as is unchanged (424, 3). A third site
 * (half A) with such links was right already. The compound forms of team, staff, people and profile folders were left
 * out: on the tuning part they link a firm's staff pages from service pages, footers and a bank's articles.
 * The pattern is anchored at a slash and its one free run stops at the next slash: linear in the link's length.
 */
const COMPOUND_AUTHOR_PATH_RE = /\/[\w-]*[-_](?:authors?|writers?|contributors?)\/([^/?#]{1,80})\/?(?:[?#]|$)/i;

/** Whether a link goes to a writer's page in a compound-named author folder. */
export function isCompoundAuthorPath(href: string): boolean {
	return COMPOUND_AUTHOR_PATH_RE.test(href);
}

/** The writer's slug of such a link ("jane-doe"), or undefined. */
export function compoundAuthorSlug(href: string): string | undefined {
	return COMPOUND_AUTHOR_PATH_RE.exec(href)?.[1];
}
