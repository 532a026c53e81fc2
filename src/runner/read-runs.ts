/**
 * Read a finished sweep's runs back (runs.csv or runs.parquet, with or without stored inputs), for
 * re-analysis: checks the file is the one metadata.json describes (row count and sha256), streams it,
 * and regenerates the inputs from seed + design when the sweep stored outputs only.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type {Distribution} from '../sensitivity/index.js';
import {parseCsvLine, parseNumber, runsHeader} from './csv.js';
import {buildDesign, type DesignSpec} from './design.js';
import {sha256File, type RunsIntegrity} from './integrity.js';
import {MergeError} from './merge-runs.js';
import {openRunsParquet, ROW_GROUP} from './parquet.js';
import {crossLevers} from './row-source.js';
import type {RunsFormat} from './stage-runs.js';

/** The fields of metadata.json that describe the runs and their design. */
export interface RunsDescription {
	runs: number;
	runsFormat?: RunsFormat;
	outputsOnly?: boolean;
	/** Every input column (levers first). */
	inputs?: string[];
	outcomes: string[];
	integrity?: RunsIntegrity;
	sampler: DesignSpec['sampler'];
	n: number;
	seed: number;
	secondOrder: boolean;
	levels?: number;
	parameters: {name: string; dist: unknown}[];
	levers: {name: string; values: number[]}[];
}

export interface RunsData {
	/** runs × (levers + inputs), or null when not asked for. */
	X: Float64Array | null;
	/** runs × outcomes; NaN where a run failed. */
	Y: Float64Array;
	failed: number;
}

/** Read `file` (the runs file of `d`), with the inputs when `withInputs`. */
export async function readRuns(file: string, d: RunsDescription, withInputs: boolean): Promise<RunsData> {
	const format = d.runsFormat ?? 'csv';
	const names = d.inputs ?? [...d.levers.map((l) => l.name), ...d.parameters.map((p) => p.name)];
	const stored = d.outputsOnly ? [] : names;
	if (d.integrity && sha256File(file) !== d.integrity.sha256) {
		throw new MergeError(`${file} is not the file its sweep wrote (sha256 differs from metadata.json: cut short or edited); hint: rerun the sweep`);
	}
	const m = d.outcomes.length;
	const k = names.length;
	const Y = new Float64Array(d.runs * m);
	const X = withInputs ? new Float64Array(d.runs * k) : null;
	let rows = 0;
	let failed = 0;
	const row = (run: number, input: (j: number) => number, output: (j: number) => number, error: unknown): void => {
		if (run !== rows || rows >= d.runs) throw new MergeError(`${file}: expected run ${rows}, found run ${run}; hint: rerun the sweep`);
		if (X && stored.length > 0) for (let j = 0; j < k; j++) X[run * k + j] = input(j);
		for (let j = 0; j < m; j++) Y[run * m + j] = output(j);
		if (error) failed++;
		rows++;
	};
	if (format === 'csv') {
		const header = runsHeader(stored, d.outcomes).trimEnd();
		let first = true;
		for await (const line of readline.createInterface({input: fs.createReadStream(file), crlfDelay: Infinity})) {
			if (first) {
				first = false;
				if (line !== header) throw new MergeError(`${file}: its columns do not match metadata.json (expected ${header.slice(0, 160)}); hint: the files come from different sweeps`);
				continue;
			}
			if (line === '') continue;
			const f = parseCsvLine(line);
			const ks = stored.length;
			row(Number(f[0]), (j) => parseNumber(f[1 + j]!), (j) => parseNumber(f[1 + ks + j]!), f[1 + ks + m]);
		}
	} else {
		const p = await openRunsParquet(file);
		const expected = ['run', ...stored, ...d.outcomes, 'error'];
		if (p.columns.join('\u0000') !== expected.join('\u0000')) throw new MergeError(`${file}: its columns do not match metadata.json; hint: the files come from different sweeps`);
		for (let r0 = 0; r0 < p.rows; r0 += ROW_GROUP) {
			const {run, columns} = await p.read(r0, Math.min(p.rows, r0 + ROW_GROUP));
			const ins = stored.map((c) => columns.get(c) as ArrayLike<number>);
			const outs = d.outcomes.map((c) => columns.get(c) as ArrayLike<number>);
			const err = columns.get('error') as ArrayLike<unknown>;
			for (let i = 0; i < run.length; i++) row(run[i]!, (j) => ins[j]![i]!, (j) => outs[j]![i]!, err[i]);
		}
	}
	if (rows !== d.runs) throw new MergeError(`${file} holds ${rows} runs but metadata.json says ${d.runs}; hint: the sweep did not finish, run it again with --resume`);
	if (X && stored.length === 0) X.set(regenerateInputs(d));
	return {X, Y, failed};
}

/** The inputs of every run (levers first), regenerated from seed + design. */
export function regenerateInputs(d: RunsDescription): Float64Array {
	const problem = {names: d.parameters.map((p) => p.name), dists: d.parameters.map((p) => p.dist as Distribution)};
	const design = buildDesign(problem, {sampler: d.sampler, n: d.n, seed: d.seed, secondOrder: d.secondOrder, ...(d.levels === undefined ? {} : {levels: d.levels})});
	const source = crossLevers(d.levers, design.source);
	const X = new Float64Array(source.rows * source.k);
	for (let r = 0; r < source.rows; r += 65_536) X.set(source.block(r, Math.min(65_536, source.rows - r)), r * source.k);
	return X;
}
