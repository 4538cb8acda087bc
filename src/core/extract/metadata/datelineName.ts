// Step 4 of metadata reading: a name standing alone beside the date in a dateline under the title ("Andrew Gerrand / 4 August 2010", "December 15, 2025 · 30 min · Ash Vardanian").
import { DATE_DIGIT_RE, findDates } from '../dates';
import { withoutLinkedTail } from './datelineTails';
import { splitNames } from './names';
import { isDatelineWordsOnly } from './datelineWords';
import { isDatelineLabel } from './datelineLabels';
import type { Candidate, MetadataScan } from './scan';
import type { NodeKind } from './nodeKinds';

/**
 * Many blogs and newsrooms write the byline without "By" and without an author class: a meta line under the headline
 * that holds the date, a reading time or a word count, and the author's name alone ("Andrew Gerrand\ 4 August 2010",
 * "[Stefan] [March 5, 2026] [9 min read]", an `entry-meta` list "Bence Kovács / 02-12-2025"). The date makes the line a
 * dateline; what is left once the date, the reading time and the separators are taken out is the name, when it reads
 * as one and nothing else is left. Measured on the wcxb-dev tuning part (helper "dates", issue 12): author right
 * 374 -> 383 of 529 (9 right, 0 wrong, 0 where the truth has none); one name only, no figure, no label, no tag.
 */

/** How far after the title's start the dateline may begin: meta lines sit just under the headline. */
const AFTER_TITLE_CHARS = 1500;
/** How far before the title it may begin (a meta line above the headline: "Mar 5, 2026 · Jane Doe", then the h1). */
const BEFORE_TITLE_CHARS = 400;
/** A dateline is short: a date, a name and a reading time. Longer texts are sentences or teasers. */
const MAX_DATELINE_CHARS = 120;
/** At most this many dates on the line (a published and an updated date); more is a list of dated items. */
const MAX_DATES = 2;
/** As sure as a "By Jane Doe" line (`author.ts`), before the position score. */
const DATELINE_NAME_SCORE = 12;

/** Reading times, word and comment counts that share the line with the name ("30 min", "6279 words", "9 min read"). */
const COUNT_RE = /(?<![\p{L}\p{N}])\d[\d,.]*\s*(?:min(?:ute)?s?\.?|hours?|hrs?|words?|comments?|views?|shares?|likes?|answers?|replies|posts?|votes?)(?:\s+(?:read|reading|to read|watch|listen))?(?![\p{L}])/giu;
/** Labels of the date or of the counts ("Published:", "Reading time:", "Last updated on"), not part of any name. */
const LABEL_RE = /(?<![\p{L}])(?:(?:first\s+)?published|(?:last\s+)?updated|posted|modified|reading\s+time|read\s+time|date)(?:\s+(?:on|at))?\s*:?(?![\p{L}])/giu;
/** What separates the parts of a dateline: bullets, bars, slashes, dashes between spaces, a comma before the date. */
const SEPARATOR_RE = /\s*(?:[|·•⋅/\\—–]|\s-\s|\s--+\s|,\s*$|^\s*,)\s*/u;

