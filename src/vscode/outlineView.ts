// "Page Dump Outline" in the Explorer: the article's headings and the metadata of the active dump, whether it is shown
// in the Page Dump Preview (whose custom editor gets no Outline panel) or as text. A click scrolls the preview or
// reveals the source.
import * as vscode from 'vscode';
import type { OutlineNode } from '../core/index';
import { logFailure, type Analyses } from './analyses';
import { toRange } from './convert';
import { configFor } from './review/configLayer';

const OUTLINE_VIEW_ID = 'pageDump.outline';
const REVEAL_COMMAND = 'pageDump.outline.reveal';
/** Test hook: the view's current content as plain data. */
const VIEW_STATE_COMMAND = 'pageDump._outlineView';
/** The preview's command to scroll to a dump line, when the preview provides one (arguments: uri, zero-based line). */
const PREVIEW_SCROLL_COMMAND = 'pageDump.preview.scrollToLine';
const PREVIEW_VIEW_TYPE = 'pageDump.preview';
// Edits arrive per keystroke; the tree follows once per pause.
const REFRESH_DELAY_MS = 300;

type Mode = 'preview' | 'text';

interface Item {
	readonly label: string;
	readonly description?: string;
	readonly icon: string;
	readonly node?: OutlineNode;
	readonly children: readonly Item[];
	readonly expanded?: boolean;
}

interface Followed {
	readonly document: vscode.TextDocument;
	readonly mode: Mode;
}

const ICONS: Readonly<Record<OutlineNode['kind'], string>> = { article: 'book', heading: 'symbol-string', metadata: 'symbol-property', region: 'symbol-namespace' };

function itemOf(node: OutlineNode): Item {
	return { label: node.name, description: node.detail, icon: ICONS[node.kind], node, children: node.children.map(itemOf), expanded: node.kind === 'article' };
}

function rootsOf(outline: readonly OutlineNode[]): Item[] {
	const article = outline.filter((n) => n.kind === 'article').map(itemOf);
	const metadata = outline.filter((n) => n.kind === 'metadata').map(itemOf);
	return [...article, ...(metadata.length > 0 ? [{ label: 'Metadata', icon: 'info', children: metadata, expanded: true }] : [])];
}

export class DumpOutlineView implements vscode.TreeDataProvider<Item>, vscode.Disposable {
	readonly #changed = new vscode.EventEmitter<Item | undefined>();
	readonly onDidChangeTreeData = this.#changed.event;
	readonly #disposables: vscode.Disposable[] = [];
	#followed: Followed | undefined;
	#roots: readonly Item[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#analyses!: Analyses;
	/** Bumped by every refresh, so a big dump's outline that arrives late does not overwrite a newer one. */
	#refreshes = 0;

