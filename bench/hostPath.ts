// Bench child: the main-thread side of the extension host path for a big dump, as wired in workerRuns.ts: the text
// copy (getText), the shared worker run asked for by diagnostics, the outline and the preview at once, and the
// conversions of its results (findings and symbols to positions). A 1 ms heartbeat measures the longest block.
// Run: node esbuild.js && npx tsc -p . --outDir out && node out/bench/hostPath.js 20
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BackgroundPipeline } from '../src/vscode/backgroundParse';
import { WorkerRuns } from '../src/vscode/workerRuns';
import { LineIndex } from '../src/core/text/lineIndex';
import type { OutlineNode } from '../src/core/outline/outline';
import { buildDump } from './bigDump';
import { ROOT } from './stages';

function timed<T>(steps: [string, number][], name: string, f: () => T): T {
	const t0 = performance.now();
	const r = f();
	steps.push([name, performance.now() - t0]);
	return r;
}

async function main(): Promise<void> {
	const mb = Number(process.argv[2] ?? 20);
	const { text: rope, bytes } = buildDump(mb);
	// Flat, as a document's text is in the host (a concatenation is a rope, which postMessage would flatten first).
	const built = Buffer.from(rope, 'utf8').toString('utf8');
	// The extension host keeps a document as lines; getText() joins them on every call.
	const lines = built.split('\n').map((l) => Buffer.from(l, 'utf8').toString('utf8'));
	console.log(`  dump: ${(bytes / 1e6).toFixed(1)} MB, ${built.length} UTF-16 units, ${lines.length} lines`);
	const worker = path.join(ROOT, 'dist/pipelineWorker.js');
	if (!fs.existsSync(worker)) throw new Error('run node esbuild.js first');
	const pipeline = new BackgroundPipeline(worker);
	const analysis = new WorkerRuns(pipeline);
	const steps: [string, number][] = [];
	let gaps: number[] = [];
	let last = performance.now();
	const beat = setInterval(() => {
		const now = performance.now();
		gaps.push(now - last);
		last = now;
	}, 1);
	await new Promise((r) => setTimeout(r, 50));
	gaps = [];
	const t0 = performance.now();
	let reads = 0;
	const document = { uri: 'file:///big.txt', version: 1, getText: () => (reads++, timed(steps, 'getText (lines.join)', () => lines.join('\n'))) };
	// documentLength(): offsetAt() builds the host's line-start prefix sums once per version; LineIndex is the same scan.
	const index = timed(steps, 'line starts (first offsetAt)', () => new LineIndex(built));
	const preview = { source: 'file:///big.txt', version: 1, fileName: 'big.txt', settings: { images: 'https' as const }, maxSize: 50 * 1024 * 1024, problems: [] };
	const call0 = performance.now();
	// As the features ask: diagnostics on open, the outline provider soon after, the preview once its webview is ready.
	const pending = [timed(steps, 'diagnostics analyze() call', () => analysis.analyze(document, { outline: true, diagnose: {}, remoteTargets: true }))];
	await new Promise((r) => setTimeout(r, 50));
	pending.push(timed(steps, 'outline analyze() call', () => analysis.analyze(document, { outline: true })));
	await new Promise((r) => setTimeout(r, 500));
	pending.push(timed(steps, 'preview analyze() call (restarts the run)', () => analysis.analyze(document, { outline: true, preview })));
	const [diag, outline, rendered] = await Promise.all(pending);
	const callMs = performance.now() - call0;
	// Diagnostics: toDiagnostic maps each finding's range through positionAt.
	timed(steps, `findings to positions (${diag?.findings?.length ?? 0})`, () => diag?.findings?.map((f) => [index.positionAt(f.range.start), index.positionAt(f.range.end)]));
	const count = (nodes: readonly OutlineNode[]): number => nodes.reduce((n, x) => n + 1 + count(x.children), 0);
	const toSymbols = (nodes: readonly OutlineNode[]): unknown[] => nodes.map((n) => ({ range: [index.positionAt(n.range.start), index.positionAt(n.range.end)], children: toSymbols(n.children) }));
	timed(steps, `outline to symbols (${count(outline?.outline ?? [])} nodes)`, () => toSymbols(outline?.outline ?? []));
	// The preview posts this object to the webview; VS Code serializes it as JSON on the way.
	timed(steps, 'preview message to JSON', () => JSON.stringify(rendered?.preview ?? null).length);
	const total = performance.now() - t0;
	await new Promise((r) => setTimeout(r, 20));
	clearInterval(beat);
	analysis.dispose();
	pipeline.dispose();
	const sorted = [...gaps].sort((a, b) => b - a);
	console.log(`  worker runs: text read ${reads}x for 3 requests; worker steps: ${Object.entries(diag?.timings ?? {}).map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', ')}`);
	console.log(`  main-thread steps (ms): ${steps.map(([n, t]) => `${n} ${t.toFixed(1)}`).join('; ')}`);
	console.log(`  all three answered in ${callMs.toFixed(0)} ms, ${total.toFixed(0)} ms end to end`);
	console.log(`  longest main-thread block (1 ms heartbeat gap): ${sorted[0].toFixed(1)} ms; next: ${sorted.slice(1, 4).map((g) => g.toFixed(1)).join(', ')} ms`);
	console.log(`  results: ${diag?.findings?.length ?? 0} findings, ${diag?.remoteTargets?.length ?? 0} remote targets, preview ${rendered?.preview?.type ?? 'none'}`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
