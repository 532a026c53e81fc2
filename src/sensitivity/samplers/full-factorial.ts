/**
 * Full-factorial grid: every combination of L levels per input (Box, Hunter & Hunter 2005,
 * "Statistics for Experimenters", ch. 5). Levels span the support of bounded inputs and the 1st–99th
 * percentiles of unbounded ones; a discrete input uses its own values. The last input varies fastest.
 */
import {gridPpf} from '../distributions.js';
import {assertProblem, type Problem} from '../problem.js';
import {checkCount, type Sample} from '../sample.js';

export const MAX_FACTORIAL_ROWS = 10_000_000;

export function sampleFullFactorial(problem: Problem, levels: number, seed: number): Sample {
	assertProblem(problem);
	checkCount('n (full-factorial levels per input)', levels, 2);
	const k = problem.names.length;
	const axes = problem.dists.map((d) =>
		d.type === 'discrete' ? [...d.values] : Array.from({length: levels}, (_, l) => gridPpf(d, l / (levels - 1))),
	);
	const rows = axes.reduce((acc, a) => acc * a.length, 1);
	if (rows > MAX_FACTORIAL_ROWS) {
		throw new RangeError(`full factorial with ${levels} levels over ${k} inputs needs ${rows.toExponential(2)} runs (limit ${MAX_FACTORIAL_ROWS}); hint: fewer levels (-n), or --sampler lhs`);
	}
	const X = new Float64Array(rows * k);
	const idx = new Int32Array(k);
	for (let r = 0; r < rows; r++) {
		for (let j = 0; j < k; j++) X[r * k + j] = axes[j]![idx[j]!]!;
		for (let j = k - 1; j >= 0; j--) {
			idx[j]!++;
			if (idx[j]! < axes[j]!.length) break;
			idx[j] = 0;
		}
	}
	return {method: 'ff', X, rows, k, names: [...problem.names], seed, n: levels, warnings: []};
}
