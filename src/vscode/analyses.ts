// The one source of analyses in the extension: one analysis per document version, in the host's thread or on the
// worker (the size decision is made here, once), shared by every provider, the preview, diagnostics and quick fixes.
import * as vscode from 'vscode';
import { analyzeDump, type CheckOptions, type DumpAnalysis, type Finding, type OutlineNode, type RemoteTarget, type SiteRuleTable } from '../core/index';
import type { ShowMessage } from '../protocol/webviewMessages';
import { BACKGROUND_THRESHOLD, runsInBackground, type CancellationLike } from './backgroundParse';
import { documentLength, forgetDocument, isDump, isLarge } from './dumpGate';
import { buildPreviewMessage, pipelineOf, type PreviewContent, type PreviewModelInput } from './previewModel';
import type { AnalyzedDocument, WorkerRuns } from './workerRuns';

/** Test hook: how many analyses (parses of a document version) ran, in total and per document URI. */
const ANALYSIS_COUNT_COMMAND = 'pageDump._analysisCount';
// Versions kept in-thread: each holds its text and model (tens of times a dump's size), so keep few.
const MAX_LOCAL_ENTRIES = 8;

/** The preview's inputs other than the text and its problems (added by the host as they change), and the site rules. */
export type PreviewRequest = Omit<PreviewModelInput, 'text' | 'problems'> & { readonly sites?: SiteRuleTable };

/**
 * One version of one document, analysed on first use. Every method resolves undefined when the work was dropped (a
 * newer version, the document closed, the token cancelled): callers drop stale work then. Rejects on a core bug.
 */
export interface VersionAnalysis {
	readonly key: string;
	readonly version: number;
	/** The core analysis when it runs in this thread; undefined when it lives on the worker. */
	readonly local: DumpAnalysis | undefined;
	/** The outline of the article the config's site rules (`sites`) leave, as `pagedump outline` gives it. */
	outline(token?: CancellationLike, sites?: SiteRuleTable): Promise<readonly OutlineNode[] | undefined>;
	/** The rules' findings; `options.sites` (the config's site rules) apply to the article first, as in `pagedump check`. */
	findings(options: CheckOptions, token?: CancellationLike): Promise<readonly Finding[] | undefined>;
	remoteTargets(options: CheckOptions, token?: CancellationLike): Promise<readonly RemoteTarget[] | undefined>;
	preview(request: PreviewRequest, token?: CancellationLike): Promise<PreviewContent | ShowMessage | undefined>;
}

/** In the host's thread: the core analysis itself; previews kept per request, so new problems reuse the rendering. */
class LocalAnalysis implements VersionAnalysis {
	readonly #previews = new Map<string, PreviewContent | ShowMessage>();

	constructor(
		readonly key: string,
		readonly version: number,
		readonly local: DumpAnalysis,
	) {}

	async outline(_token?: CancellationLike, sites?: SiteRuleTable): Promise<readonly OutlineNode[]> {
		return this.local.outlineWith(sites);
	}

	async findings(options: CheckOptions): Promise<readonly Finding[]> {
		return this.local.findings(options);
	}

	async remoteTargets(options: CheckOptions): Promise<readonly RemoteTarget[]> {
		return this.local.remoteTargets(options);
	}

	async preview(request: PreviewRequest): Promise<PreviewContent | ShowMessage> {
		const key = JSON.stringify(request);
		let message = this.#previews.get(key);
		if (!message) {
			const { sites, ...input } = request;
			message = buildPreviewMessage({ ...input, text: this.local.text, problems: [] }, pipelineOf(this.local, sites));
			this.#previews.set(key, message);
		}
		return message;
	}
}

/** On the worker: requests of one version share the worker's run (workerRuns.ts) and its kept analysis. */
class WorkerAnalysis implements VersionAnalysis {
	readonly local = undefined;

	constructor(
		readonly key: string,
		readonly version: number,
		readonly document: AnalyzedDocument,
		readonly runs: WorkerRuns,
	) {}

	async outline(token?: CancellationLike, sites?: SiteRuleTable): Promise<readonly OutlineNode[] | undefined> {
		return (await this.runs.analyze(this.document, { outline: true, outlineSites: sites }, token))?.outline;
	}

	async findings(options: CheckOptions, token?: CancellationLike): Promise<readonly Finding[] | undefined> {
		// The outline rides along: it is cheap once parsed, and the Outline view asks for it next.
		return (await this.runs.analyze(this.document, { outline: true, outlineSites: options.sites, diagnose: options }, token))?.findings;
	}

	async remoteTargets(options: CheckOptions, token?: CancellationLike): Promise<readonly RemoteTarget[] | undefined> {
		return (await this.runs.analyze(this.document, { outline: true, outlineSites: options.sites, diagnose: options, remoteTargets: true }, token))?.remoteTargets;
	}

	async preview(request: PreviewRequest, token?: CancellationLike): Promise<PreviewContent | ShowMessage | undefined> {
		return (await this.runs.analyze(this.document, { outline: true, outlineSites: request.sites, preview: { ...request, problems: [] } }, token))?.preview;
	}
}

