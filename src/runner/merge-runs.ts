/**
 * Join the runs files of a sharded sweep (`--shard i/n`) into the unsharded file: same columns
 * everywhere, run ids contiguous from 0 with no gap or overlap, each shard's file whole (its sha256
 * is the one its metadata.json recorded). Streams line by line (runs.csv) or row group by row group
 * (runs.parquet): memory stays flat in the number of runs, except for the outputs when the caller
 * keeps them for the analysis (8 bytes per run and outcome) and the inputs of the leading rows it asks for.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import {parseCsvLine, parseNumber, runsHeader} from './csv.js';
import {sha256File} from './integrity.js';
import {openRunsParquet, ROW_GROUP, RunsParquetWriter} from './parquet.js';

export class MergeError extends Error {}

export interface ShardRunsFile {
	file: string;
	/** First run id and the row count the shard's metadata records. */
	start: number;
	rows: number;
	sha256: string;
}

export interface MergeOptions {
	format: 'csv' | 'parquet';
	/** Input columns of the runs file ([] when it stores outputs only). */
	inputs: readonly string[];
	outputs: readonly string[];
	/** Total runs of the sweep. */
	rows: number;
	/** Keep the outputs (rows × m) for the analysis. */
	keepOutputs: boolean;
	/** Keep the inputs of runs 0 … keepInputRows−1 (e.g. the rows of a user's CSV design). */
	keepInputRows?: number;
}

export interface MergedRuns {
	rows: number;
	/** rows × m outputs (empty unless keepOutputs), keepInputRows × k inputs, parsed back exactly. */
	Y: Float64Array;
	X: Float64Array;
	failedCount: number;
}

/** Merge `shards` (any order) into `outFile`. */
export async function mergeRuns(shards: readonly ShardRunsFile[], outFile: string, o: MergeOptions): Promise<MergedRuns> {
	const parts = [...shards].sort((a, b) => a.start - b.start);
	let expect = 0;
	for (const p of parts) {
		if (!fs.existsSync(p.file)) throw new MergeError(`merge: ${p.file} not found; hint: is that shard finished? (an unfinished one has checkpoint.json; rerun it with --resume)`);
		if (p.start !== expect) {
			throw new MergeError(`merge: expected a shard starting at run ${expect} but the next starts at ${p.start}; hint: ${p.start > expect ? `runs ${expect}…${p.start - 1} are missing (a shard not given?)` : 'two shards overlap'}`);
		}
		expect += p.rows;
		const sha = sha256File(p.file);
		if (sha !== p.sha256) {
			throw new MergeError(`merge: ${p.file} is not the file its shard wrote (sha256 ${sha.slice(0, 12)}…, metadata.json records ${p.sha256.slice(0, 12)}…: cut short or edited); hint: rerun that shard`);
		}
	}
	if (expect !== o.rows) {
		throw new MergeError(`merge: the shards hold runs 0…${expect - 1} but the sweep has ${o.rows} runs; hint: runs ${expect}…${o.rows - 1} are missing (a shard not given?)`);
	}
	const m = o.outputs.length;
	const k = o.inputs.length;
	const keepX = Math.min(o.keepInputRows ?? 0, o.rows);
	const acc = {Y: new Float64Array(o.keepOutputs ? o.rows * m : 0), X: new Float64Array(keepX * k), keepX, failed: 0};
	if (o.format === 'csv') await mergeCsv(parts, outFile, o, acc);
	else await mergeParquet(parts, outFile, o, acc);
	return {rows: o.rows, Y: acc.Y, X: acc.X, failedCount: acc.failed};
}

interface Acc {
	Y: Float64Array;
	X: Float64Array;
	keepX: number;
	failed: number;
}

