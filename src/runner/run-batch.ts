/**
 * The batch runner: evaluates rows [start, end) of a row source with a model on worker threads,
 * in deterministic blocks, and appends results to runs.csv in run-id order whatever order the
 * workers finish in, so the file is byte-identical for any worker count. Failed runs are recorded
 * and the batch goes on; a checkpoint lets an interrupted batch resume; memory stays flat (at most
 * a few blocks in flight, plus the outputs kept for the analysis).
 */
import fs from 'node:fs';
import {MAX_LISTED_FAILURES, partialFiles, readCheckpoint, writeCheckpoint, type Checkpoint, type Failure} from './checkpoint.js';
import {runsHeader} from './csv.js';
import {evaluateChunk, type ChunkResult} from './evaluate-chunk.js';
import {loadModel, type ModelSpec} from './model.js';
import {createPool, defaultWorkers} from './pool.js';
import type {Progress} from './progress.js';
import type {RowSource} from './row-source.js';
import {shardRange, type Shard} from './shard.js';

/** Batches smaller than this run in the main thread by default. */
export const INLINE_BELOW = 2000;

export interface BatchOptions {
	source: RowSource;
	model: ModelSpec;
	outDir: string;
	/** Worker threads; 0 evaluates in this thread. Default: all cores. */
	workers?: number;
	/** Rows per block handed to a worker (does not change any output). */
	chunkSize?: number;
	shard?: Shard;
	resume?: boolean;
	/** Identifies the sweep's configuration; a resume with a different one is refused. */
	fingerprint: string;
	progress?: Progress | null;
	/** Stop (throwing an AbortError) once this signal fires; the checkpoint stays for --resume. */
	signal?: AbortSignal;
	/** Milliseconds between checkpoints (default 1000; 0 = after every block). */
	checkpointEvery?: number;
}

export interface BatchResult {
	start: number;
	end: number;
	outputs: readonly string[];
	/** Outputs of runs start … end−1, row-major (end − start) × m; NaN where a run failed. */
	Y: Float64Array;
	failedCount: number;
	failures: Failure[];
	/** Run id the batch resumed from (start when it did not resume). */
	resumedFrom: number;
	evaluateMs: number;
	workers: number;
}

export class ResumeMismatchError extends Error {}

export async function runBatch(o: BatchOptions): Promise<BatchResult> {
	const t0 = performance.now();
	const {start, end} = shardRange(o.source.rows, o.shard);
	const m = o.model.outputs.length;
	const files = partialFiles(o.outDir);
	fs.mkdirSync(o.outDir, {recursive: true});
	const Y = new Float64Array((end - start) * m).fill(Number.NaN);
	const cp = o.resume ? resumeState(o, start, end, Y) : null;
	const state: Checkpoint = cp ?? {version: 1, fingerprint: o.fingerprint, start, end, next: start, csvBytes: 0, yBytes: 0, failedCount: 0, failures: []};
	const resumedFrom = state.next;
	const csvFd = fs.openSync(files.csv, cp ? 'r+' : 'w');
	const yFd = fs.openSync(files.y, cp ? 'r+' : 'w');
	if (!cp) {
		state.csvBytes = fs.writeSync(csvFd, runsHeader(o.source.names, o.model.outputs));
		writeCheckpoint(o.outDir, state);
	}
	// Starting a worker (modules, scenario) costs about what a thousand runs of the baseline do:
	// small batches run in the main thread unless --workers says otherwise. Results do not change.
	const workers = o.workers ?? (end - start < INLINE_BELOW ? 0 : defaultWorkers());
	const chunk = o.chunkSize ?? Math.max(16, Math.min(2048, Math.ceil((end - start) / Math.max(1, workers * 8))));
	const pool = workers > 0 ? createPool(workers) : null;
	const inline = pool ? null : await loadModel(o.model);
	const evaluate = (from: number, count: number): Promise<ChunkResult> => {
		const X = o.source.block(from, count);
		return pool ? pool.run({kind: 'chunk', spec: o.model, X, k: o.source.k, start: from}) : Promise.resolve(evaluateChunk(inline!, X, o.source.k, from));
	};
	const queue: Promise<ChunkResult>[] = [];
	let submitted = state.next;
	let lastCheckpoint = performance.now();
	const maxInFlight = Math.max(2, workers * 4);
	try {
		while (state.next < end) {
			while (queue.length < maxInFlight && submitted < end) {
				const count = Math.min(chunk, end - submitted);
				const p = evaluate(submitted, count);
				p.catch(() => undefined); // rejections are handled when the block reaches the head
				queue.push(p);
				submitted += count;
			}
			const r = await queue.shift()!;
			if (o.signal?.aborted) throw o.signal.reason ?? new Error('aborted');
			state.csvBytes += fs.writeSync(csvFd, r.csv, state.csvBytes);
			state.yBytes += fs.writeSync(yFd, new Uint8Array(r.Y.buffer, r.Y.byteOffset, r.Y.byteLength), 0, r.Y.byteLength, state.yBytes);
			Y.set(r.Y, (r.start - start) * m);
			for (const f of r.failures) {
				if (state.failures.length < MAX_LISTED_FAILURES) state.failures.push({...f, inputs: Array.from(o.source.block(f.run, 1))});
			}
			state.failedCount += r.failures.length;
			state.next = r.start + r.count;
			const now = performance.now();
			if (now - lastCheckpoint >= (o.checkpointEvery ?? 1000) || state.next === end) {
				writeCheckpoint(o.outDir, state);
				lastCheckpoint = now;
			}
			o.progress?.update(state.next - start, state.failedCount);
		}
	} finally {
		fs.closeSync(csvFd);
		fs.closeSync(yFd);
		// Let blocks still in flight settle: piscina rejects replies that arrive after destroy().
		await Promise.allSettled(queue);
		await pool?.close();
	}
	o.progress?.finish(end - start, state.failedCount);
	return {start, end, outputs: o.model.outputs, Y, failedCount: state.failedCount, failures: state.failures, resumedFrom, evaluateMs: performance.now() - t0, workers};
}

/** Load a checkpoint for --resume, truncate the partial files to it and read back the outputs. */
function resumeState(o: BatchOptions, start: number, end: number, Y: Float64Array): Checkpoint | null {
	const files = partialFiles(o.outDir);
	const cp = readCheckpoint(o.outDir);
	if (!cp || !fs.existsSync(files.csv) || !fs.existsSync(files.y)) return null;
	if (cp.fingerprint !== o.fingerprint || cp.start !== start || cp.end !== end) {
		throw new ResumeMismatchError(
			`--resume: the partial sweep in ${o.outDir} was started with different options (sampler, n, seed, inputs, outcomes or shard); hint: rerun with the same options, or use a new --out without --resume`,
		);
	}
	if (fs.statSync(files.csv).size < cp.csvBytes || fs.statSync(files.y).size < cp.yBytes) {
		throw new ResumeMismatchError(`--resume: the partial files in ${o.outDir} are shorter than its checkpoint; hint: start again without --resume`);
	}
	fs.truncateSync(files.csv, cp.csvBytes);
	fs.truncateSync(files.y, cp.yBytes);
	const buf = fs.readFileSync(files.y);
	Y.set(new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8));
	return cp;
}

/** Turn the finished partial file into runs.csv and drop the resume state. */
export function finalizeRuns(outDir: string, target = 'runs.csv'): void {
	const files = partialFiles(outDir);
	fs.renameSync(files.csv, `${outDir}/${target}`);
	fs.rmSync(files.y, {force: true});
	fs.rmSync(files.checkpoint, {force: true});
}
