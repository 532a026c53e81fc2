/**
 * Runs from a user's own design (Vensim's "F" file method): rows of input values, already parsed
 * (CSV parsing lives in the CLI). Checked for width and finiteness; nothing is resampled.
 */
import {assertProblem, SensitivityInputError, type Problem} from '../problem.js';
import type {Sample} from '../sample.js';

export function sampleFromRows(problem: Problem, rows: readonly (readonly number[])[], seed = 0, source = 'rows'): Sample {
	assertProblem(problem);
	const k = problem.names.length;
	const errs: string[] = [];
	const X = new Float64Array(rows.length * k);
	rows.forEach((row, r) => {
		if (row.length !== k) {
			errs.push(`${source} row ${r + 1}: ${row.length} values, expected ${k} (${problem.names.join(', ')})`);
			return;
		}
		row.forEach((v, j) => {
			if (!Number.isFinite(v)) errs.push(`${source} row ${r + 1}, column ${problem.names[j]}: expected a finite number, got ${v}`);
			X[r * k + j] = v;
		});
	});
	if (rows.length === 0) errs.push(`${source}: no rows; expected at least one row of ${k} inputs`);
	if (errs.length > 0) {
		const shown = errs.slice(0, 20);
		if (errs.length > 20) shown.push(`… and ${errs.length - 20} more`);
		throw new SensitivityInputError(`invalid input rows:\n  ${shown.join('\n  ')}`, errs);
	}
	return {method: 'csv', X, rows: rows.length, k, names: [...problem.names], seed, n: rows.length, warnings: []};
}
