// Parses and extracts each open dump once per document version, for every outline feature (symbols, folding, links,
// hovers, decorations, the outline view); also decides which documents are dumps at all.
import * as vscode from 'vscode';
import { parseDump } from '../core/dump/parseDump';
import { looksLikeDump, SNIFF_LENGTH } from '../core/dump/sniff';
import type { Article } from '../core/extract/article';
import { extractArticle } from '../core/extract/extractArticle';
import type { DumpDocument, SourceRange } from '../core/model/dumpDocument';
import { dumpFolding, type DumpFolding } from '../core/outline/folding';
import { documentLinks, type DumpLink } from '../core/outline/links';
import { buildOutline, type OutlineNode } from '../core/outline/outline';
import { articleSpan } from '../core/outline/regions';
import { LineIndex } from '../core/text/lineIndex';
import { BACKGROUND_THRESHOLD, runsInBackground } from './backgroundParse';

export const LANGUAGE_ID = 'pagedump';

/** Documents the outline features serve: our language, and .txt files still in plain text (detection off or pending). */
export const DUMP_SELECTOR: vscode.DocumentSelector = [
	{ language: LANGUAGE_ID },
	{ language: 'plaintext', pattern: '**/*.txt' },
];

// Dumps kept parsed; each holds its text twice (document and model), so keep few.
const MAX_ENTRIES = 8;

/** One version of a dump, parsed and extracted; the derived views are computed on first use. */
export class DumpSnapshot {
	readonly lines: LineIndex;
	#outline?: readonly OutlineNode[];
	#folding?: DumpFolding;
	#links?: readonly DumpLink[];
	#span?: SourceRange | null;

	constructor(
		readonly uri: string,
		readonly version: number,
		readonly doc: DumpDocument,
		readonly article: Article,
	) {
		this.lines = new LineIndex(doc.text);
	}

	get outline(): readonly OutlineNode[] {
		return (this.#outline ??= buildOutline(this.doc, this.article));
	}

	get folding(): DumpFolding {
		return (this.#folding ??= dumpFolding(this.doc, this.article, this.lines));
	}

	get links(): readonly DumpLink[] {
		return (this.#links ??= documentLinks(this.doc, this.article.metadata.url?.value));
	}

	/** The article as the outline shows it (body plus title head), or undefined. */
	get articleSpan(): SourceRange | undefined {
		if (this.#span === undefined) this.#span = articleSpan(this.doc, this.article) ?? null;
		return this.#span ?? undefined;
	}
}

/** The snapshots of open dumps, by URI; a new document version replaces the old snapshot. */
export class DumpCache {
	readonly #entries = new Map<string, DumpSnapshot>();
	readonly #sniffed = new Map<string, { version: number; isDump: boolean }>();

	/** Drops the snapshots of closed documents. Push the result into `context.subscriptions`. */
	static register(): vscode.Disposable {
		return vscode.Disposable.from(
			vscode.workspace.onDidCloseTextDocument((d) => dumpCache.forget(d.uri)),
			{ dispose: () => dumpCache.clear() },
		);
	}

	/** Whether the outline features apply: a `pagedump` document, or a plain-text .txt that looks like a dump. */
	isDump(document: vscode.TextDocument): boolean {
		if (document.languageId === LANGUAGE_ID) return true;
		if (document.languageId !== 'plaintext' || !/\.txt$/i.test(document.uri.path)) return false;
		const key = document.uri.toString();
		const seen = this.#sniffed.get(key);
		if (seen && seen.version === document.version) return seen.isDump;
		const isDump = looksLikeDump(headOf(document));
		this.#sniffed.set(key, { version: document.version, isDump });
		return isDump;
	}

	/** The snapshot of the document's current version, or undefined when it is not a dump or is large (see isLarge). */
	get(document: vscode.TextDocument): DumpSnapshot | undefined {
		if (!this.isDump(document)) return undefined;
		const key = document.uri.toString();
		const cached = this.#entries.get(key);
		if (cached && cached.version === document.version) return cached;
		if (isLarge(document)) {
			logLarge(document);
			return undefined;
		}
		const doc = parseDump(document.getText());
		const snapshot = new DumpSnapshot(key, document.version, doc, extractArticle(doc));
		this.#entries.delete(key);
		this.#entries.set(key, snapshot);
		// Least recently parsed first: drop it.
		while (this.#entries.size > MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
		return snapshot;
	}

	forget(uri: vscode.Uri): void {
		this.#entries.delete(uri.toString());
		this.#sniffed.delete(uri.toString());
	}

	clear(): void {
		this.#entries.clear();
		this.#sniffed.clear();
	}
}

/** The first `SNIFF_LENGTH` characters of a document (or a little more: it is cut at a line end). */
export function headOf(document: vscode.TextDocument): string {
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
 * Whether the document is too big to parse in-thread (BACKGROUND_THRESHOLD, 2 MB): that would block the extension host
 * for a second or more per edit. Its outline and diagnostics come from the worker (dumpAnalysis.ts); folding, links,
 * hovers and decorations are off for it.
 */
export function isLarge(document: vscode.TextDocument): boolean {
	return runsInBackground(documentLength(document));
}

// Once per document and session: the features that skip a big dump say so once, not on every hover.
const loggedLarge = new Set<string>();
function logLarge(document: vscode.TextDocument): void {
	const key = document.uri.toString();
	if (loggedLarge.has(key)) return;
	loggedLarge.add(key);
	const mb = (documentLength(document) / (1024 * 1024)).toFixed(1);
	console.info(`pageDump: ${key} is ${mb} MB, over the ${BACKGROUND_THRESHOLD / (1024 * 1024)} MB in-thread limit: folding, links, hovers and boilerplate decorations are off for it; outline and diagnostics run in the background.`);
}

/** The one cache all outline features share. */
export const dumpCache = new DumpCache();

/** A core offset range as a vscode Range of the document it came from. */
export function toRange(document: vscode.TextDocument, range: SourceRange): vscode.Range {
	return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

/** Logs a provider failure once per message, so a core bug shows up without flooding the log. */
const reported = new Set<string>();
export function logFailure(feature: string, err: unknown): void {
	const message = err instanceof Error ? err.message : String(err);
	if (reported.has(`${feature}:${message}`)) return;
	reported.add(`${feature}:${message}`);
	console.error(`pageDump ${feature} failed:`, err);
}
