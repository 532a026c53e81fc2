/**
 * Identifiability after conditioning: pairs of positive inputs that trade off along a ridge among the
 * kept runs (weighted correlation of their logarithms at most a threshold, default −0.3). Such inputs
 * enter the observations only through their product, which the observations pin down (its CV is
 * below either factor's): they are not separately identifiable from these observations (see
 * conditioning.ts for the method and its references).
 *
 * Weighted moments are two-pass (mean, then the weighted sum of squared deviations), in run order.
 * The kept rows (weight > 0) are copied column by column, values and logs, so every sum is one tight
 * loop. They are held when they fit in `budget` bytes (then the products' moments are taken for the
 * ridge pairs only, in two more passes over the held rows); else they are copied again from the inputs
 * on the second pass, with every pair's product moments taken on the way (a sweep's design regenerates
 * any block of its rows: a million runs never hold their inputs, and the design is read twice).
 * Every weighting (one per policy) is read in the same pass.
 */
import {effectiveSampleSize} from './weighted-column.js';

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

/** The inputs of the runs, any block of rows (rows × k, row-major). */
export interface InputRows {
	readonly rows: number;
	readonly k: number;
	block(start: number, count: number): Float64Array;
}

/** X is runs × names.length, row-major. */
export function ridges(X: Float64Array, names: readonly string[], w: Float64Array, threshold = -0.3): Ridge[] {
	const k = names.length;
	return ridgesOf({rows: w.length, k, block: (start, count) => X.subarray(start * k, (start + count) * k)}, names, [w], threshold)[0]!;
}

/** A block's kept rows: weights, and inputs and logs column by column (input j at [j·n, (j+1)·n)). */
interface Kept {
	readonly n: number;
	readonly w: Float64Array;
	readonly x: Float64Array;
	readonly log: Float64Array;
}

/** Weighted sums of one weighting; the means once divided by s. */
class Moments {
	s = 0;
	readonly positive: Uint8Array;
	readonly logMean: Float64Array;
	readonly logVar: Float64Array;
	readonly mean: Float64Array;
	readonly variance: Float64Array;
	/** Σw·(log a − mean)(log b − mean) at a·k + b. */
	readonly cov: Float64Array;
	/** Σw·(a × b), then its mean, and Σw·(a × b − mean)², at a·k + b (every pair, or the ridges only). */
	readonly productMean: Float64Array;
	readonly productVar: Float64Array;
	/** Pairs whose log correlation is at most the threshold. */
	pairs: [number, number][] = [];
	constructor(
		readonly k: number,
		/** Product moments of every pair in the first two passes (when the rows are read again for every pass). */
		readonly allPairs: boolean,
	) {
		this.positive = new Uint8Array(k).fill(1);
		this.logMean = new Float64Array(k);
		this.logVar = new Float64Array(k);
		this.mean = new Float64Array(k);
		this.variance = new Float64Array(k);
		this.cov = new Float64Array(k * k);
		this.productMean = new Float64Array(k * k);
		this.productVar = new Float64Array(k * k);
	}
	sd(v: number): number {
		return Math.sqrt(v / this.s);
	}
}

/**
 * ridges() of several weightings of the same inputs (e.g. one per policy): result i is
 * ridges(X, names, weights[i], threshold), number for number.
 */
export function ridgesOf(
	X: InputRows,
	names: readonly string[],
	weights: readonly Float64Array[],
	threshold = -0.3,
	budget = 32 * 2 ** 20,
	blockRows = 8192,
): Ridge[][] {
	const k = names.length;
	const active = weights.map((w) => effectiveSampleSize(w) >= 3);
	const hold = X.rows * k * 16 * active.filter(Boolean).length <= budget;
	// Held rows cost nothing to read again: the products' moments wait for the ridges (passes 3 and 4).
	const moments = weights.map((_, p) => (active[p] ? new Moments(k, !hold) : null));
	if (!moments.some(Boolean)) return weights.map(() => []);
	const visit = keptVisitor(X, weights, moments, hold, blockRows);
	visit(sums);
	for (const m of moments) if (m) means(m);
	visit(deviations);
	for (const m of moments) if (m) m.pairs = tradeOffs(m, threshold);
	if (hold && moments.some((m) => m && m.pairs.length > 0)) {
		visit(productSums);
		for (const m of moments) if (m) for (const [a, b] of m.pairs) m.productMean[a * k + b] = m.productMean[a * k + b]! / m.s;
		visit(productDeviations);
	}
	return moments.map((m) => (m ? ridgeList(m, names) : []));
}

