// "Page Dump: Extract Article" and "Extract Articles in Folder...": the core's extraction, written where the user asked.
import * as vscode from 'vscode';
import { decodeDump, extractWithSiteRules, FORMAT_EXTENSIONS, formatExtraction, looksLikeDump, type OutputFormat, parseDump } from '../core/index';
import { configFor } from './review/configLayer';

const LANGUAGE_OF_FORMAT: Readonly<Record<OutputFormat, string>> = { md: 'markdown', html: 'html', text: 'plaintext', json: 'json' };

/** What the folder command reports at the end (and returns, for tests). */
export interface FolderSummary {
	readonly extracted: number;
	readonly skipped: { readonly file: string; readonly reason: string }[];
	readonly failed: { readonly file: string; readonly reason: string }[];
	readonly cancelled: boolean;
}

export class ExtractCommands {
	static readonly extractCommandId = 'pageDump.extractArticle';
	static readonly extractFolderCommandId = 'pageDump.extractFolder';

	static register(): vscode.Disposable {
		return vscode.Disposable.from(
			vscode.commands.registerCommand(ExtractCommands.extractCommandId, (uri?: vscode.Uri, options?: { format?: OutputFormat; destination?: 'untitled' | 'file' }) => extractArticle(uri, options)),
			vscode.commands.registerCommand(ExtractCommands.extractFolderCommandId, (folder?: vscode.Uri, outFolder?: vscode.Uri) => extractFolder(folder, outFolder)),
		);
	}
}

/** The dump the command acts on: the URI it was given (Explorer, editor title), else the active text or custom editor. */
function targetUri(uri: vscode.Uri | undefined): vscode.Uri | undefined {
	if (uri instanceof vscode.Uri) return uri;
	const editor = vscode.window.activeTextEditor;
	if (editor) return editor.document.uri;
	const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
	if (input instanceof vscode.TabInputCustom || input instanceof vscode.TabInputText) return input.uri;
	return undefined;
}

/** The dump's current text: an open document's (unsaved edits included), else the file decoded from disk. */
async function readDump(uri: vscode.Uri): Promise<{ text: string } | { reason: string }> {
	const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
	if (open) return { text: open.getText() };
	let bytes: Uint8Array;
	try {
		bytes = await vscode.workspace.fs.readFile(uri);
	} catch (e) {
		return { reason: `cannot be read (${(e as Error).message})` };
	}
	const decoded = decodeDump(bytes);
	return decoded.ok ? { text: decoded.text } : { reason: `is a ${decoded.reason}` };
}

function fileName(uri: vscode.Uri): string {
	return uri.path.split('/').pop() ?? uri.toString();
}

/** Extracts the article of one dump. Resolves to the URI of the result (an untitled editor or a file), or undefined. */
async function extractArticle(uri: vscode.Uri | undefined, options?: { format?: OutputFormat; destination?: 'untitled' | 'file' }): Promise<vscode.Uri | undefined> {
	const target = targetUri(uri);
	if (!target) {
		void vscode.window.showErrorMessage('Page Dump: open a page dump (.txt) first, then run Extract Article.');
		return undefined;
	}
	const config = vscode.workspace.getConfiguration('pageDump.extract', target);
	const format = options?.format ?? configFor(target).extract?.format ?? config.get<OutputFormat>('format', 'md');
	const destination = options?.destination ?? config.get<'untitled' | 'file'>('destination', 'untitled');
	const read = await readDump(target);
	if ('reason' in read) {
		void vscode.window.showErrorMessage(`Page Dump: ${fileName(target)} ${read.reason}; nothing was extracted.`);
		return undefined;
	}
	if (read.text.trim() === '') {
		void vscode.window.showErrorMessage(`Page Dump: ${fileName(target)} is empty; nothing was extracted.`);
		return undefined;
	}
	if (!looksLikeDump(read.text)) {
		void vscode.window.showErrorMessage(`Page Dump: ${fileName(target)} does not look like a page dump (no fenced divs, attribute blocks or links); nothing was extracted.`);
		return undefined;
	}
	const extraction = extractWithSiteRules(parseDump(read.text), configFor(target).sites);
	if (extraction.article.empty) {
		void vscode.window.showErrorMessage(`Page Dump: no article text was found in ${fileName(target)}.`);
		return undefined;
	}
	const output = formatExtraction(extraction, format);
	if (destination === 'file') {
		const outUri = vscode.Uri.joinPath(target, '..', `${fileName(target).replace(/\.txt$/i, '')}.article.${FORMAT_EXTENSIONS[format]}`);
		if (await exists(outUri)) {
			const choice = await vscode.window.showWarningMessage(`${fileName(outUri)} already exists. Replace it?`, { modal: true }, 'Replace');
			if (choice !== 'Replace') return undefined;
		}
		await vscode.workspace.fs.writeFile(outUri, new TextEncoder().encode(output));
		await vscode.window.showTextDocument(outUri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
		return outUri;
	}
	const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_OF_FORMAT[format], content: output });
	await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
	return doc.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
	try {
		await vscode.workspace.fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}

