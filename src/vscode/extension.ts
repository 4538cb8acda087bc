// Entry point of the extension: builds the features and registers their disposables, nothing more.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BackgroundPipeline } from './backgroundParse';
import { CheckWorkspaceCommand } from './checkWorkspaceCommand';
import { DiagnosticsManager } from './diagnosticsManager';
import { DumpPreviewEditor } from './dumpPreviewEditor';
import { ExtractCommands } from './extractCommand';
import { setRulesDocument } from './convert';
import { PageDumpQuickFixes } from './quickFixes';
import { BoilerplateDecorations } from './boilerplateDecorations';
import { DumpAnalysis } from './dumpAnalysis';
import { DumpCache } from './dumpCache';
import { FoldBoilerplateCommand } from './foldBoilerplateCommand';
import { DumpFoldingProvider } from './foldingProvider';
import { DumpHoverProvider } from './hoverProvider';
import { LanguageDetection } from './languageDetection';
import { DumpLinkProvider } from './linkProvider';
import { DumpOutlineProvider } from './outlineProvider';
import { DumpOutlineView } from './outlineView';
import { ReviewFeature } from './review/reviewFeature';

export function activate(context: vscode.ExtensionContext): void {
	// Each feature registers itself here with one line: context.subscriptions.push(Feature.register(context));
	setRulesDocument(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md'));
	// Big dumps are parsed on one worker thread, once per version for diagnostics, outline and preview together.
	const pipeline = new BackgroundPipeline(path.join(context.extensionPath, 'dist', 'pipelineWorker.js'));
	const analysis = new DumpAnalysis(pipeline);
	context.subscriptions.push(
		vscode.workspace.onDidCloseTextDocument((d) => analysis.forget(d.uri)),
		{ dispose: () => (analysis.dispose(), pipeline.dispose()) },
	);
	context.subscriptions.push(DumpPreviewEditor.register(context, analysis));
	context.subscriptions.push(ExtractCommands.register());
	const diagnostics = DiagnosticsManager.register(context, analysis);
	context.subscriptions.push(diagnostics, PageDumpQuickFixes.register(diagnostics), CheckWorkspaceCommand.register(diagnostics));
	context.subscriptions.push(DumpCache.register());
	context.subscriptions.push(LanguageDetection.register());
	context.subscriptions.push(DumpOutlineProvider.register(analysis));
	context.subscriptions.push(DumpFoldingProvider.register());
	context.subscriptions.push(DumpLinkProvider.register());
	context.subscriptions.push(DumpHoverProvider.register());
	context.subscriptions.push(BoilerplateDecorations.register());
	context.subscriptions.push(FoldBoilerplateCommand.register());
	context.subscriptions.push(DumpOutlineView.register(analysis));
	context.subscriptions.push(ReviewFeature.register(context, () => diagnostics.recheckOpen()));
}

export function deactivate(): void {
	// Everything is disposed through context.subscriptions.
}
