// Runs the core pipeline for big documents on a worker thread (dist/pipelineWorker.js), so the extension host's main
// thread never blocks on them: typing in other editors stays smooth while a 20 MB dump is parsed.
import { Worker } from 'node:worker_threads';
import type { PipelineRequest, PipelineResult, WorkerRequest, WorkerResponse } from './pipelineWorker';

export type { PipelineRequest, PipelineResult } from './pipelineWorker';

/**
 * Documents at least this long (UTF-16 code units, about bytes for a dump) go to the worker. Below it the whole
 * pipeline takes well under 100 ms in-thread, less than sending the text over and back would save.
 */
export const BACKGROUND_THRESHOLD = 2 * 1024 * 1024;
/** A worker with nothing to do for this long is stopped: its heap still holds the garbage of the last big dump. */
const IDLE_STOP_MS = 60_000;

/** Whether a text of this length should be handed to the worker rather than processed in-thread. */
export function runsInBackground(length: number, threshold = BACKGROUND_THRESHOLD): boolean {
	return length >= threshold;
}

/** The part of vscode's CancellationToken used here, so this file (and its tests) need no vscode. */
export interface CancellationLike {
	readonly isCancellationRequested: boolean;
	onCancellationRequested?(listener: () => void): { dispose(): void };
}

interface Job {
	readonly id: number;
	readonly key: string;
	readonly request: PipelineRequest;
	readonly resolve: (r: PipelineResult | undefined) => void;
	readonly reject: (e: Error) => void;
	readonly token?: CancellationLike;
	cancelListener?: { dispose(): void };
}

/**
 * One worker thread, one job at a time, newest request per key wins.
 *
 * - `run` resolves to the result, or to undefined when the request was superseded by a newer one for the same key
 *   (a new document version), cancelled through its token, or the runner was disposed: callers drop stale work.
 * - A superseded or cancelled job that is already running is stopped by terminating the worker (it is busy in
 *   synchronous code and cannot be interrupted otherwise); the next job starts a fresh one.
 * - It rejects only when the worker fails (a crash, a missing bundle, an exception in the core).
 */
export class BackgroundPipeline {
	readonly #workerFile: string;
	#worker: Worker | undefined;
	#running: Job | undefined;
	readonly #queue: Job[] = [];
	#nextId = 1;
	#idleTimer: ReturnType<typeof setTimeout> | undefined;
	#disposed = false;

	/** `workerFile`: the bundled worker, `path.join(context.extensionPath, 'dist', 'pipelineWorker.js')`. */
	constructor(workerFile: string) {
		this.#workerFile = workerFile;
	}

	run(key: string, request: PipelineRequest, token?: CancellationLike): Promise<PipelineResult | undefined> {
		if (this.#disposed || token?.isCancellationRequested) return Promise.resolve(undefined);
		return new Promise((resolve, reject) => {
			const job: Job = { id: this.#nextId++, key, request, resolve, reject, token };
			// Older work for the same document is stale now.
			for (let k = this.#queue.length - 1; k >= 0; k--) {
				if (this.#queue[k].key === key) this.#settle(this.#queue.splice(k, 1)[0], undefined);
			}
			if (this.#running?.key === key) this.#abortRunning();
			job.cancelListener = token?.onCancellationRequested?.(() => this.#cancel(job));
			this.#queue.push(job);
			this.#pump();
		});
	}

	/** Stops the worker and drops all work; pending calls resolve to undefined. */
	dispose(): void {
		this.#disposed = true;
		for (const job of this.#queue.splice(0)) this.#settle(job, undefined);
		if (this.#running) this.#abortRunning();
		this.#stopWorker();
	}

	#cancel(job: Job): void {
		const k = this.#queue.indexOf(job);
		if (k >= 0) this.#settle(this.#queue.splice(k, 1)[0], undefined);
		else if (this.#running === job) this.#abortRunning();
	}

	#abortRunning(): void {
		const job = this.#running!;
		this.#running = undefined;
		this.#stopWorker();
		this.#settle(job, undefined);
		queueMicrotask(() => this.#pump());
	}

	#settle(job: Job, result: PipelineResult | undefined, error?: Error): void {
		job.cancelListener?.dispose();
		if (error) job.reject(error);
		else job.resolve(result);
	}

	#pump(): void {
		if (this.#disposed || this.#running || this.#queue.length === 0) {
			if (!this.#running && this.#queue.length === 0) this.#scheduleIdleStop();
			return;
		}
		if (this.#idleTimer) clearTimeout(this.#idleTimer);
		this.#idleTimer = undefined;
		const job = this.#queue.shift()!;
		this.#running = job;
		const message: WorkerRequest = { ...job.request, id: job.id };
		const worker = this.#ensureWorker();
		// Busy: keep the process alive for the answer. Idle: do not keep the host (or a test run) alive.
		worker.ref();
		worker.postMessage(message);
	}

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(this.#workerFile);
		worker.on('message', (response: WorkerResponse) => {
			const job = this.#running;
			if (!job || job.id !== response.id) return;
			this.#running = undefined;
			worker.unref();
			if (response.ok) this.#settle(job, response.result);
			else this.#settle(job, undefined, new Error(`page dump pipeline failed: ${response.error}`));
			this.#pump();
		});
		const fail = (error: Error): void => {
			if (this.#worker !== worker) return;
			this.#worker = undefined;
			const job = this.#running;
			this.#running = undefined;
			if (job) this.#settle(job, undefined, error);
			this.#pump();
		};
		worker.on('error', fail);
		worker.on('exit', (code) => fail(new Error(`page dump worker exited with code ${code}`)));
		this.#worker = worker;
		return worker;
	}

	#stopWorker(): void {
		const worker = this.#worker;
		this.#worker = undefined;
		if (worker) void worker.terminate();
	}

	#scheduleIdleStop(): void {
		if (this.#idleTimer || !this.#worker) return;
		this.#idleTimer = setTimeout(() => {
			this.#idleTimer = undefined;
			if (!this.#running && this.#queue.length === 0) this.#stopWorker();
		}, IDLE_STOP_MS);
		this.#idleTimer.unref?.();
	}
}
