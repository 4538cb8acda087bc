// Worker thread for `pagedump extract --jobs N`: runs extraction jobs posted by the CLI's pool and posts back their outcomes.
import { runExtractJob, type ExtractJob, type ExtractOutcome } from './extractJob';
import { serveTasks } from './workerPool';

serveTasks<ExtractJob, ExtractOutcome>(runExtractJob);
