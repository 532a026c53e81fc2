import type {Sample, TestFunction} from '../../src/sensitivity/index.js';

/** Evaluate a test function on every row of a sample (first output). */
export function evaluateRows(f: TestFunction, s: Sample): Float64Array {
	const Y = new Float64Array(s.rows);
	for (let r = 0; r < s.rows; r++) Y[r] = f.evaluate(s.X.subarray(r * s.k, (r + 1) * s.k))[0]!;
	return Y;
}