	/** `analyses`: where every dump's outline comes from, in-thread or on the worker. */
	static register(analyses: Analyses): vscode.Disposable {
		const view = new DumpOutlineView();
		view.#analyses = analyses;
		const tree = vscode.window.createTreeView(OUTLINE_VIEW_ID, { treeDataProvider: view, showCollapseAll: true });
		view.#disposables.push(
			tree,
			vscode.window.onDidChangeActiveTextEditor(() => view.#follow()),
			vscode.window.tabGroups.onDidChangeTabs(() => view.#follow()),
			vscode.window.tabGroups.onDidChangeTabGroups(() => view.#follow()),
			vscode.workspace.onDidChangeTextDocument((e) => {
				if (e.document === view.#followed?.document) view.#schedule();
			}),
			vscode.workspace.onDidOpenTextDocument(() => view.#follow()),
			vscode.commands.registerCommand(REVEAL_COMMAND, (uri: string, start: number, end: number) => view.#reveal(uri, start, end)),
			vscode.commands.registerCommand(VIEW_STATE_COMMAND, () => view.#state()),
		);
		void view.#follow();
		return view;
	}

	getTreeItem(item: Item): vscode.TreeItem {
		const state = item.children.length === 0 ? vscode.TreeItemCollapsibleState.None : item.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
		const tree = new vscode.TreeItem(item.label, state);
		tree.description = item.description;
		tree.iconPath = new vscode.ThemeIcon(item.icon);
		const followed = this.#followed;
		if (item.node && followed) {
			const line = followed.document.positionAt(item.node.selectionRange.start).line;
			tree.tooltip = `${item.label}\nLine ${line + 1}`;
			tree.command = {
				command: REVEAL_COMMAND,
				title: followed.mode === 'preview' ? 'Scroll the preview here' : 'Reveal in the dump',
				arguments: [followed.document.uri.toString(), item.node.selectionRange.start, item.node.selectionRange.end],
			};
		}
		return tree;
	}

	getChildren(item?: Item): Item[] {
		return [...(item ? item.children : this.#roots)];
	}

	/** Finds the dump in the active tab: the preview's document, or a text editor's. */
	async #active(): Promise<Followed | undefined> {
		const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
		if (input instanceof vscode.TabInputCustom && input.viewType === PREVIEW_VIEW_TYPE) {
			const key = input.uri.toString();
			const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key) ?? (await vscode.workspace.openTextDocument(input.uri));
			return { document, mode: 'preview' };
		}
		const editor = vscode.window.activeTextEditor;
		if (editor && this.#analyses.isDump(editor.document)) return { document: editor.document, mode: 'text' };
		// Focus in a panel or another view leaves the last dump in place.
		if (!input || (!(input instanceof vscode.TabInputText) && !(input instanceof vscode.TabInputCustom))) return this.#followed;
		return undefined;
	}

	async #follow(): Promise<void> {
		try {
			const next = await this.#active();
			const same = next?.document === this.#followed?.document && next?.mode === this.#followed?.mode;
			this.#followed = next;
			if (!same) this.#refresh();
		} catch (err) {
			logFailure('outline view', err);
		}
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#refresh(), REFRESH_DELAY_MS);
	}

	#refresh(): void {
		this.#roots = [];
		const refresh = ++this.#refreshes;
		const followed = this.#followed;
		if (followed) void this.#load(followed.document, refresh);
		this.#changed.fire(undefined);
	}

	/** The outline of the followed dump's current version; a big dump's arrives from the worker a little later. */
	async #load(document: vscode.TextDocument, refresh: number): Promise<void> {
		try {
			const outline = await this.#analyses.forDump(document)?.outline(undefined, configFor(document.uri).sites);
			if (!outline || refresh !== this.#refreshes) return;
			this.#roots = rootsOf(outline);
			this.#changed.fire(undefined);
		} catch (err) {
			logFailure('outline view', err);
		}
	}

	/** Scrolls the preview to the node when the dump is shown in the preview, else selects it in a text editor. */
	async #reveal(uri: string, start: number, end: number): Promise<void> {
		try {
			const followed = this.#followed;
			const document = followed && followed.document.uri.toString() === uri ? followed.document : await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
			const range = toRange(document, { start, end });
			if (followed?.mode === 'preview' && (await vscode.commands.getCommands(true)).includes(PREVIEW_SCROLL_COMMAND)) {
				await vscode.commands.executeCommand(PREVIEW_SCROLL_COMMAND, document.uri, range.start.line);
				return;
			}
			const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
			const editor = await vscode.window.showTextDocument(document, {
				viewColumn: visible?.viewColumn ?? (followed?.mode === 'preview' ? vscode.ViewColumn.Beside : undefined),
				preserveFocus: false,
				preview: false,
			});
			editor.selection = new vscode.Selection(range.start, range.end);
			editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
		} catch (err) {
			logFailure('outline reveal', err);
		}
	}

	#state(): { uri?: string; mode?: Mode; items: unknown[] } {
		const plain = (items: readonly Item[]): unknown[] => items.map((i) => ({ label: i.label, description: i.description, children: plain(i.children) }));
		return { uri: this.#followed?.document.uri.toString(), mode: this.#followed?.mode, items: plain(this.#roots) };
	}

	dispose(): void {
		clearTimeout(this.#timer);
		this.#disposables.forEach((d) => d.dispose());
		this.#changed.dispose();
	}
}
