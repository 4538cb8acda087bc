// The bench's stage tables (each stage's MB/s on the samples, the seeds and the corpus, beside markdown-it and a bare
// scan), and the V8 configuration each is measured in: the extension host's default flags, or the CLI's.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { cpuMs, loadSets, loadStages, PIPELINE, type DumpSet, type PipelineState } from './stages';

/** Throughput passes per set stop after this much CPU time (at least one pass, at most MAX_PASSES): enough to settle the JIT. */
const PASS_BUDGET_MS = 6000;
const MAX_PASSES = 5;
/** A pass covers at least this many bytes (small sets are repeated): CPU time of a few milliseconds is mostly noise. */
const MIN_PASS_BYTES = 2e6;
/** The CLI-flag child's stage tables are stopped after this long: the bench must end even on a very busy machine. */
const CHILD_TIMEOUT_MS = 1_800_000;

/**
 * The V8 configurations the core runs in, which compile the same code differently, so a stage table names its own:
 * - `default`: V8's default flags, as the extension host (and the editor's worker) runs the core;
 * - `cli`: the flags `pagedump` sets at start (src/cli/jitFlags.ts: no TurboFan inlining, not even of array builtins, no loop peeling, a ×4 interrupt budget).
 * The whole-process and `--jobs` tables run `pagedump`, so they are always in the CLI's configuration.
 */
export type V8Config = 'default' | 'cli';

/** What each configuration's tables are headed with. */
export const V8_CONFIG_LABELS: Readonly<Record<V8Config, string>> = {
	default: "V8's default flags, as the extension host runs the core",
	cli: "the CLI's V8 flags (src/cli/jitFlags.ts), as pagedump runs the core",
};

/**
 * The configurations `--v8 default|cli|both` asks for, in the order their tables are printed; both when the option is
 * absent. The aims read the first (`default` when both run): the pipeline aims are the editor's, whose core runs in
 * the extension host. Undefined for an unknown value.
 */
export function v8Configs(args: readonly string[]): V8Config[] | undefined {
	const at = args.indexOf('--v8');
	if (at < 0) return ['default', 'cli'];
	const value = args[at + 1];
	if (value === 'default' || value === 'cli') return [value];
	if (value === 'both') return ['default', 'cli'];
	return undefined;
}

/** One set's pipeline summary: MB/s of CPU time, and that over markdown-it's in the same process. */
export interface ThroughputSummary {
	readonly pipeline?: number;
	readonly ratio?: number;
}

/** What the CLI-flag child hands back: its summaries per set and the flags it ran with. */
export interface ChildThroughput {
	readonly flags: readonly string[];
	readonly summary: readonly ThroughputSummary[];
}

/** The child's last line starts with this, then its `ChildThroughput` as JSON. */
export const CHILD_RESULT_PREFIX = 'bench-throughput-result ';

/** The child's result line, or undefined when its output has none (it failed). */
export function parseChildResult(stdout: string): ChildThroughput | undefined {
	const line = stdout.split('\n').reverse().find((l) => l.startsWith(CHILD_RESULT_PREFIX));
	if (!line) return undefined;
	try {
		const r = JSON.parse(line.slice(CHILD_RESULT_PREFIX.length)) as ChildThroughput;
		return Array.isArray(r.flags) && Array.isArray(r.summary) ? r : undefined;
	} catch {
		return undefined;
	}
}

/** The stage tables in the CLI's configuration, from a child process that sets the CLI's flags as `pagedump` does. */
export function cliThroughput(quick: boolean): ChildThroughput | undefined {
	const child = path.join(__dirname, 'cliFlagsThroughput.js');
	const r = spawnSync(process.execPath, [child, ...(quick ? ['--quick'] : [])], { encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 1 << 24 });
	const result = parseChildResult(r.stdout ?? '');
	process.stdout.write((r.stdout ?? '').split('\n').filter((l) => !l.startsWith(CHILD_RESULT_PREFIX)).join('\n'));
	if (!result) console.log(`  the CLI-flag child failed: ${r.error?.message ?? ((r.stderr || '').trim().split('\n').slice(-2).join(' / ') || `no result line (exit ${r.status})`)}`);
	return result;
}

interface Row {
	readonly name: string;
	/** Best pass, CPU milliseconds; undefined for a stage that does not exist yet. */
	readonly cpu?: number;
	readonly wall?: number;
}

export function mbps(bytes: number, ms: number | undefined): number | undefined {
	return ms === undefined || ms <= 0 ? undefined : bytes / 1e6 / (ms / 1000);
}

export function fmt(n: number | undefined, digits = 1): string {
	return n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits);
}

export function pad(s: string, n: number): string {
	return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

/** A bare linear scan: the least any parser must do, read every character once. */
function scan(text: string): number {
	let lines = 0;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) lines++;
	return lines;
}

/** Runs `fn` over the set in passes; the best pass's CPU and wall time. */
function timeBaseline(set: DumpSet, fn: (t: string) => unknown, quick: boolean): { cpu: number; wall: number } {
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
function timeStages(set: DumpSet, quick: boolean): Row[] {
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

/** The stage tables of every set, in this process's V8 configuration (`config`, named in each table's heading). */
export function throughput(quick: boolean, config: V8Config): ThroughputSummary[] {
	// Small sets are repeated to fill a pass; MB/s counts every repetition.
	const sets = loadSets().map((set): DumpSet => {
		const k = Math.max(1, Math.ceil(MIN_PASS_BYTES / set.bytes));
		return k === 1 ? set : { name: `${set.name} (x${k})`, texts: Array.from({ length: k }, () => set.texts).flat(), bytes: set.bytes * k };
	});
	const md = new MarkdownIt();
	const summary: ThroughputSummary[] = [];
	console.log(`\nStage tables in ${V8_CONFIG_LABELS[config]}`);
	for (const set of sets) {
		const scanT = timeBaseline(set, scan, quick);
		const mdT = timeBaseline(set, (t) => md.parse(t, {}), quick);
		const rows = timeStages(set, quick);
		const pipeParts = rows.filter((r) => PIPELINE.includes(r.name));
		const pipeCpu = pipeParts.every((r) => r.cpu !== undefined) ? pipeParts.reduce((n, r) => n + r.cpu!, 0) : undefined;
		const pipeWall = pipeParts.every((r) => r.wall !== undefined) ? pipeParts.reduce((n, r) => n + r.wall!, 0) : undefined;
		const all: Row[] = [{ name: 'bare scan', ...scanT }, { name: 'markdown-it', ...mdT }, ...rows, { name: 'pipeline*', cpu: pipeCpu, wall: pipeWall }];
		const mdRate = mbps(set.bytes, mdT.cpu)!;
		const scanRate = mbps(set.bytes, scanT.cpu)!;
		console.log(`\n${set.name}: ${set.texts.length} dumps, ${(set.bytes / 1e6).toFixed(2)} MB per pass (V8: ${config})`);
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
