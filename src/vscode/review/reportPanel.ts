// Page Dump: Open Review Report: the report of the indexed dumps in a script-less webview, and Save As for the file.
import * as vscode from 'vscode';
import { buildReport, renderReportCsv, renderReportHtml, renderReportJson, type ReviewReport } from '../../core/index';
import type { DumpsView } from './dumpsView';

export const REPORT_VIEW_TYPE = 'pageDump.report';

export class ReportPanel {
	static #panel: vscode.WebviewPanel | undefined;

	static register(view: DumpsView): vscode.Disposable {
		return vscode.Disposable.from(
			vscode.commands.registerCommand('pageDump.review.openReport', () => ReportPanel.open(view)),
			vscode.commands.registerCommand('pageDump.review.saveReport', (target?: vscode.Uri) => ReportPanel.save(view, target)),
		);
	}

	static async report(view: DumpsView): Promise<ReviewReport> {
		await view.whenIndexed();
		return buildReport(view.allRows(), (vscode.workspace.workspaceFolders ?? []).map((f) => f.name));
	}

	/** Opens (or refreshes) the report panel. Resolves with the HTML shown, for tests. */
	static async open(view: DumpsView): Promise<string> {
		const report = await ReportPanel.report(view);
		// Rows open their dump through one allowed command; nothing else in the page can act.
		const html = renderReportHtml(report, {
			link: (r) => {
				const uri = view.uriOfRow(r);
				return uri ? `command:pageDump.review.open?${encodeURIComponent(JSON.stringify([uri.toString()]))}` : '#';
			},
		});
		const panel = ReportPanel.#panel ?? vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, 'Page Dump Review Report', vscode.ViewColumn.Active, {
			enableScripts: false,
			enableForms: false,
			enableCommandUris: ['pageDump.review.open'],
			localResourceRoots: [],
		});
		if (!ReportPanel.#panel) {
			ReportPanel.#panel = panel;
			panel.onDidDispose(() => (ReportPanel.#panel = undefined));
		}
		panel.webview.html = html;
		panel.reveal();
		return html;
	}

	/** Writes the report as HTML, JSON or CSV (by the file's extension); asks where when no target is given. */
	static async save(view: DumpsView, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
		const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
		const uri = target ?? await vscode.window.showSaveDialog({
			defaultUri: folder && vscode.Uri.joinPath(folder, 'pagedump-report.html'),
			filters: { 'HTML report': ['html'], JSON: ['json'], CSV: ['csv'] },
			title: 'Save the review report',
		});
		if (!uri) return undefined;
		const report = await ReportPanel.report(view);
		const ext = uri.path.slice(uri.path.lastIndexOf('.') + 1).toLowerCase();
		const dir = uri.path.slice(0, uri.path.lastIndexOf('/'));
		const text = ext === 'json' ? renderReportJson(report) : ext === 'csv' ? renderReportCsv(report) : renderReportHtml(report, {
			link: (r) => {
				const dump = view.uriOfRow(r);
				return dump ? relativeHref(dir, dump.path) : encodeURI(r.path);
			},
		});
		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
		return uri;
	}
}

/** A relative link from folder `fromDir` to `toPath` (both URI paths). */
function relativeHref(fromDir: string, toPath: string): string {
	const from = fromDir.split('/').filter(Boolean);
	const to = toPath.split('/').filter(Boolean);
	let i = 0;
	while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
	return [...from.slice(i).map(() => '..'), ...to.slice(i).map(encodeURIComponent)].join('/');
}
