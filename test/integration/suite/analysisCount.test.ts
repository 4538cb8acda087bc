// One analysis per document version: with the preview, the Outline and the Problems panel open on a 1 MB dump, and
// folding, links, symbols and quick fixes asked for, one edit costs one parse (counted by pageDump._analysisCount).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, log, writeGrownDump } from './util';

// Written by the test, never committed: the launcher runs on a temporary copy of the workspace.
const DUMP = 'counted/one-mb.txt';
const TARGET_BYTES = 1024 * 1024;
const VIEW_TYPE = 'pageDump.preview';
const COUNT_COMMAND = 'pageDump._analysisCount';
// Generous: a 1 MB dump is analysed in-thread in well under a second, but the machine may be busy.
const TIMEOUT_MS = 60_000;
// The count must stay put this long before it is read: the features' debounces are 300 ms.
const QUIET_MS = 1_000;

interface RenderedRecord {
	version: number;
	seq: number;
	kind: string;
}

const count = (uri: vscode.Uri): Thenable<number> => vscode.commands.executeCommand<number>(COUNT_COMMAND, uri);

/** Resolves with the count once it has not changed for QUIET_MS. */
async function settledCount(uri: vscode.Uri): Promise<number> {
	const deadline = Date.now() + TIMEOUT_MS;
	let last = await count(uri);
	let since = Date.now();
	while (Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 200));
		const now = await count(uri);
		if (now !== last) {
			last = now;
			since = Date.now();
		} else if (Date.now() - since >= QUIET_MS) {
			return now;
		}
	}
	throw new Error(`the analysis count kept changing for ${TIMEOUT_MS} ms (last ${last})`);
}

/** Resolves at the next diagnostics change of `uri`. */
function nextDiagnostics(uri: vscode.Uri): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => (sub.dispose(), reject(new Error('no diagnostics after the edit'))), TIMEOUT_MS);
		const sub = vscode.languages.onDidChangeDiagnostics((e) => {
			if (!e.uris.some((u) => u.toString() === uri.toString())) return;
			clearTimeout(timer);
			sub.dispose();
			resolve();
		});
	});
}

/** Asks every provider the editor has for the document's current version, as the workbench does while it is shown. */
async function askProviders(uri: vscode.Uri, doc: vscode.TextDocument): Promise<void> {
	const whole = new vscode.Range(0, 0, doc.lineCount, 0);
	await Promise.all([
		vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri),
		vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri),
		vscode.commands.executeCommand('vscode.executeLinkProvider', uri),
		vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(0, 0)),
		vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, whole),
	]);
}

suite('analysis count', () => {
	let uri: vscode.Uri;
	suiteSetup(async () => {
		await activateExtension();
		uri = await writeGrownDump(DUMP, TARGET_BYTES);
	});
	teardown(closeAllEditors);
	suiteTeardown(async () => {
		await vscode.workspace.fs.delete(fixtureUri('counted'), { recursive: true, useTrash: false });
	});

	test('with the preview, the Outline and the Problems panel open on a 1 MB dump, one edit costs one analysis', async function () {
		this.timeout(TIMEOUT_MS * 4);
		const t0 = Date.now();
		const step = (what: string): void => log(`    ${what} at ${Date.now() - t0} ms`);
		const doc = await vscode.workspace.openTextDocument(uri);
		const editor = await vscode.window.showTextDocument(doc, { preview: false });
		const first = vscode.commands.executeCommand<RenderedRecord | undefined>('pageDump._lastRendered', uri, { minVersion: doc.version, timeoutMs: TIMEOUT_MS });
		await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE, vscode.ViewColumn.Beside);
		assert.ok(await first, 'the preview never rendered the dump');
		step('preview rendered');
		await vscode.commands.executeCommand('outline.focus');
		await vscode.commands.executeCommand('workbench.actions.view.problems');
		await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, preview: false });
		await askProviders(uri, doc);
		step('providers answered');
		const before = await settledCount(uri);
		step('count settled');
		assert.ok(before >= 1, `the dump was never analysed (count ${before})`);

		// One edit inside the article; every open view follows it.
		const diagnosed = nextDiagnostics(uri);
		const at = doc.getText().indexOf('## Working out the offset');
		const edited = await editor.edit((e) => e.insert(doc.positionAt(at), 'A sentence added by the test.\n\n'));
		assert.ok(edited, 'the edit was not applied');
		const version = doc.version;
		const rendered = await vscode.commands.executeCommand<RenderedRecord | undefined>('pageDump._lastRendered', uri, { minVersion: version, timeoutMs: TIMEOUT_MS });
		assert.ok(rendered && rendered.version >= version, 'the preview never rendered the edit');
		step('edit rendered');
		await diagnosed;
		step('edit diagnosed');
		await askProviders(uri, doc);
		step('providers answered the edit');
		const after = await settledCount(uri);
		log(`    analyses of ${DUMP} (${doc.getText().length} characters): ${before} before the edit, ${after} after`);
		assert.equal(after - before, 1, `one edit cost ${after - before} analyses`);
	});
});
