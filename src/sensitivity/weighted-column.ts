/**
 * The conditioned figures of one outcome column (conditioning.ts: the methods and their references):
 * Kish's effective sample size, the Wilson interval, the weighted mean and quantiles, and P(met),
 * each read in one pass over the column and one sort of its values. The matrix forms give the same
 * numbers from a row-major matrix.
 */
import {sortFloat64} from './sort.js';

/** Kish's effective sample size (Σw)² / Σw²; the number of kept runs for 0/1 weights. */
export const effectiveSampleSize = (w: Float64Array): number => weightFacts(w).ess;

/** The runs with weight > 0 and Kish's effective sample size, in one pass. */
export function weightFacts(w: Float64Array): {kept: number; ess: number} {
	let kept = 0;
	let s = 0;
	let s2 = 0;
	for (let r = 0; r < w.length; r++) {
		const v = w[r]!;
		if (v > 0) kept++;
		s += v;
		s2 += v * v;
	}
	return {kept, ess: s2 > 0 ? (s * s) / s2 : 0};
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

const SUMMARY_QUANTILES = [0.05, 0.5, 0.95] as const;

/** One column of a row-major matrix. */
function columnOf(Y: Float64Array, columns: number, column: number, runs: number): Float64Array {
	const y = new Float64Array(runs);
	for (let r = 0; r < runs; r++) y[r] = Y[r * columns + column]!;
	return y;
}

/** Weighted mean and quantiles of column `column` (runs with weight 0 or a non-finite value are left out). */
export function weightedSummary(Y: Float64Array, columns: number, column: number, w: Float64Array): WeightedSummary {
	return conditionedColumn(columnOf(Y, columns, column, w.length), w).summary;
}

/** Weighted share of runs whose column value is 1 (a met/not-met outcome), with its Wilson interval on the ESS. */
export function weightedProbability(Y: Float64Array, columns: number, column: number, w: Float64Array): WeightedProbability {
	return conditionedColumn(columnOf(Y, columns, column, w.length), w).probability;
}

export interface WeightedProbability {
	readonly p: number;
	readonly ess: number;
	readonly lower: number;
	readonly upper: number;
}

/** Everything the conditioned report reads of one outcome column. */
export interface ConditionedColumn {
	/** Among the runs with weight > 0 (and a finite value). */
	readonly summary: WeightedSummary;
	readonly probability: WeightedProbability;
	/** Every finite run counted once. */
	readonly unconditionalMean: number;
	readonly unconditionalProbability: number;
	/** Every finite value is 0 or 1 (a met/not-met outcome). */
	readonly indicator: boolean;
}

/** Work array of conditionedColumn (as long as the column), reused from one column to the next. */
export interface ColumnScratch {
	/** The kept runs' values from the front, the other finite values from the back. */
	readonly values: Float64Array;
	/** The kept runs' weights, allocated once weights differ (rejection's are all equal). */
	weights: Float64Array | null;
}

export const columnScratch = (runs: number): ColumnScratch => ({values: new Float64Array(runs), weights: null});

/**
 * One column y (y[r] with weight w[r]). The weighted quantile of q is the first value, in ascending
 * order (ties in run order), at which the cumulated weight reaches q of the total; the total is
 * summed in run order, the means and the ESS of the summary in ascending order of value. P(met) is
 * the weighted share of values ≥ 0.5 with its Wilson interval on the ESS (sums in run order).
 */
export function conditionedColumn(y: Float64Array, w: Float64Array, scratch: ColumnScratch = columnScratch(y.length)): ConditionedColumn {
	const t = split(y, w, scratch);
	const n = t[N]!;
	const total = t[TOTAL]!;
	const ess = t[S2]! > 0 ? (total * total) / t[S2]! : 0;
	const p = total > 0 ? t[MET]! / total : NaN;
	const [lower, upper] = total > 0 ? wilsonInterval(p, ess) : [NaN, NaN];
	const values = scratch.values.subarray(0, n);
	const weights = t[UNIFORM] ? null : scratch.weights!.subarray(0, n);
	if (weights) sortByValue(values, weights);
	else sortInRunOrder(values, y, w);
	// Unconditioned: every finite value in ascending order, merged from the two sorted parts (the
	// order of −0 and +0 changes no sum that starts at +0).
	const rest = sortFloat64(scratch.values.subarray(t[BACK]!));
	const nf = n + rest.length;
	return {
		summary: sortedSummary(values, weights ?? t[FIRST]!, total),
		probability: {p, ess, lower, upper},
		unconditionalMean: nf > 0 ? mergedSum(values, rest) / nf : NaN,
		unconditionalProbability: nf > 0 ? (n - firstAtLeast(values, 0.5) + (rest.length - firstAtLeast(rest, 0.5))) / nf : NaN,
		indicator: onlyZeroOrOne(values) && onlyZeroOrOne(rest),
	};
}

// What split() tells: kept count, start of the others, first weight, all weights equal (1/0), Σw, Σw², Σw of values ≥ 0.5.
const [N, BACK, FIRST, UNIFORM, TOTAL, S2, MET] = [0, 1, 2, 3, 4, 5, 6];

/** The finite values: the kept runs' (weight > 0) in run order from the front of scratch.values, the others' from the back. */
function split(y: Float64Array, w: Float64Array, scratch: ColumnScratch): Float64Array {
	const all = scratch.values;
	let n = 0;
	let back = y.length;
	let first = 0;
	let uniform = true;
	let total = 0;
	let s2 = 0;
	let met = 0;
	for (let r = 0; r < y.length; r++) {
		const x = y[r]!;
		if (!Number.isFinite(x)) continue;
		const v = w[r]!;
		if (!(v > 0)) {
			all[--back] = x;
			continue;
		}
		if (n === 0) first = v;
		else if (uniform && v !== first) {
			uniform = false;
			if (!scratch.weights) scratch.weights = new Float64Array(y.length);
			scratch.weights.fill(first, 0, n);
		}
		if (!uniform) scratch.weights![n] = v;
		all[n++] = x;
		total += v;
		s2 += v * v;
		if (x >= 0.5) met += v;
	}
	return Float64Array.of(n, back, first, uniform ? 1 : 0, total, s2, met);
}

/** Σ of the values of two sorted arrays in ascending order. */
function mergedSum(a: Float64Array, b: Float64Array): number {
	let sum = 0;
	for (let i = 0, j = 0; i < a.length || j < b.length; ) sum += j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
	return sum;
}

/** Every value of the sorted array a is 0 or 1. */
function onlyZeroOrOne(a: Float64Array): boolean {
	if (a.length === 0) return true;
	const positive = firstAbove(a, 0);
	return isZeroOrOne(a[0]!) && isZeroOrOne(a[a.length - 1]!) && (positive === a.length || a[positive] === 1);
}

const isZeroOrOne = (v: number): boolean => v === 0 || v === 1;

/** First index of sorted a whose value is ≥ v (a.length if none). */
function firstAtLeast(a: Float64Array, v: number): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid]! < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** First index of sorted a whose value is > v (a.length if none). */
function firstAbove(a: Float64Array, v: number): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid]! <= v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The quantiles, the mean and Kish's ESS of values sorted ascending with their weights (or one weight for all). */
function sortedSummary(values: Float64Array, weights: Float64Array | number, total: number): WeightedSummary {
	const n = values.length;
	if (total === 0) return {ess: 0, mean: NaN, q05: NaN, q50: NaN, q95: NaN};
	const q: number[] = [];
	let acc = 0;
	let sum = 0;
	let s = 0;
	let s2 = 0;
	for (let i = 0; i < n; i++) {
		const v = typeof weights === 'number' ? weights : weights[i]!;
		acc += v;
		while (q.length < SUMMARY_QUANTILES.length && acc >= SUMMARY_QUANTILES[q.length]! * total - 1e-12 * total) q.push(values[i]!);
		sum += values[i]! * v;
		s += v;
		s2 += v * v;
	}
	while (q.length < SUMMARY_QUANTILES.length) q.push(values[n - 1]!);
	return {ess: s2 > 0 ? (s * s) / s2 : 0, mean: sum / total, q05: q[0]!, q50: q[1]!, q95: q[2]!};
}

/**
 * Sort the kept values (equal weights) ascending in place, equal values in run order: the numeric
 * sort puts −0 before +0, so when both occur the zeros are put back in the order the runs (y, w) had them.
 */
function sortInRunOrder(values: Float64Array, y: Float64Array, w: Float64Array): void {
	sortFloat64(values);
	let i = firstAtLeast(values, 0);
	if (i === values.length || !Object.is(values[i], -0)) return;
	for (let r = 0; r < y.length; r++) if (w[r]! > 0 && y[r] === 0) values[i++] = y[r]!;
}

/** Values and their weights in place, in ascending order of value, ties in run order. */
function sortByValue(values: Float64Array, weights: Float64Array): void {
	const order = new Uint32Array(values.length);
	for (let i = 0; i < order.length; i++) order[i] = i;
	order.sort((a, b) => values[a]! - values[b]! || a - b);
	const v = new Float64Array(order.length);
	const w = new Float64Array(order.length);
	for (let i = 0; i < order.length; i++) {
		v[i] = values[order[i]!]!;
		w[i] = weights[order[i]!]!;
	}
	values.set(v);
	weights.set(w);
}
