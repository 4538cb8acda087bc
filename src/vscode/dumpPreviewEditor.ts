// Page Dump Preview: a read-only custom text editor that shows the cleaned article of a dump, live as it is edited.
import * as vscode from 'vscode';
import { isSafeLinkUrl } from '../core/index';
import type { FromWebview, PreviewProblem, PreviewSettings, ProblemSeverity, ShowMessage, ToWebview } from '../protocol/webviewMessages';
import type { Analyses } from './analyses';
import { documentLength, isDump } from './dumpGate';
import { previewShellHtml } from './previewHtml';
import { contentMessages, tooLargeMessage, type PreviewContent } from './previewModel';
import { configFor } from './review/configLayer';
import { onDidChangePreviewReview, previewCorrection } from './review/previewHooks';

// Edits arrive per keystroke; one render per pause is enough and keeps the host responsive.
const UPDATE_DELAY_MS = 300;
// Scrolling one side scrolls the other, which fires its own scroll event; ignore that echo for this long.
const SCROLL_ECHO_MS = 300;
// Opening a text editor beside can take a while on a busy host; its first scroll events are not the user's.
const REVEAL_ECHO_MS = 1500;
const DEFAULT_MAX_PREVIEW_MB = 50;

/** What the `pageDump._lastRendered` test hook returns: the last rendering a webview confirmed. */
export interface RenderedRecord {
	readonly uri: string;
	readonly version: number;
	readonly title: string;
	readonly textLength: number;
	readonly problems: number;
	/** What the host posted for that version: the article, or a message (too large, empty, not a dump, failed). */
	readonly kind: 'content' | 'message';
	/** How many messages the article's HTML came in (1 when one; absent for a message instead of an article). */
	readonly pieces?: number;
	/** Increases with every confirmed render, of any document; lets a test wait for a re-render of the same version. */
	readonly seq: number;
}

/** What a test may wait for through `pageDump._lastRendered(uri, options)`. */
export interface RenderedQuery {
	/** Resolve only with a render of at least this document version. */
	readonly minVersion?: number;
	/** Resolve only with a render newer than this `seq`. */
	readonly after?: number;
	/** How long to wait for a matching render; 0 answers at once with what is there. */
	readonly timeoutMs?: number;
}

/**
 * The preview's settings. Remote images load only in a trusted workspace, and only when the setting says `https` or
 * the user allowed them in this preview (`allowRemote`); otherwise they are held back and the preview says so in place.
 */
function readSettings(uri: vscode.Uri, allowRemote = false): { settings: PreviewSettings; maxSize: number; openByDefault: boolean } {
	const config = vscode.workspace.getConfiguration('pageDump', uri);
	const configured = config.get<string>('preview.images');
	const trusted = vscode.workspace.isTrusted;
	const images: PreviewSettings['images'] = configured === 'none' ? 'none' : trusted && (configured === 'https' || allowRemote) ? 'https' : 'embedded';
	const mb = config.get<number>('maxPreviewSize', DEFAULT_MAX_PREVIEW_MB);
	const maxSize = (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_PREVIEW_MB) * 1024 * 1024;
	return { settings: { images, canAllowRemoteImages: trusted && images === 'embedded' }, maxSize, openByDefault: config.get<boolean>('preview.openByDefault', false) };
}

