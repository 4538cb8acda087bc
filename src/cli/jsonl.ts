// `pagedump extract|check --jsonl`: one JSON request per line on standard input, one result per line on standard
// output in input order — the interface Hadoop Streaming, Spark's RDD.pipe, Beam and GNU parallel --pipe speak.
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { processJsonlLine, type JsonlOutcome, type JsonlSettings } from './jsonlRecord';

/** Records in flight per worker: enough to keep every worker busy while one result waits to be written in order, few enough that memory stays flat however long the stream is. */
export const IN_FLIGHT_PER_WORKER = 4;

/** A request line may hold a whole dump as JSON text: escaping can double it, so lines up to twice --max-size (plus room for the other fields) are read; a longer one is dropped unread and answered with an error record. */
const LINE_ALLOWANCE_BYTES = 1024 * 1024;

/** Stands for a line that was longer than the limit and was not kept. */
export const OVERSIZED = Symbol('oversized line');

/**
 * The input's lines, read only as fast as they are consumed: the stream is pulled one chunk at a time (readline
 * would read ahead and queue the whole input), and a partial line is kept as a list of pieces, joined once.
 */
export async function* linesOf(input: Readable, maxLineChars: number): AsyncGenerator<string | typeof OVERSIZED> {
	const decoder = new StringDecoder('utf8');
	let pending: string[] = [];
	let pendingChars = 0;
	let oversized = false;
	const take = (piece: string): void => {
		if (oversized) return;
		pendingChars += piece.length;
		if (pendingChars > maxLineChars) {
			oversized = true;
			pending = [];
		} else pending.push(piece);
	};
	const line = (): string | typeof OVERSIZED => {
		const out = oversized ? OVERSIZED : pending.join('').replace(/\r$/, '');
		pending = [];
		pendingChars = 0;
		oversized = false;
		return out;
	};
	for await (const chunk of input) {
		const s = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
		let from = 0;
		for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
			take(s.slice(from, nl));
			from = nl + 1;
			yield line();
		}
		if (from < s.length) take(s.slice(from));
	}
	take(decoder.end());
	if (pendingChars > 0 || oversized) yield line();
}

export interface JsonlSummary {
	readonly records: number;
	readonly problems: number;
	readonly errorFindings: number;
}

/**
 * Workflow:
 * 1. Read the input line by line, pulling the stream only as lines are consumed (blank lines are skipped; an
 *    over-long line is answered with an error record unread); with one job, process each line at once.
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
	const maxLineChars = 2 * settings.maxBytes + LINE_ALLOWANCE_BYTES;
	const lines = linesOf(input, maxLineChars);
	const tooLong = (n: number): JsonlOutcome => ({ line: JSON.stringify({ id: n, status: 'error', reason: `line ${n} is longer than ${maxLineChars} characters (twice --max-size and 1 MB): not read` }), problem: true, errorFinding: false });
	let lineNumber = 0;
	if (jobs <= 1) {
		for await (const raw of lines) {
			lineNumber++;
			if (raw === OVERSIZED) await write(tooLong(lineNumber));
			else if (raw.trim() !== '') await write(processJsonlLine(raw, lineNumber, settings));
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
			if (raw === OVERSIZED) {
				// Answered in place, in order: it takes a sequence number like any record.
				ready.set(nextSeq++, tooLong(lineNumber));
				await flush();
				continue;
			}
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
