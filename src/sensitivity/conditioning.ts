/**
 * Uncertainty conditioned on observations: keep (or weight) the runs of a sweep by how well they
 * reproduce observed figures, then read the outcomes among them.
 *
 * - Rejection (ABC rejection, Pritchard et al. 1999, Mol. Biol. Evol. 16(12):1791–1798; history
 *   matching's "not ruled out yet" set, Craig et al. 1997, Case Studies in Bayesian Statistics 3):
 *   a run is kept when every observation is met within its tolerance, |simulated − observed| ≤ tol.
 * - Importance weights (a Gaussian ABC kernel, Beaumont et al. 2002, Genetics 162:2025–2035):
 *   w ∝ exp(−½ Σ_j ((simulated_j − observed_j) / σ_j)²), with Kish's (1965) effective sample size
 *   ESS = (Σw)² / Σw².
 * - P(target met) among the kept runs with a Wilson (1927) score interval; weighted: the weighted
 *   share with the interval on the ESS.
 * - Identifiability: inputs whose kept values trade off along a ridge (strong negative correlation
 *   of their logarithms) enter the observations only through their product, e.g. settled = pool ×
 *   eligible × willingness × take-up: the observations fix the product, not the factors.
 *
 * Contract: pure functions of row-major matrices (runs × columns) or of columns read one at a time
 * (OutputColumns: a million runs never hold their output matrix); no file access. Runs whose
 * simulated figures are not finite (failed runs) are never kept and get weight 0. The column forms
 * give the matrix forms' numbers bit for bit (same sums in the same order, same stable order of ties).
 */
import {asColumns, type OutputColumns} from './output-columns.js';
import {SensitivityInputError} from './problem.js';

export {ridges, ridgesOf, type InputRows, type Ridge} from './ridges.js';
export * from './weighted-column.js';

export interface ObservedFigure {
	/** Column of the simulated figure in the output matrix. */
	readonly column: number;
	readonly observed: number;
	/** Rejection: the largest |simulated − observed| kept. Weights: σ of the kernel. */
	readonly tolerance: number;
}

export type ConditioningMethod = 'rejection' | 'weights';

/** Weight of every run: 1/0 for rejection, the kernel for weights (not normalised). Y: runs × columns, or its columns. */
export function conditionWeights(
	Y: Float64Array | OutputColumns,
	columns: number,
	figures: readonly ObservedFigure[],
	method: ConditioningMethod,
): Float64Array {
	const problems: string[] = [];
	if (figures.length === 0) problems.push('conditioning: no observed figures');
	figures.forEach((f, j) => {
		if (!Number.isInteger(f.column) || f.column < 0 || f.column >= columns) problems.push(`figure ${j}: column ${f.column} is not one of the ${columns} output columns`);
		if (!(f.tolerance > 0) || !Number.isFinite(f.tolerance)) problems.push(`figure ${j}: tolerance must be a positive number, got ${f.tolerance}`);
		if (!Number.isFinite(f.observed)) problems.push(`figure ${j}: observed value must be finite, got ${f.observed}`);
	});
	if (Y instanceof Float64Array && Y.length % columns !== 0) problems.push(`the output matrix has ${Y.length} cells, not a multiple of ${columns} columns`);
	if (problems.length > 0) throw new SensitivityInputError(problems.join('; '), problems);
	const cols = asColumns(Y, columns);
	const runs = cols.runs;
	// One figure at a time: each run adds its squared errors in the figures' order, up to its first non-finite one.
	const failed = new Uint8Array(runs);
	const outside = new Uint8Array(runs);
	const d2 = method === 'weights' ? new Float64Array(runs) : null;
	for (const f of figures) compare(cols.column(f.column), f.observed, f.tolerance, failed, outside, d2);
	const w = new Float64Array(runs);
	if (d2) kernelWeights(w, failed, d2);
	else rejectionWeights(w, failed, outside);
	return w;
}

// The loops below are small functions of their own: each is compiled once it is hot, and no code after
// a loop runs in a compilation made before it ever ran (which would throw the compiled code away).

function compare(y: Float64Array, observed: number, tolerance: number, failed: Uint8Array, outside: Uint8Array, d2: Float64Array | null): void {
	for (let r = 0; r < y.length; r++) {
		if (failed[r]) continue;
		const e = y[r]! - observed;
		if (!Number.isFinite(e)) {
			failed[r] = 1;
			continue;
		}
		if (Math.abs(e) > tolerance) outside[r] = 1;
		if (d2) d2[r] = d2[r]! + (e / tolerance) ** 2;
	}
}

function rejectionWeights(w: Float64Array, failed: Uint8Array, outside: Uint8Array): void {
	for (let r = 0; r < w.length; r++) w[r] = failed[r] || outside[r] ? 0 : 1;
}

function kernelWeights(w: Float64Array, failed: Uint8Array, d2: Float64Array): void {
	for (let r = 0; r < w.length; r++) w[r] = failed[r] ? 0 : Math.exp(-0.5 * d2[r]!);
}
