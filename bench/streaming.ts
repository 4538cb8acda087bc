// The streaming bench: `pagedump extract --jsonl` over the WCXB dev pages as one stream, on 2 worker threads, and split by GNU parallel --pipe; memory for 1,000 against 10,000 records.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { runJsonl } from '../src/cli/jsonl';

const REPO = path.resolve(__dirname, '../..');
const CLI = path.join(REPO, 'bin', 'pagedump.js');
/** Records per block that GNU parallel hands to one pagedump process. */
const PARALLEL_BLOCK_RECORDS = 100;
/** Sizes of the memory-flatness runs: the peak must not grow with the length of the stream. */
const FLAT_RECORDS = [1_000, 10_000] as const;

interface Run {
	readonly label: string;
	readonly seconds: number;
	readonly maxRssMb: number;
	readonly lines: number;
}

/** Runs a shell command under GNU time with `input` on standard input; counts the output lines. */
function timed(label: string, command: string, input: string): Run | string {
	const out = path.join(os.tmpdir(), `pagedump-stream-${process.pid}.out`);
	const r = spawnSync('/usr/bin/time', ['-f', '%e %M', 'bash', '-c', `${command} < '${input}' > '${out}'`], { encoding: 'utf8' });
	const m = /(\d+(?:\.\d+)?) (\d+)\s*$/.exec(r.stderr ?? '');
	if (!m) return `${label}: no timing (${(r.stderr ?? '').trim().split('\n').pop()})`;
	const lines = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
	fs.rmSync(out, { force: true });
	return { label, seconds: Number(m[1]), maxRssMb: Number(m[2]) / 1024, lines };
}

function wcxbDumps(): string | undefined {
	const shared = [path.resolve(REPO, '..', 'shared'), '/work/shared'].find((p) => fs.existsSync(p));
	const unpack = shared && path.join(shared, 'corpus', 'wcxb-dev', 'unpack.sh');
	if (!unpack || !fs.existsSync(unpack)) return undefined;
	const dir = execFileSync('bash', [unpack], { encoding: 'utf8' }).trim().split('\n').pop() ?? '';
	return fs.existsSync(path.join(dir, 'dumps')) ? path.join(dir, 'dumps') : undefined;
}

function generatedDump(i: number): string {
	return `::: {.menu}\n[Home](/)\n:::\n\n::: {.post-content}\n# Record ${i}\n\n${'A generated paragraph of ordinary prose for the streaming bench. '.repeat(20)}\n:::\n`;
}

/** Records between two heap samples of the retained-heap run. */
const HEAP_SAMPLE_EVERY = 500;

/** The most heap still in use after a full GC while `n` generated records stream through `runJsonl` in this process. */
async function retainedHeapMb(n: number): Promise<number> {
	v8.setFlagsFromString('--expose-gc');
	const gc = vm.runInNewContext('gc') as () => void;
	let max = 0;
	let seen = 0;
	const sink = new Writable({
		write(_chunk, _enc, done): void {
			if (++seen % HEAP_SAMPLE_EVERY === 0) {
				gc();
				max = Math.max(max, process.memoryUsage().heapUsed);
			}
			done();
		},
	});
	function* requests(): Generator<string> {
		for (let i = 0; i < n; i++) yield JSON.stringify({ id: i, text: generatedDump(i) }) + '\n';
	}
	await runJsonl(Readable.from(requests()), sink, { command: 'extract', format: 'md', maxBytes: 50 * 1024 * 1024, force: false }, 1);
	return max / 1e6;
}

