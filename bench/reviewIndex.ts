// Bench: the Page Dumps view's index on a folder of dumps (wcxb-dev by default), driven exactly as the extension
// drives it (ReviewIndex + dist/indexWorker.js): time to the first items, time to the full index, a second
// (unchanged) pass, and the longest block of the main thread meanwhile, which stands in for the extension host.
// Then the view's redraw over 10,000+ rows while they arrive, the old way (every row rebuilt and sent again) against
// the incremental model (dumpsTree.ts: kept rows, only changed groups and rows sent).
//   node out/bench/reviewIndex.js [DIR] [--copies N] [--limit N]
//   (--copies: copies of the rows for the queue and redraw timings, default 8; --limit: index only the first N files)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildQueue, effectiveState, type ReportRow, type ReviewEntry } from '../src/core/index';
import { DumpsTreeModel } from '../src/vscode/review/dumpsTree';
import type { IndexEntry } from '../src/vscode/review/indexProtocol';
import { ReviewIndex, type IndexTarget } from '../src/vscode/review/reviewIndex';

const ROOT = path.join(__dirname, '..', '..');
const WORKER = path.join(ROOT, 'dist', 'indexWorker.js');
// The view redraws at most every 1 s while indexing (dumpsView.ts; 250 ms before); the bench does the queue's work on
// that beat.
const REDRAW_MS = 1000;
// The index answers in chunks of 16 files; the view redrew on a 250 ms beat, which under load is about this many
// chunks; it now redraws on a 1 s beat, four times as many rows per redraw.
const REDRAW_EVERY_ENTRIES = 160;
const BATCHED_EVERY_ENTRIES = 4 * REDRAW_EVERY_ENTRIES;
// A probe timer this often: the largest gap between its ticks is the longest block, measured independently of the
// event-loop histogram.
const PROBE_MS = 5;

function dumpsDir(): string | undefined {
	const arg = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
	if (arg) return arg;
	const unpack = path.join(ROOT, '..', 'shared', 'corpus', 'wcxb-dev', 'unpack.sh');
	if (!fs.existsSync(unpack)) return undefined;
	return path.join(execFileSync('bash', [unpack], { encoding: 'utf8' }).trim(), 'dumps');
}

function rowsOf(index: ReviewIndex): ReportRow[] {
	return [...index.entries.values()].map((e): ReportRow => {
		const state = effectiveState(undefined, e.hash);
		return { ...e.summary, path: e.rel, review: state.state, changed: state.changed };
	});
}

async function pass(index: ReviewIndex, targets: IndexTarget[], label: string): Promise<void> {
	const histogram = monitorEventLoopDelay({ resolution: 1 });
	let last = performance.now();
	let maxGap = 0;
	const probe = setInterval(() => {
		const now = performance.now();
		maxGap = Math.max(maxGap, now - last - PROBE_MS);
		last = now;
	}, PROBE_MS);
	let lastRedraw = 0;
	let redrawMax = 0;
	let first = 0;
	histogram.enable();
	const t0 = performance.now();
	let summarized = 0;
	await index.update(targets, (p) => {
		const now = performance.now();
		if (!first && p.entries.length) first = now - t0;
		summarized = p.summarized;
		if (now - lastRedraw >= REDRAW_MS || p.done === p.total) {
			const r0 = performance.now();
			buildQueue(rowsOf(index), {}, 'path', 'site');
			redrawMax = Math.max(redrawMax, performance.now() - r0);
			lastRedraw = now;
		}
	});
	const total = performance.now() - t0;
	histogram.disable();
	clearInterval(probe);
	console.log(`${label}: ${targets.length} files, ${summarized} summarized; first items ${first.toFixed(0)} ms, full index ${(total / 1000).toFixed(1)} s; ` +
		`main thread longest block ${(histogram.max / 1e6).toFixed(1)} ms (event-loop delay), ${maxGap.toFixed(1)} ms (probe), p99 ${(histogram.percentile(99) / 1e6).toFixed(1)} ms; longest redraw ${redrawMax.toFixed(1)} ms`);
}

interface RedrawStats {
	redraws: number;
	maxMs: number;
	totalMs: number;
	/** Rows VS Code is asked to fetch again (each one a getTreeItem and a trip over the extension host's RPC). */
	sentMax: number;
	sentTotal: number;
}

function stats(): RedrawStats {
	return { redraws: 0, maxMs: 0, totalMs: 0, sentMax: 0, sentTotal: 0 };
}

function record(s: RedrawStats, ms: number, sent: number): void {
	s.redraws++;
	s.maxMs = Math.max(s.maxMs, ms);
	s.totalMs += ms;
	s.sentMax = Math.max(s.sentMax, sent);
	s.sentTotal += sent;
}

function line(label: string, s: RedrawStats): string {
	return `${label.padEnd(38)}${String(s.redraws).padStart(8)}${s.maxMs.toFixed(1).padStart(10)}${s.totalMs.toFixed(0).padStart(10)}${String(s.sentMax).padStart(10)}${String(s.sentTotal).padStart(12)}`;
}

/**
 * The view's redraw while `entries` arrive (one redraw per REDRAW_EVERY_ENTRIES), then for one approval: the old way
 * (every row rebuilt from its entry, the queue built, every row sent) against the incremental model (rows kept, the
 * queue built, only the changed groups' and rows' nodes sent).
 */
