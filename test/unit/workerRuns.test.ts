// Shared worker runs per document version: coverage, merging, staleness, cancellation, and the real worker.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BackgroundPipeline, type PipelineRequest, type PipelineResult } from '../../src/vscode/backgroundParse';
import { covers, WorkerRuns, mergeNeeds } from '../../src/vscode/workerRuns';

const WORKER = path.join(__dirname, '../../src/vscode/pipelineWorker.js');
const DUMP = '::: {#main .article}\n# A title {#t}\n\n' + 'Article text with enough words, and a comma, to count as prose. '.repeat(30) + '\n\n[bad](javascript:alert(1))\n:::\n';
const PREVIEW = { source: 's', version: 1, fileName: 'a.txt', settings: { images: 'https' as const }, maxSize: 50 * 1024 * 1024, problems: [] };

/** A runner that records requests and answers when the test says so; a newer request for a key supersedes the older. */
class FakeRunner {
	readonly requests: PipelineRequest[] = [];
	readonly #pending = new Map<string, { request: PipelineRequest; resolve: (r: PipelineResult | undefined) => void }>();

	run(key: string, request: PipelineRequest): Promise<PipelineResult | undefined> {
		this.requests.push(request);
		this.#pending.get(key)?.resolve(undefined);
		return new Promise((resolve) => this.#pending.set(key, { request, resolve }));
	}

	finish(key: string): void {
		const p = this.#pending.get(key)!;
		this.#pending.delete(key);
		const r = p.request;
		p.resolve({
			outline: r.outline ? [] : undefined,
			findings: r.diagnose ? [] : undefined,
			preview: r.preview ? { type: 'showMessage', source: 's', version: 1, title: 't', detail: '', openAsText: false } : undefined,
			timings: {},
		});
	}
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function doc(version: number, uri = 'file:///big.txt') {
	let reads = 0;
	return { uri, version, getText: () => (reads++, DUMP), get reads() { return reads; } };
}

suite('WorkerRuns', () => {
	test('covers and mergeNeeds compare settings, not just which parts', () => {
		assert.equal(covers({ outline: true, diagnose: { scope: 'page' } }, { diagnose: { scope: 'page' } }), true);
		assert.equal(covers({ outline: true, diagnose: { scope: 'page' } }, { diagnose: { scope: 'article' } }), false);
		assert.equal(covers({ diagnose: {} }, { remoteTargets: true, diagnose: {} }), false);
		const merged = mergeNeeds({ outline: true, diagnose: {}, remoteTargets: true }, { preview: PREVIEW });
		assert.equal(covers(merged, { outline: true, diagnose: {}, remoteTargets: true, preview: PREVIEW }), true);
		// New diagnose options drop the remote targets computed with the old ones.
		assert.equal(mergeNeeds({ diagnose: {}, remoteTargets: true }, { diagnose: { scope: 'page' } }).remoteTargets, undefined);
	});

	test('three features asking for one version share one run', async () => {
		const runner = new FakeRunner();
		const analysis = new WorkerRuns(runner);
		const d = doc(1);
		const diagnostics = analysis.analyze(d, { outline: true, diagnose: {} });
		const outline = analysis.analyze(d, { outline: true });
		await tick();
		runner.finish('file:///big.txt');
		assert.ok((await diagnostics)?.findings);
		assert.ok((await outline)?.outline);
		assert.equal(runner.requests.length, 1);
		assert.equal(d.reads, 1);
		// Asked later, after the run finished: answered from it.
		assert.ok((await analysis.analyze(d, { diagnose: {} }))?.findings);
		assert.equal(runner.requests.length, 1);
	});

	test('a request the running run does not cover replaces it with one that asks for both', async () => {
		const runner = new FakeRunner();
		const analysis = new WorkerRuns(runner);
		const d = doc(1);
		const diagnostics = analysis.analyze(d, { diagnose: {} });
		await tick();
		const preview = analysis.analyze(d, { preview: PREVIEW });
		await tick();
		assert.equal(runner.requests.length, 2);
		assert.ok(runner.requests[1].diagnose && runner.requests[1].preview);
		// The replacing run reuses the text of the running one.
		assert.equal(d.reads, 1);
		runner.finish('file:///big.txt');
		// The first caller is answered by the replacement run, not dropped.
		assert.ok((await diagnostics)?.findings);
		assert.ok((await preview)?.preview);
	});

	test('a new version makes callers of the old one resolve undefined', async () => {
		const runner = new FakeRunner();
		const analysis = new WorkerRuns(runner);
		const old = analysis.analyze(doc(1), { outline: true });
		await tick();
		const current = analysis.analyze(doc(2), { outline: true });
		await tick();
		runner.finish('file:///big.txt');
		assert.equal(await old, undefined);
		assert.ok((await current)?.outline);
		// A late caller still holding version 1 learns it is stale without starting work.
		assert.equal(await analysis.analyze(doc(1), { outline: true }), undefined);
		assert.equal(runner.requests.length, 2);
	});

	test('a cancelled caller resolves undefined while the shared run goes on for the others', async () => {
		const runner = new FakeRunner();
		const analysis = new WorkerRuns(runner);
		let listener: (() => void) | undefined;
		const token = { isCancellationRequested: false, onCancellationRequested: (l: () => void) => ((listener = l), { dispose: () => undefined }) };
		const d = doc(1);
		const cancelled = analysis.analyze(d, { outline: true }, token);
		const other = analysis.analyze(d, { outline: true });
		await tick();
		token.isCancellationRequested = true;
		listener!();
		assert.equal(await cancelled, undefined);
		runner.finish('file:///big.txt');
		assert.ok((await other)?.outline);
	});

	test('with the real worker: outline, findings and preview of one text', async function () {
		this.timeout(60_000);
		const pipeline = new BackgroundPipeline(WORKER);
		const analysis = new WorkerRuns(pipeline);
		try {
			const d = doc(1);
			const [a, b] = await Promise.all([analysis.analyze(d, { outline: true, diagnose: {}, remoteTargets: true }), analysis.analyze(d, { preview: PREVIEW })]);
			assert.ok(a?.outline && a.outline.length > 0);
			assert.ok(a.findings && a.findings.length > 0);
			assert.ok(Array.isArray(a.remoteTargets));
			assert.equal(b?.preview?.type, 'updateContent');
			// Settings from vscode's configuration arrive as proxies, which postMessage cannot clone.
			const rules = new Proxy({ PD109: 'off' as const }, {});
			const c = await analysis.analyze(doc(2), { diagnose: { rules } });
			assert.ok(c?.findings);
		} finally {
			analysis.dispose();
			pipeline.dispose();
		}
	});

	test('with the real worker: the config\'s site rules reach findings and preview, and new rules are a new run', async function () {
		this.timeout(60_000);
		const pier = fs.readFileSync(path.join(__dirname, '../../../test/integration/fixtures/workspace/site-rules/pier-notice.txt'), 'utf8');
		const sites = { 'pier-notes.example': { exclude: ['div.promo-box'] } };
		const pipeline = new BackgroundPipeline(WORKER);
		const analysis = new WorkerRuns(pipeline);
		const d = { uri: 'file:///pier.txt', version: 1, getText: () => pier };
		try {
			const plain = await analysis.analyze(d, { diagnose: {}, preview: PREVIEW });
			assert.deepEqual(plain?.findings?.map((f) => f.code), ['PD103']);
			assert.ok(plain?.preview?.type === 'updateContent' && plain.preview.htmlPieces.join('').includes('newsletter'));
			const ruled = await analysis.analyze(d, { diagnose: { sites }, preview: { ...PREVIEW, sites } });
			assert.deepEqual(ruled?.findings, []);
			assert.ok(ruled?.preview?.type === 'updateContent' && !ruled.preview.htmlPieces.join('').includes('newsletter'));
			// The outline is the article's the rules leave, as `pagedump outline` gives it: its word count drops.
			const words = (r: PipelineResult | undefined): string | undefined => r?.outline?.find((n) => n.kind === 'article')?.detail;
			const outlined = await analysis.analyze(d, { outline: true, outlineSites: sites });
			assert.notEqual(words(outlined), words(await analysis.analyze(d, { outline: true })), 'site rules left the outline unchanged');
			assert.ok(!covers({ outline: true }, { outline: true, outlineSites: sites }), 'an outline without the rules does not cover one with them');
			assert.deepEqual(mergeNeeds({ outline: true }, { outline: true, outlineSites: sites }).outlineSites, sites);
			assert.ok(covers({ diagnose: { sites } }, { diagnose: { sites } }));
			assert.ok(!covers({ diagnose: {} }, { diagnose: { sites } }), 'a changed config file is not covered by the old run');
		} finally {
			analysis.dispose();
			pipeline.dispose();
		}
	});
});
