// `npm run bench`: throughput of each pipeline stage against markdown-it and a bare scan, growth with size, batch CLI.
//
// Workflow:
//  1. Throughput: on the samples, the seeds and the corpus, each stage's MB/s beside markdown-it's bare parse and a
//     bare linear scan of the same text, measured in the same process in the same run, printed with ratios; in V8's
//     default flags (this process: the extension host's configuration) and in the CLI's flags (a child that sets
//     src/cli/jitFlags.ts's, as pagedump does), each table headed with its configuration (bench/throughput.ts).
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
// 10 MB single line), --v8 default|cli|both (the stage tables' V8 configurations; both by default), --help.
// MB/s counts UTF-8 megabytes (10^6 bytes) per second of this process's CPU time: CPU time, not wall time, so a busy
// machine shows the code's speed rather than its share of the cores. Wall-clock MB/s is printed beside it.
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { memoryShapes } from './memoryShapes';
import { jobsScaling, printAims, printJobsAim, processComparison } from './aims';
import { streamingBench } from './streaming';
import { cliThroughput, fmt, mbps, pad, throughput, v8Configs, type ThroughputSummary, type V8Config } from './throughput';

/** A growth child slower than this is stopped and reported: the bench must finish even if a stage turns quadratic. */
const GROWTH_TIMEOUT_MS = 900_000;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : quick ? [1, 10] : [1, 10, 100];

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
  --v8 default|cli|both   the stage tables in V8's default flags (the extension host's), in the CLI's (a child with
                      src/cli/jitFlags.ts's flags), or both (the default); the aims read the default flags' tables
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
	const configs = v8Configs(args);
	if (!configs) {
		console.error('--v8 takes default, cli or both');
		process.exitCode = 2;
		return;
	}
	console.log(`Page Dump Review bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, load average ${os.loadavg()[0].toFixed(1)}`);
	const summaries = new Map<V8Config, readonly ThroughputSummary[] | undefined>();
	for (const config of configs) summaries.set(config, config === 'default' ? throughput(quick, 'default') : cliThroughput(quick)?.summary);
	const grown = args.includes('--no-growth') ? [] : growth();
	const processed = args.includes('--no-process') ? undefined : processComparison();
	const jobs = args.includes('--no-jobs') ? undefined : jobsScaling(args.includes('--jobs-corpus'), jobsOptions);
	if (!args.includes('--no-block')) longestBlock();
	if (!args.includes('--no-stream')) await streamingBench();
	if (!args.includes('--no-memory')) await memoryShapes(args.includes('--memory-all'));
	// The corpus is the last set; the aims read the first configuration's tables, the others' pipeline printed beside.
	const corpusOf = (config: V8Config): ThroughputSummary | undefined => summaries.get(config)?.at(-1);
	printAims(configs.map((config) => ({ config, corpus: corpusOf(config) })), grown.map((g) => ({ mb: g.mb, totalMs: g.totalMs, memoryFactor: (g.peakRss - g.baseRss) / g.bytes, modelBytesPerByte: g.modelBytes / g.bytes })), processed, jobs);
}

void main();
