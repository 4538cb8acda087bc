// `pagedump extract|check --jsonl`: one JSON request per line on standard input, one result per line on standard
// output in input order — the interface Hadoop Streaming, Spark's RDD.pipe, Beam and GNU parallel --pipe speak.
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';
import { crashedJsonlLine, processJsonlLine, type JsonlOutcome, type JsonlSettings, type JsonlTask } from './jsonlRecord';
import { runOrdered, type PoolItem } from './workerPool';

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
 * 2. With N jobs, hand lines to a pool of N workers that lives for the whole run (workerPool.ts), at most
 *    N × IN_FLIGHT_PER_WORKER at a time; reading waits while the window is full. A worker that dies on a record
 *    (out of memory on a hostile dump) makes that record an error record and is replaced.
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
	if (jobs <= 1) {
		let lineNumber = 0;
		for await (const raw of lines) {
			lineNumber++;
			if (raw === OVERSIZED) await write(tooLong(lineNumber));
			else if (raw.trim() !== '') await write(processJsonlLine(raw, lineNumber, settings));
		}
		return { records, problems, errorFindings };
	}

	// 2. The pool: an over-long line is answered in place, in order, like any record.
	async function* items(): AsyncGenerator<PoolItem<JsonlTask, JsonlOutcome>> {
		let lineNumber = 0;
		for await (const raw of lines) {
			lineNumber++;
			if (raw === OVERSIZED) yield { result: tooLong(lineNumber) };
			else if (raw.trim() !== '') yield { task: { raw, lineNumber } };
		}
	}
	const results = runOrdered(items(), {
		script: path.join(__dirname, 'jsonlWorker.js'),
		size: jobs,
		workerData: settings,
		crashed: (task: JsonlTask, reason: string) => crashedJsonlLine(task.raw, task.lineNumber, reason),
	});
	for await (const outcome of results) await write(outcome);
	return { records, problems, errorFindings };
}
