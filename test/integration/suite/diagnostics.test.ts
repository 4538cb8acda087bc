// Diagnostics in the real host: exact ranges and doc links, quick fixes through the code action API, fix all, and
// the workspace check for dumps that are not open. Every wait is on onDidChangeDiagnostics, never a sleep.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, openDump, waitForDiagnostics } from './util';

const LINKS = 'diagnostics/links.txt';
const CLOSED = 'diagnostics/closed.txt';
// Tests that edit work on copies: the web workbench auto-saves, so an edit to a fixture would outlive its test.
const WORK_DIR = 'diagnostics/work';
let copies = 0;

/** Copies a fixture into the work folder and opens the copy. */
async function openCopy(name: string): Promise<vscode.TextEditor> {
	const copy = `${WORK_DIR}/${++copies}-${name.split('/').pop()}`;
	await vscode.workspace.fs.copy(fixtureUri(name), fixtureUri(copy), { overwrite: true });
	return openDump(copy);
}

function codeOf(d: vscode.Diagnostic): string {
	return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function ours(ds: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
	return ds.filter((d) => d.source === 'Page Dump');
}

/** Sorted `line:col code` of our diagnostics (1-based, as in the Problems panel). */
function summary(ds: readonly vscode.Diagnostic[]): string[] {
	return ours(ds)
		.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`)
		.sort();
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
	return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

const EXPECTED_LINKS = ['17:51 PD103', '20:55 PD108', '21:24 PD107', '21:62 PD105', '23:1 PD110'];

suite('diagnostics', () => {
	suiteSetup(activateExtension);
	teardown(closeAllEditors);
	suiteTeardown(async () => {
		await vscode.workspace.fs.delete(fixtureUri(WORK_DIR), { recursive: true, useTrash: false }).then(undefined, () => undefined);
	});

	test('an open dump gets diagnostics at exact ranges, with source and a code that links to the rule docs', async () => {
		const editor = await openDump(LINKS);
		const uri = editor.document.uri;
		const ds = await waitForDiagnostics(uri, (d) => ours(d).length === EXPECTED_LINKS.length);
		assert.deepEqual(summary(ds), EXPECTED_LINKS);
		const placeholder = ours(ds).find((d) => codeOf(d) === 'PD103')!;
		assert.equal(editor.document.getText(placeholder.range), '#');
		assert.equal(placeholder.severity, vscode.DiagnosticSeverity.Warning);
		assert.ok(typeof placeholder.code === 'object');
		assert.match(placeholder.code.target.toString(), /docs\/rules\.md#pd103-placeholder-link-target$/);
		const pixel = ours(ds).find((d) => codeOf(d) === 'PD110')!;
		assert.match(editor.document.getText(pixel.range), /^!\[\]\(https:\/\/stats\.example\.com\/p\.gif\?id=42\)\{width="1" height="1"\}$/);
		assert.equal(ours(ds).find((d) => codeOf(d) === 'PD107')!.severity, vscode.DiagnosticSeverity.Hint);
	});

	test('a quick fix applied through the code action API removes its finding and leaves the others', async () => {
		const editor = await openCopy(LINKS);
		const uri = editor.document.uri;
		const before = await waitForDiagnostics(uri, (d) => ours(d).length === EXPECTED_LINKS.length);
		const empty = ours(before).find((d) => codeOf(d) === 'PD108')!;
		const actions = await quickFixes(uri, empty.range, vscode.CodeActionKind.QuickFix.value);
		const remove = actions.find((a) => a.title === 'Remove the empty link');
		assert.ok(remove?.edit, `quick fixes offered: ${actions.map((a) => a.title).join(', ')}`);
		assert.ok(actions.some((a) => a.title.startsWith('Disable rule PD108')), 'a disable-rule action is offered too');
		assert.equal(await vscode.workspace.applyEdit(remove.edit), true);
		const after = await waitForDiagnostics(uri, (d) => !ours(d).some((x) => codeOf(x) === 'PD108'));
		assert.deepEqual(summary(after), EXPECTED_LINKS.filter((e) => !e.endsWith('PD108')));
		assert.ok(editor.document.getText().includes('where it slows.'), 'only the link went');
	});

	test('repairing a percent escape and making a link absolute', async () => {
		const editor = await openCopy(LINKS);
		const uri = editor.document.uri;
		await waitForDiagnostics(uri, (d) => ours(d).length === EXPECTED_LINKS.length);
		for (const [code, title, expected] of [
			['PD105', 'Repair the percent escape ("%" to "%25")', 'https://example.com/100%25-survey'],
			['PD107', 'Make the link absolute', 'https://example.com/guides/rivers.html'],
		] as const) {
			const d = (await waitForDiagnostics(uri, (x) => ours(x).some((y) => codeOf(y) === code))).find((x) => codeOf(x) === code)!;
			const action = (await quickFixes(uri, d.range, vscode.CodeActionKind.QuickFix.value)).find((a) => a.title === title);
			assert.ok(action?.edit, `${title} offered`);
			assert.equal(await vscode.workspace.applyEdit(action.edit), true);
			await waitForDiagnostics(uri, (x) => !ours(x).some((y) => codeOf(y) === code));
			assert.ok(editor.document.getText().includes(`(${expected})`), `${code} fixed in the text`);
		}
	});

	test('source.fixAll.pageDump fixes everything fixable at once', async () => {
		const editor = await openCopy(LINKS);
		const uri = editor.document.uri;
		await waitForDiagnostics(uri, (d) => ours(d).length === EXPECTED_LINKS.length);
		const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
		const actions = await quickFixes(uri, whole, 'source.fixAll.pageDump');
		assert.equal(actions.length, 1, actions.map((a) => a.title).join(', '));
		assert.equal(actions[0].kind?.value, 'source.fixAll.pageDump');
		assert.equal(await vscode.workspace.applyEdit(actions[0].edit!), true);
		// PD103 has no fix; everything else does.
		const after = await waitForDiagnostics(uri, (d) => ours(d).length === 1);
		assert.deepEqual(summary(after), ['17:51 PD103']);
	});

	test('edits are re-checked: a new problem appears after typing', async () => {
		const editor = await openCopy(LINKS);
		const uri = editor.document.uri;
		await waitForDiagnostics(uri, (d) => ours(d).length === EXPECTED_LINKS.length);
		// Three quick edits in a row, each appended to line 15: only the final text counts.
		for (const piece of [' See', ' [this](#nowhere)', '.']) {
			await editor.edit((b) => b.insert(editor.document.lineAt(14).range.end, piece));
		}
		const ds = await waitForDiagnostics(uri, (d) => ours(d).some((x) => codeOf(x) === 'PD104'));
		const missing = ours(ds).find((d) => codeOf(d) === 'PD104')!;
		assert.equal(editor.document.getText(missing.range), '#nowhere');
	});

	test('"Check All Dumps in Workspace" reports dumps that are not open', async () => {
		const closed = fixtureUri(CLOSED);
		const summaryResult = await vscode.commands.executeCommand<{ dumps: number; findings: number; cancelled: boolean }>('pageDump.checkWorkspace');
		assert.ok(summaryResult && summaryResult.dumps >= 2 && !summaryResult.cancelled, JSON.stringify(summaryResult));
		const ds = await waitForDiagnostics(closed, (d) => ours(d).length > 0);
		assert.deepEqual(summary(ds), ['2:1 PD201', '2:1 PD201', '2:1 PD201', '4:28 PD104', '4:58 PD103']);
	});

	test('turning a rule off in the settings removes its diagnostics', async () => {
		const editor = await openCopy(LINKS);
		const uri = editor.document.uri;
		await waitForDiagnostics(uri, (d) => ours(d).length === EXPECTED_LINKS.length);
		const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('pageDump.diagnostics', uri);
		try {
			await vscode.commands.executeCommand('pageDump.disableRule', 'PD110', uri);
			assert.deepEqual(config().inspect('rules')?.workspaceValue, { PD110: 'off' });
			const ds = await waitForDiagnostics(uri, (d) => !ours(d).some((x) => codeOf(x) === 'PD110'));
			assert.equal(ours(ds).length, EXPECTED_LINKS.length - 1);
		} finally {
			await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
		}
		await waitForDiagnostics(uri, (d) => ours(d).length === EXPECTED_LINKS.length);
	});
});
