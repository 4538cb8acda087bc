// EVAL_RESHAPE_DATE: the page's visible dates rewritten into another shape seen on the web, a proxy of datelines on unseen sites.
import { annotatedNames, datesIn, dropBylineDump, nameRe } from './dropByline';
import { dateMatches, siteHalf, siteOf, type WcxbMeta, type WcxbPage } from './wcxb';

/**
 * The shapes. Language and numeric modes rewrite every visible date of the page (a theme writes all its dates alike;
 * dates in attribute blocks and link targets stay, as a page's machine dates would): `de` "5. Januar 2026", `fr`
 * "5 janv. 2026", `es` "5 de enero de 2026", `it` "5 gennaio 2026", `nl` "5 januari 2026", `pt` "5 de janeiro de 2026",
 * `ja` "2026年1月5日", `dmy` "05/01/2026", `dots` "05.01.2026", `iso` "2026-01-05". `label` puts a publication label
 * (one per site, in one of several languages) before the true date in place of the label it had; `bare` removes the label
 * before it ("Posted on", "Published:"); `after-byline` moves the true date after the byline's name ("Jane Roe · Jan 5,
 * 2026"); `relative` writes every visible date as an age ("3 days ago") and removes the true date's every form (its
 * machine dates too), so that the page has no date: anything reported is a value where the page has none. `mixed`
 * applies one of the other modes per site, chosen by a hash of its address: one number to track across sessions.
 */
export const RESHAPE_DATE_MODES = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'ja', 'dmy', 'dots', 'iso', 'label', 'bare', 'after-byline', 'relative', 'mixed'] as const;
export type ReshapeDateMode = (typeof RESHAPE_DATE_MODES)[number];

export function parseReshapeDateMode(spec: string | undefined): ReshapeDateMode | undefined {
	if (!spec) return undefined;
	const m = RESHAPE_DATE_MODES.find((x) => x === spec.trim());
	if (!m) throw new Error(`EVAL_RESHAPE_DATE=${spec}: one of ${RESHAPE_DATE_MODES.join(', ')}`);
	return m;
}

/** Month names by language, as sites print them in a dateline. */
const MONTHS: Readonly<Record<'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt', readonly string[]>> = {
	de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
	fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
	es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
	it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
	nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
	pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};

/** Publication labels in several languages, one chosen per site, as a site would print it before its date. */
const DATE_LABELS = ['Published:', 'Posted on', 'Published on', 'Date:', 'Veröffentlicht am', 'Publié le', 'Publicado el', 'Pubblicato il', 'Gepubliceerd op', 'Publicerad'];

/** A label just before a date on its line ("Posted on", "Published:", "Date:", "Updated"), with the markup around it. */
const LEAD_LABEL_RE = /(?:(?:first\s+)?(?:posted|published|publication\s+date|date\s+published|released|written|created)(?:\s+(?:on|at))?|date|on)[ \t]*:?[ \t*_]*$/i;

/** The modes `mixed` chooses from, one per site. */
const MIXED_MODES: readonly ReshapeDateMode[] = RESHAPE_DATE_MODES.filter((m) => m !== 'mixed');

