// The review index on the extension host's side: sends the workspace's dumps to the index worker in small chunks
// and keeps what comes back. No vscode import, so the bench drives it exactly as the extension does.
import { Worker } from 'node:worker_threads';
import type { IndexConfig, IndexEntry, IndexFile, IndexRequest, IndexResponse } from './indexProtocol';

// Small chunks keep each message (and its structured clone on the host) short; two in flight keep the worker busy
// while the host takes in the previous answer. The first chunks are single files, so the view has items at once.
const CHUNK_FILES = 16;
const FIRST_CHUNKS = 2;
const IN_FLIGHT = 2;
/** Dumps above this are listed as skipped without being read (the preview's default limit). */
export const INDEX_MAX_BYTES = 50 * 1024 * 1024;
const CACHE_VERSION = 1;

export interface IndexTarget {
	readonly abs: string;
	readonly rel: string;
	readonly config: IndexConfig;
}

export interface IndexProgress {
	readonly done: number;
	readonly total: number;
	readonly summarized: number;
	/** Entries that arrived with this step. */
	readonly entries: readonly IndexEntry[];
}

export class ReviewIndex {
	readonly #workerPath: string;
	#worker: Worker | undefined;
	readonly #entries = new Map<string, IndexEntry>();
	#run = 0;
	#nextId = 0;
	readonly #waiting = new Map<number, (r: IndexResponse) => void>();

	constructor(workerPath: string) {
		this.#workerPath = workerPath;
	}

	/** Entries by absolute path. */
	get entries(): ReadonlyMap<string, IndexEntry> {
		return this.#entries;
	}

	dispose(): void {
		this.#run++;
		void this.#worker?.terminate();
		this.#worker = undefined;
	}

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(this.#workerPath);
		worker.on('message', (r: IndexResponse) => {
			const resolve = this.#waiting.get(r.id);
			this.#waiting.delete(r.id);
			resolve?.(r);
		});
		worker.on('error', (e) => console.error('pageDump: review index worker failed', e));
		worker.on('exit', () => {
			if (this.#worker === worker) this.#worker = undefined;
			// Whoever waits gets empty answers rather than hanging.
			for (const [id, resolve] of this.#waiting) resolve({ id, entries: [], summarized: 0 });
			this.#waiting.clear();
		});
		worker.unref();
		this.#worker = worker;
		return worker;
	}

	#send(files: readonly IndexFile[], configs: readonly IndexConfig[]): Promise<IndexResponse> {
		const id = ++this.#nextId;
		const request: IndexRequest = { id, files, configs, maxBytes: INDEX_MAX_BYTES };
		return new Promise((resolve) => {
			this.#waiting.set(id, resolve);
			this.#ensureWorker().postMessage(request);
		});
	}

	/**
	 * Indexes `targets` (the whole workspace's dumps); entries not among them are dropped. A newer call supersedes an
	 * older one, which then resolves early with `false`. `onProgress` is called after every chunk.
	 */
	async update(targets: readonly IndexTarget[], onProgress?: (p: IndexProgress) => void): Promise<boolean> {
		const run = ++this.#run;
		const wanted = new Set(targets.map((t) => t.abs));
		for (const abs of [...this.#entries.keys()]) if (!wanted.has(abs)) this.#entries.delete(abs);
		const configs: IndexConfig[] = [];
		const configIndex = new Map<string, number>();
		const files: IndexFile[] = targets.map((t) => {
			let i = configIndex.get(t.config.key);
			if (i === undefined) {
				i = configs.push(t.config) - 1;
				configIndex.set(t.config.key, i);
			}
			return { abs: t.abs, rel: t.rel, config: i, previous: this.#entries.get(t.abs) };
		});
		let done = 0;
		let summarized = 0;
		let next = 0;
		let chunks = 0;
		const pump = async (): Promise<void> => {
			while (next < files.length && run === this.#run) {
				const chunk = files.slice(next, next + (chunks++ < FIRST_CHUNKS ? 1 : CHUNK_FILES));
				next += chunk.length;
				const response = await this.#send(chunk, configs);
				if (run !== this.#run) return;
				const arrived: IndexEntry[] = [];
				chunk.forEach((f, i) => {
					const e = response.entries[i];
					if (e) {
						this.#entries.set(f.abs, e);
						arrived.push(e);
					} else this.#entries.delete(f.abs);
				});
				done += chunk.length;
				summarized += response.summarized;
				onProgress?.({ done, total: files.length, summarized, entries: arrived });
			}
		};
		await Promise.all(Array.from({ length: IN_FLIGHT }, pump));
		return run === this.#run;
	}

	/** The entries as JSON for the workspace storage, so the next session starts from them. */
	serialize(): string {
		return JSON.stringify({ version: CACHE_VERSION, entries: [...this.#entries.values()] });
	}

	/** Takes entries from a previous session's `serialize()`; a cache of another version is ignored. */
	restore(text: string): number {
		try {
			const data = JSON.parse(text) as { version?: number; entries?: IndexEntry[] };
			if (data.version !== CACHE_VERSION || !Array.isArray(data.entries)) return 0;
			for (const e of data.entries) if (e && typeof e.abs === 'string' && e.summary) this.#entries.set(e.abs, e);
			return this.#entries.size;
		} catch {
			return 0;
		}
	}
}
