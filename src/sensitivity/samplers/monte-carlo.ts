/**
 * Simple random (Monte Carlo) sampling. Row i draws its k coordinates from rng stream i, so any
 * block of rows can be generated on its own (lazily, in any order) and always gives the same values:
 * a million-run sweep never holds its whole sample in memory.
 */
import {createRng} from '../rng.js';
import {assertProblem, type Problem} from '../problem.js';
import {checkCount, valueAt, type Sample} from '../sample.js';

/** Fill `out` (count × k) with rows start … start+count−1 of the sample seeded by `seed`. */
export function monteCarloRows(problem: Problem, seed: number, start: number, count: number, out = new Float64Array(count * problem.dists.length)): Float64Array {
	const k = problem.dists.length;
	for (let r = 0; r < count; r++) {
		const rng = createRng(seed, start + r);
		for (let j = 0; j < k; j++) out[r * k + j] = valueAt(problem.dists[j]!, rng.next());
	}
	return out;
}

export function sampleMonteCarlo(problem: Problem, n: number, seed: number): Sample {
	assertProblem(problem);
	checkCount('n (Monte Carlo runs)', n);
	return {
		method: 'mc',
		X: monteCarloRows(problem, seed, 0, n),
		rows: n,
		k: problem.names.length,
		names: [...problem.names],
		seed,
		n,
		warnings: [],
	};
}
