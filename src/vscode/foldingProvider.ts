// Folding ranges of a dump: fenced divs, raw HTML, lists, heading sections and the page's boilerplate regions.
import * as vscode from 'vscode';
import type { FoldKind } from '../core/index';
import { logFailure, type Analyses } from './analyses';
import { DUMP_SELECTOR } from './dumpGate';

// Boilerplate regions fold with "Fold All Regions"; the structure has no VS Code kind of its own.
const KINDS: Partial<Record<FoldKind, vscode.FoldingRangeKind>> = { region: vscode.FoldingRangeKind.Region };

export class DumpFoldingProvider implements vscode.FoldingRangeProvider {
	static register(analyses: Analyses): vscode.Disposable {
		return vscode.languages.registerFoldingRangeProvider(DUMP_SELECTOR, new DumpFoldingProvider(analyses));
	}

	constructor(private readonly analyses: Analyses) {}

	provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
		try {
			const snapshot = this.analyses.local(document);
			if (!snapshot) return [];
			return snapshot.folding.ranges.map((r) => new vscode.FoldingRange(r.startLine, r.endLine, KINDS[r.kind]));
		} catch (err) {
			logFailure('folding', err);
			return [];
		}
	}
}
