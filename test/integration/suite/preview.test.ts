// The Page Dump Preview custom editor in a real host: it opens, its webview confirms renders, edits reach it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extractDump, renderArticleHtml } from '../../../src/core/index';
import { activateExtension, closeAllEditors, fixtureUri, writeGrownDump } from './util';

const VIEW_TYPE = 'pageDump.preview';
const FILE = 'sample-article.txt';
// The first render includes booting the webview; generous for a cold host on 2 cores.
const RENDER_TIMEOUT_MS = 20_000;

interface RenderedRecord {
	uri: string;
	version: number;
	title: string;
	textLength: number;
	problems: number;
	seq: number;
	kind?: string;
	pieces?: number;
}

/** The length of the text the webview shows for `html` (its textContent): the tags dropped, an entity one character. */
function shownTextLength(html: string): number {
	return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x[0-9a-f]+|#\d+);/gi, '_').length;
}

/** Waits, through the extension's test hook, for the webview to confirm it rendered at least `version` (after `after`). */
async function waitForRender(uri: vscode.Uri, version: number, after = -1): Promise<RenderedRecord> {
	const query = { minVersion: version, after, timeoutMs: RENDER_TIMEOUT_MS };
	const record = await vscode.commands.executeCommand<RenderedRecord | undefined>('pageDump._lastRendered', uri, query);
	assert.ok(record, `the preview of ${uri.path} never reported a render`);
	assert.ok(record.version >= version && record.seq > after, `no new render: last was version ${record.version} (#${record.seq}), expected version ${version} after #${after}`);
	return record;
}

async function openPreview(uri: vscode.Uri): Promise<vscode.TextDocument> {
	await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
	return vscode.workspace.openTextDocument(uri);
}

/** Resolves when a tab matching predicate exists (now or after a tab change); rejects after RENDER_TIMEOUT_MS. */
function waitForTab(predicate: (tab: vscode.Tab) => boolean): Promise<vscode.Tab> {
	return new Promise((resolve, reject) => {
		const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(predicate);
		const done = (tab: vscode.Tab) => {
			clearTimeout(timer);
			listener.dispose();
			resolve(tab);
		};
		const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
			const tab = find();
			if (tab) done(tab);
		});
		const timer = setTimeout(() => {
			listener.dispose();
			const seen = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => `${t.label} (${t.input?.constructor.name})`);
			reject(new Error(`timed out waiting for the tab; open tabs: ${seen.join(', ')}`));
		}, RENDER_TIMEOUT_MS);
		const existing = find();
		if (existing) done(existing);
	});
}

