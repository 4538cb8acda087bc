// Document symbols of a dump (Outline panel, breadcrumbs, Go to Symbol in Editor) and article titles across the
// workspace's dumps (Go to Symbol in Workspace), both from the core outline.
import * as vscode from 'vscode';
import { LineIndex, looksLikeDump, type OutlineKind, type OutlineNode } from '../core/index';
import { logFailure, type Analyses } from './analyses';
import { toRange } from './convert';
import { DUMP_SELECTOR } from './dumpGate';
import { configFor } from './review/configLayer';

const SYMBOL_KINDS: Readonly<Record<OutlineKind, vscode.SymbolKind>> = {
	article: vscode.SymbolKind.File,
	heading: vscode.SymbolKind.String,
	metadata: vscode.SymbolKind.Property,
	region: vscode.SymbolKind.Namespace,
};

/** Converts outline nodes to document symbols of `document`. */
function toDocumentSymbols(document: vscode.TextDocument, nodes: readonly OutlineNode[]): vscode.DocumentSymbol[] {
	return nodes.map((n) => {
		const range = toRange(document, n.range);
		const selection = toRange(document, n.selectionRange);
		// VS Code rejects a selection outside the range; the core promises containment, this keeps a bug harmless.
		const symbol = new vscode.DocumentSymbol(n.name || '(untitled)', n.detail, SYMBOL_KINDS[n.kind], range, range.contains(selection) ? selection : new vscode.Range(range.start, range.start));
		symbol.children = toDocumentSymbols(document, n.children);
		return symbol;
	});
}

/** The outline of a dump as document symbols. */
export class DumpOutlineProvider implements vscode.DocumentSymbolProvider {
	static register(analyses: Analyses): vscode.Disposable {
		return vscode.Disposable.from(
			vscode.languages.registerDocumentSymbolProvider(DUMP_SELECTOR, new DumpOutlineProvider(analyses), { label: 'Page Dump' }),
			vscode.languages.registerWorkspaceSymbolProvider(new DumpWorkspaceSymbolProvider(analyses)),
		);
	}

	constructor(private readonly analyses: Analyses) {}

	async provideDocumentSymbols(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
		try {
			const version = document.version;
			// The article the config's site rules leave, as the preview, the Problems panel and `pagedump outline` see it.
			const outline = await this.analyses.forDump(document)?.outline(token, configFor(document.uri).sites);
			// Stale (edited, closed or cancelled meanwhile): VS Code asks again for the new version.
			if (!outline || document.version !== version) return [];
			return toDocumentSymbols(document, outline);
		} catch (err) {
			logFailure('document symbols', err);
			return [];
		}
	}
}

// Workspace search reads files from disk: bound the work so a folder of thousands of .txt files stays responsive.
const MAX_FILES = 2000;
const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** New files are read for at most this long per query; later queries continue where this one stopped. */
const QUERY_BUDGET_MS = 3000;

interface TitleEntry {
	readonly mtime: number;
	readonly size: number;
	/** Undefined when the file is not a dump or has no title. */
	readonly title?: { readonly name: string; readonly offset: number; readonly line: number; readonly character: number };
}

/** Article titles of the workspace's dumps, found by reading each .txt once (again only when it changes). */
class DumpWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
	readonly #titles = new Map<string, TitleEntry>();

	/** Titles come from the shared analyses: the open document's version, or the file read from disk. */
	constructor(private readonly analyses: Analyses) {}

	async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
		try {
			const files = await vscode.workspace.findFiles('**/*.txt', '**/{node_modules,.git}/**', MAX_FILES, token);
			const deadline = Date.now() + QUERY_BUDGET_MS;
			const result: vscode.SymbolInformation[] = [];
			for (const uri of files) {
				if (token.isCancellationRequested) break;
				const entry = await this.#entry(uri, deadline);
				const title = entry?.title;
				if (!title || !matchesQuery(title.name, query)) continue;
				const position = new vscode.Position(title.line, title.character);
				result.push(new vscode.SymbolInformation(title.name, vscode.SymbolKind.File, vscode.workspace.asRelativePath(uri), new vscode.Location(uri, position)));
			}
			return result;
		} catch (err) {
			logFailure('workspace symbols', err);
			return [];
		}
	}

	async #entry(uri: vscode.Uri, deadline: number): Promise<TitleEntry | undefined> {
		const key = uri.toString();
		const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
		if (open) {
			// An open document may have unsaved edits: its current version's analysis has the title.
			const outline = await this.analyses.forDump(open)?.outline();
			const article = outline?.find((n) => n.kind === 'article');
			if (!article) return { mtime: -1, size: -1 };
			const pos = open.positionAt(article.selectionRange.start);
			return { mtime: -1, size: -1, title: { name: article.name, offset: article.selectionRange.start, line: pos.line, character: pos.character } };
		}
		const stat = await vscode.workspace.fs.stat(uri);
		const cached = this.#titles.get(key);
		if (cached && cached.mtime === stat.mtime && cached.size === stat.size) return cached;
		if (Date.now() > deadline) return cached;
		let entry: TitleEntry = { mtime: stat.mtime, size: stat.size };
		if (stat.size <= MAX_FILE_BYTES) {
			const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
			if (looksLikeDump(text)) {
				// Under its own key, so it never replaces an open document's analysis; big files go to the worker.
				const fileKey = `symbols:${key}`;
				const outline = await this.analyses.ofText(fileKey, stat.mtime, text).outline().finally(() => this.analyses.forget(fileKey));
				const article = outline?.find((n) => n.kind === 'article');
				if (article?.name) {
					const offset = article.selectionRange.start;
					// Only the text before the title is indexed: a line index of the whole file costs as much as a parse step.
					const pos = new LineIndex(text.slice(0, offset + 1)).positionAt(offset);
					entry = { ...entry, title: { name: article.name, offset, ...pos } };
				}
			}
		}
		this.#titles.set(key, entry);
		return entry;
	}
}

/** VS Code's rule of thumb for workspace symbols: the query's characters appear in order, ignoring case. */
function matchesQuery(name: string, query: string): boolean {
	const q = query.replace(/\s+/g, '').toLowerCase();
	const n = name.toLowerCase();
	let i = 0;
	for (const c of n) {
		if (i < q.length && c === q[i]) i++;
	}
	return i === q.length;
}
