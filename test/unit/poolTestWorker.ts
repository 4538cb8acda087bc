// Worker thread for workerPool.test.ts: answers each task by its mode, or dies on it the way a hostile dump can kill a worker.
import { threadId } from 'node:worker_threads';
import { serveTasks } from '../../src/cli/workerPool';

export interface PoolTestTask {
	readonly n: number;
	readonly mode: 'ok' | 'throw' | 'exit' | 'oom';
	/** Milliseconds to block before answering: later tasks finish first, so order is the pool's doing. */
	readonly holdMs?: number;
}

export interface PoolTestResult {
	readonly n: number;
	readonly status: 'ok' | 'failed';
	readonly threadId: number;
	readonly reason?: string;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

serveTasks<PoolTestTask, PoolTestResult>((task) => {
	if (task.holdMs) Atomics.wait(sleeper, 0, 0, task.holdMs);
	if (task.mode === 'throw') throw new Error(`task ${task.n} throws`);
	if (task.mode === 'exit') process.exit(7);
	if (task.mode === 'oom') {
		const hoard: number[][] = [];
		for (;;) hoard.push(new Array<number>(100_000).fill(task.n));
	}
	return { n: task.n, status: 'ok', threadId };
});
