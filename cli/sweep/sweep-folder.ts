/**
 * A finished sweep read back from its folder (metadata.json + runs.csv or runs.parquet) for `analyze` and
 * `discover`: the problem, the levers, the outcomes, and every run's inputs and outputs parsed back
 * exactly (runs.csv numbers are in shortest round-trip form). The model is never run.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import {parseCsvLine, parseNumber} from '../../src/runner/csv.js';
import {MergeError} from '../../src/runner/merge-runs.js';
import {readRuns} from '../../src/runner/read-runs.js';
import {morrisSampleFromRows, problemGroups, type Distribution, type Problem, type Sample, type SamplerName} from '../../src/sensitivity/index.js';
import type {AnalysisStudy} from './analysis.js';
import type {SweepMetadata} from './run-sweep.js';
import {UsageError} from './study.js';

export interface SweepData extends AnalysisStudy {
	dir: string;
	metadata: SweepMetadata;
	/** Lever columns then input columns, one row per run: runs × (levers + k). */
	X: Float64Array;
	/** runs × outputs. */
	Y: Float64Array;
	runs: number;
	/** Rows of the sample for one policy. */
	sampleRows: number;
}

export async function readSweepFolder(dir: string): Promise<SweepData> {
	const metaFile = path.join(dir, 'metadata.json');
	const runsFile = path.join(dir, 'runs.csv');
	if (!fs.existsSync(metaFile)) {
		throw new UsageError(`${metaFile} not found; expected the --out folder of a finished hukou-sim sweep (or merge)`, fs.existsSync(path.join(dir, 'runs.csv.partial')) ? 'the sweep was interrupted: finish it with the same command and --resume' : undefined);
	}
	let metadata: SweepMetadata;
	try {
		metadata = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as SweepMetadata;
	} catch (e) {
		throw new UsageError(`${metaFile}: not valid JSON (${(e as Error).message})`, 'restore the file the sweep wrote, or rerun the sweep');
	}
	if (metadata?.tool !== 'hukou-sim' || !Array.isArray(metadata.parameters) || !Array.isArray(metadata.outcomes)) {
		throw new UsageError(`${metaFile}: not the metadata of a hukou-sim sweep (tool, parameters and outcomes are missing)`);
	}
	if (metadata.shard && metadata.shard.count > 1) {
		throw new UsageError(`${dir} holds shard ${metadata.shard.index}/${metadata.shard.count} only`, `join the shards first: hukou-sim merge DIR1 DIR2 … --out DIR, then analyse DIR`);
	}
	const problem: Problem = {names: metadata.parameters.map((p) => p.name), dists: metadata.parameters.map((p) => p.dist as Distribution)};
	if (metadata.parameters.some((p) => p.group !== undefined)) problem.groups = metadata.parameters.map((p) => p.group ?? p.name);
	if (metadata.correlations) problem.correlations = metadata.correlations;
	const levers = metadata.levers ?? [];
	if (metadata.integrity) {
		// Written with its integrity record: runs.csv or runs.parquet, inputs stored or regenerated from seed + design.
		if (fs.existsSync(path.join(dir, 'checkpoint.json'))) throw new UsageError(`${dir} holds a sweep that did not finish`, 'finish it with the same command and --resume');
		const file = path.join(dir, metadata.integrity.file);
		if (!fs.existsSync(file)) throw new UsageError(`${file} not found; the sweep folder is incomplete`, 'rerun the sweep with --resume');
		const runs = await readRuns(file, metadata, true).catch((e: unknown) => {
			throw e instanceof MergeError ? new UsageError(e.message) : e;
		});
		return {dir, metadata, problem, levers, outputs: metadata.outcomes, X: runs.X!, Y: runs.Y, runs: metadata.runs, sampleRows: metadata.sampleRows};
	}
	if (!fs.existsSync(runsFile)) throw new UsageError(`${runsFile} not found; the sweep folder is incomplete`, 'rerun the sweep with --resume');
	const inputCols = [...levers.map((l) => l.name), ...problem.names];
	const outputs = metadata.outcomes;
	const expected = ['run', ...inputCols, ...outputs, 'error'];
	const width = inputCols.length;
	const m = outputs.length;
	let X: Float64Array<ArrayBuffer> = new Float64Array(Math.max(1, metadata.runs) * width);
	let Y: Float64Array<ArrayBuffer> = new Float64Array(Math.max(1, metadata.runs) * m);
	let rows = 0;
	let header = true;
	for await (const line of readline.createInterface({input: fs.createReadStream(runsFile), crlfDelay: Infinity})) {
		if (header) {
			header = false;
			const cols = parseCsvLine(line);
			if (cols.join('\u0000') !== expected.join('\u0000')) {
				throw new UsageError(`${runsFile}: header [${cols.slice(0, 8).join(', ')}${cols.length > 8 ? ', …' : ''}] does not match metadata.json (expected ${expected.length} columns: run, levers, inputs, outcomes, error)`, 'the two files come from different sweeps; rerun the sweep');
			}
			continue;
		}
		if (line === '') continue;
		const f = parseCsvLine(line);
		if (Number(f[0]) !== rows) throw new UsageError(`${runsFile} line ${rows + 2}: expected run ${rows}, got ${JSON.stringify(f[0])}`, 'runs.csv lists every run once in order; rerun the sweep or the merge');
		if ((rows + 1) * width > X.length) X = grow(X);
		if ((rows + 1) * m > Y.length) Y = grow(Y);
		for (let j = 0; j < width; j++) X[rows * width + j] = parseNumber(f[1 + j]!);
		for (let j = 0; j < m; j++) Y[rows * m + j] = parseNumber(f[1 + width + j]!);
		rows++;
	}
	if (rows !== metadata.runs) throw new UsageError(`${runsFile} has ${rows} runs but metadata.json says ${metadata.runs}`, 'the sweep did not finish: run it again with --resume');
	return {dir, metadata, problem, levers, outputs, X: X.subarray(0, rows * width), Y: Y.subarray(0, rows * m), runs: rows, sampleRows: metadata.sampleRows};
}

function grow(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
	const b = new Float64Array(a.length * 2);
	b.set(a);
	return b;
}

/** The inputs of the first policy's runs (every policy repeats the same sample). */
export function innerInputs(d: SweepData): Float64Array {
	const kl = d.levers.length;
	const k = d.problem.names.length;
	const X = new Float64Array(d.sampleRows * k);
	for (let r = 0; r < d.sampleRows; r++) for (let j = 0; j < k; j++) X[r * k + j] = d.X[r * (kl + k) + kl + j]!;
	return X;
}

/** The sample the sweep drew, rebuilt from its rows and metadata (the design facts the analysers need). */
export function sweepSample(d: SweepData): Sample {
	const meta = d.metadata;
	const X = innerInputs(d);
	const k = d.problem.names.length;
	const base = {X, rows: d.sampleRows, k, names: [...d.problem.names], seed: meta.seed, n: meta.n, warnings: [] as string[]};
	const method = meta.sampler as SamplerName;
	switch (method) {
		case 'saltelli': {
			const groups = problemGroups(d.problem);
			return {...base, method, saltelli: {N: meta.n, secondOrder: meta.secondOrder}, ...(groups ? {groups} : {})};
		}
		case 'morris':
			return {...morrisSampleFromRows(d.problem, X, meta.levels ?? 4, meta.seed), n: meta.n};
		case 'oat':
			return {...base, method, oat: {lowQuantile: 0.05, highQuantile: 0.95}};
		default:
			return {...base, method};
	}
}
