// `pagedump extract|check --jsonl`: one JSON request per line on standard input, one result per line on standard
// output in input order — the interface Hadoop Streaming, Spark's RDD.pipe, Beam and GNU parallel --pipe speak.
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { processJsonlLine, type JsonlOutcome, type JsonlSettings } from './jsonlRecord';

/** Records in flight per worker: enough to keep every worker busy while one result waits to be written in order, few enough that memory stays flat however long the stream is. */
export const IN_FLIGHT_PER_WORKER = 4;

export interface JsonlSummary {
	readonly records: number;
	readonly problems: number;
	readonly errorFindings: number;
}

/**
 * Workflow:
 * 1. Read the input line by line (blank lines are skipped); with one job, process each line at once.
 * 2. With N jobs, hand lines to a pool of N workers that lives for the whole run, at most N × IN_FLIGHT_PER_WORKER
 *    at a time; reading waits while the window is full.
 * 3. Write results in input order as soon as the next one is ready, waiting for the output to drain.
 */
export async function runJsonl(input: Readable, output: Writable, settings: JsonlSettings, jobs: number): Promise<JsonlSummary> {
	let records = 0;
	let problems = 0;
	let errorFindings = 0;
	const write = async (o: JsonlOutcome): Promise<void> => {
		records++;
		if (o.problem) problems++;
		if (o.errorFinding) errorFindings++;
		if (!output.write(o.line + '\n')) await new Promise<void>((resolve) => output.once('drain', resolve));
	};
	const lines = readline.createInterface({ input, crlfDelay: Infinity });
	let lineNumber = 0;
	if (jobs <= 1) {
		for await (const raw of lines) {
			lineNumber++;
			if (raw.trim() !== '') await write(processJsonlLine(raw, lineNumber, settings));
		}
		return { records, problems, errorFindings };
	}

	// 2. The pool: results arrive in any order and are released in sequence.
	const workers = Array.from({ length: jobs }, () => new Worker(path.join(__dirname, 'jsonlWorker.js'), { workerData: settings }));
	const ready = new Map<number, JsonlOutcome>();
	const idle: Worker[] = [...workers];
	const queue: { seq: number; raw: string; lineNumber: number }[] = [];
	let nextSeq = 0;
	let nextToWrite = 0;
	let failure: Error | undefined;
	let wake: (() => void) | undefined;
	const notify = (): void => {
		const w = wake;
		wake = undefined;
		w?.();
	};
	const dispatch = (): void => {
		while (idle.length > 0 && queue.length > 0) idle.pop()!.postMessage(queue.shift()!);
	};
	for (const worker of workers) {
		worker.on('message', (m: { seq: number; outcome: JsonlOutcome }) => {
			ready.set(m.seq, m.outcome);
			idle.push(worker);
			dispatch();
			notify();
		});
		worker.on('error', (e) => {
			failure = e;
			notify();
		});
	}
	const flush = async (): Promise<void> => {
		while (ready.has(nextToWrite)) {
			const o = ready.get(nextToWrite)!;
			ready.delete(nextToWrite++);
			await write(o);
		}
	};
	const waitForResult = (): Promise<void> => new Promise<void>((resolve) => (wake = resolve));
	try {
		for await (const raw of lines) {
			lineNumber++;
			if (raw.trim() === '') continue;
			queue.push({ seq: nextSeq++, raw, lineNumber });
			dispatch();
			await flush();
			while (!failure && nextSeq - nextToWrite >= jobs * IN_FLIGHT_PER_WORKER) {
				// Checked and armed in one synchronous step: no result can slip in between.
				if (!ready.has(nextToWrite)) await waitForResult();
				await flush();
			}
			if (failure) throw failure;
		}
		while (!failure && nextToWrite < nextSeq) {
			if (!ready.has(nextToWrite)) await waitForResult();
			await flush();
		}
		if (failure) throw failure;
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return { records, problems, errorFindings };
}
