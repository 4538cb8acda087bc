// Two runs' tuning-page records (`EVAL_WCXB_JSON`) side by side: mean F1 per half and kind, metadata counts, and the pages that moved.
import { FAILED_F1, PAGE_KINDS, isWrong } from './wcxb';

/** What `EVAL_WCXB_JSON` keeps of a page that the comparison reads. */
export interface PageRecord {
	readonly id: string;
	readonly kind: string;
	readonly site: string;
	readonly half: 'A' | 'B';
	readonly f1: number;
	readonly detected?: string;
	readonly title: FieldRecord;
	readonly author: FieldRecord;
	readonly date: FieldRecord;
}

/** One metadata field of a page record; `truth` and `actual` (absent in records older than session 54) give the wrong count. */
export interface FieldRecord {
	readonly right: boolean;
	readonly spurious: boolean;
	readonly truth?: boolean;
	readonly actual?: string;
}

/**
 * A page moves when its F1 changes by more than this: below it, a word or two of a long page, which the notes do not
 * list. Session notes have reported pages moved by more than 0.005 since session 38, so the lists stay comparable.
 */
export const MOVE_THRESHOLD = 0.005;

/**
 * Metadata counts of one run: right values per field, wrong ones (truth present, another value reported), values
 * reported where the truth has none, kinds detected as annotated.
 */
export interface MetadataCounts {
	readonly title: number;
	readonly titleWrong: number;
	readonly author: number;
	readonly authorWrong: number;
	readonly authorWhereNone: number;
	readonly date: number;
	readonly dateWrong: number;
	readonly dateWhereNone: number;
	readonly kind: number;
}

function wrong(f: FieldRecord): boolean {
	return isWrong({ truth: f.truth ?? false, right: f.right, actual: f.actual });
}

export function countMetadata(pages: readonly PageRecord[]): MetadataCounts {
	const n = (test: (p: PageRecord) => boolean): number => pages.reduce((s, p) => s + (test(p) ? 1 : 0), 0);
	return {
		title: n((p) => p.title.right),
		titleWrong: n((p) => wrong(p.title)),
		author: n((p) => p.author.right),
		authorWrong: n((p) => wrong(p.author)),
		authorWhereNone: n((p) => p.author.spurious),
		date: n((p) => p.date.right),
		dateWrong: n((p) => wrong(p.date)),
		dateWhereNone: n((p) => p.date.spurious),
		kind: n((p) => p.detected === p.kind),
	};
}

/** A difference to five decimals with its sign; one that rounds to zero is `+0.00000`, whatever its float sign. */
function signed(x: number): string {
	const text = Math.abs(x).toFixed(5);
	return `${x < 0 && text !== '0.00000' ? '-' : '+'}${text}`;
}

function mean(pages: readonly PageRecord[]): number {
	return pages.reduce((s, p) => s + p.f1, 0) / pages.length;
}

/**
 * The comparison as Markdown lines. Workflow:
 * 1. Pair the pages by id; a page in only one run is counted and left out, so a `--kind` run compares with a full one.
 * 2. One row for all pages, one per half, one per kind and per kind and half: pages, both means, the difference.
 * 3. Failed pages (F1 under `FAILED_F1`) of both runs, overall, per half and per kind that has any: the count the
 *    held-out gap is made of (session 51).
 * 4. Metadata counts of both runs (right, wrong, where none), then every page whose F1 moved by more than `MOVE_THRESHOLD`, largest first, and
 *    every page whose title, author or date turned right or wrong.
 */
