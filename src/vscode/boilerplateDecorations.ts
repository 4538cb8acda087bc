// Dims the page's boilerplate regions (header, sidebar, comments, footer, widgets) in text editors of dumps, so the
// article stands out; setting pageDump.dimBoilerplate.
import * as vscode from 'vscode';
import { logFailure, type Analyses } from './analyses';

// Edits arrive per keystroke; re-extracting once per pause is enough.
const UPDATE_DELAY_MS = 300;

export class BoilerplateDecorations implements vscode.Disposable {
	readonly #type = vscode.window.createTextEditorDecorationType({ opacity: '0.5', isWholeLine: true });
	readonly #disposables: vscode.Disposable[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly analyses: Analyses) {}

	static register(analyses: Analyses): vscode.Disposable {
		const decorations = new BoilerplateDecorations(analyses);
		decorations.#disposables.push(
			vscode.window.onDidChangeVisibleTextEditors(() => decorations.#schedule(0)),
			vscode.workspace.onDidChangeTextDocument((e) => {
				if (vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) decorations.#schedule(UPDATE_DELAY_MS);
			}),
			vscode.workspace.onDidChangeConfiguration((e) => {
				if (e.affectsConfiguration('pageDump.dimBoilerplate')) decorations.#schedule(0);
			}),
		);
		decorations.#schedule(0);
		return decorations;
	}

	#schedule(delay: number): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#update(), delay);
	}

	#update(): void {
		for (const editor of vscode.window.visibleTextEditors) {
			try {
				const enabled = vscode.workspace.getConfiguration('pageDump', editor.document.uri).get<boolean>('dimBoilerplate', false);
				const snapshot = enabled ? this.analyses.local(editor.document) : undefined;
				const ranges = snapshot ? snapshot.folding.regions.map((r) => new vscode.Range(editor.document.positionAt(r.range.start), editor.document.positionAt(r.range.end))) : [];
				editor.setDecorations(this.#type, ranges);
			} catch (err) {
				logFailure('boilerplate decorations', err);
				editor.setDecorations(this.#type, []);
			}
		}
	}

	dispose(): void {
		clearTimeout(this.#timer);
		this.#disposables.forEach((d) => d.dispose());
		this.#type.dispose();
	}
}
