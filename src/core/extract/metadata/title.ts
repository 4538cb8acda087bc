// Step 3 of metadata reading: the title — headings scored by level, headline vocabulary, nearness to the article and agreement with witnesses.
import type { Heading } from '../../model/dumpDocument';
import { collapse } from '../inlineText';
import { CHROME_RE, MAX_TITLE_CHARS, NEAR_TITLE_CHARS, SITE_TITLE_RE, TITLE_RE, UI_LABEL_RE, WEIGHT } from '../metadataRules';
import { MIN_SCORE, type Candidate, type MetadataScan, type MNode, type Witness } from './scan';
import { isDialogHeading } from './dialogHeadings';
import { textWithoutControls } from './headingControls';
import { isLinkedHeading, listItemHeadings } from './listHeadings';
import { linkedItemHeadings } from './linkedItemHeadings';
import { DOMAIN_NAME_RE, titleText } from './titleText';
import { isHomeLink } from './urls';
import { isSiteHeading } from './siteHeading';
import { isLeadInHeading } from './leadInHeadings';
import { titleContainer } from './titleContainers';
import { headingAboveList } from './headingAboveList';
import { hasWords } from './wordlessHeadings';
import { emptyHeadingLine } from './emptyHeadingLine';
import { withoutProductVariant } from './titleProductVariant';
import { isPageKind } from './kindQuestion';
import { withoutLeadLabel } from './titleLeadLabel';
import { hasArticleHeadlineClass } from './articleHeadlineClass';
import { scanHostLabel, spellsHostName } from './hostNameHeading';
import { pageHeadingOverSite } from './siteNameFallback';
import { foldTitleQuotes, nodeSingleQuotes } from './titleQuotes';
import { isDateHeading } from './dateHeadings';
import { isLandmarkHeading } from './landmarkHeadings';
import { isSectionNameHeading } from './sectionNameHeadings';
import { midBodyH1s } from './midBodyH1';
import { insideMain, mainLandmarkRange } from './mainLandmarkH1';
import { replySubjects } from './titleReplySubjects';
import { sharedTitleTail } from './titleShareText';
import { nameLineNode } from './titleNameLine';

/** The chosen title (with its heading node, when it is one) and every scored candidate, for tracing. */
export interface TitleChoice {
	readonly chosen?: { candidate: Candidate<string>; node?: MNode };
	readonly candidates: readonly Candidate<string>[];
	/** The chosen title is one of a list's linked item headings (an index page): bylines and dates near it are that item's. */
	readonly listItem?: boolean;
}

