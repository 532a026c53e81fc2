/**
 * One-at-a-time design for tornado diagrams (e.g. Eschenbach 1992, "Spiderplots versus tornado
 * diagrams for sensitivity analysis", Interfaces 22(6)): a base point (each input's median unless
 * given), then for every input a run at its low and a run at its high quantile with the others at base.
 */
import {gridPpf} from '../distributions.js';
import {assertProblem, SensitivityInputError, type Problem} from '../problem.js';
import type {Sample} from '../sample.js';

export interface OneAtATimeOptions {
	/** Quantiles of the low and high runs, on the grid scale (default 0.05 and 0.95). */
	lowQuantile?: number;
	highQuantile?: number;
	/** Base values, one per input (default: medians). */
	base?: readonly number[];
}

export function sampleOneAtATime(problem: Problem, _n: number, seed: number, options: OneAtATimeOptions = {}): Sample {
	assertProblem(problem);
	const k = problem.names.length;
	const lo = options.lowQuantile ?? 0.05;
	const hi = options.highQuantile ?? 0.95;
	if (!(lo >= 0 && lo < hi && hi <= 1)) {
		throw new SensitivityInputError(`one-at-a-time quantiles must satisfy 0 <= low < high <= 1, got low=${lo}, high=${hi}`);
	}
	if (options.base && options.base.length !== k) {
		throw new SensitivityInputError(`one-at-a-time base has ${options.base.length} values, expected ${k} (one per input)`);
	}
	const base = options.base ? [...options.base] : problem.dists.map((d) => gridPpf(d, 0.5));
	const rows = 1 + 2 * k;
	const X = new Float64Array(rows * k);
	for (let r = 0; r < rows; r++) X.set(base, r * k);
	problem.dists.forEach((d, i) => {
		X[(1 + 2 * i) * k + i] = gridPpf(d, lo);
		X[(2 + 2 * i) * k + i] = gridPpf(d, hi);
	});
	return {method: 'oat', X, rows, k, names: [...problem.names], seed, n: rows, warnings: [], oat: {lowQuantile: lo, highQuantile: hi}};
}
