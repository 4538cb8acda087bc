import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { BackgroundPipeline, runsInBackground, BACKGROUND_THRESHOLD } from '../../src/vscode/backgroundParse';

// The tsc output of the worker entry: the tests use it as the extension uses dist/pipelineWorker.js.
const WORKER = path.join(__dirname, '../../src/vscode/pipelineWorker.js');
const DUMP = '::: {#main .article}\n# A title {#t}\n\n' + 'Article text with enough words, and a comma, to count as prose. '.repeat(30) + '\n\n[bad](javascript:alert(1))\n:::\n';
const PREVIEW = { source: 's', version: 1, fileName: 'a.txt', settings: { images: 'https' as const }, maxSize: 50 * 1024 * 1024, problems: [] };

suite('BackgroundPipeline', function () {
	this.timeout(60_000);
	let runner: BackgroundPipeline;
	setup(() => (runner = new BackgroundPipeline(WORKER)));
	teardown(() => runner.dispose());

	test('the threshold sends big documents to the worker', () => {
		assert.equal(runsInBackground(BACKGROUND_THRESHOLD - 1), false);
		assert.equal(runsInBackground(BACKGROUND_THRESHOLD), true);
	});

	test('computes outline, findings and the preview off the main thread', async () => {
		const r = await runner.run('a', { text: DUMP, outline: true, diagnose: {}, preview: PREVIEW });
		assert.ok(r);
		assert.ok(r.outline && r.outline.length > 0);
		assert.ok(r.findings && r.findings.some((f) => f.message.length > 0));
		assert.equal(r.preview?.type, 'updateContent');
		assert.ok(r.timings.parse >= 0);
	});

	test('a newer request for the same key supersedes the older one', async () => {
		const older = runner.run('k', { text: DUMP, outline: true });
		const newer = runner.run('k', { text: DUMP + '\nmore\n', outline: true });
		assert.equal(await older, undefined);
		assert.ok(await newer);
	});

	test('a cancelled request resolves to undefined, and the runner keeps working', async () => {
		let listener: (() => void) | undefined;
		const token = { isCancellationRequested: false, onCancellationRequested: (l: () => void) => ((listener = l), { dispose: () => undefined }) };
		const p = runner.run('c', { text: DUMP, outline: true }, token);
		token.isCancellationRequested = true;
		listener!();
		assert.equal(await p, undefined);
		assert.ok(await runner.run('c', { text: DUMP, outline: true }));
	});

	test('a missing worker bundle rejects instead of hanging', async () => {
		const broken = new BackgroundPipeline(path.join(__dirname, 'no-such-worker.js'));
		await assert.rejects(broken.run('x', { text: DUMP, outline: true }));
		broken.dispose();
	});
});
