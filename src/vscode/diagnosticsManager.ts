// Keeps the Problems panel in step with open dumps: debounced runs, stale results dropped, remote checks cancelled.
import * as vscode from 'vscode';
import { withConfigFile } from './review/configLayer';
import { compareFindings, diagnose, type DiagnoseOptions, type RuleSetting } from '../core/diagnose/diagnose';
import type { Finding } from '../core/diagnose/finding';
import { checkRemoteLinks, DEFAULT_CACHE_MAX_AGE_MS, DEFAULT_TIMEOUT_MS, RemoteLinkCache, remoteLinkTargets, type RemoteTarget } from '../core/diagnose/remoteLinks';
import { DEFAULT_REQUIRED_METADATA } from '../core/diagnose/rule';
import { parseDump } from '../core/dump/parseDump';
import { looksLikeDump, SNIFF_LENGTH } from '../core/dump/sniff';
import { extractArticle } from '../core/extract/extractArticle';
import { runsInBackground } from './backgroundParse';
import type { OffsetMapper } from './convert';
import { toDiagnostic } from './convert';
import type { DumpAnalysis } from './dumpAnalysis';
import { documentLength } from './dumpCache';

/** The settings section of the diagnostics. */
export const SETTINGS_SECTION = 'pageDump.diagnostics';
// Edits arrive per keystroke; one run per pause keeps the host responsive (as vscode's markdown diagnostics do).
const UPDATE_DELAY_MS = 300;
// Beyond this a dump is not checked at all: the worker needs about 23 times the dump's size in memory. Below it, big
// dumps (runsInBackground) are checked on the worker, so dumps too large to preview still get diagnostics.
const MAX_CHECK_LENGTH = 100 * 1024 * 1024;
// Documents from these schemes are files a person edits; others (git, output, vscode-settings...) are not checked.
const CHECKED_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

export interface DiagnosticsSettings {
	readonly enabled: boolean;
	readonly options: DiagnoseOptions;
	readonly remote: { readonly enabled: boolean; readonly timeoutMs: number; readonly exclude: readonly string[]; readonly cacheMaxAgeMs: number };
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
	const timeout = config.get<number>('remoteLinks.timeout', DEFAULT_TIMEOUT_MS);
	const maxAge = config.get<number>('remoteLinks.cacheMaxAge', DEFAULT_CACHE_MAX_AGE_MS / 1000);
	const exclude = config.get<string[]>('remoteLinks.exclude');
	return {
		enabled: config.get<boolean>('enabled', true) !== false,
		options: {
			rules: rules && typeof rules === 'object' ? rules : {},
			requiredMetadata: Array.isArray(required) ? required : DEFAULT_REQUIRED_METADATA,
			scope: config.get<string>('scope') === 'page' ? 'page' : 'article',
		},
		remote: {
			enabled: config.get<boolean>('remoteLinks.enabled', false) === true,
			timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
			exclude: Array.isArray(exclude) ? exclude.filter((g) => typeof g === 'string') : [],
			cacheMaxAgeMs: (Number.isFinite(maxAge) && maxAge >= 0 ? maxAge : DEFAULT_CACHE_MAX_AGE_MS / 1000) * 1000,
		},
	};
}

/** Whether a document is a page dump: language `pagedump`, or a `.txt` whose start looks like one. */
export function isDumpDocument(doc: vscode.TextDocument): boolean {
	if (!CHECKED_SCHEMES.has(doc.uri.scheme)) return false;
	if (doc.languageId === 'pagedump') return true;
	if (!doc.uri.path.toLowerCase().endsWith('.txt')) return false;
	const end = doc.positionAt(SNIFF_LENGTH);
	return looksLikeDump(doc.getText(new vscode.Range(0, 0, end.line, end.character)));
}

/** Parses, extracts and diagnoses one text. Throws only on a core bug; callers catch. */
export function computeFindings(text: string, options: DiagnoseOptions): Finding[] {
	const doc = parseDump(text);
	return diagnose(doc, extractArticle(doc), options);
}

interface Stored {
	readonly version: number;
	readonly findings: readonly Finding[];
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
	readonly #results = new Map<string, Stored>();
	readonly #remoteCache = new RemoteLinkCache();
	readonly #analysis: DumpAnalysis | undefined;

	/**
	 * Creates the manager, checks the dumps already open, and follows opens, edits, closes and settings. `analysis`
	 * checks big dumps on the worker; without it they are not checked.
	 */
	static register(_context?: vscode.ExtensionContext, analysis?: DumpAnalysis): DiagnosticsManager {
		return new DiagnosticsManager(analysis);
	}

