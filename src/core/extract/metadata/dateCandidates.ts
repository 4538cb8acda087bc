// Step 4 of metadata reading: published and modified dates — date vocabulary, machine attributes, labels, near the title.
import { bareTwoDigitYearDate, DATE_DIGIT_RE, findDates, parseMachineDate, type DateOptions } from '../dates';
import { attrValue } from '../inlineText';
import { DATE_RE, MODIFIED_LABEL_RE, MODIFIED_RE, NEAR_TITLE_CHARS, PUBLISHED_LABEL_RE, PUBLISHED_RE, WEIGHT } from '../metadataRules';
import { labelLineBefore } from './dateLabelLine';
import { firstOfRepeated } from './repeatedBylines';
import { inScheduleBox } from './scheduleDates';
import { updateStampStaysModified } from './docsUpdateStamp';
import { namesPublicationMonth } from './monthOnlyPublication';
import { stampPostdatesPaths } from './olderPicturePaths';
import { isEditionLabel } from './editionDates';
import { isBylineBox } from './bylineDates';
import { BYLINE_OWN_DATE_BONUS, inBylineText } from './bylineOwnDates';
import { BYLINE_NEXT_DATE_BONUS, besideByline } from './bylineNextDates';
import { inBylineMetaBox } from './bylineMetaBoxes';
import { pastTheBody } from './pastTheBody';
import { isLaterOfGluedPair, unglued } from './gluedDates';
import { underItemHeading } from './itemHeadingDates';
import { beforeCardLink } from './cardLinkDates';
import { underRelatedHeading } from './relatedBoxes';
import { isSnippetCopy } from './snippetCopies';
import { MIN_REPORTED_SCORE } from './confidence';
import { platformScore } from './platformBylines';
import { loneLabelledDate } from './loneLabelledDate';
import { isProseDate } from './proseDates';
import { isUnseenPlainDate } from './hiddenDates';
import { isOthersContent } from './othersContent';
import { isEventDate } from './eventDates';
import { commentCap, inCommentBox } from './commentBoxes';
import { isAnswerDateLabel } from './answerDates';
import { isLabelLineDate, LABEL_LINE_BASE, LABEL_LINE_RULE } from './labelLineDates';
import { isLabelledDateLine, LABELLED_LINE_RULE, labelledLineScore } from './labelledDateLines';
import { hoverTitleDate, isTitledLink } from './relativeTimeTitles';
import { ARCHIVE_LINK_BASE, ARCHIVE_LINK_RULE, archivePrefix, inArchiveWindow, oneArchiveDay } from './archiveDateLinks';
import { best, MIN_SCORE, type Candidate, type MetadataScan, type MNode } from './scan';

/** The rule suffix of a publication date that is only the page's update stamp ("Updated Dec 19, 2025"). */
const ONLY_DATE_SUFFIX = ':only-date';

/** Whether a published date's rule says it is only an update stamp (a documentation page's "Last updated"). */
export function isUpdateStampOnly(rule: string): boolean {
	return rule.endsWith(ONLY_DATE_SUFFIX);
}

/** Between two dates, what makes them a range ("1/27/2026 - 3/24/2026", "Dec 12 to Dec 17, 2025"): a schedule, not the page's date. */
const RANGE_BETWEEN_RE = /^\s*(?:[-–—~]|to|until|till|through|thru|bis|au|al|a)\s*$/iu;
/** Soft hyphens ("Dead\u00adline") are invisible on the page and hide a label's word. */
const SOFT_HYPHEN_RE = /\u00ad/g;

/** Class names that hold "date" or "time" inside a longer word (`bydate`, `postdate`, `articletime`), but not `update` or `candidate`. */
const DATE_LOOSE_RE = /(?<!up|candi|vali|man|se)date(?!picker)|timestamp|pubtime|posttime/i;

/** The chosen published and modified dates, and every scored candidate (rule prefixed by its kind), for tracing. */
/** Labels before a date that make it a member's, an offer's or a copyright's date rather than the page's. */
const NOT_PAGE_DATE_LABEL_RE = /(?:joined|member since|registered|since|last seen|last visit|last active|last login|last post|latest post|last reply|latest reply|last activity|©|copyright|expires?|ends|valid until|offer|sale|deadline(?: to \p{L}+| for \p{L}+)?|due(?: by)?|apply by|register by|event|starts?|opens?|closes?|birthday|born|release(?:d| date)?|launch(?:ed| date)?|arrives?|delivery|ships?|available(?: from)?|(?:valid |good )?(?:through|thru|until|till)|effective(?: beginning| from| as of| date)?|(?:last )?(?:checked|verified|accessed|retrieved))\s*(?:on|at)?\s*:?\s*$/iu;

