// An author box's heading that links the writer's page ("## About [Jane Doe](/author/jane/)", "More from [Jane Doe](…)"): the article's author, read far from the title.
import { WEIGHT } from '../metadataRules';
import { splitNames } from './names';
import type { Candidate, MetadataScan } from './scan';

/**
 * Reason: many themes close the article with an author box headed "About <name>", "Written by <name>" or "More from
 * <name>", the name linked to the writer's page. With the theme's classes unread (the declassed yardstick) the box is
 * a heading, a link and a bio, and the byline under the title may be a tooltip's button with no link: nothing named the
 * author. The heading's words and the link's shape are the page's, not one site's.
 * Designed on half A's sites (two tuning pages carry such a heading, right already by their markup), checked on half B.
 * Guards: the heading is short, the whole rest of it after the label is one link's text, the link goes to an author's
 * page (the byline's own link test, `author.ts`), and all such headings of the page name one person (a list of writers,
 * each "More from", names none).
 *
 * Measured on the wcxb-dev tuning part (session 50, meta55): declassed author right 408 -> 409 of 529 (a travel
 * rewards site's "About [name](/author/…)", half B, the check half), as is unchanged (427); the two half A pages with
 * such headings read the same name as before; reported where the truth has none unchanged (3 and 5 of 525), no date
 * changed (a name read far from the title brings no date: `:far`).
 */
const ABOUT_HEADING_RE = /^(?:about|more\s+from|written\s+by|meet)\s+(\S.{0,59})$/iu;
/** A heading longer than this is a sentence, not an author box's label and a name. */
const MAX_HEADING_CHARS = 80;
/** At most this many headings are read: a page of many is a list. */
const MAX_HEADINGS = 8;

export function aboutAuthorHeadingCandidates(s: MetadataScan, isAuthorUrl: (href: string) => boolean): Candidate<string[]>[] {
	const out: Candidate<string[]>[] = [];
	for (let ni = 0; ni < s.nodes.length && out.length <= MAX_HEADINGS; ni++) {
		if (s.kindAt(ni) !== 'heading') continue;
		const n = s.nodes[ni];
		if (n.block?.kind !== 'heading' || n.block.level < 2 || s.textLongerThan(n, MAX_HEADING_CHARS)) continue;
		const m = ABOUT_HEADING_RE.exec(s.textOf(n));
		if (!m) continue;
		const link = s.firstLinkIn(n);
		if (!link || !isAuthorUrl(link.href)) continue;
		const names = splitNames(m[1], { handles: true });
		if (names.length !== 1 || names[0] !== m[1].trim()) continue;
		out.push({ value: names, source: n.range, rule: 'text:about-author-heading:far', score: WEIGHT.classOwn + s.positionScore(n, true), node: n });
	}
	return out.length <= MAX_HEADINGS && new Set(out.map((c) => c.value[0].toLowerCase())).size === 1 ? out : [];
}
