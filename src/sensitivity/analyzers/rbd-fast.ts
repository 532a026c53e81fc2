/**
 * RBD-FAST first-order indices from any random sample (given data).
 * - Random balance designs: Tarantola, Gatelli & Mara (2006), "Random balance designs for the
 *   estimation of first order global sensitivity indices", RESS 91(6), 717–727.
 * - Given-data form (EASI): Plischke (2010), "An effective algorithm for computing global
 *   sensitivity indices", RESS 95(4), 354–360: sort the runs by input i, reorder them into a
 *   "zig-zag" (odd ranks up, even ranks down) so the input becomes a periodic signal, and take the
 *   share of the output's power in the first M harmonics.
 * - Bias correction: Tissot & Prieur (2012), RESS 107, 205–213: S ← S − λ/(1 − λ)·(1 − S), λ = 2M/N.
 * As SALib's rbd_fast: M = 10, the interval is z × sd over bootstrap resamples of half the runs.
 * The spectrum needs only the first M Fourier coefficients; the total power is Σ(y − ȳ)² (Parseval),
 * which equals the sum of scipy's one-sided periodogram that SALib uses.
 */
import {createRng} from '../rng.js';
import {SensitivityInputError, type Problem} from '../problem.js';
import type {Sample} from '../sample.js';
import {checkOutput, confHalfWidth, constantOutputWarning, type BootstrapOptions} from './common.js';
import {argsort, column, finiteRows} from './given-data.js';

export interface RbdFastResult {
	method: 'rbd-fast';
	names: string[];
	S1: number[];
	S1_conf: number[];
	runs: number;
	warnings: string[];
}

export interface RbdFastOptions extends BootstrapOptions {
	/** Harmonics M summed in the spectrum (default 10, as SALib). */
	harmonics?: number;
}

/** cos and sin of 2πj/n for j < n, so that coefficient k at t reads entry (k·t) mod n. */
function twiddles(n: number): {cos: Float64Array; sin: Float64Array} {
	const cos = new Float64Array(n);
	const sin = new Float64Array(n);
	for (let j = 0; j < n; j++) {
		cos[j] = Math.cos((2 * Math.PI * j) / n);
		sin[j] = Math.sin((2 * Math.PI * j) / n);
	}
	return {cos, sin};
}

/** Unskewed first-order index of the input whose zig-zag order of the runs is `perm`. */
function rbdIndex(y: Float64Array, perm: Int32Array, M: number, tw: {cos: Float64Array; sin: Float64Array}): number {
	const n = perm.length;
	let m = 0;
	for (let t = 0; t < n; t++) m += y[perm[t]!]!;
	m /= n;
	let V = 0;
	for (let t = 0; t < n; t++) V += (y[perm[t]!]! - m) ** 2;
	let D1 = 0;
	for (let k = 1; k <= M; k++) {
		let re = 0;
		let im = 0;
		for (let t = 0, j = 0; t < n; t++, j = (j + k) % n) {
			const v = y[perm[t]!]! - m;
			re += v * tw.cos[j]!;
			im -= v * tw.sin[j]!;
		}
		D1 += re * re + im * im;
	}
	const S = (2 * D1) / n / V;
	const lambda = (2 * M) / n;
	return S - (lambda / (1 - lambda)) * (1 - S);
}

/** Plischke's zig-zag: runs sorted by x, the odd ranks ascending then the even ranks descending. */
export function zigZag(x: ArrayLike<number>): Int32Array {
	const order = argsort(x);
	const n = order.length;
	const perm = new Int32Array(n);
	let p = 0;
	for (let i = 0; i < n; i += 2) perm[p++] = order[i]!;
	for (let i = n % 2 === 0 ? n - 1 : n - 2; i >= 1; i -= 2) perm[p++] = order[i]!;
	return perm;
}

/** S1 of input x for output y (both over the same runs): the estimator alone, for tests and reuse. */
export function rbdFirstOrder(x: ArrayLike<number>, y: Float64Array, M = 10): number {
	return rbdIndex(y, zigZag(x), M, twiddles(y.length));
}

export function analyzeRbdFast(problem: Problem, sample: Sample, Y: ArrayLike<number>, options: RbdFastOptions = {}): RbdFastResult {
	checkOutput('rbd-fast', sample, Y);
	const M = options.harmonics ?? 10;
	const resamples = options.resamples ?? 100;
	const confLevel = options.confLevel ?? 0.95;
	const data = finiteRows(sample, Y);
	const n = data.rows.length;
	const half = Math.floor(n / 2);
	if (!(half > 2 * M)) {
		throw new SensitivityInputError(`RBD-FAST with M = ${M} harmonics needs more than ${4 * M + 1} finite runs (its bootstrap uses half of them), got ${n}; hint: a larger -n`);
	}
	const k = sample.k;
	const result: RbdFastResult = {method: 'rbd-fast', names: [...problem.names], S1: new Array<number>(k).fill(0), S1_conf: new Array<number>(k).fill(0), runs: n, warnings: data.warnings};
	const constant = constantOutputWarning(data.Y);
	if (constant) return {...result, warnings: [...result.warnings, constant]};
	const full = twiddles(n);
	const halfTw = twiddles(half);
	const rng = createRng(options.seed ?? sample.seed, 0x5eed);
	const rep = new Float64Array(resamples);
	const yb = new Float64Array(half);
	const xb = new Float64Array(half);
	for (let j = 0; j < k; j++) {
		const x = column(sample, data.rows, j);
		result.S1[j] = rbdIndex(data.Y, zigZag(x), M, full);
		for (let b = 0; b < resamples; b++) {
			for (let t = 0; t < half; t++) {
				const r = rng.int(n);
				xb[t] = x[r]!;
				yb[t] = data.Y[r]!;
			}
			rep[b] = rbdIndex(yb, zigZag(xb), M, halfTw);
		}
		result.S1_conf[j] = confHalfWidth(rep, confLevel);
	}
	return result;
}