async function mergeCsv(parts: ShardRunsFile[], outFile: string, o: MergeOptions, acc: Acc): Promise<void> {
	const header = runsHeader(o.inputs, o.outputs);
	const m = o.outputs.length;
	const k = o.inputs.length;
	const fd = fs.openSync(outFile, 'w');
	let buffered: string[] = [header];
	let next = 0;
	try {
		for (const p of parts) {
			let first = true;
			for await (const line of readline.createInterface({input: fs.createReadStream(p.file), crlfDelay: Infinity})) {
				if (first) {
					first = false;
					if (line + '\n' !== header) throw new MergeError(`merge: ${p.file} has the columns ${line.slice(0, 200)}, expected ${header.trim().slice(0, 200)}; hint: the shards come from different sweeps`);
					continue;
				}
				if (line === '') continue;
				const f = parseCsvLine(line);
				const run = Number(f[0]);
				if (run !== next) throw new MergeError(`merge: expected run ${next} but ${p.file} has run ${run}; hint: the file is damaged, rerun that shard`);
				if (run < acc.keepX) for (let j = 0; j < k; j++) acc.X[run * k + j] = parseNumber(f[1 + j]!);
				if (acc.Y.length > 0) for (let j = 0; j < m; j++) acc.Y[run * m + j] = parseNumber(f[1 + k + j]!);
				if (f[1 + k + m]) acc.failed++;
				next++;
				buffered.push(line + '\n');
				if (buffered.length >= 4096) {
					fs.writeSync(fd, buffered.join(''));
					buffered = [];
				}
			}
			if (next !== p.start + p.rows) throw new MergeError(`merge: ${p.file} holds ${next - p.start} runs, its metadata.json says ${p.rows}; hint: rerun that shard`);
		}
		fs.writeSync(fd, buffered.join(''));
	} finally {
		fs.closeSync(fd);
	}
}

async function mergeParquet(parts: ShardRunsFile[], outFile: string, o: MergeOptions, acc: Acc): Promise<void> {
	const m = o.outputs.length;
	const k = o.inputs.length;
	const expected = ['run', ...o.inputs, ...o.outputs, 'error'];
	const w = await RunsParquetWriter.open(outFile, {inputs: o.inputs, outputs: o.outputs});
	// Row groups of ROW_GROUP runs counted from run 0, as the unsharded sweep writes them: the merged file is the same bytes.
	const pending = {run: [] as number[], inputs: o.inputs.map(() => [] as number[]), outputs: o.outputs.map(() => [] as number[]), error: [] as (string | null)[]};
	const flush = (n: number): void => {
		w.add({
			run: BigInt64Array.from(pending.run.splice(0, n), (v) => BigInt(v)),
			inputs: pending.inputs.map((c) => Float64Array.from(c.splice(0, n))),
			outputs: pending.outputs.map((c) => Float64Array.from(c.splice(0, n))),
			error: pending.error.splice(0, n),
		});
	};
	let next = 0;
	for (const p of parts) {
		const f = await openRunsParquet(p.file);
		if (f.columns.join('\u0000') !== expected.join('\u0000')) {
			throw new MergeError(`merge: ${p.file} has the columns ${f.columns.join(',').slice(0, 200)}, expected ${expected.join(',').slice(0, 200)}; hint: the shards come from different sweeps`);
		}
		if (f.rows !== p.rows) throw new MergeError(`merge: ${p.file} holds ${f.rows} runs, its metadata.json says ${p.rows}; hint: rerun that shard`);
		for (let r0 = 0; r0 < f.rows; r0 += ROW_GROUP) {
			const n = Math.min(ROW_GROUP, f.rows - r0);
			const {run, columns} = await f.read(r0, r0 + n);
			const inputs = o.inputs.map((c) => columns.get(c) as ArrayLike<number>);
			const outputs = o.outputs.map((c) => columns.get(c) as ArrayLike<number>);
			const error = columns.get('error') as ArrayLike<string | null>;
			for (let i = 0; i < n; i++) {
				const id = next + i;
				if (run[i] !== id) throw new MergeError(`merge: expected run ${id} but ${p.file} has run ${run[i]}; hint: the file is damaged, rerun that shard`);
				if (id < acc.keepX) for (let j = 0; j < k; j++) acc.X[id * k + j] = inputs[j]![i]!;
				if (acc.Y.length > 0) for (let j = 0; j < m; j++) acc.Y[id * m + j] = outputs[j]![i]!;
				if (error[i]) acc.failed++;
				pending.run.push(id);
				for (let j = 0; j < k; j++) pending.inputs[j]!.push(inputs[j]![i]!);
				for (let j = 0; j < m; j++) pending.outputs[j]!.push(outputs[j]![i]!);
				pending.error.push(error[i] ?? null);
			}
			next += n;
			while (pending.run.length >= ROW_GROUP) flush(ROW_GROUP);
		}
	}
	if (pending.run.length > 0) flush(pending.run.length);
	w.finish();
}
