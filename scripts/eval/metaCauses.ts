// Why an author or a date was missed or wrong: where (if anywhere) the annotated value is written in the dump.
import { findDates, parseMachineDate } from '../../src/core/extract/dates';

/**
 * Where the truth is written, most readable first (the first that fits names the miss):
 * - `byline`: next to a byline word ("By", "Author", "Posted by", "von", "par", …) or in a box whose classes say author/byline.
 * - `labelled`: (dates) after a publication or update label ("Published on", "Updated", "Veröffentlicht am").
 * - `near-title`: (dates) a date line within NEAR_TITLE chars of the headline's text.
 * - `link`: (authors) as a link's text.
 * - `text`: somewhere else in the text (body prose, a comment's header, a teaser card).
 * - `alt`: only in an image's caption (the alt slot).
 * - `attr`: only in an attribute's value (a `datetime`, a `title`, a `data-*`, escaped JSON).
 * - `url`: only in an address (an author page's slug, `/2024/03/05/` in a link, or the page's own address).
 * - `relative`: (dates) not written, but the dump shows a relative stamp ("3 days ago").
 * - `absent`: nowhere in the dump.
 */
export const META_CAUSES = ['byline', 'labelled', 'near-title', 'link', 'text', 'alt', 'attr', 'url', 'relative', 'absent'] as const;
export type MetaCause = (typeof META_CAUSES)[number];

