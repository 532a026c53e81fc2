/**
 * Piscina task: evaluate one block of rows with the model named in the task. The model is loaded
 * once per worker thread and cached. Y goes back as a transferred buffer (TOOLCHAIN §6: Piscina.move
 * wrapped so the metadata survives).
 */
import {workerData} from 'node:worker_threads';
import {Piscina} from 'piscina';
import {evaluateChunk, type ChunkResult, type ChunkText} from './evaluate-chunk.js';
import {loadModel, type ModelSpec} from './model.js';

export interface ChunkTask {
	kind: 'chunk';
	spec: ModelSpec;
	X: Float64Array;
	k: number;
	start: number;
	text: ChunkText;
}

// Modules the pool asked for (src/runner/pool.ts): loaded while the main thread still reads the scenario.
const preload = (workerData as {preload?: string[]} | null)?.preload ?? [];
await Promise.all(preload.map((url) => import(url)));

export default async function run(task: ChunkTask): Promise<ChunkResult> {
	const model = await loadModel(task.spec);
	const result = evaluateChunk(model, task.X, task.k, task.start, task.text);
	return Piscina.move({
		get [Piscina.transferableSymbol](): object {
			return [result.Y.buffer];
		},
		get [Piscina.valueSymbol](): object {
			return result;
		},
	} as unknown as Parameters<typeof Piscina.move>[0]) as unknown as ChunkResult;
}
