// Quick fixes for Page Dump findings: each finding's own fix, "disable rule for the workspace", and source.fixAll.pageDump.
import * as vscode from 'vscode';
import { combinedFixEdits, findRule, type Finding, type TextEdit } from '../core/index';
import { diagnosticCode, toRange } from './convert';
import { isChecked, SETTINGS_SECTION, type DiagnosticsManager } from './diagnosticsManager';

/** The command behind "Disable rule … for this workspace"; arguments: the rule code and the document's URI. */
const DISABLE_RULE_COMMAND = 'pageDump.disableRule';

function workspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
	const edit = new vscode.WorkspaceEdit();
	for (const e of edits) edit.replace(doc.uri, toRange(doc, e.range), e.newText);
	return edit;
}

/** Turns a rule off in the workspace settings (user settings when no folder is open), keeping other rule settings. */
export async function disableRule(code: string, uri?: vscode.Uri): Promise<void> {
	const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri);
	const hasWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
	const inspected = config.inspect<Record<string, unknown>>('rules');
	const current = (hasWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
	await config.update('rules', { ...current, [code]: 'off' }, hasWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
}

export class PageDumpQuickFixes implements vscode.CodeActionProvider {
	static readonly fixAllKind = vscode.CodeActionKind.SourceFixAll.append('pageDump');
	static readonly metadata: vscode.CodeActionProviderMetadata = {
		providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, PageDumpQuickFixes.fixAllKind],
	};

	/** Registers the provider for dumps (language `pagedump` and `.txt` files) and the disable-rule command. */
	static register(manager: DiagnosticsManager): vscode.Disposable {
		const selector: vscode.DocumentSelector = [{ language: 'pagedump' }, { pattern: '**/*.txt' }];
		return vscode.Disposable.from(
			vscode.languages.registerCodeActionsProvider(selector, new PageDumpQuickFixes(manager), PageDumpQuickFixes.metadata),
			vscode.commands.registerCommand(DISABLE_RULE_COMMAND, (code: string, uri?: vscode.Uri) => disableRule(code, uri)),
		);
	}

	constructor(private readonly manager: DiagnosticsManager) {}

	async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
		try {
			return await this.#actions(doc, context, token);
		} catch (err) {
			console.error('Page Dump quick fixes failed:', err);
			return [];
		}
	}

	async #actions(doc: vscode.TextDocument, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
		const wants = (kind: vscode.CodeActionKind): boolean => !context.only || context.only.contains(kind);
		const ours = context.diagnostics.filter((d) => diagnosticCode(d) !== undefined);
		const wantFixAll = wants(PageDumpQuickFixes.fixAllKind);
		if ((ours.length === 0 && !wantFixAll) || !isChecked(doc)) return [];
		const version = doc.version;
		// The findings of the analysis the diagnostics came from: computed once per version, shared.
		const findings = await this.manager.currentFindings(doc, token);
		if (!findings || token.isCancellationRequested || doc.version !== version) return [];
		const actions: vscode.CodeAction[] = [];
		if (wants(vscode.CodeActionKind.QuickFix)) {
			const disabled = new Set<string>();
			for (const d of ours) {
				const finding = findings.find((f) => f.code === diagnosticCode(d) && f.message === d.message && toRange(doc, f.range).isEqual(d.range));
				if (finding?.fix) actions.push(this.#fixAction(doc, finding, d));
			}
			for (const d of ours) {
				const code = diagnosticCode(d)!;
				if (disabled.has(code)) continue;
				disabled.add(code);
				const rule = findRule(code);
				const action = new vscode.CodeAction(`Disable rule ${code}${rule ? ` (${rule.name})` : ''} for this workspace`, vscode.CodeActionKind.QuickFix);
				action.command = { title: action.title, command: DISABLE_RULE_COMMAND, arguments: [code, doc.uri] };
				action.diagnostics = ours.filter((x) => diagnosticCode(x) === code);
				actions.push(action);
			}
		}
		if (wantFixAll) {
			const edits = combinedFixEdits(findings);
			if (edits.length > 0) {
				const action = new vscode.CodeAction('Fix all Page Dump problems', PageDumpQuickFixes.fixAllKind);
				action.edit = workspaceEdit(doc, edits);
				actions.push(action);
			}
		}
		return actions;
	}

	#fixAction(doc: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
		const action = new vscode.CodeAction(finding.fix!.title, vscode.CodeActionKind.QuickFix);
		action.edit = workspaceEdit(doc, finding.fix!.edits);
		action.diagnostics = [diagnostic];
		action.isPreferred = true;
		return action;
	}
}