/**
 * Meta lines sit above the title as often as below it (category, date, then the headline): this far before it a
 * date still counts as near. Was a quarter of NEAR_TITLE_CHARS; half found 0 more right dates on the wcxb-dev tuning part (note for issue 12).
 */
const NEAR_BEFORE_TITLE_CHARS = NEAR_TITLE_CHARS / 2;
/** What a text that is nothing but a date (and its repeats) adds to the date's score: it is a dateline. */
const BARE_DATE_BONUS = 7;
/** A hover title is a date when the date is most of it ("2025-12-18", "Friday, October 4th, 2024 at 3:43 PM"). */
const TITLE_DATE_SHARE = 0.5;

/** Attributes that hold a machine date: datetime="2021-05-10T08:00", data-datetime, content, seconds. */
const MACHINE_DATE_KEYS = ['datetime', 'data-datetime', 'content', 'data-timestamp', 'data-time', 'data-date'] as const;

/** Nodes whose own text may be a dateline: paragraphs, headings under the title ("##### May 06, 2025"), and spans. */
function isDatelineNode(n: MNode): boolean {
	const b = n.block;
	return b?.kind === 'paragraph' || (b?.kind === 'heading' && b.level >= 2) || n.inline?.kind === 'span';
}

/** The words of a span's paragraph just before the span, which label its date; '' for other nodes. */
function spanLead(s: MetadataScan, n: MNode, text: string): string {
	const p = n.parent;
	if (!n.inline || p?.block?.kind !== 'paragraph') return '';
	const whole = s.textOf(p);
	const at = whole.indexOf(text);
	return at > 0 ? whole.slice(Math.max(0, at - 40), at) : '';
}

/** The date a `title` attribute holds, when the attribute is a date and little else. */
function titleDate(v: string | undefined, options: DateOptions): string | undefined {
	if (!v) return undefined;
	const found = findDates(v, options);
	const covered = found.reduce((acc, d) => acc + d.end - d.start, 0);
	return found.length === 1 && covered >= v.trim().length * TITLE_DATE_SHARE ? found[0].iso : undefined;
}

/** A weekday between a label and its date ("Joined: Mon Jul 24, 2017"): the label is still the date's. */
const WEEKDAY_END_RE = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$/iu;

export interface DateChoice {
	readonly published?: Candidate<string>;
	readonly modified?: Candidate<string>;
	readonly candidates: readonly Candidate<string>[];
}

/**
 * A date this close to the page's byline (before or after it) is the byline's: "Written by Moses Kim" then "April 8,
 * 2024", an author card with its date where the title is far above (a table of contents between them).
 */
const NEAR_BYLINE_CHARS = 400;

/** Whether a node is just before or after the byline's node. */
function nearByline(s: MetadataScan, n: MNode, byline: MNode | undefined): boolean {
	if (!byline) return false;
	return (n.start >= byline.start && s.gap(byline.end, n.start) <= NEAR_BYLINE_CHARS) || (n.end <= byline.start && s.gap(n.end, byline.start) <= NEAR_BYLINE_CHARS);
}

/** Whether a chosen candidate (perhaps renamed `:first-of-N`) is one past the body. */
function isPastBody(c: Candidate<string>, pastBody: ReadonlySet<Candidate<string>>): boolean {
	for (const p of pastBody) if (p.node === c.node && p.value === c.value) return true;
	return false;
}

/** What `chooseDates` gathers over the nodes. */
interface DateAcc {
	readonly published: Candidate<string>[];
	readonly modified: Candidate<string>[];
	/** Published candidates whose label or class says "published" (for `loneLabelledDate.ts`). */
	readonly saysPublished: Set<Candidate<string>>;
	/** Candidates near the title by characters only, past the article's text (`pastTheBody.ts`). */
	readonly pastBody: Set<Candidate<string>>;
	/** `order:iso` of every date read, so that a node gives each date once. */
	readonly seen: Set<string>;
	/** Dates read from links to their own day or month archive (`archiveDateLinks.ts`). */
	readonly archiveLinks: Candidate<string>[];
}

