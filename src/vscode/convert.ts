// Core -> vscode conversions: offsets to ranges, findings to diagnostics, severities.
import * as vscode from 'vscode';
import { ruleDocsUrl, type Finding, type Severity, type SourceRange } from '../core/index';

/** Anything that maps UTF-16 offsets to positions: a vscode TextDocument or the core's LineIndex. */
export interface OffsetMapper {
	positionAt(offset: number): { readonly line: number; readonly character: number };
}

/** The `source` of every diagnostic this extension reports. */
const DIAGNOSTIC_SOURCE = 'Page Dump';

function toPosition(mapper: OffsetMapper, offset: number): vscode.Position {
	const p = mapper.positionAt(offset);
	return new vscode.Position(p.line, p.character);
}

export function toRange(mapper: OffsetMapper, range: SourceRange): vscode.Range {
	return new vscode.Range(toPosition(mapper, range.start), toPosition(mapper, range.end));
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
	error: vscode.DiagnosticSeverity.Error,
	warning: vscode.DiagnosticSeverity.Warning,
	info: vscode.DiagnosticSeverity.Information,
	hint: vscode.DiagnosticSeverity.Hint,
};

function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
	return SEVERITY[severity];
}

/** The rules page shipped inside the extension; set at activation so diagnostic codes open it even offline. */
let rulesDocument: vscode.Uri | undefined;

export function setRulesDocument(uri: vscode.Uri): void {
	rulesDocument = uri;
}

function ruleDocsTarget(finding: Finding): vscode.Uri {
	const url = ruleDocsUrl({ code: finding.code, name: finding.rule });
	return rulesDocument ? rulesDocument.with({ fragment: url.slice(url.indexOf('#') + 1) }) : vscode.Uri.parse(url);
}

/** A finding as a diagnostic: source "Page Dump", the code linking to the rule's documentation, related places. */
export function toDiagnostic(finding: Finding, mapper: OffsetMapper, uri: vscode.Uri): vscode.Diagnostic {
	const diagnostic = new vscode.Diagnostic(toRange(mapper, finding.range), finding.message, toSeverity(finding.severity));
	diagnostic.source = DIAGNOSTIC_SOURCE;
	diagnostic.code = { value: finding.code, target: ruleDocsTarget(finding) };
	if (finding.related) {
		diagnostic.relatedInformation = finding.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(mapper, r.range)), r.message));
	}
	return diagnostic;
}

/** The rule code of a diagnostic of ours (`PD101`), or undefined for anyone else's. */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
	if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
	const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
	return code === undefined ? undefined : String(code);
}
