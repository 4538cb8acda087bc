// The review report's model: one row per dump (summary and review state) and the totals the report shows, with the
// JSON and CSV renderings that carry the same rows for spreadsheets and dashboards.
import type { Severity } from '../diagnose/finding';
import { COMPLETENESS_FIELDS, type CompletenessField, type DumpSummary } from './dumpSummary';
import type { ReviewState } from './reviewState';

export interface ReportRow extends DumpSummary {
	readonly review: ReviewState;
	/** The dump changed since its review. */
	readonly changed: boolean;
	readonly note?: string;
}

/** Bucket upper bounds (inclusive) of the word-count distribution; the last bucket is open. */
export const WORD_BUCKETS = [0, 100, 300, 1000, 3000] as const;

export interface ReviewReport {
	/** ISO time the report was made. */
	readonly generated: string;
	/** The folders the rows come from, as given. */
	readonly roots: readonly string[];
	readonly rows: readonly ReportRow[];
	readonly totals: {
		readonly dumps: number;
		readonly extracted: number;
		readonly skipped: number;
		/** Skipped dumps by reason. */
		readonly skippedBy: Readonly<Record<string, number>>;
		readonly review: Readonly<Record<ReviewState, number>>;
		readonly changedSinceReview: number;
		readonly words: number;
		readonly problems: Readonly<Record<Severity, number>>;
	};
	/** Share of extracted dumps (0..1) that have each metadata field. */
	readonly completeness: Readonly<Record<CompletenessField, number>>;
	/** Findings per rule code, most first. */
	readonly problemsByRule: readonly (readonly [string, number])[];
	readonly kinds: readonly (readonly [string, number])[];
	readonly sites: readonly (readonly [string, number])[];
	/** Extracted dumps per word bucket, labelled (`0`, `1–100`, … `3001+`). */
	readonly wordBuckets: readonly (readonly [string, number])[];
}

function tally(values: Iterable<string>): [string, number][] {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function bucketLabels(): string[] {
	const labels = [String(WORD_BUCKETS[0])];
	for (let i = 1; i < WORD_BUCKETS.length; i++) labels.push(`${WORD_BUCKETS[i - 1] + 1}–${WORD_BUCKETS[i]}`);
	labels.push(`${WORD_BUCKETS[WORD_BUCKETS.length - 1] + 1}+`);
	return labels;
}

/** Counts and distributions over the rows. Rows are sorted by path, so the same folder always gives the same report. */
export function buildReport(rows: readonly ReportRow[], roots: readonly string[], now: Date = new Date()): ReviewReport {
	const sorted = [...rows].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const extracted = sorted.filter((r) => !r.skipped);
	const review: Record<ReviewState, number> = { unreviewed: 0, approved: 0, 'needs-work': 0, rejected: 0 };
	const problems: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
	const byRule = new Map<string, number>();
	for (const r of sorted) {
		review[r.review]++;
		for (const s of Object.keys(problems) as Severity[]) problems[s] += r.problems[s];
		for (const [code, n] of Object.entries(r.rules)) byRule.set(code, (byRule.get(code) ?? 0) + n);
	}
	const completeness = Object.fromEntries(COMPLETENESS_FIELDS.map((f) => [f, extracted.length ? extracted.filter((r) => r.fields.includes(f)).length / extracted.length : 0])) as Record<CompletenessField, number>;
	const labels = bucketLabels();
	const buckets = labels.map((l) => [l, 0] as [string, number]);
	for (const r of extracted) {
		let i = WORD_BUCKETS.findIndex((b) => r.words <= b);
		if (i < 0) i = labels.length - 1;
		buckets[i][1]++;
	}
	return {
		generated: now.toISOString(),
		roots,
		rows: sorted,
		totals: {
			dumps: sorted.length,
			extracted: extracted.length,
			skipped: sorted.length - extracted.length,
			skippedBy: Object.fromEntries(tally(sorted.filter((r) => r.skipped).map((r) => r.skipped!))),
			review,
			changedSinceReview: sorted.filter((r) => r.changed).length,
			words: extracted.reduce((n, r) => n + r.words, 0),
			problems,
		},
		completeness,
		problemsByRule: [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
		kinds: tally(extracted.map((r) => r.kind)),
		sites: tally(sorted.map((r) => r.site ?? '(no URL)')),
		wordBuckets: buckets,
	};
}

/** The report as JSON: totals, distributions and every row. */
export function renderReportJson(report: ReviewReport): string {
	return JSON.stringify(report, null, 2) + '\n';
}

/** The CSV columns, in order; the JSON rows carry the same values. */
export const CSV_COLUMNS = ['path', 'title', 'site', 'url', 'kind', 'words', 'status', 'skipped_reason', 'review', 'changed_since_review', 'note', 'errors', 'warnings', 'infos', 'hints', 'rules', 'missing_metadata'] as const;

function csvCell(value: string | number | boolean | undefined): string {
	const s = value === undefined ? '' : String(value);
	// A cell a spreadsheet would run as a formula gets a leading quote (OWASP's CSV injection advice).
	const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV, one row per dump, CRLF line ends. */
export function renderReportCsv(report: ReviewReport): string {
	const lines = [CSV_COLUMNS.join(',')];
	for (const r of report.rows) {
		const cells = [
			r.path, r.title, r.site, r.url, r.kind, r.words, r.skipped ? 'skipped' : 'extracted', r.skipped, r.review, r.changed, r.note,
			r.problems.error, r.problems.warning, r.problems.info, r.problems.hint,
			Object.entries(r.rules).map(([c, n]) => `${c}:${n}`).join(' '), r.missing.join(' '),
		];
		lines.push(cells.map(csvCell).join(','));
	}
	return lines.join('\r\n') + '\r\n';
}
