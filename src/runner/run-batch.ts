/**
 * The batch runner: evaluates rows [start, end) of a row source with a model on worker threads,
 * in deterministic blocks, and appends results in run-id order whatever order the workers finish
 * in, so the files are byte-identical for any worker count. Failed runs are recorded and the batch
 * goes on; a checkpoint (row count, bytes and sha256 of each partial file, code fingerprint) lets an
 * interrupted batch resume; memory stays flat (at most a few blocks in flight, plus the outputs
 * kept for the analysis when asked).
 */
import {createHash, type Hash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {MAX_LISTED_FAILURES, partialFiles, readCheckpoint, writeCheckpoint, type Checkpoint, type Failure, type PartState} from './checkpoint.js';
import {codeFingerprint} from './code-fingerprint.js';
import {runsHeader} from './csv.js';
import {evaluateChunk, type ChunkResult, type ChunkText} from './evaluate-chunk.js';
import {hashFile, sha256File} from './integrity.js';
import {loadModel, type ModelSpec} from './model.js';
import {createPool, defaultWorkers} from './pool.js';
import type {Progress} from './progress.js';
import type {RowSource} from './row-source.js';
import {shardRange, type Shard} from './shard.js';

/**
 * With no --workers, the main thread starts alone and worker threads join once the batch has shown it will
 * take longer than this. Measured on the 2-vCPU build machine: a worker beside the main thread slows both
 * for their first second (the two engines compile their code on the same two cores), so a Sobol' sweep of
 * the baseline (16,384 runs, half a second of runs) was 0.3 s slower with one; a batch of minutes is not.
 */
export const WORKERS_AFTER_MS = 3000;

export interface BatchOptions {
	source: RowSource;
	model: ModelSpec;
	outDir: string;
	/**
	 * Worker threads beside the main thread (which evaluates blocks too); 0: the main thread only. Default: none
	 * at first, cores − 1 once the batch shows it will take longer than WORKERS_AFTER_MS.
	 */
	workers?: number;
	/** With no workers named: start them when what is left would take longer than this (default WORKERS_AFTER_MS). */
	workersAfterMs?: number;
	/** Rows per block handed to a worker (does not change any output). */
	chunkSize?: number;
	shard?: Shard;
	resume?: boolean;
	/** Identifies the sweep's configuration; a resume with a different one is refused. */
	fingerprint: string;
	/** Lines of runs.csv.partial: every column (default), outputs only, or none (Parquet). */
	text?: ChunkText;
	/** Keep the outputs in memory for the analysis (default true). */
	keepOutputs?: boolean;
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
	/** Outputs of runs start … end−1, row-major (end − start) × m; NaN where a run failed (empty unless keepOutputs). */
	Y: Float64Array;
	failedCount: number;
	failures: Failure[];
	/** Run id the batch resumed from (start when it did not resume). */
	resumedFrom: number;
	evaluateMs: number;
	workers: number;
	/** Final state of the partial files (their bytes and sha256). */
	parts: Checkpoint['parts'];
}

export class ResumeMismatchError extends Error {}

/** An append-only partial file with a running sha256 of what it holds. */
class Part {
	readonly fd: number;
	bytes: number;
	private readonly hash: Hash;
	/** `resumed`: the part's checkpointed state and the running hash of its bytes, checked by resumeState. */
	constructor(file: string, resumed: {readonly state: PartState; readonly hash: Hash} | null) {
		this.fd = fs.openSync(file, resumed ? 'r+' : 'w');
		this.bytes = resumed?.state.bytes ?? 0;
		this.hash = resumed?.hash ?? createHash('sha256');
	}
	write(data: string | Uint8Array): void {
		const buf = typeof data === 'string' ? Buffer.from(data) : data;
		let off = 0;
		while (off < buf.byteLength) off += fs.writeSync(this.fd, buf, off, buf.byteLength - off, this.bytes + off);
		this.bytes += buf.byteLength;
		this.hash.update(buf);
	}
	state(): PartState {
		return {bytes: this.bytes, sha256: this.hash.copy().digest('hex')};
	}
	close(): void {
		fs.closeSync(this.fd);
	}
}

export async function runBatch(o: BatchOptions): Promise<BatchResult> {
	const t0 = performance.now();
	const {start, end} = shardRange(o.source.rows, o.shard);
	const m = o.model.outputs.length;
	const text = o.text ?? 'all';
	const keep = o.keepOutputs ?? true;
	const files = partialFiles(o.outDir);
	const code = codeFingerprint();
	fs.mkdirSync(o.outDir, {recursive: true});
	const Y = new Float64Array(keep ? (end - start) * m : 0).fill(Number.NaN);
	const resumed = o.resume ? resumeState(o, start, end, code, text, keep ? Y : null) : null;
	const cp = resumed?.checkpoint ?? null;
	const part = (file: string, state: PartState | null) => new Part(file, state ? {state, hash: resumed!.hashes.get(file)!} : null);
	const state: Checkpoint = cp ?? {version: 2, fingerprint: o.fingerprint, code, start, end, next: start, rows: 0, parts: {csv: null, y: {bytes: 0, sha256: ''}, err: {bytes: 0, sha256: ''}}, failedCount: 0, failures: []};
	const resumedFrom = state.next;
	const csv = text === 'none' ? null : part(files.csv, cp?.parts.csv ?? null);
	const y = part(files.y, cp?.parts.y ?? null);
	const err = part(files.err, cp?.parts.err ?? null);
	const save = (): void => {
		state.rows = state.next - start;
		state.parts = {csv: csv?.state() ?? null, y: y.state(), err: err.state()};
		writeCheckpoint(o.outDir, state);
	};
	if (!cp) {
		csv?.write(runsHeader(text === 'all' ? o.source.names : [], o.model.outputs));
		save();
	}
	// Worker threads as asked (--workers), or none until the batch shows it is long (WORKERS_AFTER_MS).
	// Whoever evaluates a block, the files are the same.
	const adaptive = o.workers === undefined;
	let workers = o.workers ?? 0;
	const chunk = o.chunkSize ?? Math.max(16, Math.min(1024, Math.ceil((end - start) / ((adaptive ? defaultWorkers() : workers) + 1) / 16)));
	// Each worker loads the model's module (and the engine) as soon as it starts.
	let pool = state.next >= end || workers === 0 ? null : createPool(workers, [o.model.module]);
	const model = state.next >= end ? null : await loadModel(o.model);
	let inlineBlocks = 0;
	/** After a block of the main thread: start the workers when what is left would take long. */
	const maybeStartWorkers = (count: number, ms: number): void => {
		// The first blocks run while the code warms up: judge from the third on.
		if (!adaptive || pool || ++inlineBlocks < 3 || ((end - submitted) / count) * ms < (o.workersAfterMs ?? WORKERS_AFTER_MS)) return;
		workers = defaultWorkers();
		pool = createPool(workers, [o.model.module]);
	};
	// The main thread evaluates a block itself whenever every worker has two: nothing waits on a
	// worker that is still starting, and the blocks are written in run-id order whoever computed them.
	interface Entry {
		readonly promise: Promise<ChunkResult>;
		done: boolean;
	}
	let busy = 0;
	let submitted = state.next;
	const submit = (onPool: boolean): Entry => {
		const count = Math.min(chunk, end - submitted);
		const X = o.source.block(submitted, count);
		const from = submitted;
		submitted += count;
		if (!onPool) {
			const t0 = performance.now();
			const result = evaluateChunk(model!, X, o.source.k, from, text);
			maybeStartWorkers(count, performance.now() - t0);
			return {promise: Promise.resolve(result), done: true};
		}
		busy++;
		const entry: Entry = {promise: pool!.run({kind: 'chunk', spec: o.model, X, k: o.source.k, start: from, text}), done: false};
		entry.promise
			.finally(() => {
				busy--;
				entry.done = true;
			})
			.catch(() => undefined); // rejections are handled when the block reaches the head
		return entry;
	};
	const queue: Entry[] = [];
	let lastCheckpoint = performance.now();
	// Blocks held for ordering: the main thread's may run ahead of a worker's by this many.
	const maxInFlight = (): number => workers * 4 + 32;
	try {
		while (state.next < end) {
			while (pool && busy < workers * 2 && submitted < end && queue.length < maxInFlight()) queue.push(submit(true));
			if (!queue[0]?.done && submitted < end && queue.length < maxInFlight()) {
				queue.push(submit(false));
				// Let the workers' replies in before the next block.
				if (pool) await new Promise((resolve) => setImmediate(resolve));
				continue;
			}
			const r = await queue.shift()!.promise;
			if (o.signal?.aborted) throw o.signal.reason ?? new Error('aborted');
			csv?.write(r.csv);
			y.write(new Uint8Array(r.Y.buffer, r.Y.byteOffset, r.Y.byteLength));
			if (r.failures.length > 0) err.write(r.failures.map((f) => JSON.stringify(f) + '\n').join(''));
			if (keep) Y.set(r.Y, (r.start - start) * m);
			for (const f of r.failures) {
				if (state.failures.length < MAX_LISTED_FAILURES) state.failures.push({...f, inputs: Array.from(o.source.block(f.run, 1))});
			}
			state.failedCount += r.failures.length;
			state.next = r.start + r.count;
			const now = performance.now();
			if (now - lastCheckpoint >= (o.checkpointEvery ?? 1000) || state.next === end) {
				save();
				lastCheckpoint = now;
				// Let timers run (the folder lock refreshes its mtime) even when blocks are evaluated inline.
				await new Promise((resolve) => setImmediate(resolve));
			}
			o.progress?.update(state.next - start, state.failedCount);
		}
		if (resumedFrom === end) save();
	} finally {
		csv?.close();
		y.close();
		err.close();
		// Let blocks still in flight settle: piscina rejects replies that arrive after destroy().
		await Promise.allSettled(queue.map((e) => e.promise));
		await pool?.close();
	}
	o.progress?.finish(end - start, state.failedCount);
	return {start, end, outputs: o.model.outputs, Y, failedCount: state.failedCount, failures: state.failures, resumedFrom, evaluateMs: performance.now() - t0, workers, parts: state.parts};
}

/**
 * Load a checkpoint for --resume, check and truncate the partial files to it, and read back the outputs; the
 * running hash of each checked part is handed on, so that appending goes on from it (the file is read once).
 */
function resumeState(o: BatchOptions, start: number, end: number, code: string, text: ChunkText, Y: Float64Array | null): {checkpoint: Checkpoint; hashes: Map<string, Hash>} | null {
	const files = partialFiles(o.outDir);
	const cp = readCheckpoint(o.outDir);
	if (!cp) return null;
	if (cp.fingerprint !== o.fingerprint || cp.start !== start || cp.end !== end || (cp.parts.csv === null) !== (text === 'none')) {
		throw new ResumeMismatchError(
			`--resume: the partial sweep in ${o.outDir} was started with different options (sampler, n, seed, inputs, outcomes, runs format or shard); hint: rerun with the same options, or use a new --out without --resume`,
		);
	}
	if (cp.code !== code) {
		throw new ResumeMismatchError(`--resume: the partial sweep in ${o.outDir} was computed by a different build of hukou-sim (code ${cp.code}, this build ${code}); hint: finish it with that build, or start again without --resume`);
	}
	// Interrupted while committing: runs.csv may already be the complete partial file, moved in.
	const moved = path.join(o.outDir, 'runs.csv');
	if (cp.parts.csv && !fs.existsSync(files.csv) && fs.existsSync(moved) && fs.statSync(moved).size === cp.parts.csv.bytes && sha256File(moved) === cp.parts.csv.sha256) {
		fs.renameSync(moved, files.csv);
	}
	const parts: [string, PartState | null][] = [
		[files.csv, cp.parts.csv],
		[files.y, cp.parts.y],
		[files.err, cp.parts.err],
	];
	const hashes = new Map<string, Hash>();
	for (const [file, part] of parts) {
		if (!part) continue;
		if (!fs.existsSync(file) || fs.statSync(file).size < part.bytes) {
			throw new ResumeMismatchError(`--resume: ${file} is missing or shorter (${fs.existsSync(file) ? fs.statSync(file).size : 0} bytes) than its checkpoint (${part.bytes} bytes); hint: start again without --resume`);
		}
		const hash = hashFile(file, part.bytes);
		if (hash.copy().digest('hex') !== part.sha256) {
			throw new ResumeMismatchError(`--resume: ${file} does not match its checkpoint (sha256 differs: the file was changed); hint: start again without --resume`);
		}
		hashes.set(file, hash);
	}
	for (const [file, part] of parts) if (part) fs.truncateSync(file, part.bytes);
	if (Y) {
		const buf = fs.readFileSync(files.y);
		Y.set(new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8));
	}
	return {checkpoint: cp, hashes};
}
