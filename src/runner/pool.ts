/** The worker-thread pool (piscina), running compiled JS in production and TypeScript under tsx/vitest. */
import os from 'node:os';
import type {ChunkResult} from './evaluate-chunk.js';
import type {ChunkTask} from './worker.js';

/**
 * Worker threads when the user names none: one fewer than the cores, because the main thread evaluates
 * blocks too whenever every worker is busy (src/runner/run-batch.ts). On the 2-vCPU build machine that is
 * one worker beside the main thread. Results never depend on it.
 */
export function defaultWorkers(): number {
	return Math.max(1, os.availableParallelism() - 1);
}

export interface ChunkPool {
	run(task: ChunkTask): Promise<ChunkResult>;
	/** Stop the threads (once; later calls return the same promise). */
	close(): Promise<void>;
}

/**
 * A worker's young generation, in MB (V8's default grows to 48 MB: semi-spaces of 16 MB). What a worker
 * allocates lives for one block of rows; a young generation grown to its default in a long batch only held
 * that garbage longer, and a run of 10^6 rows peaked 10–25% above one of 10^5. 24 MB is the main thread's
 * young generation too (semi-spaces of 8 MB, from the program's shebang in cli/main.ts), given here as well
 * for a process started without it (`node dist/cli/main.js`, the tests).
 */
export const WORKER_YOUNG_GENERATION_MB = 24;

/** `preload`: module URLs each worker imports as soon as it starts (the model's module and with it the engine). */
export function createPool(workers: number, preload: readonly string[] = []): ChunkPool {
	const isTs = import.meta.url.endsWith('.ts');
	// piscina is loaded with the first pool: a batch in the main thread never needs it.
	const pool = import('piscina').then(
		({Piscina}) =>
			new Piscina({
				filename: isTs ? new URL('./ts-worker-shim.mjs', import.meta.url).href : new URL('./worker.js', import.meta.url).href,
				workerData: {preload: [...preload], ...(isTs ? {__tsTarget: new URL('./worker.ts', import.meta.url).href} : {})},
				minThreads: workers,
				maxThreads: workers,
				idleTimeout: 60_000,
				resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB},
			}),
	);
	let closed: Promise<void> | undefined;
	return {
		run: async (task) => (await pool).run(task, {transferList: [task.X.buffer as ArrayBuffer]}) as Promise<ChunkResult>,
		close: () => (closed ??= pool.then((p) => p.destroy())),
	};
}
