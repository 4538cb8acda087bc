// Worker thread for `pagedump extract --jobs N`: runs extraction jobs posted by the CLI and posts back their outcomes.
import { parentPort } from 'node:worker_threads';
import { runExtractJob, type ExtractJob } from './extractJob';

parentPort?.on('message', (job: ExtractJob & { id: number }) => {
	const outcome = runExtractJob(job);
	parentPort!.postMessage({ id: job.id, outcome });
});
