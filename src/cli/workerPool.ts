// A pool of worker threads for a whole CLI run: tasks handed out as workers free up, results released in input order, and a worker that dies on a task replaced so the run goes on.
import { isMainThread, parentPort, Worker, type ResourceLimits } from 'node:worker_threads';

/** Tasks taken from the input but not yet released, per worker: enough to keep every worker busy while one slow result holds back the ones after it, few enough that memory stays flat however long the input is. */
export const IN_FLIGHT_PER_WORKER = 4;

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
 * 1. Start `size` workers that live for the whole run; each has at most one task at a time, so a death names its task.
 * 2. Pull items while fewer than `window` are unreleased; a task goes to the next idle worker, a known result waits
 *    for its turn.
 * 3. Release results in input order as soon as the next one is there (the consumer's own awaits pace the pool).
 * 4. A worker that dies (error event or exit) while it holds a task: that task's result is `crashed(task, reason)`,
 *    the worker is replaced and the run goes on. Every death answers one task, so a script that cannot start at all
 *    fails each task with its reason and still ends.
 * 5. When the input ends and every result is out, or the consumer stops early, or the input throws: terminate all.
 */
export async function* runOrdered<T, R>(items: AsyncIterable<PoolItem<T, R>> | Iterable<PoolItem<T, R>>, options: PoolOptions<T, R>): AsyncGenerator<R> {
	const size = Math.max(1, options.size);
	const window = Math.max(size, options.window ?? size * IN_FLIGHT_PER_WORKER);
	const ready = new Map<number, R>();
	const queue: TaskMessage<T>[] = [];
	const idle: Worker[] = [];
	const holding = new Map<Worker, TaskMessage<T>>();
	const live = new Set<Worker>();
	let closing = false;
	let wake: (() => void) | undefined;
	const notify = (): void => {
		const w = wake;
		wake = undefined;
		w?.();
	};
	const dispatch = (): void => {
		while (idle.length > 0 && queue.length > 0) {
			const worker = idle.pop()!;
			const message = queue.shift()!;
			holding.set(worker, message);
			worker.postMessage(message);
		}
	};
	const start = (): void => {
		const worker = new Worker(options.script, { workerData: options.workerData, resourceLimits: options.resourceLimits });
		let error: Error | undefined;
		live.add(worker);
		worker.on('message', (m: ResultMessage<R>) => {
			holding.delete(worker);
			ready.set(m.seq, m.result);
			idle.push(worker);
			dispatch();
			notify();
		});
		worker.on('error', (e: Error) => {
			error ??= e;
		});
		worker.on('exit', (code: number) => {
			live.delete(worker);
			if (closing) return;
			const held = holding.get(worker);
			holding.delete(worker);
			const at = idle.indexOf(worker);
			if (at >= 0) idle.splice(at, 1);
			if (held) ready.set(held.seq, options.crashed(held.task, crashReason(error, code)));
			// 4. The replacement takes the next task; the dead worker's task is answered above.
			start();
			dispatch();
			notify();
		});
		idle.push(worker);
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
