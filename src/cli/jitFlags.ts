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

/**
 * TurboFan still inlines the array builtins (`map`, `filter`, `find`, `some`, `forEach`...) with their callbacks when
 * `--no-turbo-inlining` is set, and it peels the first turn of every loop: both multiply the graph of the metadata
 * readers' large functions (`authorCandidates`, `siteNameCandidates`, `chooseTitle`: 3-4 KB of bytecode each, compiled
 * three to five times a run as their objects' shapes vary), and every `--jobs` worker compiles them again. With
 * `--jobs 1` the compiler threads run on the core the main thread leaves idle; with `--jobs 2` they take the workers'
 * cores. Per-thread CPU from /proc, `pagedump extract --format json --out-dir` over 296 tuning and corpus dumps (34 MB),
 * four alternating rounds at load 9-13, without -> with these two flags: `--jobs 2` process CPU 16.33 -> 15.12 s
 * (-7.4%; compiler and GC threads 4.7 -> 3.6 s); `--jobs 1` process 13.26 -> 12.08 s, main thread (its wall time on
 * an idle machine) 9.50 -> 9.24 s. Outputs are byte-identical (compiler settings).
 */
const LEANER_TURBOFAN = ['--no-turbo-inline-array-builtins', '--no-turbo-loop-peeling'];

/** The flags, in the order they are set (exported for the bench's CLI-flag stage tables, bench/cliFlagsThroughput.ts). */
export const CLI_V8_FLAGS: readonly string[] = [NO_INLINING, INTERRUPT_BUDGET, ...LEANER_TURBOFAN];

for (const flag of CLI_V8_FLAGS) v8.setFlagsFromString(flag);
