// `npm run bench`: throughput of each pipeline stage against markdown-it and a bare scan, growth with size, batch CLI.
//
// Workflow:
//  1. Throughput: on the samples, the seeds and the corpus, each stage's MB/s beside markdown-it's bare parse and a
//     bare linear scan of the same text, measured in this process in the same run, printed with ratios.
//  2. Growth: the pipeline on 1, 10 and 100 MB dumps (samples concatenated), one child process per size so peak
//     memory is that size's own; time, MB/s, peak RSS and the growth factor per 10x.
//  3. Whole process: `pagedump extract --format json` over the corpus folder against markdown-it parsing it in one process.
//  4. --jobs scaling: `pagedump extract DIR --out-dir OUT --jobs N` for N = 1, 2 (4) over WCXB dev (or the corpus).
//  5. Longest block: the longest synchronous step of the editor's work on a 20 MB dump, in-thread and off-thread.
//  6. The aims of issue 13, each beside its measurement.
//  7. Memory: peak memory as a multiple of the input for prose and every hostile shape (bench/memoryShapes.ts).
//
// Options: --quick (one pass, sizes 1 and 10 MB), --sizes 1,10,100, --no-growth, --no-process, --no-jobs,
// --jobs-corpus (scale over the small corpus rather than WCXB dev), --jobs-only (only the --jobs table and its aim),
// --jobs-sample N (the first N dumps of the folder), --no-block, --no-memory, --memory-only, --memory-all (adds the
// 10 MB single line), --help.
// MB/s counts UTF-8 megabytes (10^6 bytes) per second of this process's CPU time: CPU time, not wall time, so a busy
// machine shows the code's speed rather than its share of the cores. Wall-clock MB/s is printed beside it.
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { memoryShapes } from './memoryShapes';
import { jobsScaling, printAims, printJobsAim, processComparison } from './aims';
import { cpuMs, loadSets, loadStages, PIPELINE, type DumpSet, type PipelineState } from './stages';
import { streamingBench } from './streaming';

/** Throughput passes per set stop after this much CPU time (at least one pass, at most MAX_PASSES): enough to settle the JIT. */
const PASS_BUDGET_MS = 6000;
const MAX_PASSES = 5;
/** A pass covers at least this many bytes (small sets are repeated): CPU time of a few milliseconds is mostly noise. */
const MIN_PASS_BYTES = 2e6;
/** A growth child slower than this is stopped and reported: the bench must finish even if a stage turns quadratic. */
const GROWTH_TIMEOUT_MS = 900_000;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : quick ? [1, 10] : [1, 10, 100];

interface Row {
	readonly name: string;
	/** Best pass, CPU milliseconds; undefined for a stage that does not exist yet. */
	readonly cpu?: number;
	readonly wall?: number;
}

function mbps(bytes: number, ms: number | undefined): number | undefined {
	return ms === undefined || ms <= 0 ? undefined : bytes / 1e6 / (ms / 1000);
}

function fmt(n: number | undefined, digits = 1): string {
	return n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits);
}

function pad(s: string, n: number): string {
	return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

/** A bare linear scan: the least any parser must do, read every character once. */
function scan(text: string): number {
	let lines = 0;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) lines++;
	return lines;
}

/** Runs `fn` over the set in passes; the best pass's CPU and wall time. */
function timeBaseline(set: DumpSet, fn: (t: string) => unknown): { cpu: number; wall: number } {
	for (const t of set.texts) fn(t);
	let best = { cpu: Infinity, wall: Infinity };
	let spent = 0;
	for (let pass = 0; pass < (quick ? 1 : MAX_PASSES) && (pass === 0 || spent < PASS_BUDGET_MS); pass++) {
		const c0 = cpuMs();
		const w0 = performance.now();
		for (const t of set.texts) fn(t);
		const cpu = cpuMs() - c0;
		const wall = performance.now() - w0;
		spent += cpu;
		if (cpu < best.cpu) best = { cpu, wall };
	}
	return best;
}

/** Runs the stages over the set in passes, timing each stage; the best pass per stage. */
function timeStages(set: DumpSet): Row[] {
	const stages = loadStages();
	const runnable = stages.filter((s) => s.run);
	const bestCpu = new Map<string, number>();
	const bestWall = new Map<string, number>();
	const onePass = (record: boolean): number => {
		const cpu = new Map<string, number>();
		const wall = new Map<string, number>();
		let total = 0;
		for (const text of set.texts) {
			const state: PipelineState = { text };
			for (const st of runnable) {
				const c0 = cpuMs();
				const w0 = performance.now();
				try {
					st.run!(state);
				} catch (e) {
					console.error(`  ${st.name} threw: ${(e as Error).message}`);
				}
				const dc = cpuMs() - c0;
				cpu.set(st.name, (cpu.get(st.name) ?? 0) + dc);
				wall.set(st.name, (wall.get(st.name) ?? 0) + performance.now() - w0);
				total += dc;
			}
		}
		if (record) {
			for (const [k, v] of cpu) {
				if (v < (bestCpu.get(k) ?? Infinity)) {
					bestCpu.set(k, v);
					bestWall.set(k, wall.get(k)!);
				}
			}
		}
		return total;
	};
	onePass(false);
	let spent = 0;
	for (let pass = 0; pass < (quick ? 1 : MAX_PASSES) && (pass === 0 || spent < PASS_BUDGET_MS); pass++) spent += onePass(true);
	return stages.map((s) => ({ name: s.name, cpu: bestCpu.get(s.name), wall: bestWall.get(s.name) }));
}

