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
 * Contract: pure functions of row-major matrices (runs × columns); no file access. Runs whose
 * simulated figures are not finite (failed runs) are never kept and get weight 0.
 */
import {SensitivityInputError} from './problem.js';

export interface ObservedFigure {
	/** Column of the simulated figure in the output matrix. */
	readonly column: number;
	readonly observed: number;
	/** Rejection: the largest |simulated − observed| kept. Weights: σ of the kernel. */
	readonly tolerance: number;
}

export type ConditioningMethod = 'rejection' | 'weights';

/** Weight of every run: 1/0 for rejection, the kernel for weights (not normalised). */
export function conditionWeights(Y: Float64Array, columns: number, figures: readonly ObservedFigure[], method: ConditioningMethod): Float64Array {
	const problems: string[] = [];
	if (figures.length === 0) problems.push('conditioning: no observed figures');
	figures.forEach((f, j) => {
		if (!Number.isInteger(f.column) || f.column < 0 || f.column >= columns) problems.push(`figure ${j}: column ${f.column} is not one of the ${columns} output columns`);
		if (!(f.tolerance > 0) || !Number.isFinite(f.tolerance)) problems.push(`figure ${j}: tolerance must be a positive number, got ${f.tolerance}`);
		if (!Number.isFinite(f.observed)) problems.push(`figure ${j}: observed value must be finite, got ${f.observed}`);
	});
	if (Y.length % columns !== 0) problems.push(`the output matrix has ${Y.length} cells, not a multiple of ${columns} columns`);
	if (problems.length > 0) throw new SensitivityInputError(problems.join('; '), problems);
	const runs = Y.length / columns;
	const w = new Float64Array(runs);
	for (let r = 0; r < runs; r++) {
		let d2 = 0;
		let keep = true;
		let failed = false;
		for (const f of figures) {
			const e = Y[r * columns + f.column]! - f.observed;
			if (!Number.isFinite(e)) {
				failed = true;
				break;
			}
			if (Math.abs(e) > f.tolerance) keep = false;
			d2 += (e / f.tolerance) ** 2;
		}
		if (failed) w[r] = 0;
		else w[r] = method === 'rejection' ? (keep ? 1 : 0) : Math.exp(-0.5 * d2);
	}
	return w;
}

/** Kish's effective sample size (Σw)² / Σw²; the number of kept runs for 0/1 weights. */
export function effectiveSampleSize(w: Float64Array): number {
	let s = 0;
	let s2 = 0;
	for (const v of w) {
		s += v;
		s2 += v * v;
	}
	return s2 > 0 ? (s * s) / s2 : 0;
}

