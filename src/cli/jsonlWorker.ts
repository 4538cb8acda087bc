// Worker thread for `--jsonl --jobs N`: processes request lines posted by the CLI's pool and posts back their result lines.
import { workerData } from 'node:worker_threads';
import { processJsonlLine, type JsonlOutcome, type JsonlSettings, type JsonlTask } from './jsonlRecord';
import { serveTasks } from './workerPool';

const settings = workerData as JsonlSettings;
serveTasks<JsonlTask, JsonlOutcome>((t) => processJsonlLine(t.raw, t.lineNumber, settings));