function hash(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
	return h;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** An ISO day written in a mode's shape; the relative age is a few days to weeks, by the day. */
export function writeDate(iso: string, mode: ReshapeDateMode): string {
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	switch (mode) {
		case 'de':
			return `${d}. ${MONTHS.de[m - 1]} ${y}`;
		case 'fr':
		case 'it':
		case 'nl':
			return `${d} ${MONTHS[mode][m - 1]} ${y}`;
		case 'es':
		case 'pt':
			return `${d} de ${MONTHS[mode][m - 1]} de ${y}`;
		case 'ja':
			return `${y}年${m}月${d}日`;
		case 'dmy':
			return `${pad2(d)}/${pad2(m)}/${y}`;
		case 'dots':
			return `${pad2(d)}.${pad2(m)}.${y}`;
		case 'iso':
			return `${y}-${pad2(m)}-${pad2(d)}`;
		case 'relative':
			return `${2 + (d % 20)} days ago`;
		default:
			return iso.slice(0, 10);
	}
}

/** How far back an attribute block's opening brace is looked for. */
const ATTR_LOOKBACK_CHARS = 4000;

/** Whether an offset sits inside a `{...}` attribute block or a link target, or glued to a path (a date there is no visible text). */
function inAttributes(flat: string, at: number): boolean {
	const before = flat.slice(Math.max(0, at - ATTR_LOOKBACK_CHARS), at);
	if (/[/\p{L}\p{N}]$/u.test(before) || flat.charAt(at) === '/') return true;
	return before.lastIndexOf('{') > before.lastIndexOf('}') || before.lastIndexOf('](') > before.lastIndexOf(')');
}

/** How far back a picture's opening `![` is looked for. */
const ALT_LOOKBACK_CHARS = 300;

/** Whether an offset sits inside a picture's alt text (`![Jane Roe photo](...)`), which no reader sees as a byline. */
function inPictureAlt(flat: string, at: number): boolean {
	const before = flat.slice(Math.max(0, at - ALT_LOOKBACK_CHARS), at);
	return before.lastIndexOf('![') > before.lastIndexOf(']');
}

interface Span {
	readonly start: number;
	readonly end: number;
	readonly iso: string;
	readonly truth: boolean;
}

/**
 * Every visible date of the one-line text, without overlaps, each with the reading that matches the truth when one
 * does (an ambiguous "03/05/2026" is read both ways by `datesIn`), else the month-first one.
 */
function visibleDates(flat: string, truth: string): Span[] {
	const byStart = new Map<number, Span>();
	for (const f of datesIn(flat)) {
		if (inAttributes(flat, f.start) || flat.charAt(f.end) === '/') continue;
		const t = dateMatches(truth, f.iso);
		const had = byStart.get(f.start);
		if (!had || (t && !had.truth) || (t === had.truth && f.end > had.end)) byStart.set(f.start, { start: f.start, end: f.end, iso: f.iso, truth: t });
	}
	const out: Span[] = [];
	for (const s of [...byStart.values()].sort((a, b) => a.start - b.start)) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
	return out;
}

/** The dump with the spans replaced, from the last one back (each span's newlines become the one space the flat text had). */
function replaceSpans(dump: string, edits: readonly { start: number; end: number; text: string }[]): string {
	let out = dump;
	for (const e of [...edits].sort((a, b) => b.start - a.start)) {
		// At a line's or a list item's start "5. Januar" would be an ordered list's item: pandoc escapes its dot ("5\\. Januar 2026").
		const lineStart = e.start === 0 || /\n[ \t]*(?:[-*+>][ \t]+)*$/.test(out.slice(Math.max(0, e.start - 24), e.start));
		const text = lineStart ? e.text.replace(/^(\d{1,2})\. /, '$1\\. ') : e.text;
		out = out.slice(0, e.start) + text + out.slice(e.end);
	}
	return out;
}

/** The mode a site gets: itself, or under `mixed` one of the others by a hash of the site's address. */
export function siteMode(mode: ReshapeDateMode, url: string): ReshapeDateMode {
	return mode === 'mixed' ? MIXED_MODES[hash(`date:${siteOf(url)}`) % MIXED_MODES.length] : mode;
}

/**
 * The dump with its dates reshaped, or undefined when the page gives no place for the shape (no annotated date, no
 * visible written form of it; for `after-byline` no annotated author written visibly after the true date's first form
 * is removed).
 */
export function reshapeDateDump(dump: string, meta: Pick<WcxbMeta, 'author' | 'publish_date' | 'url'>, mode: ReshapeDateMode): string | undefined {
	const truth = meta.publish_date?.trim();
	if (!truth || truth.length < 10) return undefined;
	const m = siteMode(mode, meta.url);
	const flat = dump.replace(/\n/g, ' ');
	const spans = visibleDates(flat, truth);
	const trueSpans = spans.filter((s) => s.truth);
	if (!trueSpans.length) return undefined;
	if (m === 'label' || m === 'bare') {
		const edits = trueSpans.map((s) => {
			const line = flat.slice(Math.max(0, s.start - 60), s.start);
			const lab = LEAD_LABEL_RE.exec(line);
			const from = lab ? s.start - lab[0].length : s.start;
			const label = m === 'label' ? `${DATE_LABELS[hash(siteOf(meta.url)) % DATE_LABELS.length]} ` : '';
			return { start: from, end: s.start, text: label };
		});
		const out = replaceSpans(dump, edits);
		return out === dump ? undefined : out;
	}
	if (m === 'after-byline') {
		const re = meta.author ? nameRe(annotatedNames(meta.author)) : undefined;
		if (!re) return undefined;
		const first = trueSpans[0];
		const written = dump.slice(first.start, first.end).replace(/\n/g, ' ');
		const removed = replaceSpans(dump, trueSpans.map((s) => ({ start: s.start, end: s.end, text: '' })));
		const rflat = removed.replace(/\n/g, ' ');
		// The byline: the first visible name after the headline (else before it), not a picture's alt text nor a logo.
		const h1 = /^# /m.exec(removed)?.index ?? 0;
		let at: number | undefined;
		re.lastIndex = 0;
		for (let n = re.exec(rflat); n; n = re.exec(rflat)) {
			if (inAttributes(rflat, n.index) || inPictureAlt(rflat, n.index) || /^#/.test(removed.slice(removed.lastIndexOf('\n', n.index) + 1))) continue;
			// The end of a link or span whose text is the name ("[Jane Roe](/author/jane/){.x}"): the date goes after it.
			const tail = /^\s*\](?:\([^()\s]{0,400}(?:\s+"[^"\n]{0,200}")?\))?(?:\{[^{}]{0,400}\})?/.exec(rflat.slice(n.index + n[0].length));
			const end = n.index + n[0].length + (tail ? tail[0].length : 0);
			if (at === undefined || (at < h1 && n.index >= h1)) at = end;
			if (n.index >= h1) break;
		}
		return at === undefined ? undefined : removed.slice(0, at) + ` · ${written}` + removed.slice(at);
	}
	const edits = spans.map((s) => ({ start: s.start, end: s.end, text: writeDate(s.iso, m) }));
	const out = replaceSpans(dump, edits);
	// `relative`: the true date's remaining forms (machine dates, addresses) removed too: the page shows no date at all.
	return m === 'relative' ? dropBylineDump(out, { author: null, publish_date: truth }) : out;
}

/** The pages the transform reshaped, by site and annotated date (the page record keeps both). */
const reshaped = new Map<string, ReshapeDateMode>();

/** The transform of `EVAL_RESHAPE_DATE`: the reshaped dump, or the dump as it is when the page gives no place for the shape. */
export function reshapeDateTransform(mode: ReshapeDateMode): (dump: string, meta: WcxbMeta) => string {
	return (dump, meta) => {
		const out = reshapeDateDump(dump, meta, mode);
		if (out === undefined) return dump;
		reshaped.set(`${siteOf(meta.url)}\t${meta.publish_date ?? ''}\t${meta.title ?? ''}`, siteMode(mode, meta.url));
		return out;
	};
}

/**
 * The proxy's table: of the reshaped pages, how many get the date right, nothing, or another value, per half, kind and
 * (under `mixed`) mode. Under `relative` the page shows no date: every value reported is counted as one where none is.
 */
export function formatReshapeDate(mode: ReshapeDateMode, pages: readonly WcxbPage[]): string {
	const modeOf = (p: WcxbPage): ReshapeDateMode | undefined => reshaped.get(`${p.site}\t${p.date.expected ?? ''}\t${p.title.expected ?? ''}`);
	const mine = pages.filter((p) => modeOf(p) !== undefined);
	const row = (ps: readonly WcxbPage[]): string => {
		const right = ps.filter((p) => modeOf(p) !== 'relative' && p.date.actual && dateMatches(p.date.expected ?? '', p.date.actual)).length;
		const none = ps.filter((p) => !p.date.actual || !p.date.actual.trim()).length;
		return `right ${right}/${ps.length} none ${none} wrong ${ps.length - right - none}`;
	};
	const lines = [`EVAL_RESHAPE_DATE=${mode}: pages whose dates were reshaped (${mine.length}; under relative, wrong = a date reported where the page shows none)`];
	lines.push(`  all ${row(mine)}; A ${row(mine.filter((p) => siteHalf(p.site) === 'A'))}; B ${row(mine.filter((p) => siteHalf(p.site) === 'B'))}`);
	const kinds = [...new Set(mine.map((p) => p.kind))];
	lines.push(`  per kind: ${kinds.map((k) => `${k} ${row(mine.filter((p) => p.kind === k))}`).join('; ')}`);
	if (mode === 'mixed') {
		for (const m of MIXED_MODES) {
			const ps = mine.filter((p) => modeOf(p) === m);
			if (ps.length) lines.push(`  ${m.padEnd(12)} ${row(ps)}`);
		}
	}
	return lines.join('\n');
}
