// V8 compiler settings for the CLI process (and its worker threads, which share them), set before any code is hot.
import * as v8 from 'node:v8';

/**
 * TurboFan's inlining makes each optimization of the extractor's large functions cost far more than it saves on a
 * batch: over 100 wcxb-dev dumps (`pagedump extract DIR --out-dir`, per-thread CPU from /proc) the compiler threads
 * spent 5.9–6.5 s beside the main thread's 4.5–5.1 s; without inlining 3.3–3.7 s beside an unchanged 4.4–4.9 s. With
 * `--jobs 2` those compiler threads compete with the workers for the cores, so they cost wall time there too.
 */
const NO_INLINING = '--no-turbo-inlining';

/**
 * Node 20's default interrupt budget (67,584 bytecode bytes between tier-up checks) × 4: functions tier up later, so
 * fewer of them are compiled and recompiled while a batch warms up. Every isolate compiles its own code, so each
 * `--jobs` worker pays the warm-up again: `--jobs 2` spent 1.3× the CPU of `--jobs 1` on 150 wcxb-dev dumps. Process
 * CPU (every thread), `pagedump extract DIR --out-dir --force`, the first wcxb-dev dumps by name, default -> ×4:
 * 150 dumps, two runs each: `--jobs 1` 7.0/7.5 s -> 6.4/6.3 s, `--jobs 2` 9.3/9.5 s -> 7.8/7.2 s;
 * 600 dumps: `--jobs 1` 18.8 -> 18.3 s, `--jobs 2` 23.2 -> 21.6 s. Outputs are byte-identical (a compiler setting).
 */
const INTERRUPT_BUDGET = `--interrupt-budget=${67_584 * 4}`;

/** The flags, in the order they are set (exported for the bench's CLI-flag stage tables, bench/cliFlagsThroughput.ts). */
export const CLI_V8_FLAGS: readonly string[] = [NO_INLINING, INTERRUPT_BUDGET];

for (const flag of CLI_V8_FLAGS) v8.setFlagsFromString(flag);
