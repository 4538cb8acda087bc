// The Page Dumps view: every dump of the workspace with its title, site, kind, words, problems and review state,
// grouped, filtered and sorted, with a badge of how many are left to review. Indexing runs on a worker. Redraws are
// throttled and incremental: only the groups and rows that changed are sent to VS Code (dumpsTree.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type DiagnoseOptions, hostMatches, type GroupBy, nextToReview, type QueueFilter, type QueueGroup, type ReportRow, rowIsToReview, type Severity, type SiteRuleTable, type SortKey } from '../../core/index';
import { readDiagnosticsSettings } from '../diagnosticsManager';
import type { ConfigStore } from './configStore';
import { DumpsTreeModel } from './dumpsTree';
import type { IndexConfig } from './indexProtocol';
import { ReviewIndex, type IndexTarget } from './reviewIndex';
import type { ReviewStore } from './reviewStore';

export const DUMPS_VIEW_ID = 'pageDump.dumps';
const DUMP_GLOB = '**/*.txt';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/.pagedump/**}';
// The tree is redrawn at most this often while the index fills, so a 10,000-dump index does not redraw 600 times:
// each redraw sends every group that got new rows (in path order, rows of most sites arrive in every batch).
// Approvals and filters redraw at once.
const REFRESH_THROTTLE_MS = 1000;
// File events come in bursts (a checkout, an unpack); one index update per burst.
const REINDEX_DELAY_MS = 500;
const CACHE_FILE = 'review-index.json';
/** Rows the view leaves out: text files that are not dumps at all. They still count in the report. */
const NOT_DUMPS = new Set(['not a page dump', 'empty file']);

const STATE_ICONS: Record<ReportRow['review'], [string, string | undefined]> = {
	unreviewed: ['circle-large-outline', undefined],
	approved: ['pass-filled', 'testing.iconPassed'],
	'needs-work': ['warning', 'list.warningForeground'],
	rejected: ['error', 'list.errorForeground'],
};
const STATE_LABELS: Record<ReportRow['review'], string> = { unreviewed: 'unreviewed', approved: 'approved', 'needs-work': 'needs work', rejected: 'rejected' };

/**
 * A node of the tree. The view keeps one object per group and per row and updates it in place, because VS Code knows
 * elements by identity: an element handed to onDidChangeTreeData must be the one getChildren returned.
 */
export type DumpsNode = { readonly kind: 'group'; group: QueueGroup } | { readonly kind: 'dump'; row: ReportRow; uri: vscode.Uri; readonly group?: string };

function problemText(r: ReportRow): string {
	const parts: string[] = [];
	if (r.problems.error) parts.push(`${r.problems.error}E`);
	if (r.problems.warning) parts.push(`${r.problems.warning}W`);
	if (r.problems.info) parts.push(`${r.problems.info}I`);
	return parts.join(' ');
}

export class DumpsView implements vscode.TreeDataProvider<DumpsNode>, vscode.Disposable {
	readonly #index: ReviewIndex;
	readonly #store: ReviewStore;
	readonly #configs: ConfigStore;
	readonly #storage: vscode.Uri | undefined;
	readonly #changed = new vscode.EventEmitter<DumpsNode | DumpsNode[] | undefined>();
	readonly #view: vscode.TreeView<DumpsNode>;
	readonly #disposables: vscode.Disposable[] = [];
	readonly #indexedEvent = new vscode.EventEmitter<void>();
	#filter: QueueFilter = {};
	#sort: SortKey = 'path';
	#group: GroupBy = 'site';
	#groups: readonly QueueGroup[] = [];
	readonly #model = new DumpsTreeModel();
	/** The node objects handed to VS Code, by group key and by `group\0path`. */
	#groupNodes = new Map<string, DumpsNode & { kind: 'group' }>();
	#rowNodes = new Map<string, DumpsNode & { kind: 'dump' }>();
	/** Tree items kept per row object: an unchanged row is the same object across redraws (dumpsTree.ts). */
	#items = new WeakMap<ReportRow, vscode.TreeItem>();
	/** What changed since the last redraw told VS Code: everything, or these nodes (a rebuild between redraws adds up). */
	#pendingFull = true;
	readonly #pendingNodes = new Set<DumpsNode>();
	#uris = new Map<string, vscode.Uri>();
	/** Absolute path of each indexed relative path, rebuilt with the groups. */
	#byRel = new Map<string, string>();
	#refreshTimer: ReturnType<typeof setTimeout> | undefined;
	#reindexTimer: ReturnType<typeof setTimeout> | undefined;
	#indexing: Promise<void> | undefined;
	#indexed = false;
	#progressText = '';
	#started: Promise<void> | undefined;

