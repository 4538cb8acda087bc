// Ctrl+click on a dump's links: relative targets resolved against the page's canonical URL, #fragments to the element.
import * as vscode from 'vscode';
import { logFailure, type Analyses } from './analyses';
import { toRange } from './convert';
import { DUMP_SELECTOR } from './dumpGate';

export class DumpLinkProvider implements vscode.DocumentLinkProvider {
	static register(analyses: Analyses): vscode.Disposable {
		return vscode.languages.registerDocumentLinkProvider(DUMP_SELECTOR, new DumpLinkProvider(analyses));
	}

	constructor(private readonly analyses: Analyses) {}

	provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
		try {
			const snapshot = this.analyses.local(document);
			if (!snapshot) return [];
			return snapshot.links.map((l) => {
				const range = toRange(document, l.range);
				if (l.target.kind === 'fragment') {
					const at = document.positionAt(l.target.range.start);
					// `#L<line>,<column>` (one-based) is how a document link opens a file at a position.
					const link = new vscode.DocumentLink(range, document.uri.with({ fragment: `L${at.line + 1},${at.character + 1}` }));
					link.tooltip = `Go to #${l.target.id} (line ${at.line + 1})`;
					return link;
				}
				const link = new vscode.DocumentLink(range, vscode.Uri.parse(l.target.url, true));
				link.tooltip = l.target.url === l.href ? `Open ${l.target.url}` : `Open ${l.target.url} (resolved from ${l.href.slice(0, 200)})`;
				return link;
			});
		} catch (err) {
			logFailure('document links', err);
			return [];
		}
	}
}