const SEVERITIES: Record<vscode.DiagnosticSeverity, ProblemSeverity> = {
	[vscode.DiagnosticSeverity.Error]: 'error',
	[vscode.DiagnosticSeverity.Warning]: 'warning',
	[vscode.DiagnosticSeverity.Information]: 'info',
	[vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** Where the preview gets its problems: whatever diagnostics VS Code holds for the dump (ours and anyone else's). */
interface ProblemSource {
	problemsFor(uri: string): readonly PreviewProblem[];
	/** Asks for a re-render when a dump's problems change. */
	onDidChange(listener: (uri: string) => void): { dispose(): void };
}

const diagnosticsProblemProvider: ProblemSource = {
	problemsFor(uri) {
		return vscode.languages.getDiagnostics(vscode.Uri.parse(uri)).map((d): PreviewProblem => ({
			severity: SEVERITIES[d.severity],
			message: d.message,
			code: typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code),
			startLine: d.range.start.line,
			endLine: d.range.end.line,
		}));
	},
	onDidChange(listener) {
		return vscode.languages.onDidChangeDiagnostics((e) => e.uris.forEach((u) => listener(u.toString())));
	},
};

/**
 * The custom editor provider. It demonstrates:
 * - a preview that never modifies the document (it only reads `getText()`);
 * - debounced updates dropped by document version, and a webview `ready` handshake;
 * - a strict webview: CSP with a nonce, no forms, resources only from media/ and dist/media/;
 * - links opened only by the host, source reveal, scroll sync and cursor highlight both ways.
 */
export class DumpPreviewEditor implements vscode.CustomTextEditorProvider {
	static readonly viewType = 'pageDump.preview';

	/**
	 * The provider, its commands and the open-by-default watcher. Push the result into `context.subscriptions`.
	 * `analyses`: the shared analysis of each version (big dumps are rendered on the worker through it).
	 */
	static register(context: vscode.ExtensionContext, analyses: Analyses): vscode.Disposable {
		const provider = new DumpPreviewEditor(context.extensionUri, analyses);
		return vscode.Disposable.from(
			vscode.window.registerCustomEditorProvider(DumpPreviewEditor.viewType, provider, {
				// Restored after a reload through resolveCustomTextEditor; the webview keeps its scroll via setState.
				webviewOptions: { retainContextWhenHidden: false, enableFindWidget: true },
				// A single text document can be shown in several previews at once.
				supportsMultipleEditorsPerDocument: true,
			}),
			vscode.commands.registerCommand('pageDump.openPreview', (uri?: vscode.Uri) => provider.#open(uri, false)),
			vscode.commands.registerCommand('pageDump.openPreviewToSide', (uri?: vscode.Uri) => provider.#open(uri, true)),
			vscode.commands.registerCommand('pageDump.preview.scrollToLine', (uri: vscode.Uri | string, line: number) => provider.#scrollToLine(uri, line)),
			// Test hook: integration tests cannot see the webview, so they ask what it confirmed.
			vscode.commands.registerCommand('pageDump._lastRendered', (uri?: vscode.Uri | string, query?: RenderedQuery) => provider.#lastRendered(uri, query ?? {})),
			vscode.window.tabGroups.onDidChangeTabs((e) => e.opened.forEach((tab) => void provider.#maybeOpenByDefault(tab))),
			provider,
		);
	}

	readonly #extensionUri: vscode.Uri;
	readonly #analyses: Analyses;
	readonly #rendered = new Map<string, RenderedRecord>();
	readonly #previews = new Set<DumpPreview>();
	readonly #renderedEvent = new vscode.EventEmitter<RenderedRecord>();
	#renderSeq = 0;
	/**
	 * Documents already shown in a preview or asked for as text in this session. Open-by-default applies to a
	 * document's first opening only, so "Open as Text", "Reopen Editor With..." and source reveals keep their text editor.
	 */
	readonly #seen = new Set<string>();

	constructor(extensionUri: vscode.Uri, analyses: Analyses) {
		this.#extensionUri = extensionUri;
		this.#analyses = analyses;
	}

	dispose(): void {
		this.#renderedEvent.dispose();
	}

	async resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): Promise<void> {
		this.#seen.add(document.uri.toString());
		const preview = new DumpPreview(document, panel, {
			extensionUri: this.#extensionUri,
			analyses: this.#analyses,
			problems: diagnosticsProblemProvider,
			onRendered: (rendering) => {
				const record = { ...rendering, seq: ++this.#renderSeq };
				this.#rendered.set(record.uri, record);
				this.#renderedEvent.fire(record);
			},
			onOpenAsText: (uri) => this.#seen.add(uri),
		});
		this.#previews.add(preview);
		panel.onDidDispose(() => {
			this.#previews.delete(preview);
			preview.dispose();
		});
	}

	/** Scrolls every preview of `uri` to a zero-based dump line (used by the Page Dump Outline view). */
	#scrollToLine(uri: vscode.Uri | string, line: number): boolean {
		const key = uri.toString();
		let found = false;
		for (const preview of this.#previews) {
			if (preview.source !== key) continue;
			preview.scrollToLine(line);
			found = true;
		}
		return found;
	}

	async #open(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
		const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
		const target = uri instanceof vscode.Uri ? uri
			: vscode.window.activeTextEditor?.document.uri
			?? (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined);
		if (!target) {
			void vscode.window.showInformationMessage('Open a page dump (.txt) first, then run this command.');
			return;
		}
		await vscode.commands.executeCommand('vscode.openWith', target, DumpPreviewEditor.viewType, toSide ? vscode.ViewColumn.Beside : undefined);
	}

	/** Resolves with the last confirmed rendering of `uri`, waiting (up to timeoutMs) for one that matches the query. */
	#lastRendered(uri: vscode.Uri | string | undefined, { minVersion = 0, after = -1, timeoutMs = 0 }: RenderedQuery): Promise<RenderedRecord | undefined> {
		const key = uri === undefined ? undefined : uri.toString();
		const matches = (r: RenderedRecord | undefined): r is RenderedRecord =>
			!!r && (key === undefined || r.uri === key) && r.version >= minVersion && r.seq > after;
		const latest = key === undefined ? [...this.#rendered.values()].pop() : this.#rendered.get(key);
		if (matches(latest) || timeoutMs <= 0) return Promise.resolve(latest);
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				listener.dispose();
				resolve(key === undefined ? undefined : this.#rendered.get(key));
			}, timeoutMs);
			const listener = this.#renderedEvent.event((r) => {
				if (!matches(r)) return;
				clearTimeout(timer);
				listener.dispose();
				resolve(r);
			});
		});
	}

	/** With `pageDump.preview.openByDefault`, a .txt dump opened as text is reopened in the preview. */
	async #maybeOpenByDefault(tab: vscode.Tab): Promise<void> {
		if (!(tab.input instanceof vscode.TabInputText)) return;
		const uri = tab.input.uri;
		if (!/\.txt$/i.test(uri.path) || this.#seen.has(uri.toString())) return;
		if (!readSettings(uri).openByDefault) return;
		try {
			const doc = await vscode.workspace.openTextDocument(uri);
			if (!isDump(doc)) return;
			await vscode.commands.executeCommand('vscode.openWith', uri, DumpPreviewEditor.viewType, { viewColumn: tab.group.viewColumn, preview: tab.isPreview });
			const stale = tab.group.tabs.find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
			if (stale) await vscode.window.tabGroups.close(stale, true);
		} catch (err) {
			console.error('pageDump: open by default failed', err);
		}
	}
}

interface PreviewHost {
	readonly extensionUri: vscode.Uri;
	readonly analyses: Analyses;
	readonly problems: ProblemSource;
	onRendered(rendering: Omit<RenderedRecord, 'seq'>): void;
	onOpenAsText(uri: string): void;
}

/** One preview panel of one document. */
class DumpPreview {
	readonly #document: vscode.TextDocument;
	readonly #panel: vscode.WebviewPanel;
	readonly #host: PreviewHost;
	readonly #source: string;
	readonly #disposables: vscode.Disposable[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#ready = false;
	#postedVersion = -1;
	#postedKinds = new Map<number, RenderedRecord['kind']>();
	/** Counts the renderings posted (and shells set): a rendering still posting its pieces stops when it changes. */
	#posting = 0;
	#forceNext = false;
	#baseUrl: string | undefined;
	#ignoreEditorScrollUntil = 0;
	#problemsSubscription: { dispose(): void } | undefined;
	#disposed = false;
	/** The user clicked "Load remote images" in this preview (trusted workspaces only); lasts as long as the preview. */
	#allowRemoteImages = false;

	constructor(document: vscode.TextDocument, panel: vscode.WebviewPanel, host: PreviewHost) {
		this.#document = document;
		this.#panel = panel;
		this.#host = host;
		this.#source = document.uri.toString();
		const media = vscode.Uri.joinPath(host.extensionUri, 'media');
		const distMedia = vscode.Uri.joinPath(host.extensionUri, 'dist', 'media');
		panel.webview.options = { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [media, distMedia] };
		this.#setShell();

		this.#disposables.push(
			panel.webview.onDidReceiveMessage((m: unknown) => this.#onMessage(m)),
			vscode.workspace.onDidChangeTextDocument((e) => {
				if (e.document.uri.toString() === this.#source && e.contentChanges.length > 0) this.#schedule();
			}),
			vscode.workspace.onDidChangeConfiguration((e) => {
				if (e.affectsConfiguration('pageDump.preview.images', document.uri)) this.#setShell();
				else if (e.affectsConfiguration('pageDump', document.uri)) this.#schedule(true);
			}),
			// Trust changes what images may load, and the CSP lives in the shell.
			vscode.workspace.onDidGrantWorkspaceTrust(() => this.#setShell()),
			// Site rules changed: render again with them.
			onDidChangePreviewReview(() => this.#schedule(true)),
			vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.#onEditorScroll(e)),
			vscode.window.onDidChangeTextEditorSelection((e) => this.#onEditorSelection(e)),
		);
		this.#subscribeProblems();
	}

	/** The previewed document's URI, as a string. */
	get source(): string {
		return this.#source;
	}

	/** Scrolls the preview so the block holding a zero-based dump line is at the top. */
	scrollToLine(line: number): void {
		if (this.#ready) void this.#post({ type: 'scrollToLine', source: this.#source, line });
	}

	/** Re-renders when the dump's problems change: the rendering is reused, only the problems list is new. */
	#subscribeProblems(): void {
		this.#problemsSubscription?.dispose();
		this.#problemsSubscription = this.#host.problems.onDidChange((uri) => {
			if (uri === this.#source) this.#schedule(true);
		});
	}

	dispose(): void {
		this.#disposed = true;
		clearTimeout(this.#timer);
		this.#problemsSubscription?.dispose();
		this.#disposables.forEach((d) => d.dispose());
		this.#disposables.length = 0;
	}

	/** (Re)writes the shell; needed when the images setting changes because the CSP lives in the HTML. */
	#setShell(): void {
		const webview = this.#panel.webview;
		const { settings } = readSettings(this.#document.uri, this.#allowRemoteImages);
		this.#ready = false;
		this.#postedVersion = -1;
		this.#posting++;
		webview.html = previewShellHtml({
			cspSource: webview.cspSource,
			scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.#host.extensionUri, 'dist', 'media', 'preview.js')).toString(),
			styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.#host.extensionUri, 'media', 'preview.css')).toString(),
			initial: { source: this.#source, settings },
		});
	}

	#schedule(force = false): void {
		this.#forceNext ||= force;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#refresh(), UPDATE_DELAY_MS);
	}

	/** Renders the current version and posts it, unless it was posted already or a newer edit arrived meanwhile. */
	async #refresh(): Promise<void> {
		if (!this.#ready || this.#disposed) return;
		const version = this.#document.version;
		if (version === this.#postedVersion && !this.#forceNext) return;
		this.#forceNext = false;
		const { settings, maxSize } = readSettings(this.#document.uri, this.#allowRemoteImages);
		const input = { source: this.#source, version, fileName: this.#document.uri.path.split('/').pop() ?? 'dump', settings, maxSize };
		// Reduced mode: past the limit the text is not even copied; outline and diagnostics still run (on the worker).
		const tooLarge = tooLargeMessage(input, documentLength(this.#document));
		if (tooLarge) return this.#show(version, tooLarge);
		let rendered: PreviewContent | ShowMessage | undefined;
		try {
			// The version's shared analysis (in-thread, or on the worker for a big dump). Problems are added below, so
			// that a new set of diagnostics reuses the rendering.
			const analysis = this.#host.analyses.of(this.#document);
			// With the config file's site rules for the page's host (review/), in-thread or on the worker alike.
			rendered = await analysis.preview({ ...input, isDump: isDump(this.#document), sites: configFor(this.#document.uri).sites });
		} catch (err) {
			rendered = { type: 'showMessage', source: this.#source, version, title: 'The preview failed', detail: `Rendering this file threw an error: ${err instanceof Error ? err.message : String(err)}`, openAsText: true };
		}
		// Edited or closed meanwhile: the newer version's refresh posts.
		if (!rendered || this.#disposed || this.#document.version !== version) return;
		const problems = this.#host.problems.problemsFor(this.#source);
		await this.#show(version, rendered.type === 'updateContent' ? { ...rendered, problems, stats: { ...rendered.stats, problems: problems.length } } : rendered);
	}

	/**
	 * Posts a rendering. An article's HTML goes a piece a message (previewModel.ts `contentMessages`), each awaited
	 * before the next, so the host never joins a large article's HTML nor serializes it at once (issue 11); a newer
	 * rendering, a new shell or the panel's end stops the pieces of this one.
	 */
	async #show(version: number, message: PreviewContent | ShowMessage): Promise<void> {
		this.#baseUrl = message.type === 'updateContent' ? message.metadata.find((m) => m.key === 'url')?.value : undefined;
		this.#postedVersion = version;
		this.#postedKinds.set(version, message.type === 'updateContent' ? 'content' : 'message');
		// Only recent versions can still be confirmed by the webview.
		for (const v of this.#postedKinds.keys()) if (v < version - 10) this.#postedKinds.delete(v);
		const posting = ++this.#posting;
		if (message.type === 'showMessage') {
			await this.#post(message);
			return;
		}
		for (const part of contentMessages(message)) {
			if (this.#disposed || posting !== this.#posting) return;
			await this.#post(part);
		}
	}

	#post(message: ToWebview): Thenable<boolean> {
		return this.#panel.webview.postMessage(message);
	}

	#onMessage(raw: unknown): void {
		if (typeof raw !== 'object' || raw === null) return;
		const m = raw as FromWebview;
		// A message from an older shell of this panel, or from somewhere else entirely.
		if (m.source !== this.#source) return;
		switch (m.type) {
			case 'ready':
				this.#ready = true;
				this.#postedVersion = -1;
				void this.#refresh();
				break;
			case 'revealLine':
				if (isLine(m.line)) void this.#reveal(m.line, isLine(m.endLine) ? m.endLine : m.line);
				break;
			case 'openLink':
				if (typeof m.href === 'string') void this.#openLink(m.href);
				break;
			case 'didScroll':
				if (isLine(m.line)) this.#syncEditors(m.line);
				break;
			case 'rendered':
				if (typeof m.version === 'number' && typeof m.title === 'string' && typeof m.textLength === 'number' && typeof m.problems === 'number') {
					const kind = this.#postedKinds.get(m.version) ?? (m.textLength > 0 ? 'content' : 'message');
					const pieces = typeof m.pieces === 'number' ? m.pieces : undefined;
					this.#host.onRendered({ uri: this.#source, version: m.version, title: m.title, textLength: m.textLength, problems: m.problems, kind, pieces });
				}
				break;
			case 'toggleRemoved':
				// Kept by the webview in its own state; nothing to do on this side.
				break;
			case 'openAsText':
				void this.#openAsText();
				break;
			case 'correct':
				previewCorrection(this.#document.uri, m);
				break;
			case 'allowRemoteImages':
				// Only where the preview offered it: the webview's word alone never loads images in an untrusted workspace.
				if (vscode.workspace.isTrusted && !this.#allowRemoteImages) {
					this.#allowRemoteImages = true;
					this.#setShell();
				}
				break;
		}
	}

	#editors(): vscode.TextEditor[] {
		return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === this.#source);
	}

	/** Shows the dump lines in a text editor beside the preview (or the one already showing the dump) and selects them. */
	async #reveal(line: number, endLine: number): Promise<void> {
		const last = Math.max(0, this.#document.lineCount - 1);
		const start = new vscode.Position(Math.min(line, last), 0);
		const end = this.#document.lineAt(Math.min(Math.max(endLine, line), last)).range.end;
		const existing = this.#editors()[0];
		// The editor scrolls to the block; echoing that back would jump the preview away from what was clicked.
		this.#ignoreEditorScrollUntil = Date.now() + REVEAL_ECHO_MS;
		const editor = await vscode.window.showTextDocument(this.#document, {
			viewColumn: existing?.viewColumn ?? vscode.ViewColumn.Beside,
			preserveFocus: false,
			preview: false,
		});
		// Cursor at the block's first line so the status bar and the cursor highlight point at it.
		editor.selection = new vscode.Selection(start, start);
		editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}

	/** Opens http, https and mailto links outside VS Code; relative links resolve against the article's URL. */
	async #openLink(href: string): Promise<void> {
		const raw = href.trim();
		let target: string | undefined;
		if (isSafeLinkUrl(raw)) {
			try {
				target = new URL(raw, this.#baseUrl && /^https?:/i.test(this.#baseUrl) ? this.#baseUrl : undefined).toString();
			} catch {
				target = undefined;
			}
		}
		if (!target || !/^(https?|mailto):/i.test(target)) {
			void vscode.window.showWarningMessage(`Page Dump Preview did not open the link "${raw.slice(0, 200)}": only http, https and mailto links open.`);
			return;
		}
		await vscode.env.openExternal(vscode.Uri.parse(target, true));
	}

	#syncEditors(line: number): void {
		this.#ignoreEditorScrollUntil = Date.now() + SCROLL_ECHO_MS;
		const position = new vscode.Position(Math.min(line, Math.max(0, this.#document.lineCount - 1)), 0);
		for (const editor of this.#editors()) editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
	}

	#onEditorScroll(e: vscode.TextEditorVisibleRangesChangeEvent): void {
		if (!this.#ready || e.textEditor.document.uri.toString() !== this.#source || Date.now() < this.#ignoreEditorScrollUntil) return;
		const top = e.visibleRanges[0]?.start.line;
		if (top !== undefined) void this.#post({ type: 'scrollToLine', source: this.#source, line: top });
	}

	#onEditorSelection(e: vscode.TextEditorSelectionChangeEvent): void {
		if (!this.#ready || e.textEditor.document.uri.toString() !== this.#source) return;
		const line = e.selections[0]?.active.line;
		void this.#post({ type: 'highlightLines', source: this.#source, startLine: line, endLine: line });
	}

	async #openAsText(): Promise<void> {
		this.#host.onOpenAsText(this.#source);
		const column = this.#panel.viewColumn;
		await vscode.commands.executeCommand('vscode.openWith', this.#document.uri, 'default', column);
		// The text editor replaces the preview, as "Reopen Editor With..." does.
		for (const group of vscode.window.tabGroups.all) {
			for (const tab of group.tabs) {
				if (tab.input instanceof vscode.TabInputCustom && tab.input.viewType === DumpPreviewEditor.viewType && tab.input.uri.toString() === this.#source && group.viewColumn === column) {
					await vscode.window.tabGroups.close(tab, true);
				}
			}
		}
	}
}

function isLine(n: unknown): n is number {
	return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}
