// Keeps the Problems panel in step with open dumps: debounced runs, stale results dropped, remote checks cancelled.
import { lookup } from 'node:dns/promises';
import * as vscode from 'vscode';
import { checkRemoteLinks, compareFindings, DEFAULT_REQUIRED_METADATA, RemoteLinkCache, type CheckOptions, type Finding, type RuleSetting } from '../core/index';
import { pinnedFetch } from '../node/pinnedFetch';
import type { Analyses } from './analyses';
import { readRemoteSettings, remoteCheckOptions, type RemoteSettings } from './remoteSettings';
import { withConfigFile } from './review/configLayer';
import type { OffsetMapper } from './convert';
import { toDiagnostic } from './convert';
import { documentLength, isDump } from './dumpGate';

/** The settings section of the diagnostics. */
export const SETTINGS_SECTION = 'pageDump.diagnostics';
// Edits arrive per keystroke; one run per pause keeps the host responsive (as vscode's markdown diagnostics do).
const UPDATE_DELAY_MS = 300;
// Beyond this a dump is not checked at all: the worker needs about 23 times the dump's size in memory. Below it, big
// dumps are checked on the worker (analyses.ts), so dumps too large to preview still get diagnostics.
const MAX_CHECK_LENGTH = 100 * 1024 * 1024;
// Documents from these schemes are files a person edits; others (git, output, vscode-settings...) are not checked.
const CHECKED_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

export interface DiagnosticsSettings {
	readonly enabled: boolean;
	/** The rules' options and the config file's site rules. */
	readonly options: CheckOptions;
	readonly remote: RemoteSettings;
}

/** Reads `pageDump.diagnostics.*` for a resource, with defaults for missing or mistyped values. */
export function readDiagnosticsSettings(uri: vscode.Uri | undefined): DiagnosticsSettings {
	// The workspace's config file (.pagedump.json) applies on top of the settings.
	return withConfigFile(uri, readSettingsOnly(uri));
}

function readSettingsOnly(uri: vscode.Uri | undefined): DiagnosticsSettings {
	const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri);
	const rules = config.get<Record<string, RuleSetting>>('rules');
	const required = config.get<string[]>('requiredMetadata');
	return {
		enabled: config.get<boolean>('enabled', true) !== false,
		options: {
			rules: rules && typeof rules === 'object' ? rules : {},
			requiredMetadata: Array.isArray(required) ? required : DEFAULT_REQUIRED_METADATA,
			scope: config.get<string>('scope') === 'page' ? 'page' : 'article',
		},
		remote: readRemoteSettings((key) => config.get(key), vscode.workspace.isTrusted),
	};
}

/** Whether a document gets diagnostics: a dump (dumpGate.ts) from a scheme a person edits. */
export function isChecked(doc: vscode.TextDocument): boolean {
	return CHECKED_SCHEMES.has(doc.uri.scheme) && isDump(doc);
}

/**
 * Owns the "pageDump" diagnostic collection. Each document has a generation counter: a run whose generation or
 * document version is no longer current drops its result, and starting a new run cancels the old one's remote checks.
 */
export class DiagnosticsManager implements vscode.Disposable {
	readonly collection = vscode.languages.createDiagnosticCollection('pageDump');
	readonly #disposables: vscode.Disposable[] = [this.collection];
	readonly #generations = new Map<string, number>();
	readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
	readonly #cancels = new Map<string, vscode.CancellationTokenSource>();
	readonly #remoteCache = new RemoteLinkCache();
	readonly #analyses: Analyses;

	/** Creates the manager, checks the dumps already open, and follows opens, edits, closes and settings. */
	static register(analyses: Analyses): DiagnosticsManager {
		return new DiagnosticsManager(analyses);
	}

	private constructor(analyses: Analyses) {
		this.#analyses = analyses;
		const ws = vscode.workspace;
		this.#disposables.push(
			ws.onDidOpenTextDocument((d) => this.schedule(d, 0)),
			ws.onDidChangeTextDocument((e) => {
				if (e.contentChanges.length > 0) this.schedule(e.document, UPDATE_DELAY_MS);
			}),
			ws.onDidCloseTextDocument((d) => this.#forget(d.uri, true)),
			ws.onDidChangeConfiguration((e) => {
				if (e.affectsConfiguration(SETTINGS_SECTION)) this.recheckOpen();
			}),
			// Remote checks are allowed once the workspace is trusted.
			ws.onDidGrantWorkspaceTrust(() => this.recheckOpen()),
		);
		this.recheckOpen();
	}

	/** Schedules a check of every open document (settings or trust changed). */
	recheckOpen(): void {
		for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
	}