export function compareRecords(base: readonly PageRecord[], next: readonly PageRecord[]): string[] {
	const nextById = new Map(next.map((p) => [p.id, p]));
	const pairs = base.filter((p) => nextById.has(p.id)).map((p) => [p, nextById.get(p.id) as PageRecord] as const);
	const lines = ['| | pages | before | after | difference |', '|---|---|---|---|---|'];
	const row = (label: string, test: (p: PageRecord) => boolean): void => {
		const sel = pairs.filter(([p]) => test(p));
		if (sel.length === 0) return;
		const before = mean(sel.map(([p]) => p));
		const after = mean(sel.map(([, q]) => q));
		lines.push(`| ${label} | ${sel.length} | ${before.toFixed(5)} | ${after.toFixed(5)} | ${signed(after - before)} |`);
	};
	row('all', () => true);
	for (const half of ['A', 'B'] as const) row(`half ${half}`, (p) => p.half === half);
	for (const kind of PAGE_KINDS) {
		row(kind, (p) => p.kind === kind);
		for (const half of ['A', 'B'] as const) row(`${kind} ${half}`, (p) => p.kind === kind && p.half === half);
	}
	const unpaired = base.length + next.length - 2 * pairs.length;
	if (unpaired > 0) lines.push('', `${unpaired} pages are in one run only and left out`);
	const failed = (test: (p: PageRecord) => boolean, run: 0 | 1): number => pairs.filter((pair) => test(pair[0]) && pair[run].f1 < FAILED_F1).length;
	lines.push('', `| failed pages (F1 < ${FAILED_F1}) | before | after |`, '|---|---|---|');
	const failedRow = (label: string, test: (p: PageRecord) => boolean, always = false): void => {
		const [b, a] = [failed(test, 0), failed(test, 1)];
		if (always || b + a > 0) lines.push(`| ${label} | ${b} | ${a} |`);
	};
	failedRow('all', () => true, true);
	for (const half of ['A', 'B'] as const) failedRow(`half ${half}`, (p) => p.half === half, true);
	for (const kind of PAGE_KINDS) for (const half of ['A', 'B'] as const) failedRow(`${kind} ${half}`, (p) => p.kind === kind && p.half === half);
	const [mb, mn] = [countMetadata(pairs.map(([p]) => p)), countMetadata(pairs.map(([, q]) => q))];
	lines.push('', '| metadata | before | after |', '|---|---|---|');
	lines.push(`| title right | ${mb.title} | ${mn.title} |`);
	lines.push(`| title wrong | ${mb.titleWrong} | ${mn.titleWrong} |`);
	lines.push(`| author right (where none) | ${mb.author} (${mb.authorWhereNone}) | ${mn.author} (${mn.authorWhereNone}) |`);
	lines.push(`| author wrong | ${mb.authorWrong} | ${mn.authorWrong} |`);
	lines.push(`| date right (where none) | ${mb.date} (${mb.dateWhereNone}) | ${mn.date} (${mn.dateWhereNone}) |`);
	lines.push(`| date wrong | ${mb.dateWrong} | ${mn.dateWrong} |`);
	lines.push(`| kind detected as annotated | ${mb.kind} | ${mn.kind} |`);
	const moved = pairs.filter(([p, q]) => Math.abs(q.f1 - p.f1) > MOVE_THRESHOLD).sort(([p, q], [r, s]) => s.f1 - r.f1 - (q.f1 - p.f1));
	const up = moved.filter(([p, q]) => q.f1 > p.f1).length;
	lines.push('', `pages moved by more than ${MOVE_THRESHOLD}: ${up} up, ${moved.length - up} down`);
	for (const [p, q] of moved) lines.push(`  ${q.f1 > p.f1 ? 'up  ' : 'down'} ${p.id} ${p.kind} ${p.half} ${p.site}: ${p.f1.toFixed(3)} -> ${q.f1.toFixed(3)}`);
	for (const field of ['title', 'author', 'date'] as const) {
		for (const [p, q] of pairs) {
			if (p[field].right !== q[field].right) lines.push(`  ${field} ${q[field].right ? 'right now' : 'no longer right'}: ${p.id} ${p.kind} ${p.half}`);
			if (p[field].spurious !== q[field].spurious) lines.push(`  ${field} ${q[field].spurious ? 'now reported' : 'no longer reported'} where the truth has none: ${p.id} ${p.kind} ${p.half}`);
		}
	}
	return lines;
}
