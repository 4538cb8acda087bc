// A pool of worker threads for a whole CLI run: tasks handed out as workers free up, results released in input order, and a worker that dies on a task replaced so the run goes on.
import { isMainThread, parentPort, Worker, type ResourceLimits } from 'node:worker_threads';

/** Tasks taken from the input but not yet released, per worker: enough to keep every worker busy while one slow result holds back the ones after it, few enough that memory stays flat however long the input is. */
export const IN_FLIGHT_PER_WORKER = 4;

/**
 * Tasks a worker holds at once: the one it runs and one handed ahead, so it starts the next as soon as it posts a
 * result instead of waiting for the main thread to wake, read the result and post a task (on a loaded machine the
 * main thread waits for a core first). A death still names its task: a worker runs its tasks in the order they were
 * posted and posts each result before it takes the next, and Node delivers a dead worker's messages before its exit
 * event, so the first task it still holds is the one it died on; the others were never started and go back to the
 * queue. Simulated over wcxb-dev's per-file times with 2 workers: a round trip of 2 ms (5 ms) cost 1.88x (1.73x)
 * against 1.99x with the task handed ahead; measured at load 21-34 over every third dump, `--jobs 2` against
 * `--jobs 1` went from 0.67x/0.93x to 1.10x/1.70x (two rounds in turns with the old pool).
 */
export const TASKS_PER_WORKER = 2;

/** An input item: a task for a worker, or a result known without one (answered in its place, in order). */
export type PoolItem<T, R> = { readonly task: T } | { readonly result: R };

export interface PoolOptions<T, R> {
	/** The worker's script; it calls `serveTasks`. */
	readonly script: string;
	/** Worker threads (at least 1). */
	readonly size: number;
	readonly workerData?: unknown;
	/** Limits for each worker's heap (default: V8's, as the process's flags set them). */
	readonly resourceLimits?: ResourceLimits;
	/** Tasks in flight or waiting to be released (default size × IN_FLIGHT_PER_WORKER); reading the input waits while it is full. */
	readonly window?: number;
	/** The result that stands for a task whose worker died on it (out of memory, an uncaught error, process.exit). */
	readonly crashed: (task: T, reason: string) => R;
}

/** What the pool posts to a worker, and what the worker posts back. */
interface TaskMessage<T> {
	readonly seq: number;
	readonly task: T;
}
interface ResultMessage<R> {
	readonly seq: number;
	readonly result: R;
}

/** Why a worker died, in words for the file's report line. */
export function crashReason(error: Error | undefined, exitCode: number): string {
	const what = (error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory' : error ? `crashed (${error.message})` : `exited with code ${exitCode}`;
	return `its worker thread ${what} on this input and was replaced`;
}

/**
 * Runs `items` on a pool of worker threads and yields their results in input order.
 *
 * Workflow:
 * 1. Start `size` workers that live for the whole run; each holds at most TASKS_PER_WORKER tasks, run in order, so
 *    a death names the first task it holds.
 * 2. Pull items while fewer than `window` are unreleased; a task goes to the worker holding the fewest (below
 *    TASKS_PER_WORKER), a known result waits for its turn.
 * 3. Release results in input order as soon as the next one is there (the consumer's own awaits pace the pool).
 * 4. A worker that dies (error event or exit) while it holds tasks: the first one's result is `crashed(task, reason)`,
 *    the others go back to the front of the queue, the worker is replaced and the run goes on. Every death answers
 *    one task, so a script that cannot start at all fails each task with its reason and still ends.
 * 5. When the input ends and every result is out, or the consumer stops early, or the input throws: terminate all.
 */
export async function* runOrdered<T, R>(items: AsyncIterable<PoolItem<T, R>> | Iterable<PoolItem<T, R>>, options: PoolOptions<T, R>): AsyncGenerator<R> {
	const size = Math.max(1, options.size);
	const window = Math.max(size, options.window ?? size * IN_FLIGHT_PER_WORKER);
	const ready = new Map<number, R>();
	const queue: TaskMessage<T>[] = [];
	/** Each live worker's tasks in the order posted (it runs them in that order). */
	const holding = new Map<Worker, TaskMessage<T>[]>();
	const live = new Set<Worker>();
	let closing = false;
	let wake: (() => void) | undefined;
	const notify = (): void => {
		const w = wake;
		wake = undefined;
		w?.();
	};
	const dispatch = (): void => {
		while (queue.length > 0) {
			let worker: Worker | undefined;
			let fewest = TASKS_PER_WORKER;
			for (const [w, held] of holding) {
				if (held.length < fewest) {
					worker = w;
					fewest = held.length;
				}
			}
			if (!worker) return;
			const message = queue.shift()!;
			holding.get(worker)!.push(message);
			worker.postMessage(message);
		}
	};
	const start = (): void => {
		const worker = new Worker(options.script, { workerData: options.workerData, resourceLimits: options.resourceLimits });
		let error: Error | undefined;
		live.add(worker);
		holding.set(worker, []);
		worker.on('message', (m: ResultMessage<R>) => {
			// The first task it holds: results come back in the order the tasks were posted.
			holding.get(worker)?.shift();
			ready.set(m.seq, m.result);
			dispatch();
			notify();
		});
		worker.on('error', (e: Error) => {
			error ??= e;
		});
		worker.on('exit', (code: number) => {
			live.delete(worker);
			if (closing) return;
			const [died, ...unstarted] = holding.get(worker) ?? [];
			holding.delete(worker);
			if (died) ready.set(died.seq, options.crashed(died.task, crashReason(error, code)));
			// 4. Handed out before the queue's tasks, so they go back in front of them, in order.
			// A worker holds at most `TASKS_PER_WORKER`, so unshifting them one by one, last first, stays cheap.
			for (let j = unstarted.length - 1; j >= 0; j--) queue.unshift(unstarted[j]);
			start();
			dispatch();
			notify();
		});
	};
	for (let i = 0; i < size; i++) start();

	const input = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<PoolItem<T, R>>)[Symbol.iterator]();
	let taken = 0;
	let released = 0;
	let exhausted = false;
	try {
		for (;;) {
			// 3. Release in order.
			while (ready.has(released)) {
				const result = ready.get(released)!;
				ready.delete(released++);
				yield result;
			}
			if (!exhausted && taken - released < window) {
				// 2. Take the next item.
				const next = await input.next();
				if (next.done) exhausted = true;
				else if ('result' in next.value) ready.set(taken++, next.value.result);
				else {
					queue.push({ seq: taken++, task: next.value.task });
					dispatch();
				}
				continue;
			}
			if (exhausted && released === taken) return;
			// Checked above and armed here in one synchronous step: no result can slip in between.
			await new Promise<void>((resolve) => (wake = resolve));
		}
	} finally {
		closing = true;
		await Promise.all([...live].map((w) => w.terminate()));
	}
}

/** In a worker script: answers each task the pool posts with `handle(task)`. */
export function serveTasks<T, R>(handle: (task: T) => R): void {
	if (isMainThread || !parentPort) return;
	const port = parentPort;
	port.on('message', (m: TaskMessage<T>) => {
		const message: ResultMessage<R> = { seq: m.seq, result: handle(m.task) };
		port.postMessage(message);
	});
}