/** The analyses of open documents (and of files a workspace-wide feature reads), by URI and version. */
export class Analyses implements vscode.Disposable {
	readonly #runs: WorkerRuns;
	readonly #local = new Map<string, LocalAnalysis>();
	readonly #worker = new Map<string, WorkerAnalysis>();
	readonly #counts = new Map<string, number>();
	#total = 0;

	/** `runs`: the worker's shared runs, for big documents. */
	constructor(runs: WorkerRuns) {
		this.#runs = runs;
		runs.onParsed = (key) => this.#counted(key);
	}

	/** The source, its cleanup on close and the test hook. Push the disposable into `context.subscriptions`. */
	static register(runs: WorkerRuns): { analyses: Analyses; disposable: vscode.Disposable } {
		const analyses = new Analyses(runs);
		const disposable = vscode.Disposable.from(
			vscode.workspace.onDidCloseTextDocument((d) => {
				forgetDocument(d.uri);
				analyses.forget(d.uri);
			}),
			vscode.commands.registerCommand(ANALYSIS_COUNT_COMMAND, (uri?: vscode.Uri | string) => analyses.count(uri)),
			analyses,
		);
		return { analyses, disposable };
	}

	/** Whether the Page Dump features apply to the document (dumpGate.ts). */
	isDump(document: vscode.TextDocument): boolean {
		return isDump(document);
	}

	/** The analysis of the document's current version, whatever its content (the preview explains non-dumps itself). */
	of(document: vscode.TextDocument): VersionAnalysis {
		return this.#get(document.uri.toString(), document.version, document, isLarge(document));
	}

	/** The analysis of a dump's current version, or undefined when the document is not a dump. */
	forDump(document: vscode.TextDocument): VersionAnalysis | undefined {
		return isDump(document) ? this.of(document) : undefined;
	}

	/**
	 * The in-thread core analysis of a dump, for the features that answer synchronously (folding, links, hovers,
	 * decorations): undefined when it is not a dump, or too big to analyse in this thread (those features are off then).
	 */
	local(document: vscode.TextDocument): DumpAnalysis | undefined {
		if (!isDump(document)) return undefined;
		if (isLarge(document)) {
			logLarge(document);
			return undefined;
		}
		return this.of(document).local;
	}

	/**
	 * The analysis of a text that is not an open document (a file the workspace check or workspace symbols read), under
	 * its own `key` so it never replaces an open document's. Forget it when done.
	 */
	ofText(key: string, version: number, text: string): VersionAnalysis {
		return this.#get(key, version, { uri: key, version, getText: () => text }, runsInBackground(text.length));
	}

	#get(key: string, version: number, document: AnalyzedDocument, large: boolean): VersionAnalysis {
		if (large) {
			this.#local.delete(key);
			const kept = this.#worker.get(key);
			if (kept && kept.version === version) return kept;
			const analysis = new WorkerAnalysis(key, version, document, this.#runs);
			this.#worker.set(key, analysis);
			return analysis;
		}
		this.#worker.delete(key);
		const kept = this.#local.get(key);
		if (kept && kept.version === version) return kept;
		const text = document.getText();
		const analysis = new LocalAnalysis(key, version, analyzeDump(text, { onCompute: (part) => part === 'document' && this.#counted(key) }));
		this.#local.delete(key);
		this.#local.set(key, analysis);
		// Least recently created first: drop it.
		while (this.#local.size > MAX_LOCAL_ENTRIES) this.#local.delete(this.#local.keys().next().value!);
		return analysis;
	}

	#counted(key: string): void {
		this.#total++;
		this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
	}

	/** The analyses run so far: for one URI, or in total. */
	count(uri?: vscode.Uri | string): number {
		return uri === undefined ? this.#total : (this.#counts.get(uri.toString()) ?? 0);
	}

	/** Drops a document's analyses and stops its worker job. */
	forget(uri: vscode.Uri | string): void {
		const key = uri.toString();
		this.#local.delete(key);
		this.#worker.delete(key);
		this.#runs.forget(key);
	}

	dispose(): void {
		this.#local.clear();
		this.#worker.clear();
	}
}

// Once per document and session: the features that skip a big dump say so once, not on every hover.
const loggedLarge = new Set<string>();
function logLarge(document: vscode.TextDocument): void {
	const key = document.uri.toString();
	if (loggedLarge.has(key)) return;
	loggedLarge.add(key);
	const mb = (documentLength(document) / (1024 * 1024)).toFixed(1);
	console.info(`pageDump: ${key} is ${mb} MB, over the ${BACKGROUND_THRESHOLD / (1024 * 1024)} MB in-thread limit: folding, links, hovers and boilerplate decorations are off for it; outline and diagnostics run in the background.`);
}

/** Logs a provider failure once per message, so a core bug shows up without flooding the log. */
const reported = new Set<string>();
export function logFailure(feature: string, err: unknown): void {
	const message = err instanceof Error ? err.message : String(err);
	if (reported.has(`${feature}:${message}`)) return;
	reported.add(`${feature}:${message}`);
	console.error(`pageDump ${feature} failed:`, err);
}
