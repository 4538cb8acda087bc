// Corrections that stick: "Not main content" / "Main content" from the preview become site rules in the config file,
// the previews render again with them, and the last one can be undone. The selector is checked against the other
// dumps of the same host in the workspace (selectorStability.ts), and the input box says how many it matches.
import * as vscode from 'vscode';
import { type Article, chooseSiteSelector, decodeDump, type DumpDocument, extractArticle, hostOfUrl, LineIndex, pagesMatching, parseDump, parseSelector, type SiteRuleAction, type SiteSelectorChoice, withSiteRules } from '../../core/index';
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
	/** How many of the host's other dumps in the workspace the proposed selector named something on, of how many. */
	readonly siteMatches: { readonly matches: number; readonly of: number };
}

/** The other indexed dumps of a page's host (the Page Dumps view's index knows each dump's site), with their sizes. */
export type SiteDumps = (host: string, except: vscode.Uri) => readonly { readonly uri: vscode.Uri; readonly bytes: number }[];

// The selector check parses the host's other dumps on the host's thread while the reviewer waits for the input box:
// a sample this large shows whether a name is site-wide, and stays well under a second for ordinary dumps.
const MAX_SITE_PAGES = 24;
// Bigger dumps are left out of the sample: parsing one would block the host (the 2 MB in-thread limit of analyses.ts).
const MAX_SITE_PAGE_BYTES = 2 * 1024 * 1024;

/** What the webview's context menu hands to a command (from `data-vscode-context`). */
interface WebviewContext {
	readonly pdSource?: string;
	readonly pdStart?: number;
	readonly pdEnd?: number;
}

export class SiteRuleCorrections implements vscode.Disposable {
	readonly #configs: ConfigStore;
	readonly #siteDumps: SiteDumps;
	readonly #made: MadeRule[] = [];
	readonly #disposables: vscode.Disposable[] = [];

	/** `siteDumps`: the other dumps of a host, to check a proposed selector against. */
	static register(configs: ConfigStore, siteDumps: SiteDumps): SiteRuleCorrections {
		return new SiteRuleCorrections(configs, siteDumps);
	}

	private constructor(configs: ConfigStore, siteDumps: SiteDumps) {
		this.#configs = configs;
		this.#siteDumps = siteDumps;
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
		const others = await this.#otherPages(host, uri);
		const proposal = chooseSiteSelector(doc, article, { start: Math.min(firstChar, endOffset), end: endOffset }, c.action, others);
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
				prompt: `Selector of the blocks to ${c.action === 'exclude' ? 'drop from' : 'keep in'} the article on every page of ${host}. ${matchText(proposal, host)}${proposal.alternatives.length ? ` Wider: ${proposal.alternatives.map((a) => `${a} (${countOf(proposal, a)})`).join(', ')}.` : ''}`,
				value: proposal.selector,
				validateInput: (v) => (parseSelector(v) ? undefined : 'A tag (div, span, h1–h6), #id and/or .class parts, e.g. div.related-posts'),
			});
			if (selector === undefined) return undefined;
		}
		if (!parseSelector(selector)) throw new Error(`Not a selector: ${selector}`);
		const file = await this.#configs.editSiteRule(uri, host, c.action, selector.trim());
		const made: MadeRule = { dump: uri, host, action: c.action, selector: selector.trim(), file, siteMatches: { matches: pagesMatching(selector.trim(), others), of: others.length } };
		this.#made.push(made);
		if (!quiet) {
			void vscode.window.showInformationMessage(`Site rule saved in ${vscode.workspace.asRelativePath(file)}: ${c.action} ${made.selector} on ${host}.`, 'Undo', 'Open Config').then((choice) => {
				if (choice === 'Undo') void this.undo(made);
				else if (choice === 'Open Config') void vscode.window.showTextDocument(file);
			});
		}
		return made;
	}

	/** The host's other dumps, parsed (a sample of MAX_SITE_PAGES; unreadable or too big ones left out). */
	async #otherPages(host: string, except: vscode.Uri): Promise<DumpDocument[]> {
		const sample = this.#siteDumps(host, except).filter((d) => d.bytes <= MAX_SITE_PAGE_BYTES).slice(0, MAX_SITE_PAGES);
		const pages = await Promise.all(sample.map(async (d) => {
			try {
				const decoded = decodeDump(await vscode.workspace.fs.readFile(d.uri));
				return decoded.ok ? parseDump(decoded.text) : undefined;
			} catch {
				return undefined;
			}
		}));
		return pages.filter((p): p is DumpDocument => p !== undefined);
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

/** How many of the host's other dumps a selector of the choice names something on, as "3 of 5"; undefined when not counted. */
function countOf(choice: SiteSelectorChoice, selector: string): string | undefined {
	const c = choice.counts.find((x) => x.selector === selector);
	return c && `${c.pages} of ${choice.of}`;
}

/** The input box's line on the check against the site: how many of the host's other dumps the proposal matches. */
function matchText(choice: SiteSelectorChoice, host: string): string {
	if (choice.of === 0) return `No other dump of ${host} is indexed in the workspace to check it against.`;
	return `It matches ${choice.matches} of the ${choice.of} other dump${choice.of === 1 ? '' : 's'} of ${host} in the workspace.`;
}