/** Pandoc's backslash escapes: the dump's text has them where the page had the bare mark. */
const ESCAPE_RE = /\\([!-/:-@[-`{-~])/g;

/** The dump on one line with escapes resolved and white space folded (pandoc wraps at 72 columns, names across lines). */
export function flatDump(dump: string): string {
	return dump.replace(ESCAPE_RE, '$1').replace(/[\s\u00a0]+/g, ' ');
}

/** Byline words just before a name, in the languages the dumps use. */
const BYLINE_BEFORE_RE = /(?:\bby|\bauthor|\bauthors|written|posted|reviewed|edited|\bvon|\bpar|\bpor|\bdoor|\bdi|\bav|\bautor|\bautore|\bauteur|redaktion)\b[\s:|]*[^\p{L}]{0,12}$/iu;
/** Class words of a byline box (the attribute block after the name's span or link). */
const BYLINE_CLASS_RE = /author|byline|writer|posted-by|contributor|rel="author"/i;
/** Labels before a date: publication and update, several languages (the core's own label lists, unanchored). */
const DATE_LABEL_RE = /(?:published|posted|updated|modified|last update|edited|revised|veröffentlicht|aktualisiert|erschienen|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|date)\b[^\p{L}]{0,6}(?:on|at|am|le|el|em|il|op)?[\s:|]*$/iu;
/** Relative stamps ("3 days ago", "vor 2 Tagen", "il y a 3 jours"). */
const RELATIVE_RE = /\b\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\bvor\s+\d+\s+(?:tagen|wochen|monaten|jahren|stunden)\b|\bil y a\s+\d+\s+(?:jours?|semaines?|mois|ans?|heures?)\b|\bhace\s+\d+\s+(?:días?|semanas?|meses|años?|horas?)\b/iu;
/** How far from the headline's text (before or after) a date still counts as the headline's date line. */
const NEAR_TITLE = 600;

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where one occurrence at [start, end) of the flat dump sits: inside an attribute block, a link's target, an image's alt, a link's text, or text. */
function place(flat: string, start: number, end: number): 'attr' | 'url' | 'alt' | 'link' | 'text' {
	const before = flat.slice(Math.max(0, start - 400), start);
	const open = before.lastIndexOf('{');
	const close = before.lastIndexOf('}');
	if (open > close && /[.#=]/.test(before.slice(open))) return 'attr';
	const paren = before.lastIndexOf('](');
	const parenClose = before.lastIndexOf(')');
	if (paren >= 0 && paren > parenClose) return 'url';
	if (/<[^>]*$/.test(before.slice(-200))) return 'attr';
	const img = before.lastIndexOf('![');
	const bracketClose = before.lastIndexOf(']');
	if (img >= 0 && img > bracketClose) return 'alt';
	const br = before.lastIndexOf('[');
	if (br > bracketClose && /^[^\]]{0,40}\]\(/.test(flat.slice(end, end + 42))) return 'link';
	return 'text';
}

/** The best cause among occurrences. */
function bestOf(causes: readonly MetaCause[]): MetaCause {
	let best: MetaCause = 'absent';
	for (const c of causes) if (META_CAUSES.indexOf(c) < META_CAUSES.indexOf(best)) best = c;
	return best;
}

/** Each name of an annotated author, as its words ("A, B and C", "A & B"). */
function namesOf(author: string): string[][] {
	return author
		.split(/\s*(?:[,;&/|]|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/i)
		.map((n) => n.trim().replace(/^by\s+/i, ''))
		.filter((n) => n.length >= 3)
		.map((n) => n.split(/\s+/).filter(Boolean));
}

/** Where the annotated author is written in the flat dump (the first name of a list decides). */
export function authorCause(author: string, flat: string): MetaCause {
	const names = namesOf(author);
	if (names.length === 0) return 'absent';
	const w = names[0].map(escapeRe);
	const forms = [w.join(' ')];
	if (w.length === 2) forms.push(`${w[1]}, ${w[0]}`);
	if (w.length > 1) forms.push(w.join('[-_.+]?'));
	const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
	const causes: MetaCause[] = [];
	for (const m of flat.matchAll(re)) {
		const s = m.index ?? 0;
		const e = s + m[0].length;
		const p = place(flat, s, e);
		if (p === 'text' || p === 'link') {
			const lead = flat.slice(Math.max(0, s - 60), s);
			const tail = flat.slice(e, e + 160);
			const box = /^[^{}]{0,60}\{([^}]*)\}/.exec(tail)?.[1] ?? '';
			if (BYLINE_BEFORE_RE.test(lead.replace(/[[\]*_]/g, ' ')) || BYLINE_CLASS_RE.test(box)) causes.push('byline');
			else causes.push(p);
		} else causes.push(p);
		if (causes.includes('byline')) break;
	}
	return bestOf(causes);
}

/** The `/2024/03/05/`, `2024-03-05` and `20240305` forms of a day (or a month) in an address. */
function addressRe(truth: string): RegExp {
	const [y, m, d] = truth.split('-');
	return new RegExp(`(?<!\\d)${y}[/_-]?${m}${d ? `[/_-]?${d}` : ''}(?!\\d)`);
}

/** Whether a date found in text falls on the annotated day (or month). */
function onDay(truth: string, iso: string): boolean {
	return iso.slice(0, truth.length) === truth;
}

/** The written dates of the flat dump on the annotated day, month first and day first, with their places. */
function dayOccurrences(truth: string, flat: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	const seen = new Set<number>();
	for (const dayFirst of [false, true]) {
		for (const f of findDates(flat, { dayFirst, pageDayFirst: dayFirst })) {
			if (!onDay(truth, f.iso) || seen.has(f.start)) continue;
			seen.add(f.start);
			out.push({ start: f.start, end: f.end });
		}
	}
	return out;
}

/** Where the annotated date is written: a labelled, byline or headline date line, other text, an attribute, an address. */
export function dateCause(truth: string, flat: string, title: string | undefined, pageUrl: string): MetaCause {
	const t = truth.trim().slice(0, 10);
	if (t.length < 7) return 'absent';
	const titleAt = title ? flat.toLowerCase().indexOf(title.toLowerCase().replace(/\s+/g, ' ').trim()) : -1;
	const causes: MetaCause[] = [];
	for (const o of dayOccurrences(t, flat)) {
		const p = place(flat, o.start, o.end);
		if (p === 'attr' || p === 'url' || p === 'alt') {
			causes.push(p);
			continue;
		}
		const lead = flat.slice(Math.max(0, o.start - 60), o.start).replace(/[[\]*_]/g, ' ');
		const around = flat.slice(Math.max(0, o.start - 160), Math.min(flat.length, o.end + 160));
		if (DATE_LABEL_RE.test(lead)) causes.push('labelled');
		else if (/\bby\b|\{[^}]*(?:author|byline)/i.test(around)) causes.push('byline');
		else if (titleAt >= 0 && o.start > titleAt - NEAR_TITLE && o.start < titleAt + title!.length + NEAR_TITLE) causes.push('near-title');
		else causes.push('text');
	}
	for (const m of flat.matchAll(/(?:datetime|content|data-[\w-]*(?:date|time)[\w-]*|"date(?:Published|Created)")\s*[=:]\s*"([^"]{6,40})"/gi)) {
		const iso = parseMachineDate(m[1]);
		if (iso && onDay(t, iso)) causes.push('attr');
	}
	if (addressRe(t).test(flat) || addressRe(t).test(pageUrl)) causes.push('url');
	if (causes.length === 0 && RELATIVE_RE.test(flat)) causes.push('relative');
	return bestOf(causes);
}

/**
 * How a wrong date relates to the truth: `later` (an update stamp, a comment's or a newer post's date), `earlier` (an
 * older related post, a quoted source), with the label written before the reported date where there is one.
 */
export function wrongDateShape(truth: string, actual: string, flat: string): string {
	const t = truth.slice(0, 10);
	const a = actual.slice(0, 10);
	const rel = a > t ? 'later' : 'earlier';
	const days = Math.round(Math.abs(Date.parse(a) - Date.parse(t)) / 86400000);
	let label = '';
	for (const o of dayOccurrences(a, flat)) {
		const lead = flat.slice(Math.max(0, o.start - 60), o.start).replace(/[[\]*_]/g, ' ');
		if (DATE_LABEL_RE.test(lead)) {
			label = /updated|modified|last update|edited|revised|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt/i.test(lead) ? 'updated-label' : 'published-label';
			break;
		}
	}
	return `${rel}${days <= 1 ? '-1d' : days <= 31 ? '-month' : days <= 366 ? '-year' : '-years'}${label ? ` ${label}` : ''}`;
}
