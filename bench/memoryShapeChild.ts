// Bench child for the memory table: the whole pipeline on one input shape, then one JSON line with its peak memory.
// `node memoryShapeChild.js prose MB` | `pathological NAME` | `render NAME BYTES`; `--probe` first: only the warm-up,
// then the heap it left (the base a heap cap is added to, see test/util/heapCap.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as v8 from 'node:v8';
import { diagnose } from '../src/core/diagnose/diagnose';
import { parseDump } from '../src/core/dump/parseDump';
import type { DumpDocument } from '../src/core/model/dumpDocument';
import { extractArticle } from '../src/core/extract/extractArticle';
import { buildOutline } from '../src/core/outline/outline';
import { renderArticleHtmlPieces } from '../src/core/render/articleHtml';
import { renderMarkdown } from '../src/core/render/articleMarkdown';
import type { Article } from '../src/core/extract/article';
import { writeExtraction, type Extraction } from '../src/core/render/formats';
import type { RenderedMarkdown } from '../src/core/render/renderedMarkdown';
import { decodeDump } from '../src/core/text/decode';
import { input as pathologicalInput } from '../test/unit/pathologicalWorker';
import { RENDER_HOSTILE_GENERATORS } from '../test/util/hostileRender';
import { buildDump } from './bigDump';
import { MAX_TOC_ITEMS } from '../src/vscode/previewModel';

interface ShapeRun {
	readonly name: string;
	readonly bytes: number;
	readonly steps: Record<string, number>;
	readonly baseRss: number;
	readonly peakRss: number;
}

/**
 * The steps the editor and the CLI run on a dump, in order, timed: test/util/hostileRenderRun.ts's pipeline as the
 * CLI runs its last step. Each step's output is dropped once made, as the CLI and the editor do (the editor's
 * preview keeps its html, but never beside a json output); the json is written in pieces to a file as
 * `pagedump extract --format json --out` writes it (here the null device), never held whole.
 */
function runPipeline(name: string, text: string, baseRss: number): ShapeRun {
	// What the steps made so far: each step reads what the ones before it made.
	const made: { doc?: DumpDocument; article?: Article; rendered?: RenderedMarkdown } = {};
	const doc = (): DumpDocument => need(made.doc);
	const article = (): Article => need(made.article);
	const rendered = (): RenderedMarkdown => need(made.rendered);
	const pipeline: readonly (readonly [step: string, run: () => void])[] = [
		['parse', () => void (made.doc = parseDump(text))],
		['extract', () => void (made.article = extractArticle(doc()))],
		['outline', () => void buildOutline(doc(), article())],
		['render md', () => void (made.rendered = renderMarkdown(article(), doc()))],
		// The preview's path: its html in pieces of about 64 KB, posted one message each and never joined.
		['render html', () => void renderArticleHtmlPieces(rendered(), { dump: text, images: 'https', maxToc: MAX_TOC_ITEMS })],
		['diagnose', () => void diagnose(doc(), article(), {})],
		['format json', () => writeJsonToNull({ doc: doc(), article: article(), rendered: rendered() })],
	];
	const steps: Record<string, number> = {};
	const watch = name === 'warm' ? undefined : stageWatch();
	watch?.('start');
	for (const [step, run] of pipeline) {
		const t0 = performance.now();
		run();
		steps[step] = Math.round(performance.now() - t0);
		watch?.(step);
	}
	const peakRss = process.resourceUsage().maxRSS * 1024;
	return { name, bytes: Buffer.byteLength(text), steps, baseRss, peakRss };
}

/**
 * For measuring where a shape's memory goes (not used by the bench or the test): with `MEMORY_STAGES=1` (and node's
 * --expose-gc), the used heap after a full collection is written to stderr before the first step and after each,
 * what the steps made and still hold; with `MEMORY_SNAPSHOT=parse,extract` (steps as named above, `start` before
 * the first), a heap snapshot is written after those steps into the working folder, for `heapSnapshotSummary.js`
 * to count by object type. A step's own peak (what it made and dropped) shows in node's --trace-gc output between
 * two of these lines.
 */
function stageWatch(): ((step: string) => void) | undefined {
	const stages = process.env.MEMORY_STAGES === '1';
	const snapshots = new Set((process.env.MEMORY_SNAPSHOT ?? '').split(',').filter((s) => s !== ''));
	if (!stages && snapshots.size === 0) return undefined;
	const gc = (globalThis as { gc?: () => void }).gc;
	return (step) => {
		gc?.();
		if (stages) process.stderr.write(`stage ${step}: ${(v8.getHeapStatistics().used_heap_size / 1e6).toFixed(2)} MB used${gc ? '' : ' (no --expose-gc: garbage included)'}\n`);
		if (snapshots.has(step)) process.stderr.write(`stage ${step}: ${v8.writeHeapSnapshot(`memory-${step.replace(/ /g, '-')}.heapsnapshot`)}\n`);
	};
}

function need<T>(value: T | undefined): T {
	if (value === undefined) throw new Error('a step ran before the one that makes its input');
	return value;
}

/** The json format written in pieces to the null device, as `--out` writes it to a file. */
function writeJsonToNull(extraction: Extraction): void {
	const fd = fs.openSync(os.devNull, 'w');
	try {
		writeExtraction(extraction, 'json', (chunk) => void fs.writeSync(fd, chunk));
	} finally {
		fs.closeSync(fd);
	}
}

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
