/**
 * Sobol' indices from a Saltelli sample.
 * - First order S_i: Saltelli et al. (2010), CPC 181, 259–270, doi:10.1016/j.cpc.2009.09.018,
 *   table 2 (b): V_i ≈ mean(f(B)·(f(AB_i) − f(A))).
 * - Total order ST_i: Jansen (1999), "Analysis of variance designs for model output", CPC 117,
 *   35–43: VT_i ≈ mean((f(A) − f(AB_i))²) / 2.
 * - Second order S_ij: Saltelli (2002), CPC 145, 280–297, as in SALib.
 * Y is standardised first (SALib: non-centred output biases these estimators); confidence is the
 * bootstrap half-width z·sd over resamples of the N base points.
 */
import {createRng} from '../rng.js';
import type {Problem} from '../problem.js';
import {factorCount, factorNames, type Sample} from '../sample.js';
import {checkOutput, confHalfWidth, constantOutputWarning, countNonFinite, standardize, type BootstrapOptions} from './common.js';

export interface SobolResult {
	method: 'sobol';
	names: string[];
	S1: number[];
	S1_conf: number[];
	ST: number[];
	ST_conf: number[];
	/** S2[i][j] for i < j (NaN elsewhere), when the sample has second order. */
	S2?: number[][];
	S2_conf?: number[][];
	warnings: string[];
}

interface Blocks {
	N: number;
	k: number;
	A: Float64Array;
	B: Float64Array;
	/** f(AB_i) for base point n at [n·k + i]; BA likewise (second order only). */
	AB: Float64Array;
	BA: Float64Array;
}

function separate(Y: Float64Array, N: number, k: number, second: boolean): Blocks {
	const step = second ? 2 * k + 2 : k + 2;
	const b: Blocks = {N, k, A: new Float64Array(N), B: new Float64Array(N), AB: new Float64Array(N * k), BA: new Float64Array(second ? N * k : 0)};
	for (let n = 0; n < N; n++) {
		const row = n * step;
		b.A[n] = Y[row]!;
		b.B[n] = Y[row + step - 1]!;
		for (let i = 0; i < k; i++) {
			b.AB[n * k + i] = Y[row + 1 + i]!;
			if (second) b.BA[n * k + i] = Y[row + 1 + k + i]!;
		}
	}
	return b;
}

/**
 * S1 and ST of every input over the base points `idx` (all when null), in one pass: the bootstrap
 * calls this once per resample, so it avoids per-index passes.
 */
function firstAndTotal(b: Blocks, idx: Int32Array | null, S1: Float64Array, ST: Float64Array): void {
	const {N, k, A, B, AB} = b;
	S1.fill(0);
	ST.fill(0);
	let s = 0;
	let s2 = 0;
	for (let r = 0; r < N; r++) {
		const n = idx ? idx[r]! : r;
		const a = A[n]!;
		const bb = B[n]!;
		s += a + bb;
		s2 += a * a + bb * bb;
		const o = n * k;
		for (let i = 0; i < k; i++) {
			const ab = AB[o + i]!;
			S1[i]! += bb * (ab - a);
			ST[i]! += (a - ab) * (a - ab);
		}
	}
	const m = s / (2 * N);
	const v = s2 / (2 * N) - m * m; // var([A; B]), ddof 0, as SALib
	for (let i = 0; i < k; i++) {
		S1[i] = S1[i]! / N / v;
		ST[i] = (0.5 * ST[i]!) / N / v;
	}
}

/** S2_ij (Saltelli 2002): V_ij from BA_i and AB_j, minus S_i and S_j, all over rows `idx`. */
function secondOrderIndex(b: Blocks, idx: Int32Array | null, i: number, j: number, S1: Float64Array): number {
	const {N, k, A, B, AB, BA} = b;
	let s = 0;
	let s2 = 0;
	let vij = 0;
	for (let r = 0; r < N; r++) {
		const n = idx ? idx[r]! : r;
		const a = A[n]!;
		const bb = B[n]!;
		s += a + bb;
		s2 += a * a + bb * bb;
		vij += BA[n * k + i]! * AB[n * k + j]! - a * bb;
	}
	const m = s / (2 * N);
	return vij / N / (s2 / (2 * N) - m * m) - S1[i]! - S1[j]!;
}