suite('preview', () => {
	suiteSetup(activateExtension);
	teardown(closeAllEditors);

	test('vscode.openWith makes the active tab a custom editor of pageDump.preview', async () => {
		const uri = fixtureUri(FILE);
		await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
		const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
		assert.ok(tab?.input instanceof vscode.TabInputCustom, `active tab input is ${tab?.input?.constructor.name}`);
		assert.equal(tab.input.viewType, VIEW_TYPE);
		assert.equal(tab.input.uri.toString(), uri.toString());
	});

	test('the webview reports that it rendered the document, and the document stays untouched', async () => {
		const uri = fixtureUri(FILE);
		const doc = await openPreview(uri);
		const before = doc.getText();
		const record = await waitForRender(uri, doc.version);
		assert.equal(record.uri, uri.toString());
		assert.ok(record.title.length > 0, 'empty title');
		assert.ok(record.textLength > 200, `article text too short: ${record.textLength}`);
		assert.equal(doc.isDirty, false, 'the preview modified the document');
		assert.equal(doc.getText(), before);
	});

	test('an edit to the document reaches the preview as a new version', async () => {
		const uri = fixtureUri(FILE);
		const doc = await openPreview(uri);
		const first = await waitForRender(uri, doc.version);
		// Inside the article body, so any extractor keeps it.
		const anchor = doc.getText().indexOf('Small harbors rarely publish');
		assert.ok(anchor >= 0, 'fixture changed: anchor sentence missing');
		const marker = 'Live preview marker sentence that was typed into the dump. ';
		const edit = new vscode.WorkspaceEdit();
		edit.insert(uri, doc.positionAt(anchor), marker);
		assert.ok(await vscode.workspace.applyEdit(edit));
		assert.ok(doc.version > first.version);
		const second = await waitForRender(uri, doc.version);
		assert.equal(second.version, doc.version);
		assert.ok(second.textLength >= first.textLength + marker.trim().length,
			`text length went from ${first.textLength} to ${second.textLength}; the edit did not reach the preview`);
	});

	test('diagnostics on the dump show in the preview problem list', async () => {
		const uri = fixtureUri(FILE);
		const doc = await openPreview(uri);
		const first = await waitForRender(uri, doc.version);
		const collection = vscode.languages.createDiagnosticCollection('preview-test');
		try {
			collection.set(uri, [new vscode.Diagnostic(new vscode.Range(2, 0, 2, 5), 'planted by the preview test', vscode.DiagnosticSeverity.Warning)]);
			const second = await waitForRender(uri, doc.version, first.seq);
			assert.equal(second.problems, first.problems + 1);
		} finally {
			collection.dispose();
		}
	});

	test('the open commands open the preview, to the side as well', async () => {
		const uri = fixtureUri(FILE);
		await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
		await vscode.commands.executeCommand('pageDump.openPreviewToSide', uri);
		const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
		assert.ok(tab?.input instanceof vscode.TabInputCustom);
		assert.equal(tab.input.viewType, VIEW_TYPE);
		assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two);
	});

	test('with openByDefault, a dump first opened as text is reopened in the preview', async () => {
		// A copy: open-by-default leaves documents alone that were already previewed in this session.
		const uri = fixtureUri('preview-open-default-test.txt');
		await vscode.workspace.fs.copy(fixtureUri(FILE), uri, { overwrite: true });
		const config = vscode.workspace.getConfiguration('pageDump');
		await config.update('preview.openByDefault', true, vscode.ConfigurationTarget.Workspace);
		try {
			const reopened = waitForTab((t) => t.input instanceof vscode.TabInputCustom && t.input.viewType === VIEW_TYPE && t.input.uri.toString() === uri.toString());
			// The extension may close the text tab before showTextDocument settles: it then rejects with "Could NOT open
			// editor", which is the reopening under test, not a failure (the tab check below still has to pass).
			await vscode.window.showTextDocument(uri).then(undefined, (err: unknown) => {
				if (!/could not open editor/i.test(String(err))) throw err;
			});
			await reopened;
		} finally {
			await config.update('preview.openByDefault', undefined, vscode.ConfigurationTarget.Workspace);
			await closeAllEditors();
			await vscode.workspace.fs.delete(uri);
		}
	});

	test('a large article reaches the webview in several pieces and shows whole, as after an edit', async function () {
		this.timeout(4 * RENDER_TIMEOUT_MS);
		// About 600 KB in this thread (under the worker's 2 MB): about 800 KB of HTML, a dozen pieces of 64 KB.
		const uri = await writeGrownDump('preview-pieces-test.txt', 600 * 1024);
		try {
			const doc = await openPreview(uri);
			const first = await waitForRender(uri, doc.version);
			const expected = shownTextLength(renderArticleHtml(extractDump(doc.getText()).rendered).html);
			assert.equal(first.kind, 'content', `got the message "${first.title}"`);
			assert.ok((first.pieces ?? 1) >= 5, `the html came in ${first.pieces} piece(s)`);
			assert.equal(first.textLength, expected, 'the webview does not show the whole article');
			// A new version replaces the pieces of the old one, and shows whole too.
			const anchor = doc.getText().indexOf('Small harbors rarely publish');
			assert.ok(anchor >= 0, 'fixture changed: anchor sentence missing');
			const edit = new vscode.WorkspaceEdit();
			edit.insert(uri, doc.positionAt(anchor), 'Edited while in pieces. ');
			assert.ok(await vscode.workspace.applyEdit(edit));
			const second = await waitForRender(uri, doc.version, first.seq);
			assert.equal(second.version, doc.version);
			assert.ok((second.pieces ?? 1) >= 5, `the html came in ${second.pieces} piece(s)`);
			assert.equal(second.textLength, shownTextLength(renderArticleHtml(extractDump(doc.getText()).rendered).html));
			assert.equal(second.textLength, first.textLength + 'Edited while in pieces. '.length);
		} finally {
			await closeAllEditors();
			await vscode.workspace.fs.delete(uri);
		}
	});

	test('an empty file gets a message instead of an article', async () => {
		const uri = fixtureUri('preview-empty-test.txt');
		await vscode.workspace.fs.writeFile(uri, new Uint8Array());
		try {
			const doc = await openPreview(uri);
			const record = await waitForRender(uri, doc.version);
			assert.equal(record.title, 'This file is empty');
			assert.equal(record.textLength, 0);
		} finally {
			await closeAllEditors();
			await vscode.workspace.fs.delete(uri);
		}
	});
});
