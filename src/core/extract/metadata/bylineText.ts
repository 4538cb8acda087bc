// Step 4 of metadata reading: bylines written as text without a byline class — a "By" label apart from its name, "by" inside a dateline, and "Written by …" anywhere.
import { findDates } from '../dates';
import { BYLINE_PREFIX_RE, MAX_BYLINE_CHARS, NEAR_TITLE_CHARS } from '../metadataRules';
import { splitNames } from './names';
import { isAvatarInitials } from './avatarInitials';
import { isLinkLabel } from './linkedLabels';
import type { Candidate, MetadataScan, MNode } from './scan';

/** Names in a text node after a label are the name element's own: handles count ("hayley.p"). */
const HANDLES = { handles: true } as const;

/**
 * A label that is the whole text of its element, its name in the next element: "By" / "Chase Bernath", "Written by" /
 * "Edzel Tabing", `[By]{.meta}[Nina Pineda](/about/…)`. Themes split them to style the name apart. "Author" and
 * "Authors" need no colon: an author card's eyebrow or an author box's caption ("Author" / "## Shivkumar M").
 */
const LABEL_ONLY_RE = /^(?:(?:(?:this\s+)?(?:article|post|story|guide)\s+)?(?:written|posted|authored|words|story|article)\s+)?by\s*:?$|^(?:author|authors|written by|writer|auteur|autor)\s*:?$/iu;
/**
 * A lone label that says the text was written or authored ("Written by", "Article written by:") leads a byline wherever
 * it stands, like a "Written by …" line (`WRITTEN_BY_RE`): its name is not marked down for being far from the title
 * (an author box after the article: "## Article written by:" / a picture / "### Doris Munoz-Mantilla"). A bare "By" or
 * "Posted by" label keeps the nearness test: it also leads a comment's or a teaser's name. Measured with the leading
 * link below on the wcxb-dev tuning part (cached regions): author right half A 192 -> 193 of 254, half B 208 -> 210 of
 * 275; reported where the truth has none unchanged (3 of 244, 1 of 281). A lone "Author" or "Authors" label says the
 * same (an author card beside the article, an author box after it); with the colon made optional above and avatar
 * initials skipped (`avatarInitials.ts`), on the wcxb-dev tuning part: author right half A 206 -> 208 of 254 (2 sites
 * gained, none lost), half B 212 -> 212 of 275; reported where the truth has none unchanged (2 of 244, 1 of 281).
 */
const WRITTEN_LABEL_RE = /\b(?:written|authored)\s+by\b|^authors?\s*:?$/iu;
/** How far after a lone label its name may start (an avatar image or a tooltip wrapper may sit between). */
const LABEL_NAME_CHARS = 800;
/** Base score of a name read after a lone label: as sure as a "By Jane Doe" line (`author.ts`). */
const LABEL_SCORE = 12;

/**
 * "by" inside a dateline, after a date or a separator: "October 11, 2023 by Autumn Huerter", "Mar 15, 2022 · 3 min
 * read · By ASU Online", "0 comments · by Dennis Moons · Updated on …". The capital after "by" keeps prose out
 * ("made by hand"), and the line must carry a date or a separator to be a dateline.
 */
const INLINE_BY_RE = /(?:^|[\s|•·—–,*])([\p{L}-]*\s+)?[Bb]y\s+(?=[\p{Lu}\p{N}])/gu;
/** Besides a date, what makes a short line a dateline: a reading time or a publication label. */
const DATELINE_MARK_RE = /\bmin(?:ute)?s?\s+read\b|\b(?:published|updated|posted)\b/iu;
/** "Reviewed by", "Edited by", "Shop by": a "by" that names someone other than the author, or no one. */
const OTHER_BY_RE = /^(?:reviewed|checked|fact-checked|edited|illustrated|photographed|photos?|translated|sponsored|powered|presented|hosted|shop|sort|filter|browse|search|made|built|designed|developed)\s+$/iu;
/** A dateline is short: longer texts are paragraphs that mention someone ("… was designed by Jane Doe"). */
const MAX_DATELINE_CHARS = 200;
/**
 * Nodes whose text is certainly longer than this are skipped before their text is built. It is above both this rule's
 * limit and the copyright rule's (`siteName.ts`, which reads the text of a node whose text was already built even
 * when its plain text shows no mark): skipping a node here never changes what that rule sees.
 */
const UNREAD_CHARS = 300;

/**
 * Prefixes that only ever lead a byline, wherever it stands (an author box after the article, a heading "Written by
 * Cassidy Horton"): unlike a bare "By", they never start a caption, a quote's attribution or a sentence.
 */
const WRITTEN_BY_RE = /^(?:(?:this|the)\s+(?:post|article|story|guide)\s+(?:was\s+)?)?(?:written|authored)\s+by\s*:?\s+/iu;
/** Base score of a "Written by …" line: reported even far from the title, unless in comments, related stories or hidden. */
const WRITTEN_BY_SCORE = 22;

/**
 * What every rule below needs in a node's text: a "by" (the label, "Written by", the dateline's "by") or an "author",
 * "auteur", "autor" or "writer" label. Nodes whose text cannot hold one are skipped before it is built (most of this
 * rule's cost; `MetadataScan.mayHoldWord`). Keep it in step with the regexes above.
 */
const BY_WORD_RE = /by|aut|writer/i;

