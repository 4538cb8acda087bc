// EVAL_DROP_BYLINE: the true author's name and the true date's written forms removed before extraction, a proxy of pages with no byline.
import { findDates } from '../../src/core/extract/dates';
import { authorMatches, dateMatches, siteHalf, type WcxbMeta, type WcxbPage } from './wcxb';

/**
 * Name parts shorter than this are left in the dump: "MS", "RD" and "Jr" follow names in the annotations
 * ("Dylan Bailey, MS, RD") and removing them everywhere would strip unrelated words.
 */
const MIN_NAME_PART_CHARS = 3;

/** Separators of several names in one annotation ("A, B and C", "A & B", "A; B"). */
const NAME_LIST_RE = /\s*(?:[,;&/|]|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/i;

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each name of an annotated author value, as its words (letters, digits, and the marks that join handles: `hayley.p`). */
export function annotatedNames(author: string): string[][] {
	return author
		.split(NAME_LIST_RE)
		.map((n) => n.trim().replace(/^by\s+/i, ''))
		.filter((n) => n.length >= MIN_NAME_PART_CHARS)
		.map((n) => n.split(/[\s\u00a0]+/).filter(Boolean));
}

/**
 * One expression for every written form of the names: the words in order across spaces and line wraps (pandoc wraps
 * at 72 columns), `Last, First`, and the slugs an author page's address uses (`jane-doe`, `jane_doe`, `jane.doe`, `janedoe`).
 * Word edges are letters and digits, so "Ann" does not cut "Annual".
 */
export function nameRe(names: readonly string[][]): RegExp | undefined {
	const forms = new Set<string>();
	for (const words of names) {
		const w = words.map(escapeRe);
		forms.add(w.join('(?:[\\s\\u00a0]|\\\\\\n)+'));
		if (w.length === 2) forms.add(`${w[1]},?[\\s\\u00a0]+${w[0]}`);
		if (w.length > 1) forms.add(w.join('[-_.+]?'));
	}
	if (forms.size === 0) return undefined;
	const alt = [...forms].sort((a, b) => b.length - a.length).join('|');
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Text of the same length with every newline kept, so that offsets found in one-line text cut the dump itself. */
function blank(s: string): string {
	return s.replace(/[^\n]/g, '');
}

/** How far past a digit glued to a letter a second date is read ("August 25, 2025August 29, 2025"): one written date with a time. */
const GLUED_DATE_CHARS = 60;

/**
 * Every date the core's reader finds in the one-line text (month first and day first), and the dates glued without a
 * space to a number before them ("August 25, 2025August 29, 2025": a published and an updated stamp printed in one
 * node), which the reader's word edge does not see.
 */
export function datesIn(flat: string): { start: number; end: number; iso: string }[] {
	const out: { start: number; end: number; iso: string }[] = [];
	for (const dayFirst of [false, true]) {
		for (const f of findDates(flat, { dayFirst, pageDayFirst: dayFirst })) out.push({ start: f.start, end: f.end, iso: f.iso });
		for (const m of flat.matchAll(/\d(?=\p{L})/gu)) {
			const at = (m.index ?? 0) + 1;
			const f = findDates(flat.slice(at, at + GLUED_DATE_CHARS), { dayFirst, pageDayFirst: dayFirst })[0];
			if (f && f.start === 0) out.push({ start: at, end: at + f.end, iso: f.iso });
		}
	}
	return out;
}

/**
 * The dump without the annotated date's written forms: every date the core's reader finds (month first and day first)
 * whose day is the annotated one, any date glued to it without a space (the page's "published" and "updated" printed
 * as one stamp: removing only the true half would leave the other as a stand-in no page without a byline shows), and
 * the address forms the reader does not read (`/2024/03/05/`, `20240305`).
 */
function withoutDate(dump: string, date: string): string {
	const t = date.trim();
	if (t.length < 7) return dump;
	const flat = dump.replace(/\n/g, ' ');
	const all = datesIn(flat);
	const spans: [number, number][] = all.filter((f) => dateMatches(t, f.iso)).map((f) => [f.start, f.end]);
	const ends = new Set(spans.map(([, e]) => e));
	const starts = new Set(spans.map(([s]) => s));
	for (const f of all) if (ends.has(f.start) || starts.has(f.end)) spans.push([f.start, f.end]);
	spans.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
	let out = dump;
	let limit = Infinity;
	for (const [s, e] of spans) {
		if (e > limit) continue;
		out = out.slice(0, s) + blank(out.slice(s, e)) + out.slice(e);
		limit = s;
	}
	const [y, m, d] = t.split('-');
	const sep = `${y}[/_-]?${m}${d ? `[/_-]?${d}` : ''}`;
	return out.replace(new RegExp(`(?<!\\d)${sep}(?!\\d)`, 'g'), '');
}

/** The dump as a page with no byline would show it: the annotated author's names and the annotated date's written forms removed. */
export function dropBylineDump(dump: string, meta: Pick<WcxbMeta, 'author' | 'publish_date'>): string {
	let out = dump;
	const re = meta.author ? nameRe(annotatedNames(meta.author)) : undefined;
	if (re) out = out.replace(re, (m) => blank(m));
	if (meta.publish_date) out = withoutDate(out, meta.publish_date);
	return out;
}

/** What the product reported for one field after the removal: nothing (fails safe), the truth still (a form the removal missed), or a guess. */
type Outcome = 'none' | 'still' | 'guess';

function outcome(truth: string | null | undefined, actual: string | undefined, matches: (t: string, p: string) => boolean): Outcome | undefined {
	if (!truth || !truth.trim()) return undefined;
	if (!actual || !actual.trim()) return 'none';
	return matches(truth, actual) ? 'still' : 'guess';
}

/** The page record's extra fields this mode reads: each field's rule (`authorRule`, `publishedRule`). */
export interface RuleFields {
	readonly authorRule?: string;
	readonly publishedRule?: string;
}

/**
 * The proxy's table: of the tuning pages whose truth has an author (a date), how many still get one after the removal
 * (a guess), per half and kind, and the rules that produced the guesses, most first. `still` counts pages where a
 * written form survived the removal (not a guess; a gap in this proxy).
 */
export function formatDropByline(pages: readonly (WcxbPage & RuleFields)[]): string {
	const lines: string[] = ['EVAL_DROP_BYLINE: pages with a true value, after its removal (guess: another value reported; still: a form the removal missed)'];
	const fields = [
		['author', (p: WcxbPage & RuleFields) => outcome(p.author.expected, p.author.actual, authorMatches), (p: WcxbPage & RuleFields) => p.authorRule],
		['published', (p: WcxbPage & RuleFields) => outcome(p.date.expected, p.date.actual, dateMatches), (p: WcxbPage & RuleFields) => p.publishedRule],
	] as const;
	for (const [name, pick, ruleOf] of fields) {
		const row = (ps: readonly (WcxbPage & RuleFields)[]): string => {
			const os = ps.map(pick).filter((o): o is Outcome => o !== undefined);
			const n = os.length;
			const g = os.filter((o) => o === 'guess').length;
			const s = os.filter((o) => o === 'still').length;
			return `guess ${(n ? g / n : 0).toFixed(3)} (${g}/${n}) still ${s}`;
		};
		lines.push(`  ${name.padEnd(10)} all ${row(pages)}; A ${row(pages.filter((p) => siteHalf(p.site) === 'A'))}; B ${row(pages.filter((p) => siteHalf(p.site) === 'B'))}`);
		const kinds = [...new Set(pages.map((p) => p.kind))];
		lines.push(`    per kind: ${kinds.map((k) => `${k} ${pages.filter((p) => p.kind === k && pick(p) === 'guess').length}/${pages.filter((p) => p.kind === k && pick(p) !== undefined).length}`).join(', ')}`);
		const rules = new Map<string, { a: number; b: number }>();
		for (const p of pages) {
			if (pick(p) !== 'guess') continue;
			const r = (ruleOf(p) ?? '?').replace(/\d+/g, 'N');
			const c = rules.get(r) ?? { a: 0, b: 0 };
			if (siteHalf(p.site) === 'A') c.a++;
			else c.b++;
			rules.set(r, c);
		}
		const ranked = [...rules].sort((x, y) => y[1].a + y[1].b - (x[1].a + x[1].b));
		lines.push(`    guessing rules (A+B): ${ranked.map(([r, c]) => `${r} ${c.a}+${c.b}`).join(', ')}`);
	}
	return lines.join('\n');
}
