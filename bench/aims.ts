// Bench parts for the aims of issue 13: a whole `pagedump extract` process against markdown-it parsing the same files
// in one process, and the `--jobs` scaling table. Kept apart from bench.ts so other bench tables merge cleanly.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dumpFiles, ROOT } from './stages';
import { V8_CONFIG_LABELS, type ThroughputSummary, type V8Config } from './throughput';

/** The issue's aims, printed beside each measurement. */
export const AIMS = {
	pipelineMbS: 25,
	pipelineStretchMbS: 50,
	ratioToMarkdownIt: 2.5,
	memoryFactor: 10,
	jobs2Speedup: 1.6,
};
/** A child slower than this is stopped: the bench must end even on a very busy machine. */
const CHILD_TIMEOUT_MS = 900_000;

export interface ProcessResult {
	readonly files: number;
	readonly bytes: number;
	readonly extractMs?: number;
	readonly markdownItMs?: number;
}

export interface JobsResult {
	readonly files: number;
	readonly bytes: number;
	readonly ms: ReadonlyMap<number, number>;
	/** CPU milliseconds (all threads of the process: user + system) per job count. */
	readonly cpuMs: ReadonlyMap<number, number>;
}

/** The development corpus as one folder of .txt files (the CLI reads a folder's .txt files, not subfolders). */
function corpusFolder(tmp: string): { dir: string; files: number; bytes: number } | undefined {
	const corpus = dumpFiles().find((s) => s.name === 'corpus')?.files ?? [];
	if (corpus.length === 0) return undefined;
	const dir = path.join(tmp, 'corpus');
	fs.mkdirSync(dir);
	let bytes = 0;
	for (const f of corpus) {
		fs.copyFileSync(f, path.join(dir, path.basename(path.dirname(f)) + '.txt'));
		bytes += fs.statSync(f).size;
	}
	return { dir, files: corpus.length, bytes };
}

/** The WCXB development dumps (1,310 pages) when unpacked (../shared/corpus/wcxb-dev/unpack.sh), else undefined. */
function wcxbFolder(): { dir: string; files: number; bytes: number } | undefined {
	const dir = path.join(os.homedir(), '.cache/page-dump-review/wcxb-dev/dumps');
	if (!fs.existsSync(dir)) return undefined;
	const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt'));
	return { dir, files: names.length, bytes: names.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) };
}

/** Wall milliseconds of a node child process, or undefined when it failed. */
function timeChild(args: readonly string[], env?: NodeJS.ProcessEnv): number | undefined {
	const t0 = performance.now();
	const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 1 << 24, env: env ?? process.env });
	const ms = performance.now() - t0;
	if (r.status !== 0 && r.status !== 1) {
		console.log(`  failed: node ${args.slice(0, 3).join(' ')}: ${r.error?.message ?? (r.stderr || '').trim().split('\n').slice(-2).join(' / ')}`);
		return undefined;
	}
	return ms;
}

// Preloaded into a child (`node -r`): on exit it writes the process's CPU time, every thread included (getrusage), to
// the file named by PAGEDUMP_BENCH_CPU_FILE. The wall time of `--jobs 2` depends on what else the machine runs; the
// CPU time it spends beside `--jobs 1` is the part the pool itself costs, and it bounds the speed-up free cores give.
const CPU_PRELOAD_SCRIPT = `
process.on('exit', () => {
	const u = process.cpuUsage();
	require('fs').writeFileSync(process.env.PAGEDUMP_BENCH_CPU_FILE, String((u.user + u.system) / 1000));
});
`;

/** Wall and CPU milliseconds of a node child process (CPU over all its threads), or undefined when it failed. */
function timeChildWithCpu(tmp: string, args: readonly string[]): { ms: number; cpuMs?: number } | undefined {
	const preload = path.join(tmp, 'cpu-preload.js');
	if (!fs.existsSync(preload)) fs.writeFileSync(preload, CPU_PRELOAD_SCRIPT);
	const cpuFile = path.join(tmp, 'cpu-ms.txt');
	fs.rmSync(cpuFile, { force: true });
	const ms = timeChild(['-r', preload, ...args], { ...process.env, PAGEDUMP_BENCH_CPU_FILE: cpuFile });
	if (ms === undefined) return undefined;
	const cpuMs = fs.existsSync(cpuFile) ? Number(fs.readFileSync(cpuFile, 'utf8')) : NaN;
	return { ms, cpuMs: Number.isFinite(cpuMs) ? cpuMs : undefined };
}

