// "Page Dump: Fold Boilerplate" folds every region outside the article; setting pageDump.foldBoilerplateOnOpen does it
// when a dump is first shown.
import * as vscode from 'vscode';
import { logFailure, type Analyses } from './analyses';

const FOLD_BOILERPLATE_COMMAND = 'pageDump.foldBoilerplate';

export class FoldBoilerplateCommand {
	/** Documents already folded on open: folding again on every tab switch would undo the user's unfolds. */
	readonly #foldedOnOpen = new Set<string>();

	constructor(private readonly analyses: Analyses) {}

	static register(analyses: Analyses): vscode.Disposable {
		const command = new FoldBoilerplateCommand(analyses);
		return vscode.Disposable.from(
			vscode.commands.registerCommand(FOLD_BOILERPLATE_COMMAND, () => command.run()),
			vscode.window.onDidChangeActiveTextEditor((editor) => void command.#onOpen(editor)),
			vscode.workspace.onDidCloseTextDocument((d) => command.#foldedOnOpen.delete(d.uri.toString())),
		);
	}

	/** Folds the boilerplate of the active editor's dump; resolves with the number of ranges folded. */
	async run(): Promise<number> {
		const editor = vscode.window.activeTextEditor;
		if (!editor) return 0;
		try {
			const snapshot = this.analyses.local(editor.document);
			if (!snapshot) {
				void vscode.window.showInformationMessage('This file does not look like a page dump: there is no boilerplate to fold.');
				return 0;
			}
			const lines = [...snapshot.folding.boilerplateLines];
			if (lines.length === 0) return 0;
			// Zero-based start lines; levels 1 folds exactly the range starting at each line, not its parents.
			await vscode.commands.executeCommand('editor.fold', { levels: 1, direction: 'down', selectionLines: lines });
			return lines.length;
		} catch (err) {
			logFailure('fold boilerplate', err);
			return 0;
		}
	}

	async #onOpen(editor: vscode.TextEditor | undefined): Promise<void> {
		if (!editor) return;
		const key = editor.document.uri.toString();
		if (this.#foldedOnOpen.has(key)) return;
		if (!vscode.workspace.getConfiguration('pageDump', editor.document.uri).get<boolean>('foldBoilerplateOnOpen', false)) return;
		if (!this.analyses.isDump(editor.document)) return;
		this.#foldedOnOpen.add(key);
		await this.run();
	}
}
