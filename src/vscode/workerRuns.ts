// One worker run per version of a big dump, shared by diagnostics, the outline and the preview: each asks for what it
// needs, and a request already covered by a finished or running run for that version is answered from it, so a
// 20 MB dump is parsed once per edit rather than once per feature. No vscode import, so it runs in unit tests as is.
import type { CancellationLike, PipelineRequest, PipelineResult } from './backgroundParse';

/** What a feature wants computed for one document version: a pipeline request without the text. */
export type AnalysisNeeds = Omit<PipelineRequest, 'text'>;

/** The part of a vscode.TextDocument used here. */
export interface AnalyzedDocument {
	readonly uri: { toString(): string };
	readonly version: number;
	getText(): string;
}

/** The part of BackgroundPipeline used here. */
export interface PipelineRunner {
	run(key: string, request: PipelineRequest, token?: CancellationLike): Promise<PipelineResult | undefined>;
}

interface Run {
	readonly needs: AnalysisNeeds;
	readonly promise: Promise<PipelineResult | undefined>;
}

interface Entry {
	readonly version: number;
	/** Stops the worker job of this entry when the document closes. */
	readonly cancel: CancelSource;
	/** What finished runs of this version produced, merged, and what that covers. */
	result: PipelineResult;
	done: AnalysisNeeds;
	running?: Run;
	/** The text while a run is in flight: a replacing run reuses it, as getText() copies the whole document. */
	text?: string;
	/** The last failure, so a core bug is not rerun for every request for the same version. */
	failed?: { readonly needs: AnalysisNeeds; readonly error: unknown };
}

class CancelSource implements CancellationLike {
	isCancellationRequested = false;
	readonly #listeners = new Set<() => void>();
	onCancellationRequested(listener: () => void): { dispose(): void } {
		this.#listeners.add(listener);
		return { dispose: () => this.#listeners.delete(listener) };
	}
	cancel(): void {
		if (this.isCancellationRequested) return;
		this.isCancellationRequested = true;
		for (const l of [...this.#listeners]) l();
	}
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Whether what `have` computes includes everything `want` asks for. */
export function covers(have: AnalysisNeeds, want: AnalysisNeeds): boolean {
	if (want.outline && (!have.outline || !same(have.outlineSites, want.outlineSites))) return false;
	if (want.diagnose && (!have.diagnose || !same(have.diagnose, want.diagnose))) return false;
	if (want.remoteTargets && (!have.remoteTargets || !same(have.diagnose, want.diagnose))) return false;
	if (want.preview && (!have.preview || !same(have.preview, want.preview))) return false;
	return true;
}

/** Both sets of needs in one request; where they differ (other settings), `b`, the newer, wins. */
export function mergeNeeds(a: AnalysisNeeds, b: AnalysisNeeds): AnalysisNeeds {
	const diagnose = b.diagnose ?? a.diagnose;
	// Remote targets follow the diagnose options they were computed with.
	const remoteTargets = b.remoteTargets || (a.remoteTargets && same(a.diagnose, diagnose)) || undefined;
	const outlineSites = b.outline ? b.outlineSites : a.outlineSites;
	return { outline: a.outline || b.outline || undefined, outlineSites, diagnose, remoteTargets, preview: b.preview ?? a.preview };
}

/** The shared runs, by document URI; only the newest version of each document is kept. */
export class WorkerRuns {
	readonly #runner: PipelineRunner;
	readonly #entries = new Map<string, Entry>();
	/** Told of each run that parsed its text on the worker (the analysis counter). */
	onParsed: ((key: string) => void) | undefined;

	constructor(runner: PipelineRunner) {
		this.#runner = runner;
	}

	/**
	 * The results `needs` asks for, for the document's current version: from a finished or running run when one covers
	 * them, else from a new run (which also recomputes what a still-running run for this version was asked for, since it
	 * replaces it). Resolves undefined when the document changed or closed meanwhile, or `token` was cancelled; the
	 * caller drops stale work then. Rejects when the worker fails.
	 */
	async analyze(document: AnalyzedDocument, needs: AnalysisNeeds, token?: CancellationLike): Promise<PipelineResult | undefined> {
		const key = document.uri.toString();
		const version = document.version;
		for (;;) {
			if (token?.isCancellationRequested) return undefined;
			let entry = this.#entries.get(key);
			if (entry && entry.version !== version) {
				// Only the current version is worth keeping; an older caller just learns it is stale.
				if (entry.version > version) return undefined;
				entry.cancel.cancel();
				entry = undefined;
			}
			if (!entry) {
				entry = { version, cancel: new CancelSource(), result: { timings: {} }, done: {} };
				this.#entries.set(key, entry);
			}
			if (covers(entry.done, needs)) return entry.result;
			if (entry.failed && covers(entry.failed.needs, needs)) throw entry.failed.error;
			let run = entry.running;
			if (!run || !covers(run.needs, needs)) {
				// The worker runs one job per key: a new job replaces the running one, so it asks for both.
				const runNeeds = mergeNeeds(run?.needs ?? {}, needs);
				run = this.#start(key, entry, (entry.text ??= document.getText()), runNeeds);
			}
			const result = await race(run.promise, token);
			if (result) continue;
			// Undefined: cancelled by our token, the entry was dropped (new version, closed), or a broader run replaced
			// this one; only the last is worth another look.
			const now = this.#entries.get(key);
			if (token?.isCancellationRequested || now !== entry || !entry.running || entry.running === run) return undefined;
		}
	}

	#start(key: string, entry: Entry, text: string, needs: AnalysisNeeds): Run {
		// A plain copy: settings read from vscode's configuration are proxies that postMessage cannot clone.
		const plain = JSON.parse(JSON.stringify(needs)) as AnalysisNeeds;
		const promise = this.#runner.run(key, { ...plain, text, key, version: entry.version }, entry.cancel);
		const run: Run = { needs, promise };
		entry.running = run;
		promise.then(
			(result) => {
				if (entry.running === run) entry.running = entry.text = undefined;
				if (!result) return;
				if (result.parsed) this.onParsed?.(key);
				entry.result = { ...entry.result, ...definedOnly(result), timings: { ...entry.result.timings, ...result.timings } };
				entry.done = mergeNeeds(entry.done, needs);
			},
			(error: unknown) => {
				if (entry.running === run) entry.running = entry.text = undefined;
				entry.failed = { needs, error };
			},
		);
		return run;
	}

	/** Drops a document's results and stops its worker job (the document closed). */
	forget(uri: { toString(): string }): void {
		const key = uri.toString();
		this.#entries.get(key)?.cancel.cancel();
		this.#entries.delete(key);
	}

	dispose(): void {
		for (const entry of this.#entries.values()) entry.cancel.cancel();
		this.#entries.clear();
	}
}

function definedOnly(result: PipelineResult): Partial<PipelineResult> {
	return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined));
}

/** The promise's value, or undefined as soon as the token is cancelled. */
function race<T>(promise: Promise<T | undefined>, token: CancellationLike | undefined): Promise<T | undefined> {
	if (!token?.onCancellationRequested) return promise;
	return new Promise((resolve, reject) => {
		const sub = token.onCancellationRequested!(() => resolve(undefined));
		promise.then(
			(v) => {
				sub.dispose();
				resolve(v);
			},
			(e) => {
				sub.dispose();
				reject(e);
			},
		);
	});
}
