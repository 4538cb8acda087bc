// Listings, collections, products, services and documentation seldom have an author or a date: there only a dateline at the title counts.
import type { Candidate, MetadataScan, MNode } from './scan';
import { isLinkedHeading } from './listHeadings';
import { nodeMeasures } from './nodeMeasures';
import { otherHeadingLinksAway } from './loneLinkedTitle';
import { LONE_SUFFIX } from './loneLabelledDate';

/**
 * Page kinds (as detected) whose pages almost never name an author or a publication date: on the wcxb-dev tuning
 * part 13 of 402 such pages have an author, 14 a date. What the article rules find there is an item's byline, a
 * review's or a news box's date, a testimonial's name, unless it sits at the page's title.
 */
const UNDATED_KINDS: ReadonlySet<string> = new Set(['listing', 'collection', 'product', 'service', 'documentation']);

/**
 * A page's own byline and date sit at its title: above it (a category line, a date), or under it after a standfirst.
 * On the wcxb-dev tuning part the right ones on pages of UNDATED_KINDS (mostly articles the kind detector took for
 * another kind) were at most 39 words of text from the title (authors), 41 from the title or 50 from the byline
 * (dates); the wrong ones at 98 to 209 (a sidebar's "by" line, an author link under the fold, a store's news box).
 * The bound sits in the middle of that gap, not at its edge (50 kept one right date with no word to spare).
 *
 * Sensitivity on the tuning part (377 pages detected as one of UNDATED_KINDS; right / wrong / wrongly present, and
 * against 50 the pages changed with their distinct sites; page counts on other kinds do not move):
 *
 * | bound | author | author pages (sites) | published | published pages (sites) |
 * |---|---|---|---|---|
 * | 20 | 17 / 0 / 1 | -6 right (6) | 15 / 0 / 0 | -3 right, 1 wrong to none (4) |
 * | 30 | 21 / 0 / 1 | -2 right (2) | 16 / 1 / 0 | -2 right (2) |
 * | 50 | 23 / 0 / 1 | - | 18 / 1 / 0 | - |
 * | 75 | 23 / 0 / 1 | 0 | 18 / 1 / 0 | 0 |
 * | 100 | 23 / 0 / 1 | 0 | 18 / 1 / 1 | +1 wrongly present (1) |
 * | 150 | 23 / 0 / 2 | +1 wrongly present (1) | 18 / 1 / 1 | +1 (1) |
 * | 250, off | 23 / 1 / 2 | +1 wrong, +1 wrongly present (2) | 18 / 1 / 1 | +1 (1) |
 *
 * Counted in text blocks instead of words, the right authors reach 5 blocks and a wrong one starts at 5 (a listing's
 * "By" line under five short items), so words separate the two better.
 */
const DATELINE_WORDS = 75;

/**
 * Rules whose value carries its own evidence wherever it is: "Written by …" at the end, a platform's or schema.org's
 * markup, and a link marked `rel=author` (HTML's own "this is the page's author"). `rel:author` added in session 22
 * (note meta12e): as detected unchanged on the wcxb-dev tuning part; every page extracted as a service or listing page
 * (`metaForceKind.js`): author right A 185 -> 186, B 192 -> 193, where none unchanged (A 3/244, B 1/281).
 * `text:by-label:written` ("Written by" as a label, the name on the next line: `bylineText.ts`) added in session 25
 * (note meta12h), the same evidence as `text:written-by`: as detected unchanged; kind label forced to service or listing
 * (cached regions): author right A 192 -> 193, B 198 -> 200, where none unchanged (A 3/244, B 1/281).
 */
const SELF_EVIDENT_RULE_RE = /^(?:text:written-by|text:by-label:written|profile:|itemprop:|rel:author)/;
/**
 * Author boxes read far from the title (`author.ts` marks them `:far`): a name element of its own (`author-box__name`,
 * `wp-block-post-author-name`), an author box's name in the theme's words (`authorBoxNames.ts`), a picture with a
 * one-person bio (`authorCards.ts`). Each carries its evidence, as "Written by" does, so on UNDATED_KINDS it is kept
 * wherever it is: a post taken for a service or listing page (held-out kind detection is worse than tuning's) loses its
 * author box otherwise. A `:far` name gives no dateline, so no date comes with it. Session 25 (note meta12h), wcxb-dev
 * tuning part, cached regions: as detected no value changes on either half (author right A 198/254, B 211/275; where
 * none A 2/244, B 1/281). With every page's kind label forced to service, listing or documentation: author right
 * A 187 -> 192, B 193 -> 198 (one B wrong from none), where none unchanged (A 3/244, B 1/281). Every change is on an
 * annotated article; no listing, collection, product or service page's value moves.
 */
const AUTHOR_BOX_RULE_RE = /:far$/;
/** A date or byline that is the first of several in the same markup (`repeatedBylines.ts`): on such pages, an item's. */
const FIRST_OF_RE = /:first-of-\d+/;

/**
 * Page kinds (as detected) that have no author and no publication date at all: a product page names a maker, a
 * book's writer, a release date, its reviewers and their dates, none of them the page's. On the wcxb-dev tuning part
 * no page detected as a product has an author or a date in its truth (0 of 74 each), and the one author reported
 * there was a book's writer. Schema.org and platform markup are no exception: a product's `itemprop=author` is the
 * book's. Reason: issue 12, "say nothing rather than something wrong" on shop pages of sites nobody studied.
 * Measured on the wcxb-dev tuning part (session 17, meta9): author where none 4 -> 3 of 244 on half A (a book's
 * writer), published where none 5 -> 4 of 260 on half B; no right value lost.
 */
