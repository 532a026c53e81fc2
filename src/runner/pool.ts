/** The worker-thread pool (piscina), running compiled JS in production and TypeScript under tsx/vitest. */
import os from 'node:os';
import {Piscina} from 'piscina';
import type {ChunkResult} from './evaluate-chunk.js';
import type {ChunkTask} from './worker.js';

/**
 * Worker threads when the user names none: one per core, or none (the main thread) on a machine with two cores
 * or fewer, where threads cost more than they save (measured on the 2-vCPU build machine: the Sobol' sweep of the
 * 2030 scenario takes 1.93 s with two workers, 1.63 s in the main thread). Results never depend on it.
 */
export function defaultWorkers(): number {
	const cores = Math.max(1, os.availableParallelism());
	return cores <= 2 ? 0 : cores;
}

export interface ChunkPool {
	run(task: ChunkTask): Promise<ChunkResult>;
	close(): Promise<void>;
}

export function createPool(workers: number): ChunkPool {
	const isTs = import.meta.url.endsWith('.ts');
	const pool = new Piscina({
		filename: isTs ? new URL('./ts-worker-shim.mjs', import.meta.url).href : new URL('./worker.js', import.meta.url).href,
		...(isTs ? {workerData: {__tsTarget: new URL('./worker.ts', import.meta.url).href}} : {}),
		minThreads: workers,
		maxThreads: workers,
		idleTimeout: 60_000,
	});
	return {
		run: (task) => pool.run(task, {transferList: [task.X.buffer as ArrayBuffer]}) as Promise<ChunkResult>,
		close: () => pool.destroy(),
	};
}
