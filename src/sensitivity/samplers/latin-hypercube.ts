/**
 * Latin hypercube sampling (McKay, Beckman & Conover 1979, Technometrics 21(2), 239–245): each
 * input's range is cut into n equal-probability strata and every stratum is used exactly once,
 * with strata paired across inputs by independent random permutations.
 */
import {createRng, shuffleInPlace} from '../rng.js';
import {assertProblem, type Problem} from '../problem.js';
import {checkCount, scaleUnitRows, type Sample} from '../sample.js';

export interface LatinHypercubeOptions {
	/** Use the centre of each stratum instead of a random point in it. */
	centered?: boolean;
}

export function sampleLatinHypercube(problem: Problem, n: number, seed: number, options: LatinHypercubeOptions = {}): Sample {
	assertProblem(problem);
	checkCount('n (Latin hypercube rows)', n);
	const k = problem.names.length;
	const rng = createRng(seed, 0);
	const U = new Float64Array(n * k);
	const perm = new Int32Array(n);
	for (let j = 0; j < k; j++) {
		for (let i = 0; i < n; i++) perm[i] = i;
		shuffleInPlace(perm, rng);
		for (let i = 0; i < n; i++) {
			const jitter = options.centered ? 0.5 : rng.next();
			U[i * k + j] = (perm[i]! + jitter) / n;
		}
	}
	return {method: 'lhs', X: scaleUnitRows(problem, U), rows: n, k, names: [...problem.names], seed, n, warnings: []};
}
