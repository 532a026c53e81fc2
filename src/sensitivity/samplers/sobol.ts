/**
 * Sobol' quasi-random sample (Sobol 1967; Joe & Kuo 2008 direction numbers). Balance properties
 * hold for n = 2^m points only (Owen 2020, "On dropping the first Sobol' point"), hence the warning.
 * By default a seeded random digital shift (XOR of each coordinate with a random 32-bit word;
 * Owen 2003, "Quasi-Monte Carlo sampling") makes the seed matter and keeps points off 0; with
 * `scramble: false` the points are scipy's unscrambled sequence.
 */
import {createRng} from '../rng.js';
import {assertProblem, type Problem} from '../problem.js';
import {checkCount, isPowerOfTwo, scaleUnitRows, type Sample} from '../sample.js';
import {sobolSequence} from '../sobol-sequence.js';

export interface SobolSampleOptions {
	scramble?: boolean;
	skip?: number;
}

/** Per-dimension 32-bit digital shift words drawn from stream 0 of the seed. */
export function digitalShift(d: number, seed: number): Uint32Array {
	const rng = createRng(seed, 0);
	const s = new Uint32Array(d);
	for (let j = 0; j < d; j++) s[j] = Math.floor(rng.next() * 2 ** 32) >>> 0;
	return s;
}

export function powerOfTwoWarning(what: string, n: number): string[] {
	if (isPowerOfTwo(n)) return [];
	const lo = 2 ** Math.floor(Math.log2(n));
	return [`${what} n=${n} is not a power of 2; Sobol' balance properties need n = 2^m (e.g. ${lo} or ${lo * 2})`];
}

export function sampleSobol(problem: Problem, n: number, seed: number, options: SobolSampleOptions = {}): Sample {
	assertProblem(problem);
	checkCount("n (Sobol' points)", n);
	const k = problem.names.length;
	const scramble = options.scramble ?? true;
	const U = sobolSequence(n, k, {skip: options.skip ?? 0, ...(scramble ? {shift: digitalShift(k, seed)} : {})});
	return {
		method: 'sobol',
		X: scaleUnitRows(problem, U),
		rows: n,
		k,
		names: [...problem.names],
		seed,
		n,
		warnings: powerOfTwoWarning("Sobol' sample", n),
	};
}
