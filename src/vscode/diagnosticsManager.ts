// Keeps the Problems panel in step with open dumps: debounced runs, stale results dropped, remote checks cancelled.
import * as vscode from 'vscode';
import { compareFindings, diagnose, type DiagnoseOptions, type RuleSetting } from '../core/diagnose/diagnose';
import type { Finding } from '../core/diagnose/finding';
import { checkRemoteLinks, DEFAULT_CACHE_MAX_AGE_MS, DEFAULT_TIMEOUT_MS, RemoteLinkCache, remoteLinkTargets } from '../core/diagnose/remoteLinks';
import { DEFAULT_REQUIRED_METADATA } from '../core/diagnose/rule';
import { parseDump } from '../core/dump/parseDump';
import { looksLikeDump, SNIFF_LENGTH } from '../core/dump/sniff';
import { extractArticle } from '../core/extract/extractArticle';
import type { OffsetMapper } from './convert';
import { toDiagnostic } from './convert';

/** The settings section of the diagnostics. */
export const SETTINGS_SECTION = 'pageDump.diagnostics';
// Edits arrive per keystroke; one run per pause keeps the host responsive (as vscode's markdown diagnostics do).
const UPDATE_DELAY_MS = 300;
// Beyond this a dump is not checked as you type: parsing a huge inlined blob on every pause would stall the host.
const MAX_CHECK_LENGTH = 50 * 1024 * 1024;
// Documents from these schemes are files a person edits; others (git, output, vscode-settings...) are not checked.
const CHECKED_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

export interface DiagnosticsSettings {
	readonly enabled: boolean;
	readonly options: DiagnoseOptions;
	readonly remote: { readonly enabled: boolean; readonly timeoutMs: number; readonly exclude: readonly string[]; readonly cacheMaxAgeMs: number };
}

/** Reads `pageDump.diagnostics.*` for a resource, with defaults for missing or mistyped values. */
export function readDiagnosticsSettings(uri: vscode.Uri | undefined): DiagnosticsSettings {
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

	/** Creates the manager, checks the dumps already open, and follows opens, edits, closes and settings. */
	static register(_context?: vscode.ExtensionContext): DiagnosticsManager {
		return new DiagnosticsManager();
	}

	private constructor() {
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
		if (!isDumpDocument(doc) || doc.getText().length > MAX_CHECK_LENGTH) return [];
		const settings = readDiagnosticsSettings(doc.uri);
		if (!settings.enabled) return [];
		try {
			return computeFindings(doc.getText(), settings.options);
		} catch (err) {
			console.error('Page Dump diagnostics failed:', err);
			return [];
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
		const text = doc.getText();
		if (!settings.enabled || text.length > MAX_CHECK_LENGTH) {
			this.#forget(doc.uri, false);
			return;
		}
		let findings: Finding[];
		let remoteInput: { doc: ReturnType<typeof parseDump>; article: ReturnType<typeof extractArticle> } | undefined;
		try {
			const parsed = parseDump(text);
			const article = extractArticle(parsed);
			findings = diagnose(parsed, article, settings.options);
			remoteInput = { doc: parsed, article };
		} catch (err) {
			// A core bug degrades to "no diagnostics", never to a broken host.
			console.error('Page Dump diagnostics failed:', err);
			findings = [];
		}
		if (stale()) return;
		this.#store(doc, version, findings);
		if (!settings.remote.enabled || !vscode.workspace.isTrusted || !remoteInput) return;
		const controller = new AbortController();
		const sub = token.onCancellationRequested(() => controller.abort());
		try {
			const targets = remoteLinkTargets(remoteInput.doc, remoteInput.article, settings.options);
			const remote = await checkRemoteLinks(
				targets,
				{ timeoutMs: settings.remote.timeoutMs, exclude: settings.remote.exclude, cacheMaxAgeMs: settings.remote.cacheMaxAgeMs, cache: this.#remoteCache, rules: settings.options.rules, signal: controller.signal },
				{ fetch: (url, init) => fetch(url, init) },
			);
			if (stale() || remote.length === 0) return;
			this.#store(doc, version, [...findings, ...remote].sort(compareFindings));
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
