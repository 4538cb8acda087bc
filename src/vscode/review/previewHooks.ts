// Where the preview meets the review: site rules applied to the article it shows, and its correction buttons'
// messages handed to whoever makes site rules. The preview works the same with no hooks set.
import * as vscode from 'vscode';
import { renderMarkdown, type Article, type DumpAnalysis, type DumpDocument } from '../../core/index';
import type { PreviewPipeline } from '../previewModel';

export interface PreviewCorrection {
	/** `exclude`: "Not main content" on a kept block; `include`: "Main content" on a removed region. */
	readonly action: 'include' | 'exclude';
	/** Zero-based dump lines of the block or region. */
	readonly startLine: number;
	readonly endLine: number;
}

export interface PreviewReviewHooks {
	/** The article the preview shows: the extractor's, with the site rules that apply to the dump. */
	transform(uri: vscode.Uri, doc: DumpDocument, article: Article): Article;
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

/**
 * The preview's steps for one analysed version with the hooks' transform after extraction, or undefined when the
 * transform changes nothing (no site rule applies): the shared analysis's own rendering is used then.
 */
export function reviewPipeline(analysis: DumpAnalysis, uri: vscode.Uri): PreviewPipeline | undefined {
	if (!hooks) return undefined;
	const article = hooks.transform(uri, analysis.document, analysis.article);
	if (article === analysis.article) return undefined;
	return {
		parse: () => analysis.document,
		extract: () => article,
		render: (a, doc, options) => renderMarkdown(a, doc, options),
		lines: () => analysis.lines,
	};
}

export function previewCorrection(uri: vscode.Uri, correction: PreviewCorrection): void {
	if (!hooks) return;
	const { action, startLine, endLine } = correction;
	if ((action !== 'include' && action !== 'exclude') || !Number.isInteger(startLine) || !Number.isInteger(endLine) || startLine < 0 || endLine < startLine) return;
	hooks.correct(uri, { action, startLine, endLine });
}
