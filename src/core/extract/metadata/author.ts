// Step 4 of metadata reading: the byline — author vocabulary, itemprop and rel=author near the title, "By …" lines, and author-page links.
import type { Link } from '../../model/dumpDocument';
import { attrValue } from '../inlineText';
import { isAuthorBoxName } from './authorBoxNames';
import { AUTHOR_BOX_RE, HOVER_CARD_RE, AUTHOR_NAME_RE, AUTHOR_NOT_RE, AUTHOR_RE, BYLINE_PREFIX_RE, MAX_BYLINE_CHARS, NEAR_TITLE_CHARS, WEIGHT } from '../metadataRules';
import { attributeAuthorCandidates } from './attributeAuthor';
import { authorCardCandidates } from './authorCards';
import { authorBoxPairCandidates } from './authorBoxPairs';
import { inSiteHeading } from './siteHeadingAuthor';
import { inBrandBox } from './brandBylines';
import { creditsOtherRole } from './creditLabels';
import { candidateWithoutReviewers } from './reviewerNames';
import { textBylineCandidates } from './bylineText';
import { datelineNameCandidates } from './datelineName';
import { avatarNameCandidates } from './avatarNames';
import { handleProfileCandidates } from './handleProfileLinks';
import { nameRoleCandidates } from './nameRoleCards';
import { posterCardCandidates } from './posterCards';
import { splitNames } from './names';
import { isCompoundAuthorPath } from './compoundAuthorPaths';
import { isSnippetCopy } from './snippetCopies';
import { isOthersContent } from './othersContent';
import { isPhotoCredit } from './photoCredits';
import { placeOnlyPastBody } from './pastTheBody';
import { inRunningText } from './proseNameLinks';
import { taxonomyTexts } from './taxonomyLinks';
import { commentCap, inCommentBox } from './commentBoxes';
import { namesBrandLink } from './brandLinks';
import { namesHomeLink } from './homeLinkNames';
import { namesUgcLink } from './ugcLinkNames';
import { MIN_REPORTED_SCORE } from './confidence';
import { withPlatformEvidence } from './platformBylines';
import { underSectionHeading } from './sectionBylines';
import { BEFORE_TITLE_PENALTY, byIsLinkWords, justAboveTitle, labelledAuthorLink } from './bylinesBeforeTitle';
import { followsStarterLabel, STARTER_LABEL_BONUS } from './threadStarterLabel';
import { starterLabelNameCandidates } from './starterLabelNames';
import { aboutAuthorHeadingCandidates } from './aboutAuthorHeadings';
import { bioHeadingNameCandidates } from './bioHeadingNames';
import { nameUnderTitleCandidates, WITNESSED_RULE } from './nameUnderTitle';
import { linkOf, uniq, type Candidate, type MetadataScan, type MNode } from './scan';
import { pushAll } from '../../model/pushAll';

/** Names read from an author element or an author-page link may be forum handles ("hayley.p"); free text may not. */
const HANDLES = { handles: true } as const;

/**
 * Links to an author's page on common CMSs: the person's slug ends the path (`/author/jane-doe/`). Deeper paths under the
 * same words are other pages (`/nba/team/_/name/det/detroit-pistons`, a sports site's team page: "DET" is no author).
 */
