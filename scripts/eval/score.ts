// Scoring of extracted article bodies and metadata, as the article-extraction benchmark (Zyte) scores them. Pure.

/** A token: a run of Unicode letters, digits and `_` (the benchmark's `\w+`). */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** Shingle length of the benchmark: 4 tokens. */
export const SHINGLE_SIZE = 4;

/** The tokens of a text, in order. */
export function tokenize(text: string): string[] {
	return text.match(TOKEN_RE) ?? [];
}

/**
 * The multiset of n-token shingles of a text. A text of 1..n-1 tokens is one shingle; an empty text has none.
 * Keys join tokens with a space, which never occurs inside a token.
 */
export function shingles(text: string, n: number = SHINGLE_SIZE): Map<string, number> {
	const tokens = tokenize(text);
	const out = new Map<string, number>();
	if (tokens.length === 0) return out;
	const count = Math.max(1, tokens.length - n + 1);
	for (let i = 0; i < count; i++) {
		const key = tokens.slice(i, i + n).join(' ');
		out.set(key, (out.get(key) ?? 0) + 1);
	}
	return out;
}

/** Raw shingle counts of one page: true positives, false positives, false negatives. */
export interface PageCounts {
	readonly tp: number;
	readonly fp: number;
	readonly fn: number;
}

/** Compares a predicted body with the true one as multisets of shingles. */
export function matchShingles(truth: string, prediction: string, n: number = SHINGLE_SIZE): PageCounts {
	const t = shingles(truth, n);
	const p = shingles(prediction, n);
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const [key, pc] of p) {
		const tc = t.get(key) ?? 0;
		tp += Math.min(pc, tc);
		fp += Math.max(0, pc - tc);
	}
	for (const [key, tc] of t) {
		fn += Math.max(0, tc - (p.get(key) ?? 0));
	}
	return { tp, fp, fn };
}

/** One page's counts divided by tp + fp + fn, so every page weighs the same; all zero when both texts are empty. */
export function normalizeCounts(c: PageCounts): PageCounts {
	const total = c.tp + c.fp + c.fn;
	if (total === 0) return { tp: 0, fp: 0, fn: 0 };
	return { tp: c.tp / total, fp: c.fp / total, fn: c.fn / total };
}

export interface BodyScore {
	readonly f1: number;
	readonly precision: number;
	readonly recall: number;
	/** Pages that counted towards precision (non-empty prediction) and recall (non-empty truth). */
	readonly predictedPages: number;
	readonly truthPages: number;
}

/**
 * Aggregates per-page counts: precision is the mean of tp/(tp+fp) over pages with a non-empty prediction, recall the
 * mean of tp/(tp+fn) over pages with a non-empty truth, F1 the harmonic mean of the two means.
 */
export function aggregate(pages: readonly PageCounts[]): BodyScore {
	const precisions: number[] = [];
	const recalls: number[] = [];
	for (const raw of pages) {
		const c = normalizeCounts(raw);
		if (c.tp + c.fp > 0) precisions.push(c.tp / (c.tp + c.fp));
		if (c.tp + c.fn > 0) recalls.push(c.tp / (c.tp + c.fn));
	}
	const precision = mean(precisions);
	const recall = mean(recalls);
	const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
	return { f1, precision, recall, predictedPages: precisions.length, truthPages: recalls.length };
}

function mean(xs: readonly number[]): number {
	return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Trims and collapses white space (including non-breaking spaces). */
export function normalizeSpace(s: string): string {
	return s.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** Date-valued metadata fields: they match on their leading ISO date (YYYY-MM-DD). */
export const DATE_FIELDS: ReadonlySet<string> = new Set(['published', 'modified']);

const ISO_DATE_RE = /^\s*(\d{4}-\d{2}-\d{2})/;

/** Whether an extracted metadata value matches the expected one. Arrays match as sets of normalised strings. */
export function metadataValueMatches(field: string, expected: unknown, actual: unknown): boolean {
	if (expected === null || expected === undefined) return actual === null || actual === undefined;
	if (actual === null || actual === undefined) return false;
	if (Array.isArray(expected)) {
		if (!Array.isArray(actual)) return false;
		const a = new Set(actual.map((x) => normalizeSpace(String(x))));
		const e = new Set(expected.map((x) => normalizeSpace(String(x))));
		return a.size === e.size && [...e].every((x) => a.has(x));
	}
	const e = normalizeSpace(String(expected));
	const a = normalizeSpace(String(actual));
	if (DATE_FIELDS.has(field)) {
		const ed = ISO_DATE_RE.exec(e)?.[1];
		const ad = ISO_DATE_RE.exec(a)?.[1];
		return ed !== undefined ? ed === ad : e === a;
	}
	return e === a;
}

/** The outcome of one metadata field on one page. */
export interface FieldResult {
	readonly field: string;
	readonly expected: unknown;
	readonly actual: unknown;
	readonly ok: boolean;
	/** False when the expected value cannot be found in the dump at all (so no extractor could have found it). */
	readonly reachable: boolean;
}

/**
 * Scores the metadata fields that have an expected (non-null) value. `dumpText` decides reachability: a value whose
 * tokens (or, for dates, whose year) do not occur in the dump is unreachable.
 */
export function scoreMetadata(
	expected: Readonly<Record<string, unknown>>,
	actual: Readonly<Record<string, unknown>>,
	fields: readonly string[],
	dumpText: string,
): FieldResult[] {
	const out: FieldResult[] = [];
	const dumpTokens = tokenize(dumpText.toLowerCase()).join(' ');
	for (const field of fields) {
		const e = expected[field];
		if (e === null || e === undefined || (typeof e === 'string' && normalizeSpace(e) === '')) continue;
		const a = actual[field];
		const ok = metadataValueMatches(field, e, a);
		out.push({ field, expected: e, actual: a, ok, reachable: ok || isReachable(field, e, dumpTokens) });
	}
	return out;
}

function isReachable(field: string, expected: unknown, dumpTokens: string): boolean {
	const values = Array.isArray(expected) ? expected.map(String) : [String(expected)];
	return values.every((v) => {
		if (DATE_FIELDS.has(field)) {
			// A date is written in the page's own words; its year is the part every format keeps.
			const year = /^\s*(\d{4})/.exec(v)?.[1];
			return year === undefined || dumpTokens.includes(year);
		}
		const t = tokenize(v.toLowerCase()).join(' ');
		return t === '' || ` ${dumpTokens} `.includes(` ${t} `);
	});
}

/** Share of field results that match; 1 when there are none. */
export function metadataShare(results: readonly FieldResult[]): number {
	if (results.length === 0) return 1;
	return results.filter((r) => r.ok).length / results.length;
}