function throughput(): { pipeline?: number; ratio?: number }[] {
	// Small sets are repeated to fill a pass; MB/s counts every repetition.
	const sets = loadSets().map((set): DumpSet => {
		const k = Math.max(1, Math.ceil(MIN_PASS_BYTES / set.bytes));
		return k === 1 ? set : { name: `${set.name} (x${k})`, texts: Array.from({ length: k }, () => set.texts).flat(), bytes: set.bytes * k };
	});
	const md = new MarkdownIt();
	const summary: { pipeline?: number; ratio?: number }[] = [];
	for (const set of sets) {
		const scanT = timeBaseline(set, scan);
		const mdT = timeBaseline(set, (t) => md.parse(t, {}));
		const rows = timeStages(set);
		const pipeParts = rows.filter((r) => PIPELINE.includes(r.name));
		const pipeCpu = pipeParts.every((r) => r.cpu !== undefined) ? pipeParts.reduce((n, r) => n + r.cpu!, 0) : undefined;
		const pipeWall = pipeParts.every((r) => r.wall !== undefined) ? pipeParts.reduce((n, r) => n + r.wall!, 0) : undefined;
		const all: Row[] = [{ name: 'bare scan', ...scanT }, { name: 'markdown-it', ...mdT }, ...rows, { name: 'pipeline*', cpu: pipeCpu, wall: pipeWall }];
		const mdRate = mbps(set.bytes, mdT.cpu)!;
		const scanRate = mbps(set.bytes, scanT.cpu)!;
		console.log(`\n${set.name}: ${set.texts.length} dumps, ${(set.bytes / 1e6).toFixed(2)} MB per pass`);
		console.log(`${'stage'.padEnd(12)}${pad('MB/s cpu', 10)}${pad('MB/s wall', 11)}${pad('ms cpu', 9)}${pad('x markdown-it', 15)}${pad('% of scan', 11)}`);
		for (const r of all) {
			const rate = mbps(set.bytes, r.cpu);
			console.log(`${r.name.padEnd(12)}${pad(fmt(rate), 10)}${pad(fmt(mbps(set.bytes, r.wall)), 11)}${pad(fmt(r.cpu, 0), 9)}${pad(rate === undefined ? 'n/a' : fmt(rate / mdRate, 2) + 'x', 15)}${pad(rate === undefined ? 'n/a' : fmt((rate / scanRate) * 100, 1) + '%', 11)}`);
		}
		const pipeRate = mbps(set.bytes, pipeCpu);
		summary.push({ pipeline: pipeRate, ratio: pipeRate === undefined ? undefined : pipeRate / mdRate });
	}
	console.log('\n* pipeline = parse + extract + outline + diagnose + render md (the aims of issue 13).');
	return summary;
}

interface GrowthResult {
	readonly mb: number;
	readonly bytes: number;
	readonly stages: Record<string, number>;
	readonly totalMs: number;
	readonly baseRss: number;
	readonly peakRss: number;
	readonly heldHeap: number;
	/** Heap the document model keeps after the parse, garbage collected. */
	readonly modelBytes: number;
}

function growth(): GrowthResult[] {
	const results: GrowthResult[] = [];
	console.log('\nGrowth: the pipeline on concatenated samples, one child process per size (CPU ms)');
	console.log(`${'size'.padEnd(8)}${pad('parse', 9)}${pad('extract', 9)}${pad('outline', 9)}${pad('diagnose', 9)}${pad('render', 9)}${pad('total', 9)}${pad('MB/s', 7)}${pad('growth', 8)}${pad('peak RSS', 10)}${pad('peak-base', 11)}${pad('x size', 8)}${pad('heap held', 11)}${pad('model B/B', 11)}`);
	let prev: GrowthResult | undefined;
	for (const mb of SIZES) {
		// Enough heap for a 100 MB dump's tree; the machine has far more memory than the aim allows.
		const child = spawnSync(process.execPath, ['--max-old-space-size=12000', '--expose-gc', path.join(__dirname, 'growth.js'), String(mb)], { encoding: 'utf8', timeout: GROWTH_TIMEOUT_MS, maxBuffer: 1 << 20 });
		const line = child.stdout?.trim().split('\n').pop();
		if (child.status !== 0 || !line) {
			console.log(`${(mb + ' MB').padEnd(8)} failed: ${child.error ? child.error.message : (child.stderr || '').trim().split('\n').pop()}`);
			continue;
		}
		const r = JSON.parse(line) as GrowthResult;
		results.push(r);
		const factor = prev ? `${fmt(r.totalMs / prev.totalMs, 1)}x` : '-';
		const s = (k: string): string => pad(fmt(r.stages[k], 0), 9);
		const mbs = (x: number): string => `${(x / 1e6).toFixed(0)} MB`;
		console.log(`${(mb + ' MB').padEnd(8)}${s('parse')}${s('extract')}${s('outline')}${s('diagnose')}${s('render md')}${pad(fmt(r.totalMs, 0), 9)}${pad(fmt(mbps(r.bytes, r.totalMs)), 7)}${pad(factor, 8)}${pad(mbs(r.peakRss), 10)}${pad(mbs(r.peakRss - r.baseRss), 11)}${pad(fmt((r.peakRss - r.baseRss) / r.bytes, 1), 8)}${pad(mbs(r.heldHeap), 11)}${pad(fmt(r.modelBytes / r.bytes, 1), 11)}`);
		prev = r;
	}
	console.log('growth = time over the previous size\'s time (linear: about 10x per 10x size); peak-base = peak RSS minus RSS before the dump was built; x size = that over the dump\'s bytes; model B/B = heap the parsed model keeps per input byte.');
	return results;
}