const UNSIGNED_KINDS: ReadonlySet<string> = new Set(['product']);

/** Whether the detected kind is one that names no author and no date of its own (`UNSIGNED_KINDS`). */
export function isUnsignedKind(s: MetadataScan): boolean {
	return s.context.pageKind !== undefined && UNSIGNED_KINDS.has(s.context.pageKind);
}

/** Whether the detected kind is one whose author and date must be at the title (`UNDATED_KINDS`). */
export function isUndatedKind(s: MetadataScan): boolean {
	return s.context.pageKind !== undefined && UNDATED_KINDS.has(s.context.pageKind);
}

/**
 * Whether the title is a heading that links to another page ("## [Featured story](/2026/03/story)"): on a page of
 * UNDATED_KINDS it is a teaser's, and the byline and date under it are that teaser's. A link to an anchor of the
 * page ("[Traits](#traits)") is the heading's own, and so is a lone linked headline (`loneLinkedTitle.ts`).
 */
export function titleLeadsAway(s: MetadataScan): boolean {
	const t = s.titleNode;
	if (!t || t.block?.kind !== 'heading' || !isLinkedHeading(s, t)) return false;
	const href = s.firstLinkIn(t)?.href.trim() ?? '';
	// A lone linked headline is the page's permalink, not a teaser's link (`loneLinkedTitle.ts`).
	return href !== '' && !href.startsWith('#') && otherHeadingLinksAway(s, t, href);
}

/** Words of text in the paragraphs and headings between two nodes (either order), counted up to `limit`. */
export function wordsBetween(s: MetadataScan, a: MNode, b: MNode, limit: number): number {
	const [first, second] = a.range.start <= b.range.start ? [a, b] : [b, a];
	// Each node's start and word count read once per scan (nodeMeasures.ts): this walk is asked of every date near the title.
	const m = nodeMeasures(s);
	const end = first.range.end;
	const stop = second.range.start;
	let words = 0;
	for (let i = first.order + 1; i < s.nodes.length && words <= limit; i++) {
		const start = m.start(i);
		if (start >= stop) break;
		if (start < end) continue;
		words += m.textWords(i);
	}
	return words;
}

/** Whether a node is within DATELINE_WORDS of text of another (the title, the byline). */
function atNode(s: MetadataScan, n: MNode, at: MNode | undefined): boolean {
	return at !== undefined && wordsBetween(s, at, n, DATELINE_WORDS) <= DATELINE_WORDS;
}

/**
 * Whether an author found on a page of UNDATED_KINDS is kept: at the title, unless its rule is evidence enough
 * (`SELF_EVIDENT_RULE_RE`, or an author box: `AUTHOR_BOX_RULE_RE`). Any
 * author on other kinds is kept. Dropping names known only as an author page's link as well gained nothing more on the
 * wcxb-dev tuning part and lost a right one at the title in the Readability corpus (a page taken for a collection).
 *
 * Measured with `keepDateOnKind` on the wcxb-dev tuning part (note meta5), eval.js: author where none 7 -> 6 of 525,
 * author wrong 16 -> 15 (now none), published where none 15 -> 12 of 493 (a feed's first date, a front page's video
 * date, a store's news box); no right value lost, F1 unchanged on every kind. Thresholds were set with these pages in view.
 */
export function keepAuthorOnKind(s: MetadataScan, c: Candidate<unknown>): boolean {
	if (isUnsignedKind(s)) return false;
	if (!isUndatedKind(s)) return true;
	if (titleLeadsAway(s)) return false;
	if (SELF_EVIDENT_RULE_RE.test(c.rule)) return true;
	if (AUTHOR_BOX_RULE_RE.test(c.rule)) return true;
	return c.node === undefined || atNode(s, c.node, s.titleNode);
}

/**
 * Whether a published date found on a page of UNDATED_KINDS is kept: at the title or at the page's byline, and not the
 * first of a list's dates unless it is the byline's. Platform and schema.org dates are kept. Any date on other kinds is kept.
 *
 * The page's only date, said to be its publication ("Published On: 15 August 2025", a `published-date` class; rule
 * `…:lone-labelled`, `loneLabelledDate.ts`) carries its evidence as "Written by" does, and is kept wherever it is.
 * Session 25 (note meta12h), wcxb-dev tuning part, cached regions: as detected no value changes on either half (published
 * right A 197/265, B 210/296; where none A 6/233, B 4/260). With every page's kind label forced to service, listing,
 * collection or documentation: published right A +2 (185 -> 187 service), B +2 (196 -> 198), where none unchanged.
 * (Also keeping every `:label` date that is not an update stamp: A +1 more, B +0; not taken.)
 */
export function keepDateOnKind(s: MetadataScan, c: Candidate<unknown>, byline: MNode | undefined): boolean {
	if (isUnsignedKind(s)) return false;
	if (!isUndatedKind(s)) return true;
	if (titleLeadsAway(s)) return false;
	if (SELF_EVIDENT_RULE_RE.test(c.rule)) return true;
	// The page's only date, labelled as its publication (`loneLabelledDate.ts`), is kept wherever it is.
	if (c.rule.includes(LONE_SUFFIX)) return true;
	if (c.node === undefined) return true;
	if (atNode(s, c.node, byline)) return true;
	return !FIRST_OF_RE.test(c.rule) && atNode(s, c.node, s.titleNode);
}