/** Sums to means, between the first and the second pass. */
function means(m: Moments): void {
	for (let j = 0; j < m.k; j++) {
		m.logMean[j] = m.logMean[j]! / m.s;
		m.mean[j] = m.mean[j]! / m.s;
	}
	if (m.allPairs) for (let ab = 0; ab < m.k * m.k; ab++) m.productMean[ab] = m.productMean[ab]! / m.s;
}

/** Calls f on every block of kept rows of every active weighting, in run order; holds the copies when asked. */
function keptVisitor(X: InputRows, weights: readonly Float64Array[], moments: readonly (Moments | null)[], hold: boolean, blockRows: number) {
	const held: [number, Kept][] | null = hold ? [] : null;
	let filled = false;
	const rowsPerBlock = Math.max(1, Math.min(blockRows, X.rows));
	const scratch = hold ? null : newKept(rowsPerBlock, X.k);
	return (f: (m: Moments, kept: Kept) => void): void => {
		if (held && filled) {
			for (const [p, kept] of held) f(moments[p]!, kept);
			return;
		}
		for (let start = 0; start < X.rows; start += rowsPerBlock) {
			const count = Math.min(rowsPerBlock, X.rows - start);
			const B = X.block(start, count);
			moments.forEach((m, p) => {
				if (!m) return;
				const kept = keep(B, weights[p]!, start, count, X.k, scratch ?? newKept(count, X.k));
				held?.push([p, kept]);
				f(m, kept);
			});
		}
		filled = true;
	};
}

const newKept = (rows: number, k: number): Kept => ({n: 0, w: new Float64Array(rows), x: new Float64Array(rows * k), log: new Float64Array(rows * k)});

/** The rows of block B with weight > 0, into `into` (input j of kept row o at j·n + o). */
function keep(B: Float64Array, w: Float64Array, start: number, count: number, k: number, into: Kept): Kept {
	let n = 0;
	for (let i = 0; i < count; i++) if (w[start + i]! > 0) into.w[n++] = w[start + i]!;
	for (let i = 0, o = 0; i < count; i++) {
		if (!(w[start + i]! > 0)) continue;
		for (let j = 0; j < k; j++) {
			const x = B[i * k + j]!;
			into.x[j * n + o] = x;
			into.log[j * n + o] = Math.log(x);
		}
		o++;
	}
	return {n, w: into.w, x: into.x, log: into.log};
}

/** First pass: Σw, Σw·log x, Σw·x, and whether every kept value is positive. */
function sums(m: Moments, {n, w, x, log}: Kept): void {
	for (let i = 0; i < n; i++) m.s += w[i]!;
	for (let a = 0; a < m.k; a++) {
		if (!allPositive(x, a * n, n)) m.positive[a] = 0;
		m.logMean[a] = weighted(m.logMean[a]!, w, log, a * n, n);
		m.mean[a] = weighted(m.mean[a]!, w, x, a * n, n);
		if (m.allPairs) for (let b = a + 1; b < m.k; b++) m.productMean[a * m.k + b] = weightedProducts(m.productMean[a * m.k + b]!, w, x, a * n, b * n, n);
	}
}

/** Second pass: Σw·(v − mean)² of logs and values, and Σw·(log a − mean)(log b − mean) for every positive pair. */
function deviations(m: Moments, {n, w, x, log}: Kept): void {
	const k = m.k;
	const d = new Float64Array(n * k);
	for (let a = 0; a < k; a++) {
		if (!m.positive[a]) continue;
		m.logVar[a] = weightedSquares(m.logVar[a]!, w, log, a * n, m.logMean[a]!, n);
		m.variance[a] = weightedSquares(m.variance[a]!, w, x, a * n, m.mean[a]!, n);
		differences(d, log, a * n, m.logMean[a]!, n);
	}
	for (let a = 0; a < k; a++) {
		if (!m.positive[a]) continue;
		for (let b = a + 1; b < k; b++) {
			if (!m.positive[b]) continue;
			const ab = a * k + b;
			m.cov[ab] = weightedProducts(m.cov[ab]!, w, d, a * n, b * n, n);
			if (m.allPairs) m.productVar[ab] = weightedProductSquares(m.productVar[ab]!, w, x, a * n, b * n, m.productMean[ab]!, n);
		}
	}
}

