// Switches .txt files that look like page dumps to the Page Dump language; setting pageDump.detect (on by default).
import * as vscode from 'vscode';
import { headOf, LANGUAGE_ID, logFailure } from './dumpCache';
import { looksLikeDump } from '../core/dump/sniff';

export class LanguageDetection {
	/** Documents we switched: if one comes back as plain text, the user chose that, and we leave it. */
	readonly #switched = new Set<string>();

	static register(): vscode.Disposable {
		const detection = new LanguageDetection();
		const listener = vscode.workspace.onDidOpenTextDocument((d) => void detection.check(d));
		for (const d of vscode.workspace.textDocuments) void detection.check(d);
		return listener;
	}

	async check(document: vscode.TextDocument): Promise<void> {
		try {
			if (document.languageId !== 'plaintext' || !/\.txt$/i.test(document.uri.path)) return;
			const key = document.uri.toString();
			if (this.#switched.has(key)) return;
			if (!vscode.workspace.getConfiguration('pageDump', document.uri).get<boolean>('detect', true)) return;
			if (!looksLikeDump(headOf(document))) return;
			this.#switched.add(key);
			await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
		} catch (err) {
			logFailure('language detection', err);
		}
	}
}
