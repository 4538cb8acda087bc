// Helpers shared by the integration tests that run inside the extension host.
import { format } from 'node:util';
import * as vscode from 'vscode';

// Set by the offline launcher: it prints lines carrying this prefix and files the workbench's own log elsewhere.
const LOG_MARKER = process.env.INTEGRATION_LOG_MARKER ?? '';

/**
 * Prints a line to the test run's output (console.format rules). Plain console.log from a test still works but,
 * under the offline launcher, lands in test-artifacts/workbench.log among the workbench's messages.
 */
export function log(...args: unknown[]): void {
	console.log(LOG_MARKER + format(...args));
}

/** The extension id, `publisher.name` from package.json. */
export const EXTENSION_ID = 'page-dump-review.page-dump-review';

/** Returns the extension under test after making sure it has activated. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
	const ext = vscode.extensions.getExtension(EXTENSION_ID);
	if (!ext) {
		// Usually engines.vscode is newer than the host, which then skips the extension silently.
		throw new Error(`extension ${EXTENSION_ID} is not loaded (check engines.vscode against vscode.version ${vscode.version})`);
	}
	await ext.activate();
	return ext;
}

/** URI of a file in the fixture workspace (test/integration/fixtures/workspace) opened by the launcher. */
export function fixtureUri(name: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) {
		throw new Error('no workspace folder: the launcher must open test/integration/fixtures/workspace');
	}
	return vscode.Uri.joinPath(folder.uri, ...name.split('/'));
}

/** Opens a fixture dump in a text editor and returns its editor. */
export async function openDump(name: string, options?: vscode.TextDocumentShowOptions): Promise<vscode.TextEditor> {
	const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
	return vscode.window.showTextDocument(doc, { preview: false, ...options });
}

/**
 * Resolves with the diagnostics of uri once predicate accepts them. Checks the current state first, then every
 * change event, so it never sleeps; rejects after timeoutMs with the last diagnostics seen, to explain the failure.
 */
export function waitForDiagnostics(
	uri: vscode.Uri,
	predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
	timeoutMs = 10_000,
): Promise<readonly vscode.Diagnostic[]> {
	return new Promise((resolve, reject) => {
		const key = uri.toString();
		let settled = false;
		const finish = (fn: () => void): void => {
			if (settled) {
				return;
			}
			settled = true;
			clearTimeout(timer);
			listener.dispose();
			fn();
		};
		const check = (): void => {
			const current = vscode.languages.getDiagnostics(uri);
			if (predicate(current)) {
				finish(() => resolve(current));
			}
		};
		// Subscribe before the first check so a change between the two cannot be missed.
		const listener = vscode.languages.onDidChangeDiagnostics((e) => {
			if (e.uris.some((u) => u.toString() === key)) {
				check();
			}
		});
		const timer = setTimeout(() => {
			const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}: ${d.message}`);
			finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.path}; last seen: ${JSON.stringify(seen)}`)));
		}, timeoutMs);
		check();
	});
}

/** Closes every editor, reverting unsaved changes first so no test leaks edits or a save prompt into the next. */
export async function closeAllEditors(): Promise<void> {
	// Only documents shown in tabs: the workbench keeps others (e.g. user settings.json) open behind the scenes.
	const tabUris = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap((t) =>
		t.input instanceof vscode.TabInputText || t.input instanceof vscode.TabInputCustom ? [t.input.uri.toString()] : []));
	for (const doc of vscode.workspace.textDocuments) {
		if (doc.isDirty && tabUris.has(doc.uri.toString())) {
			await vscode.window.showTextDocument(doc, { preview: false });
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		}
	}
	const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
	if (tabs.length > 0) {
		await vscode.window.tabGroups.close(tabs, true);
	}
}

/**
 * Writes `target` (under the workspace copy, never committed): the sample dump with one of its article paragraphs
 * repeated before the "Working out the offset" heading until the file is about `bytes` long.
 */
export async function writeGrownDump(target: string, bytes: number): Promise<vscode.Uri> {
	const source = 'sample-article.txt';
	const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(source)));
	const anchor = '## Working out the offset';
	const at = text.indexOf(anchor);
	if (at <= 0) throw new Error(`${source} lost its "${anchor}" heading`);
	const paragraph = 'Log the water level at the same hour each day, and note the wind, because a strong onshore wind\nholds the water up for hours and skews the average you compute at the end of the week.\n\n';
	const copies = Math.ceil((bytes - text.length) / paragraph.length);
	const uri = fixtureUri(target);
	await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text.slice(0, at) + paragraph.repeat(copies) + text.slice(at)));
	return uri;
}
