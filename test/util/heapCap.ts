// Runs a memory child under a heap cap of its base plus a factor times its input: finishing proves the pipeline's
// peak heap (old generation) stayed under it; V8 stops a child that needs more ("heap out of memory").
import { spawn } from 'node:child_process';

export interface HeapCapResult {
	/** The child finished and printed its line under the cap. */
	readonly ok: boolean;
	readonly capMb: number;
	readonly bytes: number;
	/** The last line the child printed (its JSON report), or the end of its error output. */
	readonly detail: string;
}

/** A young generation this small (MB per semi-space) keeps garbage out of the measure: the cap is on what lives. */
const SEMI_SPACE_MB = 1;

function run(args: readonly string[], timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (d: Buffer) => void (out += d.toString()));
		child.stderr.on('data', (d: Buffer) => void (err = (err + d.toString()).slice(-4000)));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({ code, signal, out, err });
		});
	});
}

/**
 * Runs `script` with `args` twice: a probe (`--probe` first) that prints `{ baseHeap, bytes }` after its warm-up, then
 * the real run with `--max-old-space-size` at base + `factor` × bytes. `timeoutMs` is a liveness bound, never a speed test.
 */
export async function runUnderHeapCap(script: string, args: readonly string[], factor: number, timeoutMs: number): Promise<HeapCapResult> {
	const probe = await run(['--expose-gc', script, '--probe', ...args], timeoutMs);
	const line = probe.out.trim().split('\n').pop() ?? '';
	if (probe.code !== 0 || !line) return { ok: false, capMb: 0, bytes: 0, detail: `probe failed: ${probe.err.trim().split('\n').slice(-3).join(' ')}` };
	const { baseHeap, bytes } = JSON.parse(line) as { baseHeap: number; bytes: number };
	const capMb = Math.ceil((baseHeap + factor * bytes) / (1024 * 1024));
	const r = await run(['--expose-gc', `--max-old-space-size=${capMb}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, script, ...args], timeoutMs);
	const report = r.out.trim().split('\n').pop() ?? '';
	const ok = r.code === 0 && report.startsWith('{');
	return { ok, capMb, bytes, detail: ok ? report : `exit ${r.code ?? r.signal}: ${r.err.trim().split('\n').filter((l) => /heap|memory|Error/i.test(l)).slice(0, 2).join(' ') || r.err.trim().split('\n').pop()}` };
}
