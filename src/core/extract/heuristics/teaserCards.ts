// Teaser cards: a run of cards that each carry a publication date, a byline or a reading time ("6 min read") shows the site's other posts, not the page's content.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText } from '../inlineText';
import { minOf } from '../../model/pushAll';

/**
 * A landing page closes with teasers of the site's blog or news: "Featured insights", "News and notes", "From our
 * blog", each card a title, a snippet and a line like "11/19/2025 | By Jerra Toms", "6 min read" or "Written by
 * Kyle Bonds on August 7, 2025". The service's own sections carry no such lines. Studied on the tuning part of
 * wcxb-dev's service pages: runs of three or more cards with a byline or a reading time are left out by the
 * annotators on every page that has them (0169, 0258, and 3033 and 0062 read as other kinds); cards with a date alone
 * are left out on one page (4479) and kept on two (0340, 4467), so a date alone does not count. Dated lines that are
 * deals ("Book by Dec 31"), ranges ("1/27/2026 - 3/24/2026") or member stamps ("Member since …") are not card lines.
 * With `npm run eval` (tuning part, service strategy): service 0.823 -> 0.825, 2 pages up (0.62 -> 0.82, 0.81 -> 0.90), none down;
 * with dates alone counted, 3 up and 2 down (0.947 -> 0.906).
 */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;
export const CARD_DATE_RE = new RegExp(`\\b${DATE}\\b`, 'gi');
export const READ_TIME_RE = /\b\d+\s*(?:min(?:ute)?s?\.?|hours?)\s+(?:read|watch|listen)\b/gi;
/** A date after these words is a deadline, an offer's term or a membership stamp, not when a post was published. */
export const NOT_PUBLISHED_RE = new RegExp(`\\b(?:by|through|thru|until|till|before|after|from|since|ends?|expires?|valid|to)\\s+${DATE}`, 'i');
/** A byline: "By Jerra Toms", "Written by Kyle Bonds". */
export const BYLINE_RE = /\b[Bb][Yy]\s+\p{Lu}/u;
/** Words a card's line holds beside its date and reading time. */
const META_WORDS_RE = /\b(?:by|written|posted|published|updated|on|read more|in|at)\b|[|·•,:–—-]/gi;
/** A card line is short: the date or reading time, a byline, at most this many other words (a name, a category). */
export const MAX_META_CHARS = 80;
export const MAX_OTHER_WORDS = 4;
/** This many cards make a run of teasers; two dated lines are often a post's own dates. */
export const MIN_CARDS = 3;
/** Cards of one run lie at most this many blocks apart (title, label, snippet, image caption, "Read more"). */
export const MAX_CARD_BLOCKS = 7;
/** A card's text is short: a snippet, not a section of prose. */
export const MAX_CARD_CHARS = 700;

/** Whether a line is a teaser card's date, byline or reading-time line (see the header). */
export function isCardMetaLine(text: string): boolean {
	const t = collapse(text);
	if (t.length === 0 || t.length > MAX_META_CHARS) return false;
	const dates = t.match(CARD_DATE_RE)?.length ?? 0;
	const times = t.match(READ_TIME_RE)?.length ?? 0;
	if (dates + times === 0 || dates > 1 || NOT_PUBLISHED_RE.test(t)) return false;
	// A date alone does not make a teaser: a service page's own news list and its events are dated too.
	if (times === 0 && !BYLINE_RE.test(t)) return false;
	const rest = t.replace(CARD_DATE_RE, ' ').replace(READ_TIME_RE, ' ').replace(META_WORDS_RE, ' ');
	return rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= MAX_OTHER_WORDS;
}

/** Two blocks of the same place in two cards: the same kind (and heading level). */
function sameShape(a: Block | undefined, b: Block | undefined): boolean {
	if (!a || !b || a.kind !== b.kind) return false;
	return a.kind !== 'heading' || b.kind !== 'heading' || a.level === b.level;
}

/** The blocks less their runs of dated teaser cards, with the short heading that labels a run (at the top level of the blocks). */
export function dropTeaserCards(blocks: Block[], removed: RemovedRegion[]): Block[] {
	const texts = blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? collapsedText(b) : ''));
	const metas: number[] = [];
	texts.forEach((t, i) => {
		if (blocks[i].kind === 'paragraph' && isCardMetaLine(t)) metas.push(i);
	});
	if (metas.length < MIN_CARDS) return blocks;
	const drop = new Set<number>();
	let first = 0;
	for (let k = 1; k <= metas.length; k++) {
		const gap = k < metas.length ? metas[k] - metas[k - 1] : Infinity;
		let chars = 0;
		if (gap <= MAX_CARD_BLOCKS) for (let i = metas[k - 1] + 1; i < metas[k]; i++) chars += texts[i].length || collapsedText(blocks[i]).length;
		if (gap <= MAX_CARD_BLOCKS && chars <= MAX_CARD_CHARS) continue;
		// metas[first..k-1] is one run.
		const run = metas.slice(first, k);
		first = k;
		if (run.length < MIN_CARDS) continue;
		const gaps = run.slice(1).map((m, i) => m - run[i]);
		const period = minOf(gaps);
		// Each card: `before` blocks above its line and `period - 1 - before` below, as the next card shows.
		let before = 0;
		while (before < period - 1 && run[0] - before - 1 >= 0 && sameShape(blocks[run[0] - before - 1], blocks[run[1] - before - 1]) && blocks[run[0] - before - 1].kind !== 'hr') before++;
		let start = run[0] - before;
		const end = Math.min(blocks.length - 1, run[run.length - 1] + (period - 1 - before));
		// The run's label ("Featured insights", "From our blog") goes with it.
		const label = blocks[start - 1];
		if (label?.kind === 'heading' && texts[start - 1].length <= MAX_META_CHARS) start--;
		for (let i = start; i <= end; i++) drop.add(i);
		removed.push({ range: { start: blocks[start].range.start, end: blocks[end].range.end }, step: 'teaser-cards', signal: `${run.length} dated cards` });
	}
	return drop.size === 0 ? blocks : blocks.filter((_, i) => !drop.has(i));
}
