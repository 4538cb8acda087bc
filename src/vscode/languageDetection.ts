// Switches .txt files that look like page dumps to the Page Dump language; setting pageDump.detect (on by default).
import * as vscode from 'vscode';
import { logFailure } from './analyses';
import { LANGUAGE_ID, looksLikeDumpDocument } from './dumpGate';

/**
 * A language change closes the document and reopens it at once; a plain-text document that opens this soon after
 * our Page Dump one closed is the user picking "Plain Text" in the language picker, and that choice is kept.
 */
const LANGUAGE_CHANGE_MS = 1000;

export class LanguageDetection {
	/** When each document we switched to Page Dump was last closed (or 0 while it is open). */
	readonly #switched = new Map<string, number>();

	static register(): vscode.Disposable {
		const detection = new LanguageDetection();
		const disposables = vscode.Disposable.from(
			vscode.workspace.onDidOpenTextDocument((d) => void detection.check(d)),
			vscode.workspace.onDidCloseTextDocument((d) => detection.#closed(d)),
		);
		for (const d of vscode.workspace.textDocuments) void detection.check(d);
		return disposables;
	}

	#closed(document: vscode.TextDocument): void {
		const key = document.uri.toString();
		if (document.languageId === LANGUAGE_ID && this.#switched.has(key)) this.#switched.set(key, Date.now());
	}

	/** Switches the document to Page Dump when it is a plain-text .txt that looks like a dump and detection is on. */
	async check(document: vscode.TextDocument): Promise<void> {
		try {
			const key = document.uri.toString();
			if (document.languageId === LANGUAGE_ID) {
				if (this.#switched.has(key)) this.#switched.set(key, 0);
				return;
			}
			if (document.languageId !== 'plaintext' || !/\.txt$/i.test(document.uri.path)) return;
			const closedAt = this.#switched.get(key);
			if (closedAt !== undefined && (closedAt === 0 || Date.now() - closedAt < LANGUAGE_CHANGE_MS)) return;
			if (!vscode.workspace.getConfiguration('pageDump', document.uri).get<boolean>('detect', true)) return;
			if (!looksLikeDumpDocument(document)) return;
			this.#switched.set(key, 0);
			await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
		} catch (err) {
			logFailure('language detection', err);
		}
	}
}
