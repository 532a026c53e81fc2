/**
 * Where the runner gets its rows: any block [start, start+count) on demand. A materialised sample
 * is sliced; a Monte Carlo sample is generated block by block (rows depend only on seed and run id),
 * so a million-run sweep never holds its inputs in memory.
 */
import {monteCarloRows, type Problem, type Sample} from '../sensitivity/index.js';

export interface RowSource {
	readonly rows: number;
	readonly k: number;
	readonly names: readonly string[];
	block(start: number, count: number): Float64Array;
}

export function sampleSource(s: Sample): RowSource {
	return {rows: s.rows, k: s.k, names: s.names, block: (start, count) => s.X.slice(start * s.k, (start + count) * s.k)};
}

export function monteCarloSource(problem: Problem, n: number, seed: number): RowSource {
	const k = problem.names.length;
	return {rows: n, k, names: problem.names, block: (start, count) => monteCarloRows(problem, seed, start, count)};
}

/**
 * Every combination of lever values (outer, last lever fastest) crossed with the rows of `inner`:
 * run id = combination × inner.rows + inner row. Lever columns come first.
 */
export function crossLevers(levers: readonly {name: string; values: readonly number[]}[], inner: RowSource): RowSource {
	if (levers.length === 0) return inner;
	const combos = levers.reduce((n, l) => n * l.values.length, 1);
	const kl = levers.length;
	const k = kl + inner.k;
	const comboValues = (c: number): number[] => {
		const out = new Array<number>(kl);
		for (let j = kl - 1; j >= 0; j--) {
			const vals = levers[j]!.values;
			out[j] = vals[c % vals.length]!;
			c = Math.floor(c / vals.length);
		}
		return out;
	};
	return {
		rows: combos * inner.rows,
		k,
		names: [...levers.map((l) => l.name), ...inner.names],
		block(start, count) {
			const out = new Float64Array(count * k);
			let r = 0;
			while (r < count) {
				const id = start + r;
				const c = Math.floor(id / inner.rows);
				const from = id % inner.rows;
				const n = Math.min(count - r, inner.rows - from);
				const lv = comboValues(c);
				const X = inner.block(from, n);
				for (let i = 0; i < n; i++) {
					out.set(lv, (r + i) * k);
					out.set(X.subarray(i * inner.k, (i + 1) * inner.k), (r + i) * k + kl);
				}
				r += n;
			}
			return out;
		},
	};
}