function redrawBench(entries: readonly IndexEntry[]): void {
	const noReview = (): ReviewEntry | undefined => undefined;
	const old = stats();
	for (const visible of arrivals(entries, REDRAW_EVERY_ENTRIES)) {
		const t = performance.now();
		const rows = visible.map((e): ReportRow => {
			const state = effectiveState(noReview(), e.hash);
			return { ...e.summary, path: e.rel, review: state.state, changed: state.changed };
		});
		const groups = buildQueue(rows, {}, 'path', 'site');
		record(old, performance.now() - t, groups.reduce((k, g) => k + g.rows.length, 0));
	}
	const incrementalWhile = (every: number): { model: DumpsTreeModel; s: RedrawStats } => {
		const s = stats();
		const m = new DumpsTreeModel();
		for (const visible of arrivals(entries, every)) {
			const t = performance.now();
			const delta = m.update(m.rows(visible, noReview), {}, 'path', 'site');
			record(s, performance.now() - t, sentOf(m, delta));
		}
		return { model: m, s };
	};
	const inc = incrementalWhile(REDRAW_EVERY_ENTRIES).s;
	const { model, s: batched } = incrementalWhile(BATCHED_EVERY_ENTRIES);
	// One approval in the full view.
	const approved = entries[Math.floor(entries.length / 2)];
	const review = (e: IndexEntry): ReviewEntry | undefined => (e === approved ? { state: 'approved', hash: e.hash, at: '2024-01-01T00:00:00Z' } : undefined);
	const oldOne = stats();
	let t = performance.now();
	const rows = entries.map((e): ReportRow => {
		const state = effectiveState(review(e), e.hash);
		return { ...e.summary, path: e.rel, review: state.state, changed: state.changed };
	});
	record(oldOne, performance.now() - t + timed(() => buildQueue(rows, {}, 'path', 'site')), rows.length);
	const incOne = stats();
	t = performance.now();
	const delta = model.update(model.rows(entries, review), {}, 'path', 'site');
	record(incOne, performance.now() - t, sentOf(model, delta));
	console.log(`view redraw, ${entries.length} rows grouped by site (${model.groups.length} groups), one redraw per ${REDRAW_EVERY_ENTRIES} new rows (batched: ${BATCHED_EVERY_ENTRIES}):`);
	console.log(`${'redraw'.padEnd(38)}${'redraws'.padStart(8)}${'max ms'.padStart(10)}${'total ms'.padStart(10)}${'max sent'.padStart(10)}${'total sent'.padStart(12)}`);
	console.log(line('while indexing, every row (before)', old));
	console.log(line('while indexing, incremental', inc));
	console.log(line('while indexing, incremental, batched', batched));
	console.log(line('one approval, every row (before)', oldOne));
	console.log(line('one approval, incremental', incOne));
}

/** The rows seen at each redraw while `entries` arrive, `every` more each time, the last with all of them. */
function* arrivals(entries: readonly IndexEntry[], every: number): Generator<readonly IndexEntry[]> {
	for (let n = Math.min(every, entries.length); ; n = Math.min(n + every, entries.length)) {
		yield entries.slice(0, n);
		if (n === entries.length) return;
	}
}

/** The rows a delta makes VS Code fetch again: all of them for a full refresh, else the changed groups' and rows. */
function sentOf(model: DumpsTreeModel, delta: ReturnType<DumpsTreeModel['update']>): number {
	if (delta.full) return model.groups.reduce((n, g) => n + g.rows.length, 0);
	const changed = new Set(delta.groups);
	return model.groups.filter((g) => changed.has(g.key)).reduce((n, g) => n + g.rows.length, 0) + delta.rows.length;
}

function timed(f: () => unknown): number {
	const t = performance.now();
	f();
	return performance.now() - t;
}

async function main(): Promise<void> {
	const dir = dumpsDir();
	if (!dir) {
		console.log('review index bench skipped: give a folder, or have ../shared/corpus/wcxb-dev');
		return;
	}
	if (!fs.existsSync(WORKER)) throw new Error(`${WORKER} missing: run node esbuild.js first`);
	const copiesAt = process.argv.indexOf('--copies');
	const copies = copiesAt > 0 ? Number(process.argv[copiesAt + 1]) : 8;
	const limitAt = process.argv.indexOf('--limit');
	const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity;
	const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
	const config = { key: 'bench', diagnose: {} };
	const targets = files.map((f): IndexTarget => ({ abs: path.join(dir, f), rel: f, config }));
	const index = new ReviewIndex(WORKER);
	try {
		await pass(index, targets, 'cold');
		await pass(index, targets, 'unchanged (size and mtime)');
		// The cache a next session starts from.
		const cache = index.serialize();
		const restored = new ReviewIndex(WORKER);
		const r0 = performance.now();
		restored.restore(cache);
		console.log(`restore from cache: ${(cache.length / 1e6).toFixed(1)} MB JSON, ${restored.entries.size} entries in ${(performance.now() - r0).toFixed(0)} ms`);
		restored.dispose();
		// The queue (filter, sort, group) over many rows: what each redraw of a 10,000-dump view costs.
		const rows = rowsOf(index);
		const many = Array.from({ length: copies }, (_, k) => rows.map((r) => ({ ...r, path: `${k}/${r.path}` }))).flat();
		const q0 = performance.now();
		const groups = buildQueue(many, { toReview: true }, 'problems', 'site');
		console.log(`queue of ${many.length} rows (filter, sort by problems, group by site into ${groups.length} groups): ${(performance.now() - q0).toFixed(0)} ms`);
		const t0 = performance.now();
		buildQueue(many, {}, 'title', 'site');
		console.log(`queue of ${many.length} rows sorted by title: ${(performance.now() - t0).toFixed(0)} ms`);
		redrawBench(Array.from({ length: copies }, (_, k) => [...index.entries.values()].map((e): IndexEntry => ({ ...e, abs: `${k}/${e.abs}`, rel: `${k}/${e.rel}` }))).flat());
	} finally {
		index.dispose();
	}
}

void main().catch((e) => {
	console.error(e);
	process.exitCode = 1;
});
