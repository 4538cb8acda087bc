// "Page Dump: Check All Dumps in Workspace": diagnoses every dump, open or not, under a cancellable progress notification.
import * as vscode from 'vscode';
import { decodeDump, LineIndex, looksLikeDump, SNIFF_LENGTH, type Finding } from '../core/index';
import { isChecked, readDiagnosticsSettings, type DiagnosticsManager } from './diagnosticsManager';

const CHECK_WORKSPACE_COMMAND = 'pageDump.checkWorkspace';
// Folders that hold tools' files, not the user's dumps.
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/out/**,**/dist/**}';
// Files larger than this are skipped, as the editor skips checking them (diagnosticsManager MAX_CHECK_LENGTH); big ones
// are checked on the worker.
const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** What a workspace check found; the command returns it (tests read it). */
export interface WorkspaceCheckSummary {
	/** `.txt` files looked at, and how many of them were dumps and were checked. */
	readonly files: number;
	readonly dumps: number;
	readonly findings: number;
	readonly errors: number;
	readonly warnings: number;
	readonly cancelled: boolean;
}

export class CheckWorkspaceCommand {
	static register(manager: DiagnosticsManager): vscode.Disposable {
		return vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, () => runWorkspaceCheck(manager));
	}
}

/** Runs the check with a progress notification that has a Cancel button. */
function runWorkspaceCheck(manager: DiagnosticsManager): Thenable<WorkspaceCheckSummary> {
	return vscode.window.withProgress(
		{ location: vscode.ProgressLocation.Notification, title: 'Page Dump: checking dumps', cancellable: true },
		async (progress, token) => {
			const summary = await checkWorkspace(manager, progress, token);
			const text = `Page Dump: ${summary.cancelled ? 'stopped after' : 'checked'} ${summary.dumps} dump${summary.dumps === 1 ? '' : 's'}: ${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.findings} finding${summary.findings === 1 ? '' : 's'} in all.`;
			// Not awaited: the message stays while the command returns.
			void vscode.window.showInformationMessage(text);
			return summary;
		},
	);
}

/** Checks each `.txt` dump in the workspace; open documents are checked from the editor's (possibly unsaved) text. */
export async function checkWorkspace(manager: DiagnosticsManager, progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<WorkspaceCheckSummary> {
	const uris = await vscode.workspace.findFiles('**/*.txt', EXCLUDE_GLOB, undefined, token);
	uris.sort((a, b) => a.toString().localeCompare(b.toString()));
	const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
	let dumps = 0;
	const all: Finding[] = [];
	for (const [i, uri] of uris.entries()) {
		if (token.isCancellationRequested) return summarize(i, dumps, all, true);
		progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
		const doc = open.get(uri.toString());
		if (doc) {
			if (!isChecked(doc)) continue;
			dumps++;
			for (const finding of (await manager.currentFindings(doc)) ?? []) all.push(finding);
			manager.schedule(doc, 0);
		} else {
			const found = await checkClosedFile(manager, uri);
			if (found) {
				dumps++;
				for (const finding of found) all.push(finding);
			}
		}
		// Let the extension host breathe (and see Cancel) between files.
		await new Promise((resolve) => setImmediate(resolve));
	}
	return summarize(uris.length, dumps, all, token.isCancellationRequested);
}

async function checkClosedFile(manager: DiagnosticsManager, uri: vscode.Uri): Promise<readonly Finding[] | undefined> {
	try {
		const stat = await vscode.workspace.fs.stat(uri);
		if (stat.size > MAX_FILE_BYTES) return undefined;
		const decoded = decodeDump(await vscode.workspace.fs.readFile(uri));
		if (!decoded.ok || !looksLikeDump(decoded.text.slice(0, SNIFF_LENGTH))) return undefined;
		const settings = readDiagnosticsSettings(uri);
		if (!settings.enabled) return undefined;
		const findings = await manager.findingsOfText(uri, stat.mtime, decoded.text, settings.options);
		manager.publish(uri, new LineIndex(decoded.text), findings);
		return findings;
	} catch (err) {
		console.error(`Page Dump: could not check ${uri.toString()}:`, err);
		return undefined;
	}
}

function summarize(files: number, dumps: number, findings: readonly Finding[], cancelled: boolean): WorkspaceCheckSummary {
	return {
		files,
		dumps,
		findings: findings.length,
		errors: findings.filter((f) => f.severity === 'error').length,
		warnings: findings.filter((f) => f.severity === 'warning').length,
		cancelled,
	};
}
