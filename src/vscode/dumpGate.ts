// The one answer to "is this document a page dump?", and to "is it big?", for every feature of the extension.
import * as vscode from 'vscode';
import { looksLikeDump, SNIFF_LENGTH } from '../core/index';
import { runsInBackground } from './backgroundParse';

export const LANGUAGE_ID = 'pagedump';

/** Documents the language features serve: our language, and .txt files still in plain text (detection off or pending). */
export const DUMP_SELECTOR: vscode.DocumentSelector = [
	{ language: LANGUAGE_ID },
	{ language: 'plaintext', pattern: '**/*.txt' },
];

// The sniff of each document's latest version: hovers and folding ask on every keystroke.
const sniffed = new Map<string, { readonly version: number; readonly isDump: boolean }>();

/** Whether a plain-text `.txt` document's start has the pandoc signature (`looksLikeDump`), whatever its language. */
export function looksLikeDumpDocument(document: vscode.TextDocument): boolean {
	if (!/\.txt$/i.test(document.uri.path)) return false;
	const key = document.uri.toString();
	const seen = sniffed.get(key);
	if (seen && seen.version === document.version) return seen.isDump;
	const isDump = looksLikeDump(headOf(document));
	sniffed.set(key, { version: document.version, isDump });
	return isDump;
}

/** Whether the Page Dump features apply: a `pagedump` document, or a plain-text `.txt` that looks like a dump. */
export function isDump(document: vscode.TextDocument): boolean {
	if (document.languageId === LANGUAGE_ID) return true;
	return document.languageId === 'plaintext' && looksLikeDumpDocument(document);
}

/** Drops what the gate remembers of a closed document. */
export function forgetDocument(uri: vscode.Uri): void {
	sniffed.delete(uri.toString());
}

/** The first `SNIFF_LENGTH` characters of a document (or a little more: it is cut at a line end). */
function headOf(document: vscode.TextDocument): string {
	if (document.lineCount === 0) return '';
	const end = document.positionAt(SNIFF_LENGTH);
	return document.getText(new vscode.Range(0, 0, end.line, end.character));
}

/**
 * The document's length in UTF-16 code units, without joining its text (getText() copies it: tens of ms for a big
 * dump, on every call).
 */
export function documentLength(document: vscode.TextDocument): number {
	return document.lineCount === 0 ? 0 : document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/**
 * The one size decision: whether a document is analysed on the worker (BACKGROUND_THRESHOLD, 2 MB) rather than in the
 * extension host's thread, where it would block the host for a second or more per edit.
 */
export function isLarge(document: vscode.TextDocument): boolean {
	return runsInBackground(documentLength(document));
}