export function textBylineCandidates(s: MetadataScan): Candidate<string[]>[] {
	const out: Candidate<string[]>[] = [];
	const a = s.anchor();
	// The range of the last paragraph or heading whose text cannot hold the word (`wordlessSpan`).
	let wordlessStart = -1;
	let wordlessEnd = -1;
	// The kind from the scan's column (`nodeKinds.ts`): other nodes are skipped without being read.
	for (let i = 0; i < s.nodes.length; i++) {
		const kind = s.kindAt(i);
		if (kind !== 'paragraph' && kind !== 'heading' && kind !== 'span') continue;
		const n = s.nodes[i];
		if (kind === 'span' && wordlessSpan(n, wordlessStart, wordlessEnd)) continue;
		// A short source needs no bound: its text is built below at once (the bound's count cost as much as the text).
		if (n.end - n.start > UNREAD_CHARS && s.textLongerThan(n, UNREAD_CHARS)) continue;
		if (!s.mayHoldWord(n, BY_WORD_RE)) {
			if (kind !== 'span') {
				wordlessStart = n.start;
				wordlessEnd = n.end;
			}
			continue;
		}
		const t = s.textOf(n);
		if (t === '' || t.length > MAX_DATELINE_CHARS) continue;
		if (LABEL_ONLY_RE.test(t)) {
			// A label that is a link is a menu's entry (`linkedLabels.ts`).
			if (isLinkLabel(s, n)) continue;
			const next = nameAfter(s, n);
			const written = WRITTEN_LABEL_RE.test(t);
			if (next) out.push({ value: next.names, source: next.node.range, rule: written ? 'text:by-label:written' : 'text:by-label', score: written ? WRITTEN_BY_SCORE + s.positionScore(next.node, true) : LABEL_SCORE + s.positionScore(next.node), node: next.node });
			continue;
		}
		if (kind === 'span') continue;
		if (WRITTEN_BY_RE.test(t)) {
			const rest = t.replace(WRITTEN_BY_RE, '');
			const names = t.length <= MAX_BYLINE_CHARS ? splitNames(rest) : [];
			const linked = names.length > 0 ? names : leadingLinkNames(s, n, rest);
			if (linked.length > 0) out.push({ value: linked, source: n.range, rule: 'text:written-by', score: WRITTEN_BY_SCORE + s.positionScore(n, true), node: n });
			continue;
		}
		// A dateline just under the title with "by" after its start ("By …" at the start is `author.ts`'s by-line).
		if (a === undefined || n.start < a || s.gap(a, n.start) > NEAR_TITLE_CHARS || BYLINE_PREFIX_RE.test(t)) continue;
		if (!DATELINE_MARK_RE.test(t) && findDates(t).length === 0) continue;
		const m = [...t.matchAll(INLINE_BY_RE)].find((x) => x.index > 0 && !OTHER_BY_RE.test(x[1] ?? ''));
		if (!m) continue;
		const names = splitNames(t.slice(m.index + m[0].length));
		if (names.length > 0) out.push({ value: names, source: n.range, rule: 'text:dateline-by', score: LABEL_SCORE + s.positionScore(n), node: n });
	}
	return out;
}

/**
 * Whether a span lies in the paragraph or heading of range `start`..`end`, whose text `mayHoldWord` found cannot hold
 * the word, and is not hidden: then its text cannot hold it either, and it is skipped without its source being read
 * again. Its source is part of the block's; its visible values, hidden by none of its spans (the node's `hidden`
 * covers the span and every span around it), are a run of the block's (`visibleValuesMatch` leaves out only hidden
 * spans); and `BY_WORD_RE` matches letters alone, so a match in a part is a match in the whole. Nodes come in page
 * order, the block's inlines right after it. Why: the spans' own tests were part of this rule's `mayHoldWord` cost.
 */
function wordlessSpan(n: MNode, start: number, end: number): boolean {
	return n.start >= start && n.end <= end && !n.hidden;
}

/** The names in the first text after a lone label, when that text is a name. */
function nameAfter(s: MetadataScan, label: MNode): { names: string[]; node: MNode } | undefined {
	// `[By]{.label}Daryl Austin`: the name is the rest of the label's paragraph.
	const p = label.parent;
	if (label.inline && p?.block?.kind === 'paragraph') {
		const whole = s.textOf(p);
		const own = s.textOf(label);
		if (whole.startsWith(own) && whole.length > own.length) {
			const names = splitNames(whole.slice(own.length), HANDLES);
			return names.length > 0 ? { names, node: p } : undefined;
		}
	}
	for (let i = label.order + 1; i < s.nodes.length; i++) {
		const d = s.nodes[i];
		if (d.start < label.end) continue;
		if (d.start - label.end > LABEL_NAME_CHARS) return undefined;
		const kind = d.block?.kind ?? d.inline?.kind;
		if (kind !== 'paragraph' && kind !== 'span' && kind !== 'link' && kind !== 'heading') continue;
		const t = s.textOf(d);
		// An avatar's initials ("CP" in a circle) stand before the name they abbreviate.
		if (t === '' || isAvatarInitials(t)) continue;
		const names = splitNames(t, HANDLES);
		return names.length > 0 ? { names, node: d } : undefined;
	}
	return undefined;
}

/**
 * "Written by: [Shivkumar M](/blog/author/shivkumar/) Head of Product Launches…": a "Written by" line that runs on into
 * the writer's bio, its name the link just after the label. Only a link that starts the rest of the line counts (its
 * effect is measured with `WRITTEN_LABEL_RE`'s above).
 */
function leadingLinkNames(s: MetadataScan, n: MNode, rest: string): string[] {
	for (const d of s.descendants(n)) {
		if (d.inline?.kind !== 'link') continue;
		const name = s.textOf(d);
		return name !== '' && rest.startsWith(name) ? splitNames(name, HANDLES) : [];
	}
	return [];
}