// The sums as a few small kernels, each called for many columns and pairs (and so soon compiled).

/** d[o + i] = a[o + i] − mean. */
function differences(d: Float64Array, a: Float64Array, o: number, mean: number, n: number): void {
	for (let i = o; i < o + n; i++) d[i] = a[i]! - mean;
}

function allPositive(x: Float64Array, o: number, n: number): boolean {
	for (let i = o; i < o + n; i++) if (!(x[i]! > 0)) return false;
	return true;
}

/** acc + Σ w[i]·a[o + i], in order. */
function weighted(acc: number, w: Float64Array, a: Float64Array, o: number, n: number): number {
	for (let i = 0; i < n; i++) acc += w[i]! * a[o + i]!;
	return acc;
}

/** acc + Σ w[i]·(a[o + i] − mean)², in order. */
function weightedSquares(acc: number, w: Float64Array, a: Float64Array, o: number, mean: number, n: number): number {
	for (let i = 0; i < n; i++) acc += w[i]! * (a[o + i]! - mean) ** 2;
	return acc;
}

/** acc + Σ w[i]·(a[oa + i] · a[ob + i]), in order. */
function weightedProducts(acc: number, w: Float64Array, a: Float64Array, oa: number, ob: number, n: number): number {
	for (let i = 0; i < n; i++) acc += w[i]! * (a[oa + i]! * a[ob + i]!);
	return acc;
}

/** acc + Σ w[i]·(a[oa + i] · a[ob + i] − mean)², in order. */
function weightedProductSquares(acc: number, w: Float64Array, a: Float64Array, oa: number, ob: number, mean: number, n: number): number {
	for (let i = 0; i < n; i++) acc += w[i]! * (a[oa + i]! * a[ob + i]! - mean) ** 2;
	return acc;
}

/** The positive pairs whose log correlation is at most the threshold, in (a, b) order. */
function tradeOffs(m: Moments, threshold: number): [number, number][] {
	const out: [number, number][] = [];
	for (let a = 0; a < m.k; a++) {
		if (!m.positive[a]) continue;
		for (let b = a + 1; b < m.k; b++) {
			if (!m.positive[b]) continue;
			const sdA = m.sd(m.logVar[a]!);
			const sdB = m.sd(m.logVar[b]!);
			if (sdA === 0 || sdB === 0) continue;
			// Not `<= threshold`: a correlation that is not a number is reported, not dropped.
			if (!(m.cov[a * m.k + b]! / m.s / (sdA * sdB) > threshold)) out.push([a, b]);
		}
	}
	return out;
}

/** Third pass (held rows, ridges only): Σw·(a × b). */
function productSums(m: Moments, {n, w, x}: Kept): void {
	for (const [a, b] of m.pairs) m.productMean[a * m.k + b] = weightedProducts(m.productMean[a * m.k + b]!, w, x, a * n, b * n, n);
}

/** Fourth pass (held rows, ridges only): Σw·(a × b − mean)². */
function productDeviations(m: Moments, {n, w, x}: Kept): void {
	for (const [a, b] of m.pairs) {
		const ab = a * m.k + b;
		m.productVar[ab] = weightedProductSquares(m.productVar[ab]!, w, x, a * n, b * n, m.productMean[ab]!, n);
	}
}

function ridgeList(m: Moments, names: readonly string[]): Ridge[] {
	const out = m.pairs.map(([a, b]): Ridge => ({
		a: names[a]!,
		b: names[b]!,
		correlation: m.cov[a * m.k + b]! / m.s / (m.sd(m.logVar[a]!) * m.sd(m.logVar[b]!)),
		cvA: m.sd(m.variance[a]!) / Math.abs(m.mean[a]!),
		cvB: m.sd(m.variance[b]!) / Math.abs(m.mean[b]!),
		cvProduct: m.sd(m.productVar[a * m.k + b]!) / Math.abs(m.productMean[a * m.k + b]!),
	}));
	return out.sort((x, y) => x.correlation - y.correlation);
}