/** The last resamples drawn: a sweep analyses every outcome with the same seed, so the same draws. */
let lastDraws: {seed: number; N: number; resamples: number; draws: readonly Int32Array[]} | null = null;

/** The bootstrap's resamples of the N base points (read only), drawn once for a seed, N and count. */
function bootstrapDraws(seed: number, N: number, resamples: number): readonly Int32Array[] {
	if (lastDraws && lastDraws.seed === seed && lastDraws.N === N && lastDraws.resamples === resamples) return lastDraws.draws;
	const rng = createRng(seed, 0x5eed);
	const draws = Array.from({length: resamples}, () => {
		const idx = new Int32Array(N);
		for (let r = 0; r < N; r++) idx[r] = rng.int(N);
		return idx;
	});
	lastDraws = {seed, N, resamples, draws};
	return draws;
}

export function analyzeSobol(problem: Problem, sample: Sample, Y: ArrayLike<number>, options: BootstrapOptions = {}): SobolResult {
	checkOutput('sobol', sample, Y);
	const k = factorCount(sample);
	const {N, secondOrder: hasSecond} = sample.saltelli!;
	const resamples = options.resamples ?? 100;
	const confLevel = options.confLevel ?? 0.95;
	const zeros = (): number[] => new Array<number>(k).fill(0);
	const result: SobolResult = {method: 'sobol', names: sample.groups ? factorNames(sample) : [...problem.names], S1: zeros(), S1_conf: zeros(), ST: zeros(), ST_conf: zeros(), warnings: []};
	const bad = countNonFinite(Y);
	if (bad > 0) {
		result.warnings.push(`${bad} of ${Y.length} outputs are not finite (failed runs); Sobol' indices need every run, so they are NaN`);
		const nan = (): number[] => new Array<number>(k).fill(Number.NaN);
		return {...result, S1: nan(), S1_conf: nan(), ST: nan(), ST_conf: nan()};
	}
	const constant = constantOutputWarning(Y);
	const Ys = constant ? null : standardize(Y);
	if (!Ys) {
		result.warnings.push(constant ?? 'the output is constant across all runs; every index is set to 0');
		if (hasSecond) {
			result.S2 = Array.from({length: k}, (_, i) => Array.from({length: k}, (_, j) => (j > i ? 0 : Number.NaN)));
			result.S2_conf = result.S2.map((row) => [...row]);
		}
		return result;
	}
	const blocks = separate(Ys, N, k, hasSecond);
	const draws = bootstrapDraws(options.seed ?? sample.seed, N, resamples);
	const s1 = new Float64Array(k);
	const st = new Float64Array(k);
	const rep1 = Array.from({length: k}, () => new Float64Array(resamples));
	const repT = Array.from({length: k}, () => new Float64Array(resamples));
	const bootS1: Float64Array[] = [];
	draws.forEach((d, b) => {
		firstAndTotal(blocks, d, s1, st);
		if (hasSecond) bootS1.push(s1.slice());
		for (let i = 0; i < k; i++) {
			rep1[i]![b] = s1[i]!;
			repT[i]![b] = st[i]!;
		}
	});
	firstAndTotal(blocks, null, s1, st);
	for (let i = 0; i < k; i++) {
		result.S1[i] = s1[i]!;
		result.ST[i] = st[i]!;
		result.S1_conf[i] = confHalfWidth(rep1[i]!, confLevel);
		result.ST_conf[i] = confHalfWidth(repT[i]!, confLevel);
	}
	if (hasSecond) {
		result.S2 = Array.from({length: k}, () => new Array<number>(k).fill(Number.NaN));
		result.S2_conf = Array.from({length: k}, () => new Array<number>(k).fill(Number.NaN));
		const rep = new Float64Array(resamples);
		for (let i = 0; i < k; i++) {
			for (let j = i + 1; j < k; j++) {
				result.S2[i]![j] = secondOrderIndex(blocks, null, i, j, s1);
				draws.forEach((d, b) => (rep[b] = secondOrderIndex(blocks, d, i, j, bootS1[b]!)));
				result.S2_conf[i]![j] = confHalfWidth(rep, confLevel);
			}
		}
	}
	return result;
}