	readonly onDidChangeTreeData = this.#changed.event;
	/** Fires when an index run finishes. */
	readonly onDidIndex = this.#indexedEvent.event;

	constructor(context: vscode.ExtensionContext, store: ReviewStore, configs: ConfigStore) {
		this.#index = new ReviewIndex(path.join(context.extensionPath, 'dist', 'indexWorker.js'));
		this.#store = store;
		this.#configs = configs;
		this.#storage = context.storageUri;
		this.#view = vscode.window.createTreeView(DUMPS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
		const watcher = vscode.workspace.createFileSystemWatcher(DUMP_GLOB);
		this.#disposables.push(
			this.#view,
			watcher,
			watcher.onDidCreate(() => this.scheduleIndex()),
			watcher.onDidChange(() => this.scheduleIndex()),
			watcher.onDidDelete(() => this.scheduleIndex()),
			// Indexing starts when the view is first shown (or a review command needs it), not in every workspace with a .txt.
			this.#view.onDidChangeVisibility((e) => {
				if (e.visible) void this.ensureStarted();
			}),
			store.onDidChange(() => this.#refreshSoon(true)),
			configs.onDidChange(() => this.scheduleIndex()),
			vscode.workspace.onDidChangeConfiguration((e) => {
				if (e.affectsConfiguration('pageDump.diagnostics')) this.scheduleIndex();
			}),
			this.#changed,
			this.#indexedEvent,
			{ dispose: () => this.#index.dispose() },
		);
	}

	dispose(): void {
		clearTimeout(this.#refreshTimer);
		clearTimeout(this.#reindexTimer);
		this.#disposables.forEach((d) => d.dispose());
	}

	get view(): vscode.TreeView<DumpsNode> {
		return this.#view;
	}

	get filter(): QueueFilter {
		return this.#filter;
	}

	get sort(): SortKey {
		return this.#sort;
	}

	get group(): GroupBy {
		return this.#group;
	}

	get indexed(): boolean {
		return this.#indexed;
	}

	setFilter(filter: QueueFilter): void {
		this.#filter = filter;
		void vscode.commands.executeCommand('setContext', 'pageDump.dumpsFiltered', Object.keys(filter).length > 0);
		this.#refreshSoon(true);
	}

	setSort(sort: SortKey): void {
		this.#sort = sort;
		this.#refreshSoon(true);
	}

	setGroup(group: GroupBy): void {
		this.#group = group;
		this.#refreshSoon(true);
	}

	/** Starts the index once: at the first showing of the view, or when a review command needs it. */
	ensureStarted(): Promise<void> {
		return (this.#started ??= this.#start().catch((e) => console.error('pageDump: the review index failed to start', e)));
	}

	/** Starts indexing from the previous session's cache (rows show at once), then brings it up to date. */
	async #start(): Promise<void> {
		if (this.#storage) {
			try {
				const restored = this.#index.restore(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.#storage, CACHE_FILE))));
				if (restored > 0) this.#refreshSoon(true);
			} catch {
				// No cache yet.
			}
		}
		await this.#configs.ready;
		await this.#store.reload();
		await this.reindex();
	}

	scheduleIndex(): void {
		if (!this.#started) return;
		clearTimeout(this.#reindexTimer);
		this.#reindexTimer = setTimeout(() => void this.reindex(), REINDEX_DELAY_MS);
	}

	/** Brings the index up to date with the workspace; resolves when done (a newer run supersedes this one). */
	reindex(): Promise<void> {
		if (!this.#started) return this.ensureStarted();
		const run = this.#runIndex().catch((e) => {
			// The view keeps what it has; the next file event or Re-index tries again.
			console.error('pageDump: indexing page dumps failed', e);
			this.#progressText = `Indexing failed: ${e instanceof Error ? e.message : String(e)}`;
			this.#refreshSoon(true);
		});
		this.#indexing = run;
		return run;
	}

	/** Waits for the current index run (for tests and the report). */
	async whenIndexed(): Promise<void> {
		await this.ensureStarted();
		while (this.#indexing) {
			const current = this.#indexing;
			await current;
			if (this.#indexing === current) break;
		}
	}

	async #runIndex(): Promise<void> {
		const uris = await vscode.workspace.findFiles(DUMP_GLOB, EXCLUDE_GLOB);
		uris.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		this.#uris = new Map(uris.map((u) => [u.fsPath, u]));
		const targets = uris.map((u): IndexTarget => ({ abs: u.fsPath, rel: vscode.workspace.asRelativePath(u, (vscode.workspace.workspaceFolders?.length ?? 0) > 1).replace(/\\/g, '/'), config: this.#indexConfig(u) }));
		const started = Date.now();
		let first = 0;
		await vscode.window.withProgress({ location: { viewId: DUMPS_VIEW_ID }, title: 'Indexing page dumps' }, async () => {
			const current = await this.#index.update(targets, (p) => {
				if (!first && p.entries.length) first = Date.now() - started;
				this.#progressText = p.done < p.total ? `Indexing ${p.done.toLocaleString()} of ${p.total.toLocaleString()} files…` : '';
				this.#refreshSoon(false);
			});
			if (!current) return;
			this.#indexed = true;
			this.#progressText = '';
			this.#refreshSoon(true);
			console.info(`pageDump: review index of ${targets.length} files in ${Date.now() - started} ms (first items after ${first} ms)`);
			await this.#saveCache();
		});
		this.#indexedEvent.fire();
	}

	/** The config a file is summarized with: the diagnostics settings of its folder with its config file on top. */
	#indexConfig(uri: vscode.Uri): IndexConfig {
		const config = this.#configs.configFor(uri);
		const file = this.#configs.fileFor(uri)?.uri.toString() ?? '';
		const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri;
		// Plain data, as it crosses to the worker (settings objects are proxies); "now" is the worker's own.
		const { now: _now, ...options } = readDiagnosticsSettings(uri).options;
		const diagnose = JSON.parse(JSON.stringify(options)) as DiagnoseOptions;
		const sites = config.sites && (JSON.parse(JSON.stringify(config.sites)) as SiteRuleTable);
		return { key: JSON.stringify([folder?.toString(), file, diagnose, sites ?? {}]), diagnose, sites };
	}

	async #saveCache(): Promise<void> {
		if (!this.#storage) return;
		try {
			await vscode.workspace.fs.createDirectory(this.#storage);
			await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.#storage, CACHE_FILE), new TextEncoder().encode(this.#index.serialize()));
		} catch (e) {
			console.warn('pageDump: could not save the review index cache', e);
		}
	}

	/** Every indexed file as a report row with its review state (the report includes files that are not dumps). */
	allRows(): ReportRow[] {
		return this.#model.rows(this.#index.entries.values(), (entry) => this.#store.entry(this.uriOf(entry.abs)));
	}

	/** The dumps the view lists (files that are not dumps left out). */
	dumpRows(): ReportRow[] {
		return this.allRows().filter((r) => !(r.skipped && NOT_DUMPS.has(r.skipped)));
	}

	/** The indexed dumps of a host (`www.` and not alike) other than `except`, in path order, with their sizes. */
	siteDumps(host: string, except: vscode.Uri): { uri: vscode.Uri; bytes: number }[] {
		const out: { uri: vscode.Uri; bytes: number }[] = [];
		for (const entry of this.#index.entries.values()) {
			const site = entry.summary.site;
			if (!site || entry.summary.skipped || entry.abs === except.fsPath || !hostMatches(host, site)) continue;
			out.push({ uri: this.uriOf(entry.abs), bytes: entry.summary.bytes });
		}
		return out.sort((a, b) => (a.uri.path < b.uri.path ? -1 : 1));
	}

	uriOf(abs: string): vscode.Uri {
		return this.#uris.get(abs) ?? vscode.Uri.file(abs);
	}

	/** The file URI of a row (by its relative path). */
	uriOfRow(row: ReportRow): vscode.Uri | undefined {
		const abs = this.#byRel.get(row.path);
		return abs === undefined ? undefined : this.uriOf(abs);
	}

	rowOf(uri: vscode.Uri): ReportRow | undefined {
		const entry = this.#index.entries.get(uri.fsPath);
		return entry ? this.dumpRows().find((r) => r.path === entry.rel) : undefined;
	}

	groups(): readonly QueueGroup[] {
		return this.#groups;
	}

	/** The next dump to review after `current` in the view's order, or undefined when none is left. */
	next(current?: vscode.Uri): { row: ReportRow; uri: vscode.Uri } | undefined {
		this.#rebuild();
		const rel = current ? this.#index.entries.get(current.fsPath)?.rel : undefined;
		const row = nextToReview(this.#groups, rel);
		const uri = row && this.uriOfRow(row);
		return row && uri ? { row, uri } : undefined;
	}

	/** Selects a dump's row in the view (when the view is visible). */
	async reveal(uri: vscode.Uri): Promise<void> {
		const node = this.#nodeOf(uri);
		if (node && this.#view.visible) await this.#view.reveal(node, { select: true, focus: false }).then(undefined, () => undefined);
	}

	#nodeOf(uri: vscode.Uri): DumpsNode | undefined {
		const rel = this.#index.entries.get(uri.fsPath)?.rel;
		for (const g of this.#groups) {
			const row = g.rows.find((r) => r.path === rel);
			if (row) return this.#dumpNode(row, this.#group === 'none' ? undefined : g.key);
		}
		return undefined;
	}

	#refreshSoon(now: boolean): void {
		if (now) {
			clearTimeout(this.#refreshTimer);
			this.#refreshTimer = undefined;
			this.#redraw();
			return;
		}
		this.#refreshTimer ??= setTimeout(() => {
			this.#refreshTimer = undefined;
			this.#redraw();
		}, REFRESH_THROTTLE_MS);
	}

	/** Rebuilds the groups and adds what changed to what the next redraw tells VS Code; returns the rows. */
	#rebuild(): ReportRow[] {
		const { all, changed } = this.#rebuildDelta();
		if (!changed) {
			this.#pendingFull = true;
			this.#pendingNodes.clear();
		} else if (!this.#pendingFull) for (const n of changed) this.#pendingNodes.add(n);
		return all;
	}

	#rebuildDelta(): { all: ReportRow[]; changed: DumpsNode[] | undefined } {
		if (this.#byRel.size !== this.#index.entries.size) this.#byRel = new Map([...this.#index.entries.values()].map((e) => [e.rel, e.abs]));
		else for (const e of this.#index.entries.values()) if (this.#byRel.get(e.rel) !== e.abs) this.#byRel.set(e.rel, e.abs);
		const all = this.dumpRows();
		const delta = this.#model.update(all, this.#filter, this.#sort, this.#group);
		this.#groups = this.#model.groups;
		if (delta.full) {
			// New node objects for the new shape; the old ones are forgotten with the tree VS Code drops.
			this.#groupNodes = new Map();
			this.#rowNodes = new Map();
			return { all, changed: undefined };
		}
		const changed: DumpsNode[] = [];
		const groupKey = (g: QueueGroup): string | undefined => (this.#group === 'none' ? undefined : g.key);
		for (const g of this.#groups) {
			const node = this.#groupNodes.get(g.key);
			if (node) node.group = g;
		}
		for (const key of delta.groups) {
			const node = this.#groupNodes.get(key);
			// Not grouped: the one group's rows are the root's children.
			if (this.#group === 'none' || !node) return { all, changed: undefined };
			changed.push(node);
		}
		if (delta.rows.length > 0) {
			const paths = new Set(delta.rows);
			for (const g of this.#groups) {
				for (const row of g.rows) {
					if (!paths.has(row.path)) continue;
					const node = this.#rowNodes.get(`${groupKey(g) ?? ''}\u0000${row.path}`);
					if (!node) continue;
					node.row = row;
					changed.push(node);
				}
			}
		}
		return { all, changed };
	}

	#redraw(): void {
		const all = this.#rebuild();
		const left = all.filter(rowIsToReview).length;
		this.#view.badge = left > 0 ? { value: left, tooltip: `${left} page dump${left === 1 ? '' : 's'} to review` } : undefined;
		const shown = this.#groups.reduce((n, g) => n + g.rows.length, 0);
		const filterText = describeFilter(this.#filter);
		this.#view.description = filterText ? `${shown} of ${all.length} · ${filterText}` : `${all.length} dumps`;
		this.#view.message = this.#progressText || (filterText && shown === 0 ? 'No dump matches the filter.' : undefined);
		// Only what changed: a 10,000-row view is not sent again for one approval or one chunk of the index.
		if (this.#pendingFull) this.#changed.fire(undefined);
		else if (this.#pendingNodes.size > 0) this.#changed.fire([...this.#pendingNodes]);
		this.#pendingFull = false;
		this.#pendingNodes.clear();
	}

	getChildren(node?: DumpsNode): DumpsNode[] {
		if (!node) {
			if (this.#group === 'none') return (this.#groups[0]?.rows ?? []).map((row) => this.#dumpNode(row));
			return this.#groups.map((group) => {
				let node = this.#groupNodes.get(group.key);
				if (!node) this.#groupNodes.set(group.key, (node = { kind: 'group', group }));
				node.group = group;
				return node;
			});
		}
		if (node.kind === 'group') return node.group.rows.map((row) => this.#dumpNode(row, node.group.key));
		return [];
	}

	#dumpNode(row: ReportRow, group?: string): DumpsNode {
		const key = `${group ?? ''}\u0000${row.path}`;
		let node = this.#rowNodes.get(key);
		if (!node) this.#rowNodes.set(key, (node = { kind: 'dump', row, uri: this.uriOfRow(row) ?? vscode.Uri.file(row.path), group }));
		node.row = row;
		return node;
	}

	getParent(node: DumpsNode): DumpsNode | undefined {
		if (node.kind === 'group' || node.group === undefined) return undefined;
		let parent = this.#groupNodes.get(node.group);
		const group = parent ? undefined : this.#groups.find((g) => g.key === node.group);
		if (group) this.#groupNodes.set(group.key, (parent = { kind: 'group', group }));
		return parent;
	}

	getTreeItem(node: DumpsNode): vscode.TreeItem {
		if (node.kind === 'group') {
			const left = node.group.rows.filter(rowIsToReview).length;
			const item = new vscode.TreeItem(node.group.key || '(all)', vscode.TreeItemCollapsibleState.Expanded);
			item.id = `group:${this.#group}:${node.group.key}`;
			item.description = `${node.group.rows.length}${left ? ` · ${left} to review` : ''}`;
			item.iconPath = new vscode.ThemeIcon(this.#group === 'site' ? 'globe' : 'folder');
			item.contextValue = 'pageDump.dumpGroup';
			return item;
		}
		const r = node.row;
		const kept = this.#items.get(r);
		if (kept && (kept.command?.arguments?.[0] as vscode.Uri | undefined)?.toString() === node.uri.toString()) return kept;
		const item = new vscode.TreeItem(r.title || r.path.split('/').pop() || r.path, vscode.TreeItemCollapsibleState.None);
		item.id = `dump:${r.path}`;
		const problems = problemText(r);
		item.description = [r.skipped ? `skipped: ${r.skipped}` : r.kind, `${r.words.toLocaleString()} words`, problems, r.missing.length ? `missing ${r.missing.join(', ')}` : ''].filter(Boolean).join(' · ');
		const [icon, color] = STATE_ICONS[r.review];
		item.iconPath = new vscode.ThemeIcon(r.changed ? 'history' : icon, color ? new vscode.ThemeColor(color) : undefined);
		item.contextValue = `pageDump.dump.${r.review}`;
		item.command = { command: 'pageDump.review.open', title: 'Open in Preview', arguments: [node.uri] };
		item.accessibilityInformation = { label: `${r.title ?? r.path}, ${STATE_LABELS[r.review]}${r.changed ? ', changed since review' : ''}, ${r.words} words, ${problems || 'no problems'}` };
		this.#items.set(r, item);
		return item;
	}

	/** The tooltip, built when the row is hovered rather than for each of 10,000 rows on every redraw. */
	resolveTreeItem(item: vscode.TreeItem, node: DumpsNode): vscode.TreeItem {
		if (node.kind !== 'dump' || item.tooltip) return item;
		const r = node.row;
		const tip = new vscode.MarkdownString(undefined, false);
		tip.appendText(`${r.title ?? r.path}\n\n`);
		tip.appendMarkdown(`**${STATE_LABELS[r.review]}**${r.changed ? ' — changed since its review' : ''}${r.note ? `: ${escapeMd(r.note)}` : ''}\n\n`);
		tip.appendText(`${r.path}\nsite: ${r.site ?? '(no URL)'} · kind: ${r.kind} · ${r.words} words\nproblems: ${r.problems.error} errors, ${r.problems.warning} warnings, ${r.problems.info} info${r.missing.length ? `\nmissing metadata: ${r.missing.join(', ')}` : ''}`);
		item.tooltip = tip;
		return item;
	}
}

function escapeMd(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

const SEVERITY_LABELS: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'info', hint: 'hints' };

/** A short text of the filter for the view's description. */
export function describeFilter(f: QueueFilter): string {
	const parts: string[] = [];
	if (f.toReview) parts.push('to review');
	if (f.states?.length) parts.push(f.states.map((s) => STATE_LABELS[s]).join(' or '));
	if (f.severity) parts.push(`with ${SEVERITY_LABELS[f.severity]}`);
	if (f.rule) parts.push(f.rule);
	if (f.kind) parts.push(f.kind);
	if (f.site) parts.push(f.site);
	return parts.join(', ');
}
