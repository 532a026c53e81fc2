/**
 * Samples made elsewhere (the SALib / EMA Workbench habit of bringing your own model): a problem
 * file naming the inputs and their distributions, a CSV of inputs (one column per input, named in
 * the header) and a CSV of outputs (one column per outcome, same rows). A problem file is either
 *
 *   inputs:                                   # hukou-sim's form, any distribution
 *     - {name: x1, dist: {type: uniform, min: -3.14159, max: 3.14159}}
 *
 * or SALib's `names:` with `bounds:` (uniform inputs).
 */
import fs from 'node:fs';
import {z} from 'zod';
import {ScenarioError, type Diagnostic} from '../../src/index.js';
import {distributionSpec} from '../../src/scenario/schema.js';
import {readYaml} from '../../src/scenario/read-yaml.js';
import {zodDiagnostics} from '../../src/scenario/zod-diagnostics.js';
import {problemErrors, type Distribution, type Problem} from '../../src/sensitivity/index.js';
import {hasControls} from '../../src/format/terminal-text.js';
import {readInputRows, readUserCsv} from './csv-input.js';
import {UsageError} from './study.js';

const problemFile = z
	.strictObject({
		inputs: z.array(z.strictObject({name: z.string().min(1), dist: distributionSpec, group: z.string().min(1).optional(), note: z.string().optional()})).min(1).optional(),
		names: z.array(z.string().min(1)).min(1).optional(),
		bounds: z.array(z.tuple([z.number(), z.number()])).optional(),
		groups: z.array(z.string().min(1)).optional(),
		num_vars: z.number().int().positive().optional(),
	})
	.refine((p) => (p.inputs === undefined) !== (p.names === undefined), {message: 'expected either inputs: [{name, dist}] or SALib\'s names: with bounds:, not both and not neither'})
	.refine((p) => p.names === undefined || p.bounds?.length === p.names.length, {message: 'expected one [min, max] pair in bounds: for each of names:', path: ['bounds']});

export function readProblemFile(file: string): Problem {
	if (!fs.existsSync(file)) throw new UsageError(`--problem: ${file} not found`, 'a YAML file with inputs: [{name, dist: {type: uniform, min, max}}]');
	const diagnostics: Diagnostic[] = [];
	const src = readYaml(file, fs.readFileSync(file, 'utf8'), diagnostics);
	if (!src) throw new ScenarioError(diagnostics);
	const parsed = problemFile.safeParse(src.data);
	if (!parsed.success) throw new ScenarioError(zodDiagnostics(parsed.error, problemFile, [src]));
	const p = parsed.data;
	const problem: Problem = p.inputs
		? {names: p.inputs.map((i) => i.name), dists: p.inputs.map((i) => i.dist as Distribution)}
		: {names: p.names!, dists: p.bounds!.map(([min, max]) => ({type: 'uniform', min, max}))};
	if (p.inputs?.some((i) => i.group !== undefined)) problem.groups = p.inputs.map((i) => i.group ?? i.name);
	if (p.groups) problem.groups = p.groups;
	const errs = problemErrors(problem);
	problem.names.forEach((n, i) => hasControls(n) && errs.push(`input ${i + 1}: the name ${JSON.stringify(n)} holds control characters`));
	if (errs.length > 0) throw new UsageError(`--problem ${file}:\n  ${errs.join('\n  ')}`, 'each input needs a unique name and a valid distribution (uniform: min < max)');
	return problem;
}

export interface ExternalData {
	problem: Problem;
	/** rows × k, in the problem's input order. */
	X: Float64Array;
	/** rows × outputs. */
	Y: Float64Array;
	outputs: string[];
	rows: number;
}

/** Outputs: every column of the file (except a `run` column) is an outcome; an empty cell is a failed run. */
function readOutputs(file: string, rows: number): {outputs: string[]; Y: Float64Array} {
	const records = readUserCsv(file, '--outputs', 'outputs', {relax_column_count: false}) as string[][];
	const header = (records[0] ?? []).filter((h) => h !== 'run');
	const cols = (records[0] ?? []).map((h, i) => [h, i] as const).filter(([h]) => h !== 'run');
	if (header.length === 0) throw new UsageError(`--outputs ${file}: no columns; expected a header naming each outcome`);
	// Names reach terminals and spreadsheets: none with control characters or bidi overrides (terminal-text.ts's set).
	const odd = header.filter((h) => hasControls(h) || h === '');
	if (odd.length > 0) throw new UsageError(`--outputs ${file}: column names ${odd.map((h) => JSON.stringify(h)).join(', ')} are empty or hold control characters`, 'name each outcome column in plain text');
	const body = records.slice(1);
	if (body.length !== rows) throw new UsageError(`--outputs ${file} has ${body.length} rows but --inputs has ${rows}`, 'row i of the outputs must be the model run on row i of the inputs');
	const Y = new Float64Array(rows * header.length);
	const bad: string[] = [];
	body.forEach((rec, r) =>
		cols.forEach(([name, i], j) => {
			const text = rec[i] ?? '';
			const v = text === '' ? Number.NaN : Number(text);
			if (text !== '' && !Number.isFinite(v)) bad.push(`row ${r + 2}, column ${name}: ${JSON.stringify(text.slice(0, 40))}`);
			Y[r * header.length + j] = v;
		}),
	);
	if (bad.length > 0) throw new UsageError(`--outputs ${file}: not numbers:\n  ${bad.slice(0, 20).join('\n  ')}${bad.length > 20 ? `\n  … and ${bad.length - 20} more` : ''}`, 'leave a failed run empty');
	return {outputs: header, Y};
}

export function readExternalData(problemPath: string, inputs: string, outputs: string): ExternalData {
	const problem = readProblemFile(problemPath);
	const rows = readInputRows(inputs, problem.names, '--inputs');
	const k = problem.names.length;
	const bad: string[] = [];
	const X = new Float64Array(rows.length * k);
	rows.forEach((row, r) =>
		row.forEach((v, j) => {
			if (!Number.isFinite(v)) bad.push(`row ${r + 2}, column ${problem.names[j]}`);
			X[r * k + j] = v;
		}),
	);
	if (bad.length > 0) throw new UsageError(`--inputs ${inputs}: expected a finite number in every input cell; not at ${bad.slice(0, 10).join('; ')}${bad.length > 10 ? ` … and ${bad.length - 10} more` : ''}`);
	if (rows.length === 0) throw new UsageError(`--inputs ${inputs}: no rows`);
	const o = readOutputs(outputs, rows.length);
	return {problem, X, Y: o.Y, outputs: o.outputs, rows: rows.length};
}