const AUTHOR_URL_RE = /\/(?:author|authors|autor|autoren|auteur|profile|profiles|people|person|staff|writers?|editors?|contributors?|journalists?|reporters?|columnists?|by|user\/viewprofilepage|team)\/[^/?#]+\/?(?:[?#]|$)/i;
/**
 * Links styled as buttons or calls to action ("Explore Hiring" to `/people/ats-software.html`) name a product, not a
 * person. With the slug rule above, measured on the wcxb-dev tuning part: author where none 16 -> 12 of 525, right
 * unchanged (374 of 529).
 */
const CALL_TO_ACTION_RE = /(?:^|[\s_-])(?:cta|btn|button)(?:$|[\s_-])/i;
/**
 * An author page named by its last path part's "author-" lead (`/newsroom/author-jane-doe-479263437.cms`,
 * `/blog/author-acme-health/`), the slug joined to the word instead of under an `/author/` folder. Session 52 (meta57),
 * tuning part: declassed author right +1 (half B, a news site's desk); as is the same value, now without the text
 * after the link ("Desk / site.example /" was read from the byline box); half A has the shape on 1 site, already right;
 * nothing else moves on either yardstick.
 */
const AUTHOR_SLUG_RE = /\/author-[^/?#\s]{2,120}\/?(?:[?#]|$)/i;
/**
 * Forum software's member pages (phpBB `memberlist.php?mode=viewprofile`, vBulletin `member.php?u=`, FluxBB and
 * PunBB `profile.php?id=`, SMF `action=profile`, NodeBB `/user/name`, Discourse `/u/name`, XenForo `/members/name.1`):
 * under a thread's title, the first is the opening post's author. Not the account pages under the same paths (`/user/login`).
 * Session 52 (meta57): also `/users/name` and Joomla Community Builder's `/userprofile/name`, and a query or fragment
 * after the name (`/users/jdoe?from=post_header`, `/userprofile/jdoe?tab=10`); phpBB's `/user/delete_cookies` is no
 * member. Tuning part: declassed author right +2 (one site on each half: designed on half B's, checked on half A's),
 * nothing else moves on either yardstick (as is both were right through byline classes).
 */
const MEMBER_URL_RE = /(?:memberlist\.php\?mode=viewprofile|member\.php\?(?:u|userid)=|profile\.php\?id=|[?&;]action=profile\b|\/(?:user|users|u|members|userprofile)\/(?!(?:log-?in|sign-?in|sign_in|register|sign-?up|log-?out|account|settings|password|cart|delete_cookies)(?:[/?#]|$))[^/?#]+\/?(?:[?#]|$))/i;

/** A link to an author's or a member's page. */
export function isAuthorUrl(href: string): boolean {
	return AUTHOR_URL_RE.test(href) || MEMBER_URL_RE.test(href) || AUTHOR_SLUG_RE.test(href) || isCompoundAuthorPath(href);
}

export function authorCandidates(s: MetadataScan): Candidate<string[]>[] {
	const out: Candidate<string[]>[] = [];
	// Kinds and words from the scan's column (`nodeKinds.ts`): a node without words matches no vocabulary and, unless
	// a paragraph, no profile either; such nodes, and the nodes of the wrong kind below, are skipped without being read.
	for (let ni = 0; ni < s.nodes.length; ni++) {
		const kind = s.kindAt(ni);
		if (kind === 'image' || (kind !== 'paragraph' && !s.hasWordsAt(ni))) continue;
		const n = s.nodes[ni];
		const profile = s.profileMatch(n, 'author') && (n.words !== '' || n.block?.kind === 'paragraph');
		const own = s.wordTest(n, AUTHOR_RE);
		if (!own && !profile) continue;
		if (n.words && isNotAuthor(n.words) && !profile) continue;
		if (!profile && s.vocab(n, HOVER_CARD_RE) > 0) continue;
		// A hidden copy for search engines (`snippetCopies.ts`) names whoever saved the page, a service page's as much as
		// a post's. Tuning part of wcxb-dev: author where none 14 -> 13 of 525 (a service page), right unchanged.
		if (isSnippetCopy(s, n)) continue;
		const names = namesIn(s, n);
		if (names.length === 0) continue;
		// A name element of its own (`wp-block-post-author-name`, an author box's `author-box__name` after the article)
		// carries its evidence: not marked down for being far from the title. Tuning part of wcxb-dev: author right
		// 386 -> 390 of 529, 1 wrong, none where the truth has none (helper "dates"). Such a far name is marked `:far`
		// and no date is read beside it (`metadata.ts`): the one it brought was a spurious "Last Updated".
		const near = s.positionScore(n);
		const nameOwn = AUTHOR_NAME_OWN_RE.test(n.words) ? s.positionScore(n, true) : near;
		let score = Math.max(near, nameOwn);
		let rule = 'class:author';
		const itemprop = s.itemprop(n);
		const rel = (attrValue(n.attrs, 'rel') ?? '').toLowerCase();
		if (itemprop === 'author' || itemprop === 'creator') {
			score += WEIGHT.itemprop;
			rule = 'itemprop:author';
		} else if (/(?:^|\s)author(?:\s|$)/.test(rel)) {
			score += WEIGHT.relAuthor;
			rule = 'rel:author';
		} else score += WEIGHT.classOwn;
		if (profile) {
			score += WEIGHT.profile;
			rule = `profile:${s.profile?.name}:author`;
		}
		if (nameOwn > near) rule += FAR_SUFFIX;
		out.push({ value: names, source: n.range, rule, score, node: n });
	}
	// "By Jane Doe" written as text just under the title, without any class.
	const a = s.anchor();
	if (a !== undefined) {
		for (let ni = 0; ni < s.nodes.length; ni++) {
			const kind = s.kindAt(ni);
			if (kind !== 'paragraph' && kind !== 'heading') continue;
			const n = s.nodes[ni];
			// A little above the title too (a post header's byline over the headline: `bylinesBeforeTitle.ts`).
			const above = n.start < a;
			if (!isBylineBlock(n) || (above ? !justAboveTitle(s, a, n.start) : s.gap(a, n.start) > NEAR_TITLE_CHARS)) continue;
			// Decorations before "By" ("// By Jane Doe • Nov 11, 2020") are not part of the byline.
			const t = s.textOf(n).replace(/^[^\p{L}\p{N}]+/u, '');
			if (t.length > MAX_BYLINE_CHARS || !BYLINE_PREFIX_RE.test(t) || (above && byIsLinkWords(s, n))) continue;
			// A "By" line under a section heading past the page's text is that section's (`sectionBylines.ts`).
			if (underSectionHeading(s, n)) continue;
			const names = splitNames(t);
			if (names.length > 0) out.push({ value: names, source: n.range, rule: 'text:by-line', score: 12 + s.positionScore(n) - (above ? BEFORE_TITLE_PENALTY : 0), node: n });
		}
		// Links to an author page just under the title, without any byline class.
		for (const node of s.links) {
			const link = linkOf(node);
			// A little above the title only after an author label ("Author: [Name](/author/name/)": `bylinesBeforeTitle.ts`).
			const above = node.start < a;
			if ((above ? !justAboveTitle(s, a, node.start) : s.gap(a, node.start) > NEAR_TITLE_CHARS) || !isAuthorUrl(link.href) || CALL_TO_ACTION_RE.test(node.words) || isSnippetCopy(s, node)) continue;
			if (above && !labelledAuthorLink(s, node)) continue;
			// A name linked inside a sentence is someone the text mentions (`proseNameLinks.ts`).
			if (inRunningText(s, node)) continue;
			// A link around the author's picture says the name only in its label (`aria-label="Emmanuel Oyibo"`): tuning
			// part +1 right author, none where the truth has none (helper "dates").
			const names = splitNames(s.textOf(node) || attrValue(node.attrs, 'aria-label') || '', HANDLES);
			if (names.length !== 1) continue;
			// The member named after "Thread starter" or "Started by" opened the thread (`threadStarterLabel.ts`).
			if (followsStarterLabel(s, node)) out.push({ value: names, source: node.range, rule: 'link:author-page:starter', score: 12 + STARTER_LABEL_BONUS + s.positionScore(node), node });
			else out.push({ value: names, source: node.range, rule: 'link:author-page', score: 12 + s.positionScore(node) - (above ? BEFORE_TITLE_PENALTY : 0), node });
		}
	}
	// The name element of an author box after the article, in the theme's own words (`authorBoxNames.ts`).
	for (let ni = 0; ni < s.nodes.length; ni++) {
		// `isAuthorBoxName` asks for a name element's words first.
		if (!s.hasWordsAt(ni) || s.kindAt(ni) === 'image') continue;
		const n = s.nodes[ni];
		if (s.wordTest(n, AUTHOR_RE) || !isAuthorBoxName(s, n) || isSnippetCopy(s, n)) continue;
		const names = splitNames(s.textOf(n).replace(/^by\s+/i, ''));
		if (names.length > 0) out.push({ value: names, source: n.range, rule: `class:author-box-name${FAR_SUFFIX}`, score: WEIGHT.classOwn + s.positionScore(n, true), node: n });
	}
	pushAll(out, textBylineCandidates(s));
	pushAll(out, datelineNameCandidates(s));
	// The writer's picture and the same name beside it under the title (`avatarNames.ts`).
	pushAll(out, avatarNameCandidates(s));
	// A link to the writer's `/@handle` page under the title (`handleProfileLinks.ts`).
	pushAll(out, handleProfileCandidates(s));
	// A name line and a job line just under the title (`nameRoleCards.ts`).
	pushAll(out, nameRoleCandidates(s));
	// A board's poster card, a name over its member statistics (`posterCards.ts`).
	pushAll(out, posterCardCandidates(s));
	// A name in plain text after a thread-starter label under the title (`starterLabelNames.ts`).
	pushAll(out, starterLabelNameCandidates(s));
	// An author box's "About [Jane Doe](/author/jane/)" heading after the article (`aboutAuthorHeadings.ts`).
	pushAll(out, aboutAuthorHeadingCandidates(s, isAuthorUrl));
	pushAll(out, attributeAuthorCandidates(s));
	// A writer's card with no author markup: a picture named after them and a bio starting with the name (`authorCards.ts`).
	pushAll(out, authorCardCandidates(s));
	// The same without a bio: a picture or an empty author-page link, then the name alone (`authorBoxPairs.ts`).
	pushAll(out, authorBoxPairCandidates(s));
	// An author box as a heading with the name and a bio opening with it, no label, class nor link (`bioHeadingNames.ts`).
	pushAll(out, bioHeadingNameCandidates(s));
	// A bare name line under the headline, in a header that also holds a dateline (`nameUnderTitle.ts`).
	// A line another rule already read adds nothing on the end matter's witness; a third candidate on one node would make
	// `firstOfRepeated` take it for a list of posts (declassed: one half-B author lost).
	pushAll(out, nameUnderTitleCandidates(s).filter((c) => c.rule !== WITNESSED_RULE || !out.some((o) => o.node === c.node)));
	// Makers named on product pages (a brand box, or a link to the brand's or store's page: `brandLinks.ts`, or a one-word name linked to a website's front page: `homeLinkNames.ts`), and names credited for another role or rights, are no authors (`brandBylines.ts`, `creditLabels.ts`).
	// A name linked with `rel="ugc"` is a commenter's (`ugcLinkNames.ts`).
	// Names read for their place alone, past the article's text, are a comment's or a teaser's (`pastTheBody.ts`).
	// A picture's credit names its photographer (`photoCredits.ts`); a review's, a quotation's, a comment's or an event
	// section's names are theirs (`othersContent.ts`), unless a platform's markup says the element is the page's.
	const kept = out.filter((c) => !c.node || !(inBrandBox(c.node) || (!PROFILE_RULE_RE.test(c.rule) && (namesBrandLink(s, c.node, c.value) || namesHomeLink(s, c.node, c.value) || namesUgcLink(s, c.node, c.value))) || creditsOtherRole(s, c.node) || placeOnlyPastBody(s, c.rule, c.node) || isPhotoCredit(s, c.node) || (!PROFILE_RULE_RE.test(c.rule) && isOthersContent(s, c.node)) || inSiteHeading(s, c.node)));
	// A commenter's name is never the page's author, whatever its markup (`commentBoxes.ts`).
	// A login in the byline is no longer swapped for the full name an author box links to the same page under
	// (`authorDisplayNames.ts`, removed in session 21: author right half A 195 -> 194 of 254, half B 210 -> 210 of 275).
	// A platform's own author element outweighs a generic byline; a name in a platform's box of other posts or comments is never reported (`platformBylines.ts`).
	// A name the page credits as its reviewer or fact checker is no author anywhere on it (`reviewerNames.ts`).
	const unreviewed = kept.flatMap((c) => candidateWithoutReviewers(s, c) ?? []);
	return unreviewed.map((c) => withPlatformEvidence(s, c.node && !PROFILE_RULE_RE.test(c.rule) && c.score >= MIN_REPORTED_SCORE && inCommentBox(s, c.node) ? { ...c, score: commentCap(c.score, MIN_REPORTED_SCORE) } : c));
}

/** Rules of a platform profile's author element: its markup is known to be the page's. */
const PROFILE_RULE_RE = /^profile:/;

/** Paragraphs, and headings below the title ("##### By Quiet Light"), hold text bylines. */
function isBylineBlock(n: MNode): boolean {
	const b = n.block;
	return b?.kind === 'paragraph' || (b?.kind === 'heading' && b.level >= 2);
}

/**
 * Author widgets that are not a byline: bios, avatars, hover cards. An author box (the bio after the article) is one,
 * but its name element (`elementor-author-box__name`, `author-box-name`) names the article's author: on the wcxb-dev
 * tuning part, allowing it found 0 more authors … (see the note for issue 12).
 */
function isNotAuthor(words: string): boolean {
	if (!AUTHOR_NOT_RE.test(words)) return false;
	return !(AUTHOR_BOX_RE.test(words) && AUTHOR_NAME_OWN_RE.test(words));
}

/** The rule suffix of a name element read far from the title (an author box after the article). */
export const FAR_SUFFIX = ':far';

/** A class naming the element as the name itself (`…__name`, `author-name`, an author box's `author-box-title`), not a container holding a name. */
const AUTHOR_NAME_OWN_RE = /(?:^|\s)[\w-]*(?:author|box)[\w-]*[_-](?:name|title)(?:\s|$)/;

/** A name link inside a byline that names several people: the byline's names, in order. */
export function expandAuthors(s: MetadataScan, c: Candidate<string[]> | undefined): Candidate<string[]> | undefined {
	let p = c?.node?.parent;
	for (let i = 0; c && p && i < 2; i++, p = p.parent) {
		if (!p.words || !AUTHOR_RE.test(p.words) || isNotAuthor(p.words) || s.textOf(p).length > MAX_BYLINE_CHARS) continue;
		const names = namesIn(s, p);
		if (names.length > c.value.length && c.value.every((v) => names.includes(v))) return { ...c, value: names, source: p.range, node: p };
	}
	return c;
}

/** The names a byline node holds, without the texts of its topic links (`taxonomyLinks.ts`). */
function namesIn(s: MetadataScan, n: MNode): string[] {
	const names = ownNamesIn(s, n);
	if (names.length === 0) return names;
	const topics = taxonomyTexts(s, n);
	return topics.size === 0 ? names : names.filter((v) => !topics.has(v.toLowerCase()));
}

/** The names a byline node holds: its name element, its author links, or its own short text. */
function ownNamesIn(s: MetadataScan, n: MNode): string[] {
	const inner = s.descendants(n);
	// An element that holds only the name (itemprop=name, .fn, .author-name).
	const named = innermostNamed(inner.filter((d) => d.words !== '' && AUTHOR_NAME_RE.test(d.words) && !isNotAuthor(d.words)));
	let names = uniq(named.flatMap((d) => namesOfElement(s, d)));
	if (names.length > 0) return names;
	// Links to author pages.
	const links = inner.filter((d) => d.inline?.kind === 'link' && isAuthorUrl((d.inline as Link).href));
	names = uniq(links.flatMap((d) => splitNames(s.textOf(d), HANDLES)));
	if (names.length > 0) return names;
	const t = s.textOf(n);
	if (t.length > MAX_BYLINE_CHARS) return [];
	return splitNames(t, HANDLES);
}

/**
 * More name elements than this in one byline are a list, not a name with its wrapper: `innermostNamed` compares every
 * pair, so a hostile dump's thousands of name spans in one byline would cost quadratic time. Real bylines hold 1-4.
 */
const MAX_NESTED_NAMES = 16;

/**
 * Name elements without the ones that wrap a single other name element: a wrapper named after the name it holds
 * (`name-with-badge__wrapper` around `username`) also holds the poster's badges and ranks, read as part of the name
 * ("AtlanG CO" beside "AtlanG"). A wrapper around two or more name elements (a first and a last name) is kept.
 * Measured on the wcxb-dev tuning part (cached regions): author right half A 199 -> 200 of 254, half B 212 -> 212 of
 * 275; reported where the truth has none unchanged (2 of 244, 1 of 281).
 */
function innermostNamed(named: readonly MNode[]): readonly MNode[] {
	if (named.length < 2 || named.length > MAX_NESTED_NAMES) return named;
	const inside = (e: MNode, d: MNode): boolean => e !== d && e.start >= d.start && e.end <= d.end && (e.start > d.start || e.end < d.end);
	const leaves = named.filter((d) => !named.some((e) => inside(e, d)));
	return named.filter((d) => leaves.includes(d) || leaves.filter((e) => inside(e, d)).length > 1);
}

/**
 * The names a name element holds: its text, else, for a container whose lines are the name and the person's role
 * ("Harry Rabinowitz" / "Tech Reporter", read together as one line that ends in a role), its first line.
 */
function namesOfElement(s: MetadataScan, d: MNode): string[] {
	const whole = splitNames(s.textOf(d), HANDLES);
	if (whole.length > 0 || (d.block?.kind !== 'div' && d.block?.kind !== 'htmlDiv')) return whole;
	const first = s.nodes[d.order + 1];
	return first?.parent === d && first.block?.kind === 'paragraph' ? splitNames(s.textOf(first), HANDLES) : [];
}
