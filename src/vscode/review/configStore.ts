// Config files in the workspace: found, watched and parsed; the nearest one above a dump applies; a malformed one
// is a diagnostic at its position. Site rules made in the preview are written here.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, type ConfigProblem, offsetToPosition, type PageDumpConfig, parseConfig, serializeConfig, type SiteRuleAction, withoutSiteRule, withSiteRule } from '../../core/index';
import { setConfigSource } from './configLayer';

const GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;
const EXCLUDE = '**/node_modules/**';
// Saves and watcher events come in bursts; one reload per burst.
const RELOAD_DELAY_MS = 100;
/** The file a first site rule creates when no config file applies yet, at the workspace folder's root. */
const NEW_CONFIG_NAME = CONFIG_FILE_NAMES[0];

interface Entry {
	readonly uri: vscode.Uri;
	readonly text: string;
	readonly config: PageDumpConfig;
	readonly problems: readonly ConfigProblem[];
}

function toRange(text: string, p: ConfigProblem): vscode.Range {
	const start = offsetToPosition(text, p.start);
	const end = offsetToPosition(text, Math.max(p.end, p.start));
	return new vscode.Range(start.line, start.character, end.line, end.character);
}

function dirOf(uri: vscode.Uri): string {
	return uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
}

/** Config files by folder path; `configFor` walks up from a dump's folder to its workspace folder. */
export class ConfigStore implements vscode.Disposable {
	readonly #entries = new Map<string, Entry>();
	readonly #diagnostics = vscode.languages.createDiagnosticCollection('pagedump-config');
	readonly #changed = new vscode.EventEmitter<void>();
	readonly #disposables: vscode.Disposable[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #pending = new Set<string>();
	/** Resolves when the first scan of the workspace is done. */
	readonly ready: Promise<void>;

	/** Fires after config files were added, changed or removed. */
	readonly onDidChange = this.#changed.event;

	static register(): ConfigStore {
		return new ConfigStore();
	}

	private constructor() {
		const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
		this.#disposables.push(
			watcher,
			watcher.onDidCreate((u) => this.#queue(u)),
			watcher.onDidChange((u) => this.#queue(u)),
			watcher.onDidDelete((u) => this.#queue(u)),
			// Unsaved edits of an open config file are checked as they are typed.
			vscode.workspace.onDidChangeTextDocument((e) => {
				if (this.#isConfig(e.document.uri)) this.#update(e.document.uri, e.document.getText());
			}),
			{ dispose: setConfigSource((uri) => this.configFor(uri)) },
			this.#diagnostics,
			this.#changed,
		);
		this.ready = this.#scan();
	}

	dispose(): void {
		clearTimeout(this.#timer);
		this.#disposables.forEach((d) => d.dispose());
	}

	#isConfig(uri: vscode.Uri): boolean {
		const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
		return (CONFIG_FILE_NAMES as readonly string[]).includes(name) && !!vscode.workspace.getWorkspaceFolder(uri);
	}

	async #scan(): Promise<void> {
		const uris = await vscode.workspace.findFiles(GLOB, EXCLUDE);
		await Promise.all(uris.map((u) => this.#load(u)));
		this.#changed.fire();
	}

	#queue(uri: vscode.Uri): void {
		this.#pending.add(uri.toString());
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#flush(), RELOAD_DELAY_MS);
	}

	async #flush(): Promise<void> {
		const uris = [...this.#pending].map((s) => vscode.Uri.parse(s));
		this.#pending.clear();
		await Promise.all(uris.map((u) => this.#load(u)));
		this.#changed.fire();
	}

	/** Reads a config file again (or forgets it when it is gone). */
	async #load(uri: vscode.Uri): Promise<void> {
		let text: string;
		try {
			text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
		} catch {
			this.#entries.delete(uri.toString());
			this.#diagnostics.delete(uri);
			return;
		}
		this.#update(uri, text);
	}

	#update(uri: vscode.Uri, text: string): void {
		const { config, problems } = parseConfig(text);
		this.#entries.set(uri.toString(), { uri, text, config, problems });
		this.#diagnostics.set(uri, problems.map((p) => {
			const d = new vscode.Diagnostic(toRange(text, p), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
			d.source = 'Page Dump config';
			return d;
		}));
	}

	/** The nearest config file above `uri` (a dump) within its workspace folder, or undefined. */
	fileFor(uri: vscode.Uri): Entry | undefined {
		const folder = vscode.workspace.getWorkspaceFolder(uri);
		if (!folder) return undefined;
		const root = folder.uri.path.replace(/\/+$/, '');
		for (let dir = dirOf(uri); ; dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
			for (const name of CONFIG_FILE_NAMES) {
				const entry = this.#entries.get(uri.with({ path: `${dir === '/' ? '' : dir}/${name}` }).toString());
				if (entry) return entry;
			}
			if (dir === root || dir === '/' || !dir.startsWith(root)) return undefined;
		}
	}

	configFor(uri: vscode.Uri): PageDumpConfig {
		return this.fileFor(uri)?.config ?? {};
	}

	/** The problems of every config file, for tests and the report. */
	problemsOf(uri: vscode.Uri): readonly ConfigProblem[] {
		return this.#entries.get(uri.toString())?.problems ?? [];
	}

	/**
	 * Adds (or with `remove`, takes back) a site rule in the config that applies to `dump`; creates `.pagedump.json` at
	 * the workspace folder's root when none applies. Refuses to touch a file with a syntax error. Returns the file.
	 */
	async editSiteRule(dump: vscode.Uri, host: string, action: SiteRuleAction, selector: string, remove = false): Promise<vscode.Uri> {
		const existing = this.fileFor(dump);
		const folder = vscode.workspace.getWorkspaceFolder(dump);
		if (!existing && !folder) throw new Error('The dump is not in a workspace folder, so there is no place for a config file.');
		if (existing?.problems.some((p) => p.severity === 'error')) throw new Error(`${vscode.workspace.asRelativePath(existing.uri)} has a syntax error; fix it first (see the Problems panel).`);
		const uri = existing?.uri ?? vscode.Uri.joinPath(folder!.uri, NEW_CONFIG_NAME);
		// The text on disk, or the open editor's unsaved text of it.
		const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
		const text = open?.getText() ?? existing?.text;
		const config = existing?.config ?? {};
		const next = remove ? withoutSiteRule(config, host, action, selector) : withSiteRule(config, host, action, selector);
		const base: PageDumpConfig = existing ? next : { ...next };
		const out = serializeConfig(existing ? base : { $schema: SCHEMA_URL, ...base } as PageDumpConfig, text);
		if (open && open.isDirty) {
			const edit = new vscode.WorkspaceEdit();
			edit.replace(uri, new vscode.Range(0, 0, open.lineCount, 0), out);
			await vscode.workspace.applyEdit(edit);
			await open.save();
		} else {
			await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(out));
		}
		this.#update(uri, out);
		this.#changed.fire();
		return uri;
	}
}

/** Written into a new config file so editors without the extension still validate it. */
const SCHEMA_URL = 'https://raw.githubusercontent.com/page-dump-review/page-dump-review/main/schemas/pagedump.config.schema.json';
