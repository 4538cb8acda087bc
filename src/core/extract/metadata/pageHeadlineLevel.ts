// A linked h1 title is a teaser's only beside other linked h1s: linked h2-h6 headings under it (related stories, link previews, a site's menus) are not its sibling teasers.
import type { MNode } from './scan';

/**
 * The level of a page's own headline. A page has one h1, its headline; teaser lists repeat one heading level for
 * each item, so the title of a teaser list is an h1 only when its items are h1s too.
 */
const HEADLINE_LEVEL = 1;

/**
 * Whether `other` is a heading of another level than a top-level (h1) title: then it is no sibling teaser of it, and its
 * link away does not make the title a teaser's (`loneLinkedTitle.ts`, `kindPolicy.ts titleLeadsAway`).
 *
 * Reason: forum software and blog themes link the page's own h1 headline to its permalink, and the same page has linked
 * h2-h6 headings that lead elsewhere: a Q&A site's "current community" and footer menus, a thread's link previews
 * ("### [BBC Learning English](https://…)"), a news story's related stories and comment titles, a blog's author link
 * as an h3. When the kind detector took such a thread or post for a service or listing page, those headings made the
 * title a teaser's and its byline and date were dropped, itemprop ones too. Titles of other levels keep the old rule
 * (any other linked heading counts): an h2 or h3 title with linked headings of other levels is a listing item as often
 * as not. Counting only same-level headings under h2-h6 titles as well gained a little more but put one more
 * spurious date on half B (as detected and forced).
 *
 * Measured with `metaTune.js score` on the wcxb-dev tuning part (session 22, note meta12e), right / where none per half:
 * - as detected: unchanged (author A 194/254 2/244, B 210/275 1/281; published A 197/265 7/233, B 210/296 4/260);
 * - every page extracted as a service page (`metaForceKind.js service`): author right A 178 -> 185, B 187 -> 192;
 *   published right A 180 -> 185, B 192 -> 196; where none unchanged (author A 3, B 1; published A 6, B 4);
 * - every page extracted as a listing (`metaForceKind.js listing`): the same gains, where none unchanged (published A 7, B 4).
 */
export function besideTopHeadline(title: MNode, other: MNode): boolean {
	const t = title.block;
	const o = other.block;
	return t?.kind === 'heading' && o?.kind === 'heading' && t.level === HEADLINE_LEVEL && o.level !== t.level;
}