/** What `chooseDates` found of a node before reading its dates. */
interface DateNodeFacts {
	readonly own: boolean;
	readonly loose: boolean;
	readonly bylineBox: boolean;
	readonly profPub: boolean;
	readonly profMod: boolean;
	readonly nearTitle: boolean;
	readonly bylineDate: boolean;
	readonly nearText: boolean;
	/** A bare date under a "Published" label line, wherever it is (`labelLineDates.ts`). */
	readonly labelLine: boolean;
	/** A "Published <date>" line of its own, wherever it is: a candidate for `loneLabelledDate.ts` only (`labelledDateLines.ts`). */
	readonly labelledLine: boolean;
	/** A link with a hover title where a dateline may be, read for its title alone (`relativeTimeTitles.ts`). */
	readonly hoverLink: boolean;
	/** A link to a day or month archive near the title: its ISO prefix (`archiveDateLinks.ts`). */
	readonly archive?: string;
}

/**
 * The dates of one node that may hold the page's date, pushed into `gathered`. A function of its own, called only for the
 * nodes that pass `chooseDates`' filter: inside the loop, `push`'s closure made V8 allocate a context for every node on
 * every call (58 MB of the metadata read's allocations over every 4th wcxb-dev dump; issue 13).
 */
function readDateNode(s: MetadataScan, options: DateOptions, byline: MNode | undefined, gathered: DateAcc, n: MNode, facts: DateNodeFacts): void {
	const { own, loose, bylineBox, profPub, profMod, nearTitle, bylineDate, nearText, labelLine, labelledLine, hoverLink, archive } = facts;
	const { published, modified, saysPublished, pastBody, seen, archiveLinks } = gathered;
	// Near the title by characters only, past the article's text: a comment's, a teaser's or a footer's date (`pastTheBody.ts`).
	// Kept among the candidates, so that a list's dates still read as a list (`repeatedBylines.ts`), but never chosen.
	const placeOnly = !own && !loose && !bylineBox && !profPub && !profMod && !bylineDate && !labelLine && !labelledLine && !archive && pastTheBody(s, n) && !nearByline(s, n, byline);
	// A schedule's or calendar's dates are its events' ("Sunday, February 8, 2026" over a games table).
	if (!profPub && !profMod && inScheduleBox(s, n)) return;
	const itemprop = s.itemprop(n);
	let base = own ? WEIGHT.classOwn : loose ? WEIGHT.classAncestor : 8;
	let rule = own ? 'class:date' : loose ? 'class:date-like' : bylineBox ? 'class:byline' : 'text:near-title';
	if (bylineBox) base = WEIGHT.classOwn;
	if (labelLine) {
		base = LABEL_LINE_BASE;
		rule = LABEL_LINE_RULE;
	}
	if (labelledLine) rule = LABELLED_LINE_RULE;
	if (archive) {
		base = ARCHIVE_LINK_BASE;
		rule = ARCHIVE_LINK_RULE;
	}
	if (itemprop === 'datepublished' || itemprop === 'datemodified' || itemprop === 'datecreated') {
		base = WEIGHT.itemprop;
		rule = `itemprop:${itemprop}`;
	}
	if (profPub || profMod) {
		base = WEIGHT.profile;
		rule = `profile:${s.profile?.name}:${profMod ? 'modified' : 'published'}`;
	}
	// A date beside the comment count in a box named after it is the page's (`commentCounts.ts`).
	// A date beside a comment count in a box named after the comments is no longer lifted as the page's
	// (`commentCounts.ts`, removed in session 21: published right half A 199 -> 198 of 265, half B 210 -> 210 of 296).
	// A date in the reported byline's own text is the writer's dateline (`bylineOwnDates.ts`).
	// A date box of the page's own meta line, named for the comments it counts ("August 19, 2025 | 33 Comments"), is not other people's (`bylineMetaBoxes.ts`).
	const metaBox = !profPub && !profMod && inBylineMetaBox(s, n, byline);
	const pos = s.positionScore(n, labelLine) + (bylineDate ? WEIGHT.nearTitle : 0) + (inBylineText(n, byline) ? BYLINE_OWN_DATE_BONUS : besideByline(s, n, byline) ? BYLINE_NEXT_DATE_BONUS : 0) - (metaBox ? WEIGHT.foreign : 0);
	// Asked once per node, and only of nodes that hold a date: a hidden copy for search engines, or a teaser under
	// a "Recent News" box heading, says nothing about the page's own date.
	let notPageDate: boolean | undefined;
	const push = (iso: string, label: string, how: string, bonus = 0): void => {
		const key = `${n.order}:${iso}`;
		if (seen.has(key)) return;
		seen.add(key);
		// A plain date under a teaser's linked heading is that item's (`itemHeadingDates.ts`), and so is one right before a
		// card's empty link into the site (`cardLinkDates.ts`).
		notPageDate ??= isSnippetCopy(s, n) || (!profPub && !profMod && underRelatedHeading(s, n)) || (!profPub && isOthersContent(s, n)) || (rule === 'text:near-title' && (label === '' ? underItemHeading(s, n) : !PUBLISHED_LABEL_RE.test(label) && !MODIFIED_LABEL_RE.test(label) && underItemHeading(s, n, true))) || (rule === 'text:near-title' && !PUBLISHED_LABEL_RE.test(label) && !MODIFIED_LABEL_RE.test(label) && beforeCardLink(s, n));
		if (notPageDate) return;
		const isMod = profMod || (!profPub && (MODIFIED_LABEL_RE.test(label) || itemprop === 'datemodified' || (!PUBLISHED_LABEL_RE.test(label) && s.vocab(n, MODIFIED_RE, 2) > 0 && !(n.words && PUBLISHED_RE.test(n.words)))));
		const labelled = MODIFIED_LABEL_RE.test(label) || PUBLISHED_LABEL_RE.test(label) ? 5 : 0;
		const raw = base + pos + labelled + bonus;
		// A commenter's date is never the page's, whatever its markup (`commentBoxes.ts`); asked only of a date that would be reported.
		const capped = raw >= MIN_REPORTED_SCORE && !profPub && !profMod && !metaBox && inCommentBox(s, n) ? commentCap(raw, MIN_REPORTED_SCORE) : raw;
		// A platform's own date element outweighs a generic date (`platformBylines.ts`).
		const platform = capped === raw ? platformScore(s, n, 'published', raw) : capped;
		// A lone "Published <date>" line counts only as the page's one date (`labelledDateLines.ts`).
		const score = labelledLine ? labelledLineScore(s, n, platform) : platform;
		const c: Candidate<string> = { value: iso, source: n.range, node: n, rule: (how === 'text' ? rule : `${rule}:${how}`) + (labelled ? ':label' : ''), score };
		(isMod ? modified : published).push(c);
		if (archive) archiveLinks.push(c);
		if (placeOnly) pastBody.add(c);
		// A capped commenter's date is not lifted again as a lone labelled one.
		if (!isMod && platform >= raw && (PUBLISHED_LABEL_RE.test(label) || itemprop === 'datepublished' || (n.words !== '' && PUBLISHED_RE.test(n.words)))) saysPublished.add(c);
	};
	// Read once: a link's or image's attributes are put together when read.
	const attrs = n.attrs;
	// Machine dates kept on spans and divs: datetime="2021-05-10T08:00", data-datetime, content, seconds.
	if (attrs && attrs.pairs.length > 0) {
		for (const key of MACHINE_DATE_KEYS) {
			const v = attrValue(attrs, key);
			const iso = v ? parseMachineDate(v, options) : undefined;
			if (iso) push(iso, '', `@${key}`);
		}
	}
	// "[2 days ago]{.post-date title="2025-12-18"}": a relative date shown, the exact one in the hover title.
	if (own || loose || profPub || profMod) {
		// A link's own title holds it the same way (NodeBB: `[](/post/101884 "2024-11-27T15:50:23.066Z"){.timeago}`).
		const iso = titleDate(attrValue(attrs, 'title') ?? (n.inline?.kind === 'link' ? n.inline.title : undefined), options);
		if (iso) push(iso, '', '@title');
	} else if (nearText || hoverLink) {
		// Whatever its class: a dateline element that shows a relative time or nothing, its date in its hover title (`relativeTimeTitles.ts`).
		const hover = hoverTitleDate(s, n, options, titleDate);
		if (hover && !NOT_PAGE_DATE_LABEL_RE.test(hover.label) && !isAnswerDateLabel(hover.label)) push(hover.iso, hover.label, '@title-relative');
	}
	if (hoverLink) return;
	// A plain date hidden from readers is read only for its place, and a hidden place says nothing (`hiddenDates.ts`).
	if (isUnseenPlainDate(n, own || loose || bylineBox || profPub || profMod || labelLine || labelledLine || archive !== undefined || itemprop !== '')) return;
	// Text: every date in a short text, each labelled by the words just before it.
	const maxChars = nearText && !own ? 200 : 400;
	if (!s.mayHoldChar(n, DATE_DIGIT_RE) || (n.end - n.start > maxChars && s.textLongerThan(n, maxChars))) return;
	// Near the title, a date run into the next word is split from it (`gluedDates.ts`); further down such a pair is a
	// related post's (it gave one wrong date on the wcxb-dev tuning part).
	const text = nearTitle ? unglued(s.textOf(n)) : s.textOf(n);
	if (text.length > maxChars) return;
	const dates = findDates(text, options);
	if (dates.length === 0) {
		// `[14.11.24]{.post-date}`: an element named for its date that holds only a date with a two-digit year (`dates.ts`).
		const short = own || loose || profPub || profMod ? bareTwoDigitYearDate(text, options) : undefined;
		if (short) push(short, '', 'text', BARE_DATE_BONUS);
		return;
	}
	// A container of several dated items (a list of stories) is not one article's dateline.
	if (dates.length > 2 && !profPub && !profMod) return;
	let prev = 0;
	// A text that is nothing but a date (and its repeats) is a dateline.
	const bare = dates.length > 0 && dates.reduce((acc, d) => acc + d.end - d.start, 0) >= text.length * 0.6 ? BARE_DATE_BONUS : 0;
	// A span's date is labelled by its paragraph's words before it ("Updated [Dec 4, 2025]{.x}"); a bare date by a
	// label line of its own just above it ("#### Published", "Last update:").
	const lead = spanLead(s, n, text) || (bare ? labelLineBefore(s, n) : '');
	for (const [i, d] of dates.entries()) {
		const label = ((d.start === 0 ? lead : '') + text.slice(Math.max(prev, d.start - 40), d.start)).replace(SOFT_HYPHEN_RE, '');
		prev = d.end;
		// "Joined Mar 2009", "Member since", "© 2024", "Offer ends", "Event date:": dates of something other than the page (`eventDates.ts`).
		const unweekdayed = label.replace(WEEKDAY_END_RE, '');
		if (NOT_PAGE_DATE_LABEL_RE.test(unweekdayed) || isEditionLabel(label) || isEventDate(s, n, text, d, unweekdayed)) continue;
		// "Answered by mike77 on Mar 3": an answer's, a reply's or a comment's date, its poster between label and date (`answerDates.ts`).
		if (!profPub && !profMod && isAnswerDateLabel(label)) continue;
		// "1/27/2026 - 3/24/2026": a course's or an event's dates.
		const next = dates[i + 1];
		const before = dates[i - 1];
		if ((next && RANGE_BETWEEN_RE.test(text.slice(d.end, next.start))) || (before && RANGE_BETWEEN_RE.test(text.slice(before.end, d.start)))) continue;
		// "May 21, 2025April 24, 2025": a theme's published and updated times side by side (`gluedDates.ts`).
		if (isLaterOfGluedPair(text, dates, i)) continue;
		// A link to an archive gives its own day only (`archiveDateLinks.ts`).
		if (archive && !d.iso.startsWith(archive)) continue;
		// "We updated our review on March 4, 2025 to share…": a sentence's date, read only for its nearness (`proseDates.ts`).
		if (rule === 'text:near-title' && isProseDate(text, dates, label)) continue;
		push(d.iso, label, 'text', bare);
	}
}

