// Extract Article and Extract Articles in Folder, run as a user runs them, in the real extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, openDump } from './util';

suite('Extract Article command', () => {
	suiteSetup(async () => {
		await activateExtension();
	});
	teardown(closeAllEditors);

	test('on the active dump it opens an untitled Markdown editor with front matter and the article', async () => {
		await openDump('extract/ferry.txt');
		const uri = await vscode.commands.executeCommand<vscode.Uri>('pageDump.extractArticle');
		assert.ok(uri, 'the command returns the URI of its result');
		assert.equal(uri.scheme, 'untitled');
		const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
		assert.ok(doc, 'the result is open');
		assert.equal(doc.languageId, 'markdown');
		const text = doc.getText();
		assert.ok(text.startsWith('---\ntitle: Electric ferry begins service across the bay\n'), text.slice(0, 120));
		assert.match(text, /\nauthor: Marta Quintero\n/);
		assert.match(text, /\npublished: 2024-03-14/);
		assert.match(text, /## What changes for riders/);
		assert.match(text, /\| Purchase price \| \$10\.6M \| \$14\.2M \|/);
		assert.doesNotMatch(text, /Most popular|Leave a Reply|Share on Facebook|:::/);
	});

	test('with a URI and destination file it writes <name>.article.json beside the dump', async () => {
		const dump = fixtureUri('extract/ferry.txt');
		const uri = await vscode.commands.executeCommand<vscode.Uri>('pageDump.extractArticle', dump, { format: 'json', destination: 'file' });
		assert.ok(uri);
		assert.equal(uri.path, fixtureUri('extract/ferry.article.json').path);
		const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
		assert.equal(json.metadata.title, 'Electric ferry begins service across the bay');
		assert.equal(json.metadata.url, 'https://www.harbortimes.example/local/2024/03/electric-ferry-begins-service/');
		assert.ok(json.text.includes('The first battery-electric passenger ferry'));
	});

	test('unsaved edits are what gets extracted', async () => {
		const editor = await openDump('extract/ferry.txt');
		const pos = editor.document.positionAt(editor.document.getText().indexOf('The first battery-electric'));
		await editor.edit((b) => b.insert(pos, 'EDITED-MARKER '));
		const uri = await vscode.commands.executeCommand<vscode.Uri>('pageDump.extractArticle', undefined, { format: 'text' });
		const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri?.toString());
		assert.ok(doc?.getText().includes('EDITED-MARKER The first battery-electric'));
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	test('a file that is not a dump gives no result (a message, not an empty document)', async () => {
		const before = vscode.workspace.textDocuments.length;
		const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('pageDump.extractArticle', fixtureUri('extract/prose.txt'));
		assert.equal(uri, undefined);
		assert.equal(vscode.workspace.textDocuments.filter((d) => d.isUntitled).length <= before, true);
	});
});

suite('Extract Articles in Folder command', () => {
	test('writes one file per dump and reports what it skipped and why', async () => {
		await activateExtension();
		const folder = fixtureUri('extract/batch');
		const out = fixtureUri('extract/batch-out');
		const summary = await vscode.commands.executeCommand<{ extracted: number; skipped: { file: string; reason: string }[]; failed: unknown[] }>('pageDump.extractFolder', folder, out);
		assert.ok(summary);
		assert.equal(summary.extracted, 2);
		assert.deepEqual(summary.skipped.map((s) => s.file).sort(), ['empty.txt', 'prose.txt']);
		assert.deepEqual(summary.failed, []);
		const names = (await vscode.workspace.fs.readDirectory(out)).map(([n]) => n).sort();
		assert.deepEqual(names, ['one.md', 'two.md']);
		const one = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(out, 'one.md')));
		assert.match(one, /^---\ntitle: Electric ferry begins service across the bay\n/);
		// A second run keeps the existing files rather than overwriting them.
		const again = await vscode.commands.executeCommand<{ extracted: number; skipped: { reason: string }[] }>('pageDump.extractFolder', folder, out);
		assert.equal(again.extracted, 0);
		assert.ok(again.skipped.some((s) => s.reason === 'output exists'));
	});
});