/** Wilson score interval of a proportion p on n trials at normal quantile z (default 95%). */
export function wilsonInterval(p: number, n: number, z = 1.959963984540054): [number, number] {
	if (!(n > 0)) return [0, 1];
	const z2 = z * z;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface WeightedSummary {
	/** Effective number of runs carrying the result (kept runs for rejection). */
	readonly ess: number;
	readonly mean: number;
	/** Weighted 5%, 50%, 95% quantiles. */
	readonly q05: number;
	readonly q50: number;
	readonly q95: number;
}

/** Weighted mean and quantiles of column `column` (runs with weight 0 or a non-finite value are left out). */
export function weightedSummary(Y: Float64Array, columns: number, column: number, w: Float64Array): WeightedSummary {
	const pairs: [number, number][] = [];
	for (let r = 0; r < w.length; r++) {
		const y = Y[r * columns + column]!;
		if (w[r]! > 0 && Number.isFinite(y)) pairs.push([y, w[r]!]);
	}
	const total = pairs.reduce((s, [, v]) => s + v, 0);
	if (total === 0) return {ess: 0, mean: NaN, q05: NaN, q50: NaN, q95: NaN};
	pairs.sort((a, b) => a[0] - b[0]);
	const quantile = (q: number) => {
		let acc = 0;
		for (const [y, v] of pairs) {
			acc += v;
			if (acc >= q * total - 1e-12 * total) return y;
		}
		return pairs.at(-1)![0];
	};
	const mean = pairs.reduce((s, [y, v]) => s + y * v, 0) / total;
	return {ess: effectiveSampleSize(Float64Array.from(pairs, (p) => p[1])), mean, q05: quantile(0.05), q50: quantile(0.5), q95: quantile(0.95)};
}

/** Weighted share of runs whose column value is 1 (a met/not-met outcome), with its Wilson interval on the ESS. */
export function weightedProbability(Y: Float64Array, columns: number, column: number, w: Float64Array): {p: number; ess: number; lower: number; upper: number} {
	let s = 0;
	let met = 0;
	const used = new Float64Array(w.length);
	for (let r = 0; r < w.length; r++) {
		const y = Y[r * columns + column]!;
		if (!(w[r]! > 0) || !Number.isFinite(y)) continue;
		used[r] = w[r]!;
		s += w[r]!;
		if (y >= 0.5) met += w[r]!;
	}
	const ess = effectiveSampleSize(used);
	const p = s > 0 ? met / s : NaN;
	const [lower, upper] = s > 0 ? wilsonInterval(p, ess) : [NaN, NaN];
	return {p, ess, lower, upper};
}

export interface Ridge {
	readonly a: string;
	readonly b: string;
	/** Weighted correlation of log a and log b among the kept runs. */
	readonly correlation: number;
	/** Coefficients of variation among the kept runs: of a, of b, and of the product a × b. */
	readonly cvA: number;
	readonly cvB: number;
	readonly cvProduct: number;
}

/**
 * Pairs of positive inputs that trade off among the kept runs: weighted correlation of their logs at
 * most `threshold` (default −0.3). Such inputs enter the observations only through their product,
 * which the observations pin down (its CV is below either factor's); they are not separately
 * identifiable from these observations. X is runs × names.length, row-major.
 */
export function ridges(X: Float64Array, names: readonly string[], w: Float64Array, threshold = -0.3): Ridge[] {
	const k = names.length;
	const runs = w.length;
	const out: Ridge[] = [];
	const stats = (f: (r: number) => number) => {
		let s = 0;
		let m = 0;
		for (let r = 0; r < runs; r++) if (w[r]! > 0) (s += w[r]!), (m += w[r]! * f(r));
		m /= s;
		let v = 0;
		for (let r = 0; r < runs; r++) if (w[r]! > 0) v += w[r]! * (f(r) - m) ** 2;
		return {m, sd: Math.sqrt(v / s)};
	};
	const positive = names.map((_, j) => {
		for (let r = 0; r < runs; r++) if (w[r]! > 0 && !(X[r * k + j]! > 0)) return false;
		return true;
	});
	if (effectiveSampleSize(w) < 3) return out;
	for (let a = 0; a < k; a++) {
		if (!positive[a]) continue;
		for (let b = a + 1; b < k; b++) {
			if (!positive[b]) continue;
			const la = stats((r) => Math.log(X[r * k + a]!));
			const lb = stats((r) => Math.log(X[r * k + b]!));
			if (la.sd === 0 || lb.sd === 0) continue;
			const cov = stats((r) => (Math.log(X[r * k + a]!) - la.m) * (Math.log(X[r * k + b]!) - lb.m)).m;
			const correlation = cov / (la.sd * lb.sd);
			if (correlation > threshold) continue;
			const cv = (f: (r: number) => number) => {
				const s = stats(f);
				return s.sd / Math.abs(s.m);
			};
			out.push({a: names[a]!, b: names[b]!, correlation, cvA: cv((r) => X[r * k + a]!), cvB: cv((r) => X[r * k + b]!), cvProduct: cv((r) => X[r * k + a]! * X[r * k + b]!)});
		}
	}
	return out.sort((x, y) => x.correlation - y.correlation);
}
