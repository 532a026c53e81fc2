/**
 * What the given-data estimators (RBD-FAST, delta) share: the finite rows of a random sample, one
 * input column at a time, and a stable ordinal ranking (scipy's rankdata(method="ordinal")).
 */
import type {Sample} from '../sample.js';

export interface GivenData {
	/** Rows of the sample whose output is finite. */
	rows: Int32Array;
	Y: Float64Array;
	warnings: string[];
}

export function finiteRows(sample: Sample, Y: ArrayLike<number>): GivenData {
	const keep: number[] = [];
	for (let r = 0; r < sample.rows; r++) if (Number.isFinite(Y[r]!)) keep.push(r);
	const rows = Int32Array.from(keep);
	const warnings = keep.length < sample.rows ? [`${sample.rows - keep.length} of ${sample.rows} runs failed or gave non-finite output and are left out`] : [];
	return {rows, Y: Float64Array.from(keep, (r) => Y[r]!), warnings};
}

/** Column j of the sample over the given rows. */
export function column(sample: Sample, rows: Int32Array, j: number): Float64Array {
	const k = sample.k;
	return Float64Array.from(rows, (r) => sample.X[r * k + j]!);
}

/** Positions 0 … n−1 sorted by value; ties keep their order (a stable sort). */
export function argsort(v: ArrayLike<number>): Int32Array {
	const order = Array.from({length: v.length}, (_, i) => i).sort((a, b) => v[a]! - v[b]! || a - b);
	return Int32Array.from(order);
}
