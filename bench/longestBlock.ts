// Bench child: the longest synchronous block of the editor's work on a big dump, in-thread (as the providers run
// today) and through BackgroundPipeline (the worker), where the main thread only sends the text and reads results.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BackgroundPipeline } from '../src/vscode/backgroundParse';
import { buildDump } from './bigDump';
import { ROOT } from './stages';

type AnyFn = (...args: unknown[]) => unknown;

function load(rel: string, name: string): AnyFn {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(path.join(__dirname, '../src', rel))[name] as AnyFn;
}

function timed<T>(steps: [string, number][], name: string, f: () => T): T {
	const t0 = performance.now();
	const r = f();
	steps.push([name, performance.now() - t0]);
	return r;
}

async function main(): Promise<void> {
	const mb = Number(process.argv[2] ?? 20);
	const { text, bytes } = buildDump(mb);
	console.log(`  dump: ${(bytes / 1e6).toFixed(1)} MB, ${text.length} UTF-16 units`);

	// 1. In-thread: every step is one synchronous block; a provider runs several back to back.
	const parseDump = load('core/dump/parseDump', 'parseDump');
	const extractArticle = load('core/extract/extractArticle', 'extractArticle');
	const buildOutline = load('core/outline/outline', 'buildOutline');
	const diagnose = load('core/diagnose/diagnose', 'diagnose');
	const renderMarkdown = load('core/render/articleMarkdown', 'renderMarkdown');
	const buildPreviewMessage = load('vscode/previewModel', 'buildPreviewMessage');
	const LineIndex = load('core/text/lineIndex', 'LineIndex') as unknown as new (t: string) => unknown;
	const steps: [string, number][] = [];
	const doc = timed(steps, 'parse', () => parseDump(text));
	const article = timed(steps, 'extract', () => extractArticle(doc));
	timed(steps, 'line index', () => new LineIndex(text));
	timed(steps, 'outline', () => buildOutline(doc, article));
	const previewInput = { source: 'bench', version: 1, text, fileName: 'big.txt', settings: { images: 'https' }, maxSize: Infinity, problems: [] };
	timed(steps, 'render+html', () => buildPreviewMessage(previewInput, { parse: () => doc, extract: () => article, render: renderMarkdown }));
	timed(steps, 'diagnose', () => diagnose(doc, article, {}));
	const ms = new Map(steps);
	const longest = steps.reduce((a, b) => (b[1] > a[1] ? b : a));
	console.log(`  in-thread steps: ${steps.map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', ')}`);
	console.log(`  in-thread longest single step: ${longest[0]} ${longest[1].toFixed(0)} ms`);
	const chain = (...names: string[]): string => names.reduce((n, k) => n + (ms.get(k) ?? 0), 0).toFixed(0);
	console.log(`  in-thread provider calls (one block each): outline ${chain('parse', 'extract', 'outline')} ms, diagnostics ${chain('parse', 'extract', 'diagnose')} ms, preview ${chain('parse', 'extract', 'render+html')} ms`);

	// 2. Off-thread: a 1 ms heartbeat on the main thread; its largest gap is the longest block the user would feel.
	const worker = [path.join(ROOT, 'dist/pipelineWorker.js'), path.join(__dirname, '../src/vscode/pipelineWorker.js')].find((f) => fs.existsSync(f));
	if (!worker) {
		console.log('  off-thread: n/a (no pipelineWorker bundle)');
		return;
	}
	const runner = new BackgroundPipeline(worker);
	let last = performance.now();
	let maxGap = 0;
	const beat = setInterval(() => {
		const now = performance.now();
		maxGap = Math.max(maxGap, now - last);
		last = now;
	}, 1);
	const t0 = performance.now();
	const call0 = performance.now();
	const pending = runner.run('bench', { text, outline: true, diagnose: {}, preview: { source: 'bench', version: 1, fileName: 'big.txt', settings: { images: 'https' }, maxSize: Infinity, problems: [] } });
	const sendMs = performance.now() - call0;
	const result = await pending;
	const total = performance.now() - t0;
	// One more beat after the result's deserialization.
	await new Promise((r) => setTimeout(r, 5));
	clearInterval(beat);
	runner.dispose();
	const w = result?.timings ?? {};
	console.log(`  off-thread: worker ${Object.entries(w).map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', ')}; ${total.toFixed(0)} ms end to end`);
	console.log(`  off-thread: run() returned in ${sendMs.toFixed(1)} ms; longest main-thread block (1 ms heartbeat gap): ${maxGap.toFixed(1)} ms`);
	console.log(`  results: ${result?.outline?.length ?? 0} outline nodes, ${result?.findings?.length ?? 0} findings, preview ${result?.preview?.type ?? 'none'}`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
