// Worker thread of the review index: stats, hashes and summarizes dumps off the extension host's thread. A file whose
// size and mtime (or, failing that, hash) and config are unchanged is not summarized again.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { decodeDump, summarizeDump } from '../../core/index';
import type { IndexEntry, IndexFile, IndexRequest, IndexResponse } from './indexProtocol';

function hashOf(bytes: Uint8Array): string {
	return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

/** Indexes one file; undefined when it is gone. Exported for the bench and tests. */
export function indexFile(file: IndexFile, request: IndexRequest): { entry: IndexEntry | undefined; summarized: boolean } {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file.abs);
	} catch {
		return { entry: undefined, summarized: false };
	}
	const config = request.configs[file.config];
	const prev = file.previous;
	const base = { abs: file.abs, rel: file.rel, size: stat.size, mtimeMs: stat.mtimeMs, configKey: config.key };
	// 1. Same size, mtime and config: nothing to do.
	if (prev && prev.size === stat.size && prev.mtimeMs === stat.mtimeMs && prev.configKey === config.key) return { entry: { ...prev, rel: file.rel }, summarized: false };
	if (stat.size > request.maxBytes) {
		const summary = { ...summarizeDump(file.rel, ''), skipped: `larger than the ${Math.round(request.maxBytes / 1048576)} MB limit`, bytes: stat.size };
		return { entry: { ...base, hash: `size:${stat.size}:${stat.mtimeMs}`, summary }, summarized: true };
	}
	let bytes: Uint8Array;
	try {
		bytes = fs.readFileSync(file.abs);
	} catch (e) {
		const summary = { ...summarizeDump(file.rel, ''), skipped: `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
		return { entry: { ...base, hash: '', summary }, summarized: true };
	}
	// 2. Touched but not changed (a checkout, a copy): same hash and config, keep the summary.
	const hash = hashOf(bytes);
	if (prev && prev.hash === hash && prev.configKey === config.key) return { entry: { ...prev, ...base, hash, summary: { ...prev.summary, path: file.rel } }, summarized: false };
	// 3. Summarize.
	const decoded = decodeDump(bytes);
	const summary = decoded.ok
		? { ...summarizeDump(file.rel, decoded.text, { diagnose: config.diagnose, sites: config.sites }), bytes: stat.size }
		: { ...summarizeDump(file.rel, ''), skipped: decoded.reason, bytes: stat.size };
	return { entry: { ...base, hash, summary }, summarized: true };
}

export function handleIndexRequest(request: IndexRequest): IndexResponse {
	let summarized = 0;
	const entries = request.files.map((f) => {
		try {
			const r = indexFile(f, request);
			if (r.summarized) summarized++;
			return r.entry;
		} catch (e) {
			// One bad file must not stop the index.
			return { abs: f.abs, rel: f.rel, size: 0, mtimeMs: 0, hash: '', configKey: '', summary: { ...summarizeDump(f.rel, ''), skipped: `internal error: ${(e as Error).message}` } };
		}
	});
	return { id: request.id, entries, summarized };
}

parentPort?.on('message', (request: IndexRequest) => parentPort!.postMessage(handleIndexRequest(request)));
