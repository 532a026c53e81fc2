/**
 * Saltelli's scheme for Sobol' indices (Saltelli 2002, CPC 145, 280–297; Saltelli et al. 2010,
 * "Variance based sensitivity analysis of model output", CPC 181, 259–270,
 * doi:10.1016/j.cpc.2009.09.018). Two independent matrices A and B come from the first and last k
 * columns of a 2k-dimensional Sobol' sequence; AB_i is A with column i from B (BA_i the reverse, for
 * second-order indices). Rows follow SALib's order per base point: A, AB_1 … AB_k, [BA_1 … BA_k], B,
 * so N·(k+2) rows, or N·(2k+2) with second order. With groups (SALib's `groups`), AB_g takes every
 * input of group g from B, and the design has N·(g+2) rows for g groups.
 */
import {assertProblem, problemGroups, type Problem} from '../problem.js';
import {checkCount, scaleUnitRows, type Sample} from '../sample.js';
import {sobolSequence} from '../sobol-sequence.js';
import {digitalShift, powerOfTwoWarning} from './sobol.js';

export interface SaltelliOptions {
	secondOrder?: boolean;
	/** Leading Sobol' points to drop; SALib's default is the next power of two ≥ N, at least 16. */
	skip?: number;
	/** Apply a seeded random digital shift to the base sequence (default false, as SALib). */
	scramble?: boolean;
}

export function saltelliRowsPerBase(k: number, secondOrder: boolean): number {
	return secondOrder ? 2 * k + 2 : k + 2;
}

export function sampleSaltelli(problem: Problem, N: number, seed: number, options: SaltelliOptions = {}): Sample {
	assertProblem(problem);
	checkCount('n (Saltelli base samples N)', N);
	const k = problem.names.length;
	const groups = problemGroups(problem);
	const f = groups ? groups.names.length : k;
	const moves = (i: number, j: number): boolean => (groups ? groups.of[j] === i : j === i);
	const second = options.secondOrder ?? false;
	const skip = options.skip ?? Math.max(16, 2 ** Math.ceil(Math.log2(N)));
	const base = sobolSequence(N, 2 * k, {skip, ...(options.scramble ? {shift: digitalShift(2 * k, seed)} : {})});
	const step = saltelliRowsPerBase(f, second);
	const U = new Float64Array(N * step * k);
	for (let n = 0; n < N; n++) {
		const a = n * 2 * k; // A row at base[a … a+k), B row at base[a+k … a+2k)
		let row = n * step;
		const put = (from: (j: number) => number): void => {
			for (let j = 0; j < k; j++) U[row * k + j] = from(j);
			row++;
		};
		put((j) => base[a + j]!);
		for (let i = 0; i < f; i++) put((j) => base[a + (moves(i, j) ? k + j : j)]!);
		if (second) for (let i = 0; i < f; i++) put((j) => base[a + (moves(i, j) ? j : k + j)]!);
		put((j) => base[a + k + j]!);
	}
	return {
		method: 'saltelli',
		X: scaleUnitRows(problem, U),
		rows: N * step,
		k,
		names: [...problem.names],
		seed,
		n: N,
		warnings: powerOfTwoWarning('Saltelli base sample', N),
		saltelli: {N, secondOrder: second},
		...(groups ? {groups} : {}),
	};
}
