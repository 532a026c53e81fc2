/**
 * Convergence of each index over the sample size: the same analysis on growing leading parts of
 * the sample (the first N' base points of a Saltelli design, the first r' Morris trajectories, the
 * first n' runs of a random sample), halving down from the whole. A leading part of each of these
 * designs is itself a design of the same kind, so every point is an honest estimate at that size;
 * an index has converged when its value stops moving by more than its interval (Sarrazin, Pianosi
 * & Wagener 2016, "Global sensitivity analysis of environmental models: convergence and
 * validation", Env. Modelling & Software 79, 135–152).
 */
import {analyze, type AnalysisResult, type AnalyzeOptions} from './analyzers/index.js';
import {SensitivityInputError, type Problem} from './problem.js';
import {factorCount, type Sample} from './sample.js';
import {saltelliRowsPerBase} from './samplers/saltelli.js';
import type {AnalyzerName} from './analyzers/common.js';

export interface ConvergencePoint {
	/** The design's own size: base samples N', trajectories r' or runs n'. */
	size: number;
	runs: number;
	result: AnalysisResult;
}

/** The index (and its half-width) that each method's convergence follows. */
export const CONVERGENCE_INDEX: Readonly<Partial<Record<AnalyzerName, readonly [string, string | null][]>>> = {
	sobol: [['S1', 'S1_conf'], ['ST', 'ST_conf']],
	morris: [['mu_star', 'mu_star_conf']],
	'rbd-fast': [['S1', 'S1_conf']],
	delta: [['delta', 'delta_conf']],
	prcc: [['PRCC', 'PRCC_conf']],
};

/** Smallest leading part worth analysing, in the design's own units. */
const MIN_SIZE: Partial<Record<AnalyzerName, number>> = {sobol: 16, morris: 4, 'rbd-fast': 64, delta: 32, prcc: 16};

/** The leading part of a sample with `size` base points, trajectories or runs. */
export function leadingSample(s: Sample, size: number): Sample {
	const k = s.k;
	const f = factorCount(s);
	let rows: number;
	let extra: Partial<Sample> = {};
	if (s.saltelli) {
		rows = size * saltelliRowsPerBase(f, s.saltelli.secondOrder);
		extra = {saltelli: {...s.saltelli, N: size}};
	} else if (s.morris) {
		rows = size * (f + 1);
		extra = {morris: {...s.morris, trajectories: size, steps: s.morris.steps.subarray(0, size * f)}};
	} else {
		rows = size;
	}
	return {...s, ...extra, X: s.X.subarray(0, rows * k), rows, n: size};
}

/** Sizes from the whole sample halving down to the method's minimum, ascending (at most `points`). */
export function convergenceSizes(method: AnalyzerName, s: Sample, points = 6): number[] {
	const full = s.saltelli?.N ?? s.morris?.trajectories ?? s.rows;
	const min = MIN_SIZE[method] ?? 2;
	const sizes: number[] = [];
	for (let n = full; n >= min && sizes.length < points; n = Math.floor(n / 2)) sizes.unshift(n);
	return sizes;
}

/** `whole`: the analysis of the whole sample when the caller already has it (same options): the last point is not computed again. */
export function convergence(method: AnalyzerName, problem: Problem, s: Sample, Y: ArrayLike<number>, options: AnalyzeOptions = {}, sizes = convergenceSizes(method, s), whole?: AnalysisResult): ConvergencePoint[] {
	if (!CONVERGENCE_INDEX[method]) {
		throw new SensitivityInputError(`convergence follows an index (sobol, morris, rbd-fast, delta, prcc), not '${method}'; hint: --analyze sobol --convergence`);
	}
	if (sizes.length === 0) throw new SensitivityInputError(`the sample is too small to follow ${method} over its size (${s.rows} rows)`);
	const full = s.saltelli?.N ?? s.morris?.trajectories ?? s.rows;
	return sizes.map((size) => {
		if (whole && size === full) return {size, runs: s.rows, result: whole};
		const part = leadingSample(s, size);
		const y = Array.prototype.slice.call(Y, 0, part.rows) as number[];
		return {size, runs: part.rows, result: analyze(method, problem, part, Float64Array.from(y), options)};
	});
}
