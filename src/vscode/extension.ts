// Entry point of the extension: builds the features and registers their disposables, nothing more.
import * as vscode from 'vscode';
import { DumpPreviewEditor } from './dumpPreviewEditor';
import { ExtractCommands } from './extractCommand';

export function activate(context: vscode.ExtensionContext): void {
	// Each feature registers itself here with one line: context.subscriptions.push(Feature.register(context));
	context.subscriptions.push(DumpPreviewEditor.register(context));
	context.subscriptions.push(ExtractCommands.register());
	void context;
}

export function deactivate(): void {
	// Everything is disposed through context.subscriptions.
}
