// Folding ranges of a dump: fenced divs, raw HTML, lists, heading sections and the page's boilerplate regions.
import * as vscode from 'vscode';
import type { FoldKind } from '../core/outline/folding';
import { DUMP_SELECTOR, dumpCache, logFailure } from './dumpCache';

// Boilerplate regions fold with "Fold All Regions"; the structure has no VS Code kind of its own.
const KINDS: Partial<Record<FoldKind, vscode.FoldingRangeKind>> = { region: vscode.FoldingRangeKind.Region };

export class DumpFoldingProvider implements vscode.FoldingRangeProvider {
	static register(): vscode.Disposable {
		return vscode.languages.registerFoldingRangeProvider(DUMP_SELECTOR, new DumpFoldingProvider());
	}

	provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
		try {
			const snapshot = dumpCache.get(document);
			if (!snapshot) return [];
			return snapshot.folding.ranges.map((r) => new vscode.FoldingRange(r.startLine, r.endLine, KINDS[r.kind]));
		} catch (err) {
			logFailure('folding', err);
			return [];
		}
	}
}
