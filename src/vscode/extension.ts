// Entry point of the extension: builds the features and registers their disposables, nothing more.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Analyses } from './analyses';
import { BackgroundPipeline } from './backgroundParse';
import { CheckWorkspaceCommand } from './checkWorkspaceCommand';
import { DiagnosticsManager } from './diagnosticsManager';
import { DumpPreviewEditor } from './dumpPreviewEditor';
import { ExtractCommands } from './extractCommand';
import { setRulesDocument } from './convert';
import { PageDumpQuickFixes } from './quickFixes';
import { BoilerplateDecorations } from './boilerplateDecorations';
import { FoldBoilerplateCommand } from './foldBoilerplateCommand';
import { DumpFoldingProvider } from './foldingProvider';
import { DumpHoverProvider } from './hoverProvider';
import { LanguageDetection } from './languageDetection';
import { DumpLinkProvider } from './linkProvider';
import { DumpOutlineProvider } from './outlineProvider';
import { DumpOutlineView } from './outlineView';
import { ReviewFeature } from './review/reviewFeature';
import { WorkerRuns } from './workerRuns';

export function activate(context: vscode.ExtensionContext): void {
	// Each feature registers itself here with one line: context.subscriptions.push(Feature.register(context));
	setRulesDocument(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md'));
	// One analysis per document version for every feature: in-thread, or on one worker thread for big dumps.
	const pipeline = new BackgroundPipeline(path.join(context.extensionPath, 'dist', 'pipelineWorker.js'));
	const runs = new WorkerRuns(pipeline);
	const { analyses, disposable } = Analyses.register(runs);
	context.subscriptions.push(disposable, { dispose: () => (runs.dispose(), pipeline.dispose()) });
	context.subscriptions.push(DumpPreviewEditor.register(context, analyses));
	context.subscriptions.push(ExtractCommands.register());
	const diagnostics = DiagnosticsManager.register(analyses);
	context.subscriptions.push(diagnostics, PageDumpQuickFixes.register(diagnostics), CheckWorkspaceCommand.register(diagnostics));
	context.subscriptions.push(LanguageDetection.register());
	context.subscriptions.push(DumpOutlineProvider.register(analyses));
	context.subscriptions.push(DumpFoldingProvider.register(analyses));
	context.subscriptions.push(DumpLinkProvider.register(analyses));
	context.subscriptions.push(DumpHoverProvider.register(analyses));
	context.subscriptions.push(BoilerplateDecorations.register(analyses));
	context.subscriptions.push(FoldBoilerplateCommand.register(analyses));
	context.subscriptions.push(DumpOutlineView.register(analyses));
	context.subscriptions.push(ReviewFeature.register(context, () => diagnostics.recheckOpen()));
}

export function deactivate(): void {
	// Everything is disposed through context.subscriptions.
}