/**
 * Extracts every dump (`*.txt`) of a folder into an output folder, with a cancellable progress notification.
 * Existing outputs are kept (reported as skipped): a batch never overwrites without asking, and asking per file
 * would not scale.
 */
async function extractFolder(folder: vscode.Uri | undefined, outFolder: vscode.Uri | undefined): Promise<FolderSummary | undefined> {
	const source =
		folder ??
		(await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Extract Articles', title: 'Folder of page dumps' }))?.[0];
	if (!source) return undefined;
	// The config that applies inside the folder (walking up from a file in it).
	const format = configFor(vscode.Uri.joinPath(source, 'any.txt')).extract?.format ?? vscode.workspace.getConfiguration('pageDump.extract', source).get<OutputFormat>('format', 'md');
	const target = outFolder ?? vscode.Uri.joinPath(source, 'articles');
	const entries = (await vscode.workspace.fs.readDirectory(source)).filter(([name, type]) => type === vscode.FileType.File && name.toLowerCase().endsWith('.txt')).map(([name]) => name).sort();
	await vscode.workspace.fs.createDirectory(target);
	const summary: { extracted: number; skipped: { file: string; reason: string }[]; failed: { file: string; reason: string }[]; cancelled: boolean } = { extracted: 0, skipped: [], failed: [], cancelled: false };
	await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Extracting articles from ${fileName(source)}`, cancellable: true }, async (progress, token) => {
		for (let k = 0; k < entries.length; k++) {
			if (token.isCancellationRequested) {
				summary.cancelled = true;
				break;
			}
			const name = entries[k];
			progress.report({ message: `${k + 1}/${entries.length} ${name}`, increment: 100 / entries.length });
			const inUri = vscode.Uri.joinPath(source, name);
			const outUri = vscode.Uri.joinPath(target, `${name.replace(/\.txt$/i, '')}.${FORMAT_EXTENSIONS[format]}`);
			try {
				if (await exists(outUri)) {
					summary.skipped.push({ file: name, reason: 'output exists' });
					continue;
				}
				const read = await readDump(inUri);
				if ('reason' in read) {
					summary.skipped.push({ file: name, reason: read.reason });
					continue;
				}
				if (!looksLikeDump(read.text)) {
					summary.skipped.push({ file: name, reason: 'not a page dump' });
					continue;
				}
				const extraction = extractWithSiteRules(parseDump(read.text), configFor(inUri).sites);
				if (extraction.article.empty) {
					summary.skipped.push({ file: name, reason: 'no article text' });
					continue;
				}
				await vscode.workspace.fs.writeFile(outUri, new TextEncoder().encode(formatExtraction(extraction, format)));
				summary.extracted++;
			} catch (e) {
				summary.failed.push({ file: name, reason: (e as Error).message });
			}
			// Yield between files so the extension host stays responsive on large folders.
			await new Promise((resolve) => setImmediate(resolve));
		}
	});
	const parts = [`${summary.extracted} extracted`];
	if (summary.skipped.length) parts.push(`${summary.skipped.length} skipped (${summarizeReasons(summary.skipped)})`);
	if (summary.failed.length) parts.push(`${summary.failed.length} failed (${summarizeReasons(summary.failed)})`);
	const message = `Page Dump: ${summary.cancelled ? 'cancelled; ' : ''}${parts.join(', ')} into ${vscode.workspace.asRelativePath(target)}.`;
	if (summary.failed.length) void vscode.window.showWarningMessage(message);
	else void vscode.window.showInformationMessage(message);
	return summary;
}

function summarizeReasons(items: readonly { file: string; reason: string }[]): string {
	const counts = new Map<string, number>();
	for (const { reason } of items) counts.set(reason, (counts.get(reason) ?? 0) + 1);
	return [...counts].map(([reason, n]) => `${n} ${reason}`).join('; ');
}
