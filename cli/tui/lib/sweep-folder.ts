/**
 * Read a folder written by `hukou-sim sweep` (cli/sweep/run-sweep.ts) for the sweep screen: its runs
 * through the reader `analyze` and `discover` use (cli/sweep/sweep-folder.ts, which reads runs.csv or
 * runs.parquet, with stored inputs or inputs regenerated from seed + design, src/runner/read-runs.ts),
 * and indices.csv (one row per policy × outcome × input, columns by method, see cli/sweep/report.ts).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {readSweepFolder as readSweepData, type SweepData} from '../../sweep/sweep-folder.js';

export interface SweepFolder {
	readonly dir: string;
	readonly sampler: string;
	readonly method: string;
	readonly runs: number;
	readonly seed: number;
	readonly outcomes: readonly string[];
	/** Policy labels (lever combinations), '' when the sweep had none. */
	readonly policies: readonly string[];
	/** indices.csv rows, values as text (empty when the method has no per-input index). */
	readonly indices: ReadonlyArray<Readonly<Record<string, string>>>;
	/** Outcome values of the successful runs, per outcome. */
	readonly distributions: ReadonlyMap<string, readonly number[]>;
	/** Runs with no value for any outcome. */
	readonly failed: number;
	/** Every run's inputs (levers first) and outcomes, for scenario discovery. */
	readonly data: SweepData;
}

export class SweepFolderError extends Error {}

/** The folder's contents, or a SweepFolderError saying what is wrong (with the reader's hint). */
export async function readSweepFolder(dir: string): Promise<SweepFolder> {
	const abs = path.resolve(dir);
	if (!existsSync(path.join(abs, 'metadata.json')) && !existsSync(path.join(abs, 'runs.csv.partial'))) {
		throw new SweepFolderError(`${dir}: no metadata.json — is this a folder written by hukou-sim sweep --out?`);
	}
	let data: SweepData;
	try {
		data = await readSweepData(abs);
	} catch (error) {
		const hint = (error as {hint?: unknown}).hint;
		throw new SweepFolderError(`${(error as Error).message}${typeof hint === 'string' ? `; hint: ${hint}` : ''}`);
	}
	const meta = data.metadata;
	const indicesFile = path.join(abs, 'indices.csv');
	const indices = existsSync(indicesFile) ? (parse(readFileSync(indicesFile, 'utf8'), {columns: true, skip_empty_lines: true}) as Record<string, string>[]) : [];
	const outcomes = data.outputs;
	const m = outcomes.length;
	const distributions = new Map<string, number[]>(outcomes.map((o) => [o, []]));
	let failed = 0;
	for (let r = 0; r < data.runs; r++) {
		let any = false;
		outcomes.forEach((o, j) => {
			const v = data.Y[r * m + j]!;
			if (Number.isFinite(v)) (distributions.get(o)!.push(v), (any = true));
		});
		if (!any && m > 0) failed++;
	}
	const policies = [...new Set(indices.map((r) => r['policy'] ?? ''))];
	return {
		dir: abs,
		sampler: String(meta.sampler ?? '?'),
		method: String((meta as {analyze?: unknown}).analyze ?? '?'),
		runs: data.runs,
		seed: Number(meta.seed ?? 0),
		outcomes,
		policies: policies.length ? policies : [''],
		indices,
		distributions,
		failed,
		data,
	};
}

/** The index rows of one policy and outcome, with numbers parsed. */
export function indexRows(folder: SweepFolder, policy: string, outcome: string): Array<Record<string, number> & {input: string}> {
	return folder.indices
		.filter((r) => (r['policy'] ?? '') === policy && r['outcome'] === outcome && r['input'] !== undefined && !r['input'].includes(':'))
		.map((r) => {
			const out: Record<string, number> = {};
			for (const [k, v] of Object.entries(r)) if (k !== 'policy' && k !== 'outcome' && k !== 'input') out[k] = v === '' ? NaN : Number(v);
			return Object.assign(out, {input: r['input']!});
		});
}
