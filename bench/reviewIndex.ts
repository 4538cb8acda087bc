// Bench: the Page Dumps view's index on a folder of dumps (wcxb-dev by default), driven exactly as the extension
// drives it (ReviewIndex + dist/indexWorker.js): time to the first items, time to the full index, a second
// (unchanged) pass, and the longest block of the main thread meanwhile, which stands in for the extension host.
//   node out/bench/reviewIndex.js [DIR] [--copies N]   (N copies of the rows for the queue timing, default 8)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildQueue, effectiveState, type ReportRow } from '../src/core/index';
import { ReviewIndex, type IndexTarget } from '../src/vscode/review/reviewIndex';

const ROOT = path.join(__dirname, '..', '..');
const WORKER = path.join(ROOT, 'dist', 'indexWorker.js');
// The view redraws at most every 250 ms while indexing (dumpsView.ts); the bench does the same work on that beat.
const REDRAW_MS = 250;
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

async function main(): Promise<void> {
	const dir = dumpsDir();
	if (!dir) {
		console.log('review index bench skipped: give a folder, or have ../shared/corpus/wcxb-dev');
		return;
	}
	if (!fs.existsSync(WORKER)) throw new Error(`${WORKER} missing: run node esbuild.js first`);
	const copiesAt = process.argv.indexOf('--copies');
	const copies = copiesAt > 0 ? Number(process.argv[copiesAt + 1]) : 8;
	const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
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
	} finally {
		index.dispose();
	}
}

void main().catch((e) => {
	console.error(e);
	process.exitCode = 1;
});