/** `byline`: the node of the author reported for the page, if any; dates next to it count as near the title. */
export function chooseDates(s: MetadataScan, options: DateOptions, byline?: MNode): DateChoice {
	const gathered: DateAcc = { published: [], modified: [], saysPublished: new Set(), pastBody: new Set(), seen: new Set(), archiveLinks: [] };
	const { saysPublished, pastBody, archiveLinks } = gathered;
	let { published, modified } = gathered;
	const a = s.anchor();
	// Indexed, not for-of: unoptimized code allocates an iterator result per node (issue 13; also in siteName, author, title, tags).
	// Kinds and words from the scan's column (`nodeKinds.ts`): without words of its own and without a date profile, only
	// a dateline (a paragraph, a heading or a span) or a label line's paragraph can hold a date below; other nodes are
	// skipped without being read.
	const dateProfile = s.profile?.published !== undefined || s.profile?.modified !== undefined;
	for (let ni = 0; ni < s.nodes.length; ni++) {
		const kind = s.kindAt(ni);
		// A date linked to its own day or month archive near the title (`archiveDateLinks.ts`), whatever its words.
		const archive = kind === 'link' ? archivePrefix(s.nodes[ni]) : undefined;
		if (kind === 'image' || (!dateProfile && !archive && !s.hasWordsAt(ni) && kind !== 'paragraph' && kind !== 'heading' && kind !== 'span' && !(kind === 'link' && isTitledLink(s.nodes[ni])))) continue;
		const n = s.nodes[ni];
		const archived = archive !== undefined && inArchiveWindow(s, n, a) ? archive : undefined;
		const profPub = s.profileMatch(n, 'published');
		const profMod = s.profileMatch(n, 'modified');
		const own = s.wordTest(n, DATE_RE);
		const fromTitle = a === undefined ? 0 : s.gap(a, n.start);
		const nearTitle = a !== undefined && fromTitle >= -NEAR_BEFORE_TITLE_CHARS && fromTitle <= NEAR_TITLE_CHARS;
		const bylineDate = !nearTitle && nearByline(s, n, byline) && !s.isForeign(n);
		const nearText = isDatelineNode(n) && (nearTitle || bylineDate);
		const loose = !own && s.wordTest(n, DATE_LOOSE_RE);
		// A byline box's date is a dateline wherever the title is (`bylineDates.ts`). Kept in session 21 as a broad
		// vocabulary rule: switched off, published right half A 199 -> 198 of 265, half B 210 -> 210 of 296.
		const bylineBox = !own && !loose && isBylineBox(s, n);
		// The last two tests are asked only of a node no cheaper test has marked.
		const marked = own || loose || bylineBox || profPub || profMod || nearText || archived !== undefined;
		const labelLine = !marked && isLabelLineDate(s, n);
		// A "Published <date>" line of its own far from the title: read only as the page's lone date (`labelledDateLines.ts`).
		const labelledLine = !marked && !labelLine && isLabelledDateLine(s, n);
		const hoverLink = !marked && !labelLine && !labelledLine && (nearTitle || bylineDate) && kind === 'link' && isTitledLink(n);
		if (!marked && !labelLine && !labelledLine && !hoverLink) continue;
		readDateNode(s, options, byline, gathered, n, { own, loose, bylineBox, profPub, profMod, nearTitle, bylineDate, nearText, labelLine, labelledLine, hoverLink, archive: archived });
	}
	// Several days linked to their archives are a list of posts: none of them is the page's dateline (`archiveDateLinks.ts`).
	if (archiveLinks.length > 0 && !oneArchiveDay(archiveLinks)) {
		const drop = new Set(archiveLinks);
		published = published.filter((c) => !drop.has(c));
		modified = modified.filter((c) => !drop.has(c));
	}
	const candidates = [...published.map((c) => ({ ...c, rule: `published ${c.rule}` })), ...modified.map((c) => ({ ...c, rule: `modified ${c.rule}` }))];
	// "Originally published on <date>" sentences are no longer read (`originalPublication.ts`, removed in session 21:
	// published right half A 199 -> 198 of 265, where none 6 -> 7 of 233; half B unchanged, 210 of 296 and 4 of 260).
	const first = firstOfRepeated(s, published);
	const chosen = first && first.score >= MIN_REPORTED_SCORE ? first : (loneLabelledDate(published, saysPublished) ?? first);
	const pub = chosen && isPastBody(chosen, pastBody) ? best(published.filter((c) => !pastBody.has(c))) : chosen;
	const mod = best(modified.filter((c) => !pastBody.has(c)));
	// A page that shows only a modification date ("Updated Dec 19, 2025", or a theme's `updated` class) gives no other
	// date for its publication: that date is the best the page says about it, and readers cite it as the page's date.
	// Withholding it instead (session 20, cached regions): published right half A 199 -> 183 of 265, half B 210 -> 184 of
	// 296, where none half A 6 -> 3 of 233; withholding only the date-classed ones: A 199 -> 196, B 210 -> 202. Kept.
	// Not when every dated path of the article (its pictures, its address) is half a year older: a revision (`olderPicturePaths.ts`).
	if (!pub && mod && !updateStampStaysModified(s) && !namesPublicationMonth(s, mod.node) && !stampPostdatesPaths(s, mod.value)) {
		const one = modified.filter((c) => c.score >= MIN_SCORE).every((c) => c.value.slice(0, 10) === mod.value.slice(0, 10));
		return { published: { ...mod, rule: `${mod.rule}${ONLY_DATE_SUFFIX}`, score: mod.score - (one ? 10 : 20) }, modified: mod, candidates };
	}
	return { published: pub, modified: mod, candidates };
}

