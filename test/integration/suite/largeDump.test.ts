// A big dump (over BACKGROUND_THRESHOLD) in the real host: diagnostics and the outline come from the worker, and over
// pageDump.maxPreviewSize the preview shows the reduced-mode message while outline and diagnostics still work.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, log, writeGrownDump, waitForDiagnostics } from './util';

// Written by the test, never committed: the launcher runs on a temporary copy of the workspace.
const BIG = 'large/big-6mb.txt';
const TARGET_BYTES = 6 * 1024 * 1024;
// Parsing 6 MB on the worker takes a few seconds on 2 cores; the first run also boots the worker.
const TIMEOUT_MS = 60_000;
const VIEW_TYPE = 'pageDump.preview';

interface RenderedRecord {
	kind: string;
	title: string;
	version: number;
	textLength: number;
	seq: number;
}

/** Opens the preview and waits for its first render confirmed after this call (an earlier test's does not count). */
async function openPreviewAndWait(uri: vscode.Uri): Promise<RenderedRecord> {
	const previous = await vscode.commands.executeCommand<RenderedRecord | undefined>('pageDump._lastRendered', uri);
	await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
	const doc = await vscode.workspace.openTextDocument(uri);
	const query = { minVersion: doc.version, after: previous?.seq ?? -1, timeoutMs: TIMEOUT_MS };
	const record = await vscode.commands.executeCommand<RenderedRecord | undefined>('pageDump._lastRendered', uri, query);
	assert.ok(record && record.seq > query.after, 'the preview never reported a render');
	return record;
}

suite('large dump', () => {
	let uri: vscode.Uri;
	suiteSetup(async () => {
		await activateExtension();
		uri = await writeGrownDump(BIG, TARGET_BYTES);
	});
	teardown(closeAllEditors);
	suiteTeardown(async () => {
		await vscode.workspace.fs.delete(fixtureUri('large'), { recursive: true, useTrash: false });
	});

	test('diagnostics and the article symbol arrive from the worker', async function () {
		this.timeout(TIMEOUT_MS * 2);
		const started = Date.now();
		const doc = await vscode.workspace.openTextDocument(uri);
		assert.ok(doc.getText().length > 2 * 1024 * 1024, 'the dump is not big enough for the worker path');
		await vscode.window.showTextDocument(doc, { preview: false });
		const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some((d) => d.source === 'Page Dump'), TIMEOUT_MS);
		const codes = diagnostics.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
		assert.ok(codes.includes('PD201') && codes.includes('PD104'), `unexpected diagnostics: ${codes.join(', ')}`);
		log(`      large dump: diagnostics after ${Date.now() - started} ms`);
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
		const article = symbols?.find((s) => s.kind === vscode.SymbolKind.File);
		assert.equal(article?.name, 'Tide Tables for Small Harbors', `symbols: ${JSON.stringify(symbols?.map((s) => s.name))}`);
		assert.ok(article.children.some((c) => c.name === 'Working out the offset'), 'the article symbol lost its headings');
	});

	test('over pageDump.maxPreviewSize the preview shows the reduced-mode message, outline and diagnostics still work', async function () {
		this.timeout(TIMEOUT_MS * 2);
		const config = vscode.workspace.getConfiguration('pageDump');
		const before = config.inspect<number>('maxPreviewSize')?.workspaceValue;
		await config.update('maxPreviewSize', 1, vscode.ConfigurationTarget.Workspace);
		try {
			const record = await openPreviewAndWait(uri);
			assert.equal(record.kind, 'message');
			assert.equal(record.title, 'This file is too large to preview');
			// Reduced mode: no preview, but the document still gets its outline and its diagnostics.
			await waitForDiagnostics(uri, (ds) => ds.some((d) => d.source === 'Page Dump'), TIMEOUT_MS);
			const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
			assert.ok(symbols?.some((s) => s.name === 'Tide Tables for Small Harbors'), `symbols: ${JSON.stringify(symbols?.map((s) => s.name))}`);
		} finally {
			await config.update('maxPreviewSize', before, vscode.ConfigurationTarget.Workspace);
		}
	});

	test('under pageDump.maxPreviewSize the worker renders the preview', async function () {
		this.timeout(TIMEOUT_MS * 2);
		const record = await openPreviewAndWait(uri);
		assert.equal(record.kind, 'content', `got the message "${record.title}"`);
		assert.equal(record.title, 'Tide Tables for Small Harbors');
		assert.ok(record.textLength > 1024 * 1024, `article text too short: ${record.textLength}`);
	});
});
