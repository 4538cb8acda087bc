// Hovers on a region's opening fence: what the region is (header, sidebar, comments...) and why it was classified so.
import * as vscode from 'vscode';
import { REGION_LABELS, type Block, type DumpAnalysis, type PageRegion } from '../core/index';
import { logFailure, type Analyses } from './analyses';
import { DUMP_SELECTOR } from './dumpGate';

// A region can merge dozens of blocks; the hover lists the extractor's reasons for the first few.
const MAX_REASONS = 3;

/** The line of each block's opening fence (`:::` or `<div>`), or its first line. */
function openLine(snapshot: DumpAnalysis, b: Block): number {
	return snapshot.lines.lineAt(b.kind === 'div' || b.kind === 'htmlDiv' ? b.openRange.start : b.range.start);
}

function regionAt(snapshot: DumpAnalysis, line: number): PageRegion | undefined {
	for (const region of snapshot.folding.regions) {
		if (snapshot.lines.lineAt(region.range.start) === line) return region;
		if (region.blocks.some((b) => (b.kind === 'div' || b.kind === 'htmlDiv') && openLine(snapshot, b) === line)) return region;
	}
	return undefined;
}

function regionHover(region: PageRegion): vscode.MarkdownString {
	const md = new vscode.MarkdownString();
	md.appendMarkdown(`**${REGION_LABELS[region.category]}**`);
	md.appendText(region.position === 'inside' ? ' (inside the article container)' : ` (${region.position} the article)`);
	md.appendMarkdown('\n\n');
	// Page text (class names, headings) goes through appendText: it must never be read as Markdown or links.
	md.appendText(`Classified so because ${region.reason}.`);
	const reasons = region.removed.slice(0, MAX_REASONS).map((r) => `${r.step}: ${r.signal.slice(0, 120)}${r.score !== undefined ? ` (score ${Math.round(r.score * 10) / 10})` : ''}`);
	if (reasons.length > 0) {
		md.appendMarkdown('\n\n');
		md.appendText(`The extractor left it out of the article — ${reasons.join('; ')}${region.removed.length > MAX_REASONS ? `; and ${region.removed.length - MAX_REASONS} more` : ''}.`);
	}
	return md;
}

export class DumpHoverProvider implements vscode.HoverProvider {
	static register(analyses: Analyses): vscode.Disposable {
		return vscode.languages.registerHoverProvider(DUMP_SELECTOR, new DumpHoverProvider(analyses));
	}

	constructor(private readonly analyses: Analyses) {}

	provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
		try {
			const snapshot = this.analyses.local(document);
			if (!snapshot) return undefined;
			const line = position.line;
			const lineRange = document.lineAt(line).range;
			const region = regionAt(snapshot, line);
			if (region) return new vscode.Hover(regionHover(region), lineRange);
			const body = snapshot.article.region;
			if (body && snapshot.lines.lineAt(body.start) === line) {
				const md = new vscode.MarkdownString('**Article body**');
				md.appendMarkdown('\n\n');
				const title = snapshot.outline.find((n) => n.kind === 'article')?.name;
				md.appendText(`The extractor chose this container as the article${title ? ` "${title}"` : ''}; ${snapshot.article.blocks.length} blocks are kept.`);
				return new vscode.Hover(md, lineRange);
			}
			return undefined;
		} catch (err) {
			logFailure('hover', err);
			return undefined;
		}
	}
}