function longestBlock(): void {
	console.log('\nLongest block: the editor\'s work on a 20 MB dump (wall ms; a child process)');
	const r = spawnSync(process.execPath, ['--max-old-space-size=8000', path.join(__dirname, 'longestBlock.js'), '20'], { encoding: 'utf8', timeout: GROWTH_TIMEOUT_MS });
	process.stdout.write(r.stdout || '');
	if (r.status !== 0) console.log(`  failed: ${(r.stderr || r.error?.message || '').trim().split('\n').slice(-3).join(' / ')}`);
}

const HELP = `node out/bench/bench.js [options]   (npm run bench -- [options])
  --quick             one pass per set, growth at 1 and 10 MB
  --sizes 1,10,100    growth sizes in MB
  --no-growth --no-process --no-jobs --no-block --no-stream --no-memory   leave a table out
  --jobs-only         only the --jobs scaling table (jobs 1 and 2 in the same run) and its aim
  --jobs-corpus       scale over the small corpus rather than WCXB dev
  --jobs-sample N     scale over the first N dumps of the folder (a busy machine, a quick look)
  --jobs-base DIR     also time another build (DIR/dist/cli.js) in turns with this one, for a fair comparison
  --jobs-rounds N     run the --jobs table N times, the order reversed each round, and print the spread
  --memory-only       only the memory table; --memory-all adds the 10 MB single line
`;

async function main(): Promise<void> {
	if (args.includes('--help') || args.includes('-h')) {
		process.stdout.write(HELP);
		return;
	}
	const sampleArg = args.includes('--jobs-sample') ? Number(args[args.indexOf('--jobs-sample') + 1]) : undefined;
	if (sampleArg !== undefined && !(Number.isInteger(sampleArg) && sampleArg > 0)) {
		console.error('--jobs-sample takes a positive whole number of dumps');
		process.exitCode = 2;
		return;
	}
	const roundsArg = args.includes('--jobs-rounds') ? Number(args[args.indexOf('--jobs-rounds') + 1]) : undefined;
	if (roundsArg !== undefined && !(Number.isInteger(roundsArg) && roundsArg > 0)) {
		console.error('--jobs-rounds takes a positive whole number');
		process.exitCode = 2;
		return;
	}
	const jobsOptions = { sample: sampleArg, base: args.includes('--jobs-base') ? args[args.indexOf('--jobs-base') + 1] : undefined, rounds: roundsArg };
	if (args.includes('--jobs-only')) {
		console.log(`Page Dump Review bench, --jobs only — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, load average ${os.loadavg()[0].toFixed(1)}`);
		printJobsAim(jobsScaling(args.includes('--jobs-corpus'), jobsOptions));
		return;
	}
	if (args.includes('--memory-only')) {
		await memoryShapes(args.includes('--memory-all'));
		return;
	}
	console.log(`Page Dump Review bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, load average ${os.loadavg()[0].toFixed(1)}`);
	const summary = throughput();
	const grown = args.includes('--no-growth') ? [] : growth();
	const processed = args.includes('--no-process') ? undefined : processComparison();
	const jobs = args.includes('--no-jobs') ? undefined : jobsScaling(args.includes('--jobs-corpus'), jobsOptions);
	if (!args.includes('--no-block')) longestBlock();
	if (!args.includes('--no-stream')) await streamingBench();
	if (!args.includes('--no-memory')) await memoryShapes(args.includes('--memory-all'));
	const corpus = summary[summary.length - 1];
	printAims(corpus, grown.map((g) => ({ mb: g.mb, totalMs: g.totalMs, memoryFactor: (g.peakRss - g.baseRss) / g.bytes, modelBytesPerByte: g.modelBytes / g.bytes })), processed, jobs);
}

void main();
