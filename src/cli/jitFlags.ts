// V8 compiler settings for the CLI process (and its worker threads, which share them), set before any code is hot.
import * as v8 from 'node:v8';

/**
 * TurboFan's inlining makes each optimization of the extractor's large functions cost far more than it saves on a
 * batch: over 100 wcxb-dev dumps (`pagedump extract DIR --out-dir`, per-thread CPU from /proc) the compiler threads
 * spent 5.9–6.5 s beside the main thread's 4.5–5.1 s; without inlining 3.3–3.7 s beside an unchanged 4.4–4.9 s. With
 * `--jobs 2` those compiler threads compete with the workers for the cores, so they cost wall time there too.
 */
const CLI_V8_FLAGS = ['--no-turbo-inlining'];

for (const flag of CLI_V8_FLAGS) v8.setFlagsFromString(flag);
