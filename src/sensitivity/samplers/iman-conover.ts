/**
 * Correlated inputs by rank (Iman & Conover 1982, "A distribution-free approach to inducing rank
 * correlation among input variables", Commun. Stat. Simul. Comput. 11(3), 311–334): the rows of a
 * random sample are re-paired, column by column, so that the ranks follow those of van der Waerden
 * scores Φ⁻¹(i/(n+1)) given the target correlation C: with R the randomly permuted scores,
 * T = corr(R) = QQᵀ and C = PPᵀ (Cholesky), R* = R (Q⁻¹)ᵀ Pᵀ has correlation C exactly, and each
 * input's values are re-ordered to R*'s ranks. Every column keeps its own values, so each marginal
 * (and a Latin hypercube's strata) is unchanged; only the pairing across inputs moves.
 */
import {normalPpf} from '../normal.js';
import {SensitivityInputError, type Problem} from '../problem.js';
import {createRng, shuffleInPlace} from '../rng.js';

/** The stream of the seed that permutes the scores (apart from the samplers' stream 0). */
const SCORE_STREAM = 0x1c82;

/** Lower Cholesky factor of a symmetric matrix, or null when it is not positive definite. */
export function cholesky(A: readonly number[][]): number[][] | null {
	const n = A.length;
	const L = Array.from({length: n}, () => new Array<number>(n).fill(0));
	for (let i = 0; i < n; i++) {
		for (let j = 0; j <= i; j++) {
			let s = A[i]![j]!;
			for (let m = 0; m < j; m++) s -= L[i]![m]! * L[j]![m]!;
			if (i === j) {
				if (!(s > 1e-12)) return null;
				L[i]![i] = Math.sqrt(s);
			} else {
				L[i]![j] = s / L[j]![j]!;
			}
		}
	}
	return L;
}

/** The target rank-correlation matrix of a problem (identity but for its declared pairs). */
export function correlationMatrix(problem: Problem): number[][] {
	const k = problem.names.length;
	const C: number[][] = Array.from({length: k}, (_, i) => Array.from({length: k}, (_, j) => (i === j ? 1 : 0)));
	const index = new Map(problem.names.map((n, i) => [n, i] as const));
	for (const c of problem.correlations ?? []) {
		const a = index.get(c.a)!;
		const b = index.get(c.b)!;
		C[a]![b] = C[b]![a] = c.rank;
	}
	return C;
}

function pearson(M: Float64Array, n: number, k: number): number[][] {
	const mean = new Float64Array(k);
	for (let r = 0; r < n; r++) for (let j = 0; j < k; j++) mean[j]! += M[r * k + j]! / n;
	const cov = Array.from({length: k}, () => new Array<number>(k).fill(0));
	for (let r = 0; r < n; r++) {
		for (let i = 0; i < k; i++) {
			const di = M[r * k + i]! - mean[i]!;
			for (let j = 0; j <= i; j++) cov[i]![j]! += di * (M[r * k + j]! - mean[j]!);
		}
	}
	return cov.map((row, i) => row.map((_, j) => (j <= i ? cov[i]![j]! : cov[j]![i]!) / Math.sqrt(cov[i]![i]! * cov[j]![j]!)));
}

/** Re-pair the rows of X (n × k, in place) to the problem's rank correlations. */
export function imanConover(problem: Problem, X: Float64Array, n: number, seed: number): Float64Array {
	const k = problem.names.length;
	const P = cholesky(correlationMatrix(problem));
	if (!P) throw new SensitivityInputError('the rank correlations are not consistent (the matrix is not positive definite); hint: weaken some of them');
	if (n < k + 2) throw new SensitivityInputError(`inducing rank correlation among ${k} inputs needs more than ${k + 1} runs, got ${n}`);
	const rng = createRng(seed, SCORE_STREAM);
	const scores = Float64Array.from({length: n}, (_, i) => normalPpf((i + 1) / (n + 1)));
	const R = new Float64Array(n * k);
	const perm = new Int32Array(n);
	for (let j = 0; j < k; j++) {
		for (let i = 0; i < n; i++) perm[i] = i;
		shuffleInPlace(perm, rng);
		for (let i = 0; i < n; i++) R[i * k + j] = scores[perm[i]!]!;
	}
	const Q = cholesky(pearson(R, n, k));
	if (!Q) throw new SensitivityInputError(`the ${n} permuted scores are collinear; hint: more runs`);
	// M = (Q⁻¹)ᵀ Pᵀ, so R* = R M: solve Q Z = I for Z = Q⁻¹ by forward substitution.
	const Z = Array.from({length: k}, () => new Array<number>(k).fill(0));
	for (let c = 0; c < k; c++) {
		for (let i = 0; i < k; i++) {
			let s = i === c ? 1 : 0;
			for (let m = 0; m < i; m++) s -= Q[i]![m]! * Z[m]![c]!;
			Z[i]![c] = s / Q[i]![i]!;
		}
	}
	const Mx = Array.from({length: k}, (_, i) => Array.from({length: k}, (_, j) => {
		let s = 0;
		for (let m = 0; m < k; m++) s += Z[m]![i]! * P[j]![m]!;
		return s;
	}));
	const col = new Float64Array(n);
	const star = new Float64Array(n);
	for (let j = 0; j < k; j++) {
		for (let r = 0; r < n; r++) {
			let s = 0;
			for (let m = 0; m < k; m++) s += R[r * k + m]! * Mx[m]![j]!;
			star[r] = s;
			col[r] = X[r * k + j]!;
		}
		col.sort();
		const order = Array.from({length: n}, (_, r) => r).sort((a, b) => star[a]! - star[b]! || a - b);
		order.forEach((r, rank) => (X[r * k + j] = col[rank]!));
	}
	return X;
}