	/** Schedules a check of `doc` after `delayMs`, superseding any pending or running one. */
	schedule(doc: vscode.TextDocument, delayMs: number): void {
		const key = doc.uri.toString();
		if (!isChecked(doc)) {
			// A document that stopped looking like a dump (or changed language) loses our diagnostics.
			if (this.#generations.has(key) || this.collection.has(doc.uri)) this.#forget(doc.uri, true);
			return;
		}
		const generation = (this.#generations.get(key) ?? 0) + 1;
		this.#generations.set(key, generation);
		this.#cancels.get(key)?.cancel();
		this.#cancels.get(key)?.dispose();
		const cts = new vscode.CancellationTokenSource();
		this.#cancels.set(key, cts);
		clearTimeout(this.#timers.get(key));
		const version = doc.version;
		this.#timers.set(
			key,
			setTimeout(() => {
				this.#timers.delete(key);
				void this.#run(doc, generation, version, cts.token);
			}, delayMs),
		);
	}

	/**
	 * The rules' findings for an open document's current version (remote checks aside), from its shared analysis: what
	 * the Problems panel shows for it, so quick fixes always match the text they apply to. Waits for the worker's run
	 * when the dump is big; resolves [] when it is not checked, and undefined when the version changed meanwhile.
	 */
	async currentFindings(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<readonly Finding[] | undefined> {
		if (!isChecked(doc)) return [];
		const settings = readDiagnosticsSettings(doc.uri);
		if (!settings.enabled || documentLength(doc) > MAX_CHECK_LENGTH) return [];
		return this.#analyses.of(doc).findings(settings.options, token);
	}

	/**
	 * The findings of a text (the workspace check of a file that is not open), off the main thread when it is big.
	 * `version` tells versions of the file apart (its mtime). Throws on a core bug.
	 */
	async findingsOfText(uri: vscode.Uri, version: number, text: string, options: CheckOptions): Promise<readonly Finding[]> {
		// Its own key: an open editor of the same file keeps its analysis.
		const key = `check:${uri.toString()}`;
		try {
			return (await this.#analyses.ofText(key, version, text).findings(options)) ?? [];
		} finally {
			this.#analyses.forget(key);
		}
	}

	/** Publishes findings for a file that is not open (the workspace check). */
	publish(uri: vscode.Uri, mapper: OffsetMapper, findings: readonly Finding[]): void {
		this.collection.set(uri, findings.map((f) => toDiagnostic(f, mapper, uri)));
	}

	async #run(doc: vscode.TextDocument, generation: number, version: number, token: vscode.CancellationToken): Promise<void> {
		const key = doc.uri.toString();
		const stale = (): boolean => token.isCancellationRequested || this.#generations.get(key) !== generation || doc.isClosed || doc.version !== version;
		if (stale()) return;
		const settings = readDiagnosticsSettings(doc.uri);
		if (!settings.enabled || documentLength(doc) > MAX_CHECK_LENGTH) {
			this.#forget(doc.uri, false);
			return;
		}
		const remote = settings.remote.enabled && vscode.workspace.isTrusted;
		// The shared analysis of this version: in-thread, or on the worker for a big dump.
		const analysis = this.#analyses.of(doc);
		let findings: readonly Finding[];
		try {
			const found = await analysis.findings(settings.options, token);
			if (!found || stale()) return;
			findings = found;
		} catch (err) {
			// A core bug degrades to "no diagnostics", never to a broken host.
			console.error('Page Dump diagnostics failed:', err);
			findings = [];
		}
		if (stale()) return;
		this.#store(doc, findings);
		if (!remote) return;
		const controller = new AbortController();
		const sub = token.onCancellationRequested(() => controller.abort());
		try {
			const targets = await analysis.remoteTargets(settings.options, token);
			if (!targets || stale()) return;
			const remoteFindings = await checkRemoteLinks(
				targets,
				{ ...remoteCheckOptions(settings.remote), cache: this.#remoteCache, rules: settings.options.rules, signal: controller.signal },
				// Names are resolved first: one that points at a loopback, private or metadata address is not requested,
				// and the request goes to the addresses checked (pinnedFetch), never to a second DNS answer.
				{ fetch: pinnedFetch, resolve: async (host) => (await lookup(host, { all: true, verbatim: true })).map((r) => r.address) },
			);
			if (stale() || remoteFindings.length === 0) return;
			this.#store(doc, [...findings, ...remoteFindings].sort(compareFindings));
		} finally {
			sub.dispose();
		}
	}

	#store(doc: vscode.TextDocument, findings: readonly Finding[]): void {
		this.collection.set(doc.uri, findings.map((f) => toDiagnostic(f, doc, doc.uri)));
	}

	#forget(uri: vscode.Uri, dropState: boolean): void {
		const key = uri.toString();
		clearTimeout(this.#timers.get(key));
		this.#timers.delete(key);
		this.#cancels.get(key)?.cancel();
		this.#cancels.get(key)?.dispose();
		this.#cancels.delete(key);
		// Bumping the generation makes any run still in flight drop its result.
		this.#generations.set(key, (this.#generations.get(key) ?? 0) + 1);
		if (dropState) this.#generations.delete(key);
		this.collection.delete(uri);
	}

	dispose(): void {
		for (const t of this.#timers.values()) clearTimeout(t);
		for (const c of this.#cancels.values()) {
			c.cancel();
			c.dispose();
		}
		this.#timers.clear();
		this.#cancels.clear();
		for (const d of this.#disposables) d.dispose();
	}
}
