/**
 * Read a folder written by `hukou-sim sweep` (cli/sweep/run-sweep.ts): metadata.json (method,
 * runs, outcomes), indices.csv (one row per policy × outcome × input, columns by method, see
 * cli/sweep/report.ts) and runs.csv (one row per run: inputs, outcomes, error).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'csv-parse/sync';

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
	/** Outcome values of the successful runs (runs.csv), per outcome. */
	readonly distributions: Readonly<Record<string, readonly number[]>>;
	readonly failed: number;
}

/** At most this many runs are read for the distributions (the rest is not needed for a histogram). */
const MAX_RUNS = 200_000;

export class SweepFolderError extends Error {}

export function readSweepFolder(dir: string): SweepFolder {
	const abs = path.resolve(dir);
	const metaFile = path.join(abs, 'metadata.json');
	if (!existsSync(metaFile)) throw new SweepFolderError(`${dir}: no metadata.json — is this a folder written by hukou-sim sweep --out?`);
	let meta: Record<string, unknown>;
	try {
		meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
	} catch (error) {
		throw new SweepFolderError(`${metaFile}: not valid JSON (${(error as Error).message})`);
	}
	const outcomes = Array.isArray(meta['outcomes']) ? (meta['outcomes'] as unknown[]).map(String) : [];
	const indicesFile = path.join(abs, 'indices.csv');
	const indices = existsSync(indicesFile) ? (parse(readFileSync(indicesFile, 'utf8'), {columns: true, skip_empty_lines: true}) as Record<string, string>[]) : [];
	const distributions: Record<string, number[]> = Object.fromEntries(outcomes.map((o) => [o, []]));
	let failed = 0;
	const runsFile = path.join(abs, 'runs.csv');
	if (existsSync(runsFile)) {
		const rows = parse(readFileSync(runsFile, 'utf8'), {columns: true, skip_empty_lines: true, to: MAX_RUNS}) as Record<string, string>[];
		for (const row of rows) {
			if (row['error']) {
				failed++;
				continue;
			}
			for (const o of outcomes) {
				const v = Number(row[o]);
				if (row[o] !== '' && row[o] !== undefined && Number.isFinite(v)) distributions[o]!.push(v);
			}
		}
	}
	const policies = [...new Set(indices.map((r) => r['policy'] ?? ''))];
	return {
		dir: abs,
		sampler: String(meta['sampler'] ?? '?'),
		method: String(meta['analyze'] ?? '?'),
		runs: Number(meta['runs'] ?? 0),
		seed: Number(meta['seed'] ?? 0),
		outcomes,
		policies: policies.length ? policies : [''],
		indices,
		distributions,
		failed,
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