	private constructor(analysis: DumpAnalysis | undefined) {
		this.#analysis = analysis;
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
		if (!isDumpDocument(doc)) {
			// A document that stopped looking like a dump (or changed language) loses our diagnostics.
			if (this.#results.has(key) || this.collection.has(doc.uri)) this.#forget(doc.uri, true);
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
	 * The findings for the document's current version: the stored ones when they are current, else computed now.
	 * Quick fixes use this, so their edits always match the text they apply to.
	 */
	findingsFor(doc: vscode.TextDocument): readonly Finding[] {
		const stored = this.#results.get(doc.uri.toString());
		if (stored && stored.version === doc.version) return stored.findings;
		// A big dump is only checked on the worker: until its run for this version lands there is nothing current.
		if (!isDumpDocument(doc) || runsInBackground(documentLength(doc))) return [];
		const settings = readDiagnosticsSettings(doc.uri);
		if (!settings.enabled) return [];
		try {
			return computeFindings(doc.getText(), settings.options);
		} catch (err) {
			console.error('Page Dump diagnostics failed:', err);
			return [];
		}
	}

	/**
	 * The findings of a text, off the main thread when it is big (and this manager has a worker): the workspace check
	 * of a file that is not open. `version` tells versions of the file apart (its mtime). Throws on a core bug.
	 */
	async findingsOfText(uri: vscode.Uri, version: number, text: string, options: DiagnoseOptions): Promise<readonly Finding[]> {
		if (!this.#analysis || !runsInBackground(text.length)) return computeFindings(text, options);
		// Its own key: an open editor of the same file keeps its run.
		const file = { uri: `check:${uri.toString()}`, version, getText: () => text };
		try {
			return (await this.#analysis.analyze(file, { diagnose: options }))?.findings ?? [];
		} finally {
			this.#analysis.forget(file.uri);
		}
	}

	/** The findings of an open document's current version, waiting for the worker's run when it is big. */
	async currentFindings(doc: vscode.TextDocument): Promise<readonly Finding[]> {
		const stored = this.#results.get(doc.uri.toString());
		if ((stored && stored.version === doc.version) || !this.#analysis || !isDumpDocument(doc) || !runsInBackground(documentLength(doc))) return this.findingsFor(doc);
		const settings = readDiagnosticsSettings(doc.uri);
		if (!settings.enabled || documentLength(doc) > MAX_CHECK_LENGTH) return [];
		return (await this.#analysis.analyze(doc, { outline: true, diagnose: settings.options }))?.findings ?? [];
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
		const length = documentLength(doc);
		const background = runsInBackground(length);
		if (!settings.enabled || length > MAX_CHECK_LENGTH || (background && !this.#analysis)) {
			this.#forget(doc.uri, false);
			return;
		}
		const remote = settings.remote.enabled && vscode.workspace.isTrusted;
		let findings: Finding[];
		let targets: (() => RemoteTarget[]) | undefined;
		try {
			if (background) {
				// Off the main thread, shared with the outline and the preview; the outline rides along since it is
				// cheap and the Outline view asks for it next.
				const result = await this.#analysis!.analyze(doc, { outline: true, diagnose: settings.options, remoteTargets: remote || undefined }, token);
				if (!result?.findings || stale()) return;
				findings = result.findings;
				const found = result.remoteTargets ?? [];
				targets = () => found;
			} else {
				const parsed = parseDump(doc.getText());
				const article = extractArticle(parsed);
				findings = diagnose(parsed, article, settings.options);
				targets = () => remoteLinkTargets(parsed, article, settings.options);
			}
		} catch (err) {
			// A core bug degrades to "no diagnostics", never to a broken host.
			console.error('Page Dump diagnostics failed:', err);
			findings = [];
		}
		if (stale()) return;
		this.#store(doc, version, findings);
		if (!remote || !targets) return;
		const controller = new AbortController();
		const sub = token.onCancellationRequested(() => controller.abort());
		try {
			const remoteFindings = await checkRemoteLinks(
				targets(),
				{ timeoutMs: settings.remote.timeoutMs, exclude: settings.remote.exclude, cacheMaxAgeMs: settings.remote.cacheMaxAgeMs, cache: this.#remoteCache, rules: settings.options.rules, signal: controller.signal },
				{ fetch: (url, init) => fetch(url, init) },
			);
			if (stale() || remoteFindings.length === 0) return;
			this.#store(doc, version, [...findings, ...remoteFindings].sort(compareFindings));
		} finally {
			sub.dispose();
		}
	}

	#store(doc: vscode.TextDocument, version: number, findings: readonly Finding[]): void {
		this.#results.set(doc.uri.toString(), { version, findings });
		this.collection.set(doc.uri, findings.map((f) => toDiagnostic(f, doc, doc.uri)));
	}

	#forget(uri: vscode.Uri, dropState: boolean): void {
		const key = uri.toString();
		clearTimeout(this.#timers.get(key));
		this.#timers.delete(key);
		this.#cancels.get(key)?.cancel();
		this.#cancels.get(key)?.dispose();
		this.#cancels.delete(key);
		this.#results.delete(key);
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