// markdown-it parsing every .txt of a folder, in one process: what a whole `pagedump extract` process is compared with.
const MARKDOWN_IT_SCRIPT = `
const fs = require('fs'), path = require('path');
const md = new (require(${JSON.stringify(path.join(ROOT, 'node_modules/markdown-it'))}))();
const dir = process.argv[1];
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) md.parse(fs.readFileSync(path.join(dir, f), 'utf8'), {});
`;

/** A whole `pagedump extract --format json` process over the corpus folder against markdown-it's parse of it. */
export function processComparison(): ProcessResult | undefined {
	const cli = path.join(ROOT, 'dist/cli.js');
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-bench-'));
	try {
		const folder = corpusFolder(tmp);
		if (!folder || !fs.existsSync(cli)) {
			console.log('\nWhole process: n/a (no corpus or no dist/cli.js)');
			return undefined;
		}
		console.log(`\nWhole process over a folder (${folder.files} dumps, ${(folder.bytes / 1e6).toFixed(2)} MB), wall time, best of 2; pagedump in ${V8_CONFIG_LABELS.cli}, markdown-it in V8's default flags`);
		const best = (args: () => string[]): number | undefined => {
			const runs = [timeChild(args()), timeChild(args())].filter((x): x is number => x !== undefined);
			return runs.length > 0 ? Math.min(...runs) : undefined;
		};
		let run = 0;
		const extractMs = best(() => [cli, 'extract', folder.dir, '--out-dir', path.join(tmp, `out-${run++}`), '--format', 'json', '--force', '--overwrite']);
		const markdownItMs = best(() => ['-e', MARKDOWN_IT_SCRIPT, folder.dir]);
		const rate = (ms: number | undefined): string => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s, ${(folder.bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
		console.log(`  pagedump extract --format json: ${rate(extractMs)}`);
		console.log(`  markdown-it parse, one process:  ${rate(markdownItMs)}`);
		return { files: folder.files, bytes: folder.bytes, extractMs, markdownItMs };
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

/** The first `count` dumps of a folder (by name), linked into a new folder under `tmp`. */
function sampleFolder(tmp: string, from: { dir: string }, count: number): { dir: string; files: number; bytes: number } {
	const dir = path.join(tmp, 'sample');
	fs.mkdirSync(dir);
	const names = fs.readdirSync(from.dir).filter((n) => n.endsWith('.txt')).sort().slice(0, count);
	let bytes = 0;
	for (const n of names) {
		fs.symlinkSync(path.join(from.dir, n), path.join(dir, n));
		bytes += fs.statSync(path.join(from.dir, n)).size;
	}
	return { dir, files: names.length, bytes };
}

/** Where `jobsScaling` takes its builds from and how often it runs them. */
export interface JobsOptions {
	/** Only the first dumps of the folder. */
	readonly sample?: number;
	/** Another build to time beside this one (a folder holding `dist/cli.js`, or the `dist` folder itself). */
	readonly base?: string;
	/** Rounds (default 1): each runs every build at every job count, the order alternating from round to round. */
	readonly rounds?: number;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * `pagedump extract --jobs N` for N = 1, 2 (and 4 on a machine with 4 cores or more) over WCXB dev, else the corpus
 * (`sample`: only its first dumps). With `base`, that build runs beside this one, interleaved; with `rounds`, all of it
 * again with the order reversed each round, and the spread of the speed-ups is printed: on a shared machine the load
 * changes within minutes, so only builds timed in one run, in turns, can be compared. The result is this build's
 * median per job count.
 */
export function jobsScaling(useCorpus: boolean, options: JobsOptions = {}): JobsResult | undefined {
	const cli = path.join(ROOT, 'dist/cli.js');
	const baseCli = options.base && [path.join(options.base, 'dist/cli.js'), path.join(options.base, 'cli.js')].find((f) => fs.existsSync(f));
	if (options.base && !baseCli) console.log(`\n--jobs-base ${options.base}: no dist/cli.js there; timing this build only`);
	const builds = [{ name: 'this', cli }, ...(baseCli ? [{ name: 'base', cli: baseCli }] : [])];
	const rounds = Math.max(1, options.rounds ?? 1);
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-bench-'));
	try {
		const whole = (useCorpus ? undefined : wcxbFolder()) ?? corpusFolder(tmp);
		const folder = whole && options.sample !== undefined ? sampleFolder(tmp, whole, options.sample) : whole;
		if (!folder || !fs.existsSync(cli)) {
			console.log('\n--jobs scaling: n/a (no dumps or no dist/cli.js)');
			return undefined;
		}
		const counts = os.cpus().length >= 4 ? [1, 2, 4] : [1, 2];
		console.log(`\n--jobs scaling: pagedump extract (${folder.files} dumps, ${(folder.bytes / 1e6).toFixed(1)} MB) --out-dir --force (${V8_CONFIG_LABELS.cli}), ${rounds === 1 ? 'one run each' : `${rounds} rounds`}${baseCli ? `, this build and ${baseCli} in turns` : ''}`);
		console.log(`${'jobs'.padEnd(6)}${builds.length > 1 || rounds > 1 ? 'build'.padEnd(12) : ''}${'wall s'.padStart(9)}${'MB/s'.padStart(8)}${'x --jobs 1'.padStart(12)}${'CPU s'.padStart(9)}${'CPU x jobs 1'.padStart(14)}`);
		/** Per build, per job count: one wall and CPU time per round. */
		const runs = new Map(builds.map((b) => [b.name, new Map(counts.map((j) => [j, [] as { ms: number; cpuMs?: number }[]]))]));
		for (let round = 0; round < rounds; round++) {
			const flip = round % 2 === 1;
			for (const jobs of flip ? [...counts].reverse() : counts) {
				for (const build of flip ? [...builds].reverse() : builds) {
					const t = timeChildWithCpu(tmp, [build.cli, 'extract', folder.dir, '--out-dir', path.join(tmp, `out-${build.name}-${jobs}`), '--jobs', String(jobs), '--force', '--overwrite']);
					if (t !== undefined) runs.get(build.name)!.get(jobs)![round] = t;
				}
			}
			for (const build of builds) {
				const mine = runs.get(build.name)!;
				for (const jobs of counts) {
					const t = mine.get(jobs)![round];
					if (!t) continue;
					const one = mine.get(1)![round];
					const speedup = one ? (one.ms / t.ms).toFixed(2) + 'x' : 'n/a';
					const cpuRatio = one?.cpuMs !== undefined && t.cpuMs !== undefined ? t.cpuMs / one.cpuMs : undefined;
					const label = builds.length > 1 || rounds > 1 ? `${build.name}${rounds > 1 ? ` r${round + 1}` : ''}`.padEnd(12) : '';
					console.log(
						`${String(jobs).padEnd(6)}${label}${(t.ms / 1000).toFixed(2).padStart(9)}${(folder.bytes / 1e6 / (t.ms / 1000)).toFixed(1).padStart(8)}${speedup.padStart(12)}` +
							`${(t.cpuMs === undefined ? 'n/a' : (t.cpuMs / 1000).toFixed(2)).padStart(9)}${times(cpuRatio).padStart(14)}`,
					);
				}
			}
		}
		if (rounds > 1 || builds.length > 1) {
			for (const build of builds) {
				const mine = runs.get(build.name)!;
				const ups = mine.get(2)!.map((t, r) => (mine.get(1)![r] ? mine.get(1)![r].ms / t.ms : NaN)).filter(Number.isFinite);
				if (ups.length > 0) console.log(`  ${build.name}: --jobs 2 speed-up per round ${ups.map((x) => x.toFixed(2)).join(', ')} (median ${median(ups).toFixed(2)}, spread ${Math.min(...ups).toFixed(2)}–${Math.max(...ups).toFixed(2)})`);
			}
		}
		console.log(`  (${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)} at the end: on a busy machine --jobs 2 cannot reach 2x;`);
		console.log("   CPU counts every thread of the process, V8's compiler and GC threads included)");
		const mine = runs.get('this')!;
		const ms = new Map<number, number>();
		const cpuMs = new Map<number, number>();
		for (const jobs of counts) {
			const done = mine.get(jobs)!.filter(Boolean);
			if (done.length > 0) ms.set(jobs, median(done.map((t) => t.ms)));
			const cpus = done.map((t) => t.cpuMs).filter((c): c is number => c !== undefined);
			if (cpus.length > 0) cpuMs.set(jobs, median(cpus));
		}
		return { files: folder.files, bytes: folder.bytes, ms, cpuMs };
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

const fmt = (n: number | undefined, digits = 1): string => (n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits));
const times = (n: number | undefined): string => (n === undefined || !Number.isFinite(n) ? 'n/a' : `${n.toFixed(2)}x`);
const verdict = (ok: boolean | undefined): string => (ok === undefined ? 'n/a' : ok ? 'met' : 'NOT met');

/** What the growth runs measured, as the aims need it. */
export interface GrowthSummary {
	readonly mb: number;
	readonly totalMs: number;
	readonly memoryFactor: number;
	readonly modelBytesPerByte: number;
}

/** The corpus's pipeline summary in one V8 configuration (bench/throughput.ts). */
export interface ConfiguredCorpus {
	readonly config: V8Config;
	readonly corpus: ThroughputSummary | undefined;
}

/**
 * Each aim of issue 13 beside its measurement. `corpora`: the corpus's stage-table summary per V8 configuration
 * measured; the pipeline aims are judged on the first (the extension host's default flags when both ran: the editor
 * runs the core there), the others' pipeline printed under them. The process and `--jobs` rows run `pagedump`, in the
 * CLI's flags.
 */
export function printAims(corpora: readonly ConfiguredCorpus[], grown: readonly GrowthSummary[], processed: ProcessResult | undefined, jobs: JobsResult | undefined): void {
	console.log('\nAims (issue 13)');
	const [first, ...others] = corpora;
	const corpus = first?.corpus;
	const rate = corpus?.pipeline;
	const where = first ? ` (${V8_CONFIG_LABELS[first.config]})` : '';
	console.log(`  pipeline (parse+extract+outline+diagnose+render md) >= ${AIMS.pipelineMbS} MB/s on the corpus (stretch ${AIMS.pipelineStretchMbS}): ${fmt(rate)} MB/s — ${verdict(rate === undefined ? undefined : rate >= AIMS.pipelineMbS)}${where}`);
	console.log(`  pipeline >= ${AIMS.ratioToMarkdownIt}x markdown-it's parse: ${times(corpus?.ratio)} — ${verdict(corpus?.ratio === undefined ? undefined : corpus.ratio >= AIMS.ratioToMarkdownIt)}${where}`);
	for (const other of others) console.log(`    in ${V8_CONFIG_LABELS[other.config]}: pipeline ${fmt(other.corpus?.pipeline)} MB/s, ${times(other.corpus?.ratio)} markdown-it's parse`);
	const faster = processed?.extractMs !== undefined && processed.markdownItMs !== undefined ? processed.markdownItMs / processed.extractMs : undefined;
	console.log(`  whole pagedump extract process faster than markdown-it in one process: ${times(faster)} markdown-it's speed — ${verdict(faster === undefined ? undefined : faster > 1)} (${V8_CONFIG_LABELS.cli})`);
	if (grown.length > 0) {
		const worst = Math.max(...grown.map((g) => g.memoryFactor));
		console.log(`  peak memory <= ${AIMS.memoryFactor}x the input at ${grown.map((g) => `${g.mb} MB`).join(', ')}: ${grown.map((g) => fmt(g.memoryFactor)).join(', ')} — ${verdict(worst <= AIMS.memoryFactor)}`);
		console.log(`  model bytes per input byte: ${grown.map((g) => `${fmt(g.modelBytesPerByte)} at ${g.mb} MB`).join(', ')}`);
	}
	if (grown.length >= 2) {
		const factors = grown.slice(1).map((g, k) => g.totalMs / grown[k].totalMs / (g.mb / grown[k].mb));
		// Within 50% of proportional per step counts as linear: GC and cache effects bend small sizes.
		console.log(`  linear growth to ${grown[grown.length - 1].mb} MB: time per size step over size ratio ${factors.map((f) => fmt(f, 2)).join(', ')} — ${verdict(factors.every((f) => f < 1.5))}`);
	}
	printJobsAim(jobs, false);
}

/** The `--jobs 2` aim beside the scaling table's measurement (with its own heading when printed alone). */
export function printJobsAim(jobs: JobsResult | undefined, heading = true): void {
	if (heading) console.log('\nAim (issue 13)');
	const speedup = jobs?.ms.has(1) && jobs.ms.has(2) ? jobs.ms.get(1)! / jobs.ms.get(2)! : undefined;
	console.log(`  --jobs 2 >= ${AIMS.jobs2Speedup}x --jobs 1: ${times(speedup)} — ${verdict(speedup === undefined ? undefined : speedup >= AIMS.jobs2Speedup)}`);
	const cpuRatio = jobs?.cpuMs.has(1) && jobs.cpuMs.has(2) ? jobs.cpuMs.get(2)! / jobs.cpuMs.get(1)! : undefined;
	// Where the wall-clock ratio depends on the machine's load, the CPU both runs spent (every thread) does not.
	if (cpuRatio !== undefined) console.log(`    (--jobs 2 spent ${times(cpuRatio)} the CPU of --jobs 1, every thread counted)`);
}
