// Where the preview meets the review: its correction buttons' messages handed to whoever makes site rules, and a
// signal to render again when rules change (the rules reach the preview through the config layer). The preview works
// the same with no hooks set.
import * as vscode from 'vscode';

export interface PreviewCorrection {
	/** `exclude`: "Not main content" on a kept block; `include`: "Main content" on a removed region. */
	readonly action: 'include' | 'exclude';
	/** Zero-based dump lines of the block or region. */
	readonly startLine: number;
	readonly endLine: number;
}

export interface PreviewReviewHooks {
	correct(uri: vscode.Uri, correction: PreviewCorrection): void;
}

let hooks: PreviewReviewHooks | undefined;
const changed = new vscode.EventEmitter<void>();

/** Fires when the previews must render again (site rules changed). */
export const onDidChangePreviewReview = changed.event;

export function setPreviewReviewHooks(h: PreviewReviewHooks): vscode.Disposable {
	hooks = h;
	changed.fire();
	return { dispose: () => (hooks === h ? (hooks = undefined, changed.fire()) : undefined) };
}

/** Asks every preview to render again. */
export function refreshPreviews(): void {
	changed.fire();
}

export function previewCorrection(uri: vscode.Uri, correction: PreviewCorrection): void {
	if (!hooks) return;
	const { action, startLine, endLine } = correction;
	if ((action !== 'include' && action !== 'exclude') || !Number.isInteger(startLine) || !Number.isInteger(endLine) || startLine < 0 || endLine < startLine) return;
	hooks.correct(uri, { action, startLine, endLine });
}