/** Prints the streaming table. */
export async function streamingBench(): Promise<void> {
	console.log('\nStreaming (`pagedump extract --jsonl --format json`, whole processes; time and peak RSS from GNU time)');
	if (!fs.existsSync('/usr/bin/time')) {
		console.log('  skipped: /usr/bin/time is not installed (apt-get install time)');
		return;
	}
	const rows: (Run | string)[] = [];
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-stream-'));
	try {
		const dumps = wcxbDumps();
		let mb = 0;
		if (!dumps) rows.push('wcxb-dev: skipped, ../shared/corpus/wcxb-dev is absent');
		else {
			const names = fs.readdirSync(dumps).filter((n) => n.endsWith('.txt')).sort();
			mb = names.reduce((s, n) => s + fs.statSync(path.join(dumps, n)).size, 0) / 1e6;
			const input = path.join(tmp, 'wcxb.jsonl');
			fs.writeFileSync(input, names.map((n) => JSON.stringify({ id: n.replace(/\.txt$/, ''), path: path.join(dumps, n) })).join('\n') + '\n');
			const cmd = `node '${CLI}' extract --jsonl --format json`;
			rows.push(timed(`wcxb-dev ${names.length} dumps, one stream`, cmd, input));
			rows.push(timed(`wcxb-dev, one stream --jobs 2`, `${cmd} --jobs 2`, input));
			const parallel = spawnSync('bash', ['-c', 'command -v parallel'], { encoding: 'utf8' }).stdout.trim();
			if (parallel) rows.push(timed(`wcxb-dev, parallel --pipe -j 2`, `parallel --pipe -N ${PARALLEL_BLOCK_RECORDS} -j 2 --keep-order ${cmd}`, input));
			else rows.push('parallel --pipe: skipped, GNU parallel is not installed (apt-get install parallel)');
		}
		console.log(`  ${'run'.padEnd(36)}${'records'.padEnd(9)}${'seconds'.padEnd(9)}${'MB/s'.padEnd(8)}${'dumps/s'.padEnd(9)}peak RSS`);
		for (const r of rows) {
			if (typeof r === 'string') console.log(`  ${r}`);
			else console.log(`  ${r.label.padEnd(36)}${String(r.lines).padEnd(9)}${r.seconds.toFixed(1).padEnd(9)}${(mb / r.seconds).toFixed(1).padEnd(8)}${(r.lines / r.seconds).toFixed(1).padEnd(9)}${r.maxRssMb.toFixed(0)} MB${r.label.includes('parallel') ? ' (largest process)' : ''}`);
		}
		// Memory must stay flat however long the stream is: the same records, ten times as many.
		const flat: Run[] = [];
		for (const n of FLAT_RECORDS) {
			const input = path.join(tmp, `gen-${n}.jsonl`);
			const fd = fs.openSync(input, 'w');
			for (let i = 0; i < n; i++) fs.writeSync(fd, JSON.stringify({ id: i, text: generatedDump(i) }) + '\n');
			fs.closeSync(fd);
			const r = timed(`${n} generated records`, `node '${CLI}' extract --jsonl --format md`, input);
			if (typeof r === 'string') console.log(`  ${r}`);
			else flat.push(r);
		}
		for (const r of flat) console.log(`  ${r.label.padEnd(36)}${String(r.lines).padEnd(9)}${r.seconds.toFixed(1).padEnd(9)}${''.padEnd(8)}${(r.lines / r.seconds).toFixed(1).padEnd(9)}${r.maxRssMb.toFixed(0)} MB`);
		if (flat.length === 2) console.log(`  peak RSS: ${FLAT_RECORDS[1]} records ${(flat[1].maxRssMb - flat[0].maxRssMb).toFixed(1)} MB above ${FLAT_RECORDS[0]} (V8 sizes its heap to the work; what is retained is below)`);
		// What the stream keeps: heap in use after a full GC, sampled as results are written.
		const heaps: number[] = [];
		for (const n of FLAT_RECORDS) heaps.push(await retainedHeapMb(n));
		for (let k = 0; k < FLAT_RECORDS.length; k++) console.log(`  retained heap, ${FLAT_RECORDS[k]} records in process: at most ${heaps[k].toFixed(1)} MB after GC`);
		const growth = heaps[1] - heaps[0];
		console.log(`  memory flat: ${FLAT_RECORDS[1]} records retain ${growth.toFixed(1)} MB more than ${FLAT_RECORDS[0]} — ${growth <= 3 ? 'met' : 'NOT met'} (aim: within a few MB)`);
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

if (require.main === module) void streamingBench();
