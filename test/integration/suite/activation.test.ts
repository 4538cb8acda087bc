// The extension is loaded by the real host and activates.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, closeAllEditors, fixtureUri, openDump } from './util';

suite('activation', () => {
	teardown(closeAllEditors);

	test('the extension is present in the host', () => {
		const ext = vscode.extensions.getExtension(EXTENSION_ID);
		assert.ok(ext, `${EXTENSION_ID} not found; host is VS Code ${vscode.version}`);
	});

	test('the extension activates', async () => {
		const ext = await activateExtension();
		assert.equal(ext.isActive, true);
	});

	test('the fixture workspace is open and a dump opens as text', async () => {
		const editor = await openDump('sample-article.txt');
		assert.equal(editor.document.uri.toString(), fixtureUri('sample-article.txt').toString());
		assert.match(editor.document.getText(), /^# Tide Tables for Small Harbors/m);
	});
});
