// Worker thread for `--jsonl --jobs N`: processes request lines posted by the CLI and posts back their result lines.
import { parentPort, workerData } from 'node:worker_threads';
import { processJsonlLine, type JsonlSettings } from './jsonlRecord';

const settings = workerData as JsonlSettings;
parentPort?.on('message', (m: { seq: number; raw: string; lineNumber: number }) => {
	parentPort!.postMessage({ seq: m.seq, outcome: processJsonlLine(m.raw, m.lineNumber, settings) });
});