/** How far up a heading's containers a menu or dialog is looked for: site headers nest deep. */
const TITLE_CHROME_DEPTH = 4;
/** Markdown syntax left in a heading's text: a span's attributes, an unclosed link, doubled emphasis marks. */
const MARKUP_RESIDUE_RE = /\]\{|\{[.#]|\*\*|^\[[^\]]*$/;
/** A box label is a few words ("Sign in to view more content"); a longer heading starting "Popular …" is a headline. */
const UI_LABEL_MAX_WORDS = 6;

/**
 * The title is among the page's first this many candidates (headings, and nodes named as titles): the most of any page
 * of the wcxb-dev tuning part and the Readability corpus is 852 (a listing whose every item has a title class). Every
 * candidate is an object of its own while the title is chosen: 'headings named like the preview' (1.96 MB, 58,800
 * headings) held 5.2 MB of them at the extraction's peak.
 */
const MAX_TITLE_CANDIDATES = 2000;

/** Ties between h1s go to the leading one (see `leadingH1`). */
const LEAD_H1_BONUS = 5;
/** An h1 this near the region's start leads it (only wrappers before it); further in, an h1 heads a section of the body. */
const LEADS_REGION_CHARS = 300;

/** Whether `text` has at most `max` spaces (`text.split(' ').length <= max + 1`), without the array of its pieces. */
function spacesAtMost(text: string, max: number): boolean {
	let n = 0;
	for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (++n > max) return false;
	return true;
}

/** The heading's text as a title candidate's (controls, permalink marks and taglines left out). */
function headingTitleText(s: MetadataScan, n: MNode): string {
	return titleText(nodeSingleQuotes(s, n, textWithoutControls(s, n)));
}

/** Whether the node names the site: a site-title or logo class, or what `linksOrSpellsSite` sees. */
function namesSite(s: MetadataScan, n: MNode, text: string, hostLabel: string | undefined): boolean {
	return s.vocab(n, SITE_TITLE_RE, 2) > 0 || linksOrSpellsSite(s, n, text, hostLabel);
}

/**
 * Whether the node's own content names the site: a link to the front page, a bare domain, a heading linked to an index,
 * or an h1 spelling the host (`hostNameHeading.ts`). A class alone is weaker evidence: "site-title" wraps the page's
 * own h1 on some themes ("::: {#site-title}" around "# How to Negotiate Salary & Benefits").
 */
function linksOrSpellsSite(s: MetadataScan, n: MNode, text: string, hostLabel: string | undefined): boolean {
	const homeLink = s.firstLinkIn(n);
	const heading = n.block?.kind === 'heading' ? n.block : undefined;
	return (homeLink !== undefined && isHomeLink(homeLink.href.trim(), undefined)) || DOMAIN_NAME_RE.test(text) || (heading !== undefined && isSiteHeading(s, n, text)) || (heading?.level === 1 && spellsHostName(text, hostLabel));
}

/**
 * The h1 that breaks ties between h1s: the first inside the article region when it leads the region, else the page's first.
 * A blog's or manual's name is often an h1 in the header above the post's own h1 ("# discodanlives" then "# ENDIES Pt.
 * 1: Tabletop Games"); the first h1 used to win the tie (wcxb-dev tuning part, title right 735 -> 738 of 1054).
 * An h1 that names the site (see `namesSite`) never takes the tie: it used to tip the site's name over a post's h2
 * headline right under it ("# [Human in the Loop](/)" then "## AI Trains on Your Art…"), by the tie's 5 points.
 * Where the page's first h1 would take the tie, the first h1 inside the main landmark takes it instead (`mainLandmarkH1.ts`).
 */
function leadingH1(s: MetadataScan, hostLabel: string | undefined): MNode | undefined {
	const region = s.context.region;
	const main = mainLandmarkRange(s);
	let first: MNode | undefined;
	// The first h1 inside the main landmark (`mainLandmarkH1.ts`): it stands in for the page's first.
	let firstInMain: MNode | undefined;
	for (let ni = 0; ni < s.nodes.length; ni++) {
		// The kind from the scan's column (`nodeKinds.ts`): other nodes are skipped without being read.
		if (s.kindAt(ni) !== 'heading') continue;
		const n = s.nodes[ni];
		if (n.block?.kind !== 'heading' || n.block.level !== 1) continue;
		const text = headingTitleText(s, n);
		// A site section's name ("# Blog" over the post's h1) does not take the tie either (`sectionNameHeadings.ts`).
		if (namesSite(s, n, text, hostLabel) || isSectionNameHeading(text)) continue;
		if (!firstInMain && insideMain(main, n)) firstInMain = n;
		if (!region) {
			if (firstInMain || !main) return firstInMain ?? n;
			first ??= n;
			continue;
		}
		if (n.range.start >= region.start && n.range.end <= region.end) return first && s.gap(region.start, n.range.start) > LEADS_REGION_CHARS ? (firstInMain ?? first) : n;
		first ??= n;
	}
	return firstInMain ?? first;
}

/**
 * Rule names, made once each: every heading of a page is a title candidate, kept for the run, and a name built per
 * candidate ("heading-h2", then "heading-h2:list-item" on top of it) was 64 bytes each. 'headings named like the
 * preview' (60,000 candidates): 3.8 MB at the extraction peak. The names are few (levels, profiles, suffixes).
 */
const RULE_NAMES = new Map<string, string>();

function ruleName(name: string): string {
	const known = RULE_NAMES.get(name);
	if (known !== undefined) return known;
	RULE_NAMES.set(name, name);
	return name;
}

export function chooseTitle(s: MetadataScan, encoded: Witness | undefined, shareTitles: readonly string[]): TitleChoice {
	const region = s.context.region;
	const cands: { candidate: Candidate<string>; node: MNode; bonus: number; site: boolean }[] = [];
	const hostLabel = scanHostLabel(s);
	const leadH1 = leadingH1(s, hostLabel);
	const encodedNorm = encoded ? foldTitleQuotes(collapse(encoded.value)) : undefined;
	const shareNorms = shareTitles.map(foldTitleQuotes);
	const titleProfile = s.profile?.title !== undefined;
	// The subjects a thread's replies answer ("Re: …", `titleReplySubjects.ts`).
	const replied = replySubjects(s);
	for (let ni = 0; ni < s.nodes.length; ni++) {
		if (cands.length >= MAX_TITLE_CANDIDATES) break;
		// Kinds and words from the scan's column (`nodeKinds.ts`): a node other than a heading needs its own title words or
		// a profile's (`profileMatch` reads ancestors' words too); others are skipped without being read.
		if (!titleProfile && !s.hasWordsAt(ni) && s.kindAt(ni) !== 'heading') continue;
		const n = s.nodes[ni];
		const b = n.block;
		const isHeading = b?.kind === 'heading';
		const profile = s.profileMatch(n, 'title');
		const own = s.vocab(n, TITLE_RE, 0);
		if (!isHeading && !(profile || own) ) continue;
		if (!isHeading && (n.block?.kind === 'div' || n.block?.kind === 'htmlDiv' || n.inline?.kind === 'image')) continue;
		// An h1 the dump left empty is titled by the line pandoc moved out of it (`emptyHeadingLine.ts`).
		const line = isHeading ? emptyHeadingLine(s, n) : undefined;
		// (A heading written as a trail, "## [Listopia](/list) > Best Books Ever", was titled by its last step until
		// session 20: it changed no title on either half of the wcxb-dev tuning part, so it was removed.)
		// The dump's straight single quotes are kept (`titleQuotes.ts`).
		const text = line ? titleText(nodeSingleQuotes(s, line, s.textOf(line))) : headingTitleText(s, n);
		if (text.length < 2 || text.length > MAX_TITLE_CHARS) continue;
		let score = 0;
		// What the headline vocabulary, itemprop and platform profile add: taken back from a list's items.
		let bonus = 0;
		let rule: string;
		if (isHeading) {
			const level = (b as Heading).level;
			score += level === 1 ? WEIGHT.h1 : level === 2 ? WEIGHT.h2 : level === 3 ? WEIGHT.h3 : 0;
			if (n === leadH1) score += LEAD_H1_BONUS;
			rule = ruleName(`heading-h${level}${line ? ':next-line' : ''}`);
		} else {
			rule = 'class:title';
			// A title outside a heading must carry a strong name, not just "title" (every widget has one).
			if (!/headline|entry-title|post-title|article-title|story-title/.test(n.words)) score -= 15;
		}
		const vocab = s.vocab(n, TITLE_RE, 2);
		// "site-title", "menu-title": the class names the site's title, and its "title" is no headline vocabulary.
		if (vocab === 2 && !SITE_TITLE_RE.test(n.words)) bonus += WEIGHT.classOwn;
		else if (vocab === 1) bonus += WEIGHT.classAncestor;
		if (s.itemprop(n) === 'headline') bonus += WEIGHT.itemprop;
		if (profile) {
			bonus += WEIGHT.profile;
			rule = `profile:${s.profile?.name}:title`;
		}
		score += bonus;
		// A heading that links to the front page is the site's name ("# [Hi, I'm Nicolas.](/)"), not the article's.
		const site = linksOrSpellsSite(s, n, text, hostLabel);
		if (site || s.vocab(n, SITE_TITLE_RE, 2) > 0) score += WEIGHT.siteTitle;
		if (s.isForeign(n)) score += WEIGHT.foreign;
		// A heading hidden by its container (`display:none`, `hidden`, `aria-hidden`: a closed newsletter dialog's "# Don't
		// miss tomorrow's news" above the page's "# Cloud") was not what the reader saw: ties between h1s go to the
		// visible one. Measured (cached regions, metadata alone): declassed title right half B 426 -> 427 of 556 (a trade news site),
		// half A and as is unchanged.
		if (n.hidden) score += WEIGHT.hidden;
		// Markup the parser could not read ("[Recommends:]{.underl", "Homegrown** **Network"): not a headline as the page showed it.
		if (MARKUP_RESIDUE_RE.test(text)) score += WEIGHT.chromeHeading;
		// Numbers, dates and scores set as headings ("# 94", "## #1 2025-11-01 15:14:37"); a post named "001" keeps its headline classes.
		if (!hasWords(text)) score += WEIGHT.chromeHeading;
		// A heading ending with a colon opens what follows it ("A message from our co-founder:"): a lead-in, not a title.
		if (isLeadInHeading(text)) score += WEIGHT.chromeHeading;
		// A heading that is only a date heads a day's posts (`dateHeadings.ts`); one that names a page region labels a
		// landmark for screen readers (`landmarkHeadings.ts`).
		if (isDateHeading(text) || isLandmarkHeading(text)) score += WEIGHT.chromeHeading;
		// Menus, dialogs and search boxes have headings of their own; so do the boxes every site repeats ("Related posts").
		if ((spacesAtMost(text, UI_LABEL_MAX_WORDS - 1) && UI_LABEL_RE.test(text)) || s.vocab(n, CHROME_RE, TITLE_CHROME_DEPTH) > 0) score += WEIGHT.chromeHeading;
		// Consent prompts, dialogs, filter panels and admonitions ("We and our partners process data", "Filter:", "Note"):
		// never the page's title, whatever their level (a dialog's heading is often an h1).
		if (isDialogHeading(n, text)) continue;
		if (region) {
			if (n.range.start >= region.start && n.range.end <= region.end) score += WEIGHT.inRegion;
			else if (n.range.end <= region.start && s.gap(n.range.end, region.start) < NEAR_TITLE_CHARS * 2) score += WEIGHT.beforeRegion;
		}
		const norm = foldTitleQuotes(text);
		if (encodedNorm === norm) score += WEIGHT.witness;
		else if (shareNorms.some((t) => t.includes(norm) && norm.length >= 8)) score += WEIGHT.witness / 2;
		// The subject a thread's replies answer is its title (`titleReplySubjects.ts`).
		if (replied.has(norm)) score += WEIGHT.witness;
		cands.push({ candidate: { value: text, source: n.range, rule, score }, node: n, bonus, site });
	}
	// A product with no h1: its name line (bold, or plain with a witness, over its price) stands as an h1 (`titleNameLine.ts`).
	const nameLine = nameLineNode(s, cands.some((c) => c.node.block?.kind === 'heading' && c.node.block.level === 1 && !c.node.hidden));
	if (nameLine) {
		const text = headingTitleText(s, nameLine);
		const inRegion = region !== undefined && nameLine.range.start >= region.start && nameLine.range.end <= region.end;
		const score = WEIGHT.h1 + LEAD_H1_BONUS + (inRegion ? WEIGHT.inRegion : 0);
		if (text.length >= 2 && text.length <= MAX_TITLE_CHARS) cands.push({ candidate: { value: text, source: nameLine.range, rule: 'name-line', score }, node: nameLine, bonus: 0, site: false });
	}
	// The items of a list all carry the headline's classes: the classes do not make any of them the page's title.
	const items = listItemHeadings(s, cands.map((c) => c.node));
	const midBody = midBodyH1s(s, cands, items);
	for (const c of cands) {
		if (!items.has(c.node)) continue;
		c.candidate.score -= c.bonus;
		c.candidate.rule = ruleName(`${c.candidate.rule}:list-item`);
	}
	// An h1 after the region's section headings is one of them (`midBodyH1.ts`): an h2's weight, and a list item.
	for (const c of cands) {
		if (!midBody.has(c.node)) continue;
		c.candidate.score -= WEIGHT.h1 - WEIGHT.h2 + (c.node === leadH1 ? LEAD_H1_BONUS : 0);
		c.candidate.rule = ruleName(`${c.candidate.rule}:mid-body`);
		items.add(c.node);
	}
	const candidates = cands.map((c) => c.candidate);
	let top: { candidate: Candidate<string>; node: MNode } | undefined;
	for (const c of cands) if (c.candidate.score >= MIN_SCORE && (!top || c.candidate.score > top.candidate.score)) top = c;
	// A heading that names the site is the title only when no heading of the article region could be (`siteNameFallback.ts`).
	top = pageHeadingOverSite(cands, top, region) ?? top;
	if (top && items.has(top.node)) {
		// A list item's heading is seldom the page's title: the heading above the list names the page (`headingAboveList.ts`).
		// The breadcrumb's current item once stood in first (`breadcrumbTitle.ts`, session 20): removed in session 21,
		// title right half A 352 -> 350 of 498, half B 426 -> 426 of 556 (issue 12: a half-A-only rule).
		top = headingAboveList(cands, items, top) ?? top;
	}
	if (top) {
		if (encodedNorm === foldTitleQuotes(top.candidate.value)) top.candidate.rule += '+encoded-html';
		// Linked headings below h1 repeated at one level, whatever their classes, are a list's too (`linkedItemHeadings.ts`):
		// they keep their scores (taking them away moved two titles to an FAQ's question), but the byline under the
		// first is that item's.
		const linkedItem = linkedItemHeadings(s, cands.map((c) => c.node)).has(top.node);
		// A product's pack or size after a dash is not its name (`titleProductVariant.ts`).
		const name = isPageKind(s.context, 'product') ? withoutProductVariant(top.candidate.value, 'product') : undefined;
		let chosen = name ? { ...top, candidate: { ...top.candidate, value: name, rule: `${top.candidate.rule}+no-variant` } } : top;
		// A share link's text that runs on past the heading is the page's own, longer title (`titleShareText.ts`); a list item's share buttons are its own.
		const shared = items.has(top.node) ? undefined : sharedTitleTail(chosen.candidate.value, shareTitles, hostLabel);
		if (shared) chosen = { ...chosen, candidate: { ...chosen.candidate, value: shared, rule: `${chosen.candidate.rule}+share-text` } };
		// A forum board's or a command's name before a dash is a label, not the title (`titleLeadLabel.ts`). The kind is
		// read only for a title with such a lead, so that other pages' reads stay shared between kinds (`kindQuestion.ts`).
		// An article's headline class (`articleHeadlineClass.ts`) keeps the lead: the page is an article, whatever its detected kind.
		const unlabelled = hasArticleHeadlineClass(top.node.block) ? undefined : withoutLeadLabel(chosen.candidate.value, () => s.context.pageKind);
		if (unlabelled) chosen = { ...chosen, candidate: { ...chosen.candidate, value: unlabelled, rule: `${chosen.candidate.rule}+no-label` } };
		return { chosen, candidates, listItem: (items.has(top.node) && isLinkedHeading(s, top.node)) || linkedItem };
	}
	if (encoded) return { chosen: { candidate: { value: collapse(encoded.value), source: encoded.source, rule: encoded.rule, score: 60 } }, candidates };
	// No heading could be the title: a container named as the title and holding one line stands in (`titleContainers.ts`).
	const container = titleContainer(s);
	if (container) return { chosen: container, candidates: [...candidates, container.candidate] };
	// Nothing vouches for any heading: no title rather than a low one. Session 21 removed `weakTitle.ts` and
	// `titleSectionNumber.ts` (half-A-only rules): each held title right on half B (426 of 556), half A 352 -> 351.
	return { candidates };
}

