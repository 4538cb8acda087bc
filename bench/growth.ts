// Bench child: the pipeline on one dump of N MB built by concatenating samples; prints one JSON line (see bench.ts).
import { buildDump } from './bigDump';
import { cpuMs, loadStages, PIPELINE, type PipelineState } from './stages';

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

function main(): void {
	const mb = Number(process.argv[2]);
	const stages = loadStages().filter((s) => s.run && PIPELINE.includes(s.name));
	// Warm the JIT on a few megabytes first, so the smallest size measures the code, not the compiler.
	const warm = buildDump(2);
	const state: PipelineState = { text: warm.text };
	for (const s of stages) s.run!(state);
	gc();
	const baseRss = process.memoryUsage().rss;
	const { text, bytes } = buildDump(mb);
	const times: Record<string, number> = {};
	let heldHeap = 0;
	const big: PipelineState = { text };
	let totalMs = 0;
	gc();
	const heapBefore = process.memoryUsage().heapUsed;
	let modelBytes = 0;
	for (const s of stages) {
		const t0 = cpuMs();
		s.run!(big);
		const ms = cpuMs() - t0;
		times[s.name] = ms;
		totalMs += ms;
		heldHeap = Math.max(heldHeap, process.memoryUsage().heapUsed);
		if (s.name === 'parse') {
			// The document model alone: what the parse keeps once its garbage is collected (outside the timing).
			gc();
			modelBytes = process.memoryUsage().heapUsed - heapBefore;
		}
	}
	const peakRss = process.resourceUsage().maxRSS * 1024;
	process.stdout.write(JSON.stringify({ mb, bytes, stages: times, totalMs, baseRss, peakRss, heldHeap, modelBytes }) + '\n');
}

main();
