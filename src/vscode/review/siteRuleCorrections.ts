// Corrections that stick: "Not main content" / "Main content" from the preview become site rules in the config file,
// the previews render again with them, and the last one can be undone.
import * as vscode from 'vscode';
import { type Article, type DumpDocument, extractArticle, hostOfUrl, LineIndex, parseDump, parseSelector, proposeSelector, type SiteRuleAction, withSiteRules } from '../../core/index';
import type { ConfigStore } from './configStore';
import { refreshPreviews, setPreviewReviewHooks, type PreviewCorrection } from './previewHooks';

/** Options of the correction commands; tests pass them to skip the input box and the notification. */
export interface CorrectionOptions {
	/** Use this selector instead of asking. */
	readonly selector?: string;
	/** Use the proposed selector without asking. */
	readonly acceptProposal?: boolean;
}

interface MadeRule {
	readonly dump: vscode.Uri;
	readonly host: string;
	readonly action: SiteRuleAction;
	readonly selector: string;
	readonly file: vscode.Uri;
}

/** What the webview's context menu hands to a command (from `data-vscode-context`). */
interface WebviewContext {
	readonly pdSource?: string;
	readonly pdStart?: number;
	readonly pdEnd?: number;
}

export class SiteRuleCorrections implements vscode.Disposable {
	readonly #configs: ConfigStore;
	readonly #made: MadeRule[] = [];
	readonly #disposables: vscode.Disposable[] = [];

	static register(configs: ConfigStore): SiteRuleCorrections {
		return new SiteRuleCorrections(configs);
	}

	private constructor(configs: ConfigStore) {
		this.#configs = configs;
		this.#disposables.push(
			setPreviewReviewHooks({
				correct: (uri, c) => void this.correct(uri, c),
			}),
			configs.onDidChange(() => refreshPreviews()),
			vscode.commands.registerCommand('pageDump.review.notMainContent', (ctx?: WebviewContext) => this.#fromContext(ctx, 'exclude')),
			vscode.commands.registerCommand('pageDump.review.mainContent', (ctx?: WebviewContext) => this.#fromContext(ctx, 'include')),
			vscode.commands.registerCommand('pageDump.review.undoSiteRule', () => this.undo()),
			// Also for tests: a correction on dump lines, with the selector given instead of asked for.
			vscode.commands.registerCommand('pageDump.review.correct', (uri: vscode.Uri | string, c: PreviewCorrection, options?: CorrectionOptions) =>
				this.correct(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, c, options)),
		);
	}

	dispose(): void {
		this.#disposables.forEach((d) => d.dispose());
	}

	#transform(uri: vscode.Uri, doc: DumpDocument, article: Article): Article {
		return withSiteRules(doc, article, this.#configs.configFor(uri).sites);
	}

	#fromContext(ctx: WebviewContext | undefined, action: SiteRuleAction): Promise<MadeRule | undefined> | undefined {
		if (!ctx?.pdSource || typeof ctx.pdStart !== 'number' || typeof ctx.pdEnd !== 'number') return undefined;
		return this.correct(vscode.Uri.parse(ctx.pdSource), { action, startLine: ctx.pdStart, endLine: ctx.pdEnd });
	}

	/**
	 * Makes a site rule from a block (exclude) or a removed region (include) of a dump: proposes the selector,
	 * lets the reviewer edit it, writes it to the config file, and offers Undo. Resolves with the rule, or undefined.
	 */
	async correct(uri: vscode.Uri, c: PreviewCorrection, options: CorrectionOptions = {}): Promise<MadeRule | undefined> {
		const document = await vscode.workspace.openTextDocument(uri);
		const text = document.getText();
		const doc = parseDump(text);
		const article = this.#transform(uri, doc, extractArticle(doc));
		const host = hostOfUrl(article.metadata.url?.value);
		if (!host) {
			void vscode.window.showWarningMessage('This page has no URL in its metadata, so a site rule would have no site to apply to.');
			return undefined;
		}
		const index = new LineIndex(text);
		const lastLine = Math.max(0, index.lineCount - 1);
		const startOffset = index.offsetAt({ line: Math.min(c.startLine, lastLine), character: 0 });
		const endLine = Math.min(c.endLine, lastLine);
		const endOffset = endLine + 1 <= lastLine ? index.offsetAt({ line: endLine + 1, character: 0 }) - 1 : text.length;
		const firstChar = startOffset + (text.slice(startOffset, endOffset).search(/\S/) >>> 0);
		const proposal = proposeSelector(doc, article, { start: Math.min(firstChar, endOffset), end: endOffset }, c.action);
		let selector = options.selector ?? (options.acceptProposal ? proposal?.selector : undefined);
		const quiet = selector !== undefined || options.acceptProposal === true;
		if (selector === undefined) {
			if (!proposal) {
				void vscode.window.showWarningMessage('No div, span or heading with a usable id or class holds this block, so there is nothing a site rule could name. Edit the config file by hand if another selector fits.');
				return undefined;
			}
			if (options.acceptProposal) return undefined;
			selector = await vscode.window.showInputBox({
				title: c.action === 'exclude' ? `Not main content on ${host}` : `Main content on ${host}`,
				prompt: `Selector of the blocks to ${c.action === 'exclude' ? 'drop from' : 'keep in'} the article on every page of ${host}${proposal.alternatives.length ? ` (wider: ${proposal.alternatives.join(', ')})` : ''}`,
				value: proposal.selector,
				validateInput: (v) => (parseSelector(v) ? undefined : 'A tag (div, span, h1–h6), #id and/or .class parts, e.g. div.related-posts'),
			});
			if (selector === undefined) return undefined;
		}
		if (!parseSelector(selector)) throw new Error(`Not a selector: ${selector}`);
		const file = await this.#configs.editSiteRule(uri, host, c.action, selector.trim());
		const made: MadeRule = { dump: uri, host, action: c.action, selector: selector.trim(), file };
		this.#made.push(made);
		if (!quiet) {
			void vscode.window.showInformationMessage(`Site rule saved in ${vscode.workspace.asRelativePath(file)}: ${c.action} ${made.selector} on ${host}.`, 'Undo', 'Open Config').then((choice) => {
				if (choice === 'Undo') void this.undo(made);
				else if (choice === 'Open Config') void vscode.window.showTextDocument(file);
			});
		}
		return made;
	}

	/** Takes back the last site rule made here (or the given one). */
	async undo(rule?: MadeRule): Promise<boolean> {
		const target = rule ?? this.#made[this.#made.length - 1];
		if (!target) {
			void vscode.window.showInformationMessage('No site rule to undo in this session.');
			return false;
		}
		await this.#configs.editSiteRule(target.dump, target.host, target.action, target.selector, true);
		const i = this.#made.lastIndexOf(target);
		if (i >= 0) this.#made.splice(i, 1);
		return true;
	}
}