/** The text of a dateline with its dates, counts and labels taken out, split at its separators; undefined when it is no dateline. */
function restOfDateline(text: string): string[] | undefined {
	const dates = findDates(text);
	if (dates.length === 0 || dates.length > MAX_DATES) return undefined;
	let rest = '';
	let at = 0;
	for (const d of dates) {
		rest += `${text.slice(at, d.start)} | `;
		at = d.end;
	}
	rest += text.slice(at);
	rest = rest.replace(COUNT_RE, ' | ').replace(LABEL_RE, ' | ');
	return rest
		.split(SEPARATOR_RE)
		.map((p) => p.replace(/^[\s,;:.]+|[\s,;:]+$/gu, ''))
		.filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** Markup of a category or tag beside the date (`ee-postmeta-term`, `cat-links`): its words are no name. */
const TERM_RE = /(?:^|[\s_-])(?:term|terms|tag|tags|cat|cats|category|categories|topic|topics)(?:$|[\s_-])/i;

/** Word tokens of a text, without the words that join names. */
function nameWords(text: string): string {
	return (text.toLowerCase().match(/[\p{L}\p{N}'’.-]+/gu) ?? []).filter((w) => !/^(?:and|&|by)$/.test(w)).join(' ');
}

/** Whether the part is written as a label, a colon after it ("Registered: …"). */
function isLabel(text: string, part: string): boolean {
	const at = text.indexOf(part);
	return at >= 0 && /^\s*:/.test(text.slice(at + part.length));
}

/** Blocks that may hold a dateline: a paragraph, a list (`entry-meta` items) or a div of short parts (the node's kind from the scan's column, `nodeKinds.ts`). */
function isDatelineBlock(k: NodeKind | undefined): boolean {
	return k === 'paragraph' || k === 'list' || k === 'div' || k === 'htmlDiv';
}

export function datelineNameCandidates(s: MetadataScan): Candidate<string[]>[] {
	const out: Candidate<string[]>[] = [];
	const a = s.anchor();
	const t = s.titleNode;
	if (a === undefined) return out;
	for (let i = 0; i < s.nodes.length; i++) {
		if (!isDatelineBlock(s.kindAt(i))) continue;
		const n = s.nodes[i];
		if (n.hidden) continue;
		const gap = s.gap(a, n.start);
		if (gap < -BEFORE_TITLE_CHARS || gap > AFTER_TITLE_CHARS) continue;
		// A box that holds the title holds the headline's words too: only the meta line itself counts.
		if (t && n.start <= t.start && n.end >= t.end) continue;
		if (!s.mayHoldChar(n, DATE_DIGIT_RE) || (n.end - n.start > MAX_DATELINE_CHARS && s.textLongerThan(n, MAX_DATELINE_CHARS))) continue;
		const text = s.textOf(n);
		if (text === '' || text.length > MAX_DATELINE_CHARS) continue;
		const parts = restOfDateline(text);
		if (!parts || parts.length !== 1) continue;
		const inner = s.descendants(n);
		if (inner.some((d) => d.block?.kind === 'heading')) continue;
		// "Mahua Das in [Project Management]": the linked section after the name is no part of it (`datelineTails.ts`).
		const part = withoutLinkedTail(parts[0], inner.filter((d) => d.inline?.kind === 'link').map((d) => s.textOf(d)));
		// A label before the date is what the date is ("Registered: 2025-11-01", "Deadline to apply: March 1"); a
		// figure makes a product or a count ("Ai2", "Top 10").
		if (/\p{N}/u.test(part) || isLabel(text, part)) continue;
		// "Saturday, March 2", "Opinion | March 3", "Press Release · May 1": the date's weekday, a section or a format (`datelineWords.ts`).
		if (isDatelineWordsOnly(part)) continue;
		// "Starts March 3", "Rates as of …", "★★★★☆ Jane D. …": a label of the date or a review's line (`datelineLabels.ts`).
		if (isDatelineLabel(part)) continue;
		// A linked word beside a date is a category or a tag ("[News](/news) · May 1"); author links are `author.ts`'s.
		if (inner.some((d) => (d.inline?.kind === 'link' || TERM_RE.test(d.words)) && s.textOf(d) !== '' && part.includes(s.textOf(d)))) continue;
		// One name: several are a list of topics more often than co-authors without a "By" ("Patients and Families, Technology").
		const names = splitNames(part);
		if (names.length !== 1 || nameWords(names[0]) !== nameWords(part)) continue;
		out.push({ value: names, source: n.range, rule: 'text:dateline-name', score: DATELINE_NAME_SCORE + s.positionScore(n), node: n });
	}
	return out;
}
