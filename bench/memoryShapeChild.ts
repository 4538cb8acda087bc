// Bench child for the memory table: the whole pipeline on one input shape, then one JSON line with its peak memory.
// `node memoryShapeChild.js prose MB` | `pathological NAME` | `render NAME BYTES`; `--probe` first: only the warm-up,
// then the heap it left (the base a heap cap is added to, see test/util/heapCap.ts).
import * as v8 from 'node:v8';
import { decodeDump } from '../src/core/text/decode';
import { input as pathologicalInput } from '../test/unit/pathologicalWorker';
import { RENDER_HOSTILE_GENERATORS } from '../test/util/hostileRender';
import { runPipeline } from '../test/util/hostileRenderRun';
import { buildDump } from './bigDump';

function build(kind: string, name: string, size: number): string {
	if (kind === 'prose') return buildDump(size).text;
	if (kind === 'render') return RENDER_HOSTILE_GENERATORS[name](size);
	const raw = pathologicalInput(name);
	if (typeof raw === 'string') return raw;
	const decoded = decodeDump(raw);
	return decoded.ok ? decoded.text : '';
}

function main(): void {
	const probe = process.argv[2] === '--probe';
	const [kind, name, sizeArg] = process.argv.slice(probe ? 3 : 2);
	// Warm the code on a small prose dump first, so the table measures the data, not the compiled code.
	runPipeline('warm', buildDump(0.2).text, 0);
	(globalThis as { gc?: () => void }).gc?.();
	const baseRss = process.memoryUsage().rss;
	const baseHeap = v8.getHeapStatistics().used_heap_size;
	const text = build(kind, name, Number(sizeArg));
	if (probe) {
		process.stdout.write(JSON.stringify({ baseHeap, bytes: Buffer.byteLength(text) }) + '\n');
		return;
	}
	const r = runPipeline(name, text, baseRss);
	process.stdout.write(JSON.stringify({ name: r.name, bytes: r.bytes, steps: r.steps, baseRss: r.baseRss, peakRss: r.peakRss, baseHeap }) + '\n');
}

main();
