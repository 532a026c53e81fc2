/** One entry point for every sampler, keyed by the CLI's --sampler names. */
import {SensitivityInputError, type Problem} from '../problem.js';
import {SAMPLER_NAMES, type Sample, type SamplerName} from '../sample.js';
import {sampleFromRows} from './from-rows.js';
import {sampleFullFactorial} from './full-factorial.js';
import {sampleLatinHypercube} from './latin-hypercube.js';
import {sampleMonteCarlo} from './monte-carlo.js';
import {sampleMorris} from './morris.js';
import {sampleOneAtATime} from './one-at-a-time.js';
import {sampleSaltelli} from './saltelli.js';
import {sampleSobol} from './sobol.js';
import {imanConover} from './iman-conover.js';

export interface SamplerOptions {
	secondOrder?: boolean;
	levels?: number;
	/** morris: candidate trajectories for the optimal selection (Campolongo et al. 2007). */
	candidates?: number;
	scramble?: boolean;
	skip?: number;
	centered?: boolean;
	lowQuantile?: number;
	highQuantile?: number;
	base?: readonly number[];
	/** Required by 'csv': the user's rows of input values. */
	rows?: readonly (readonly number[])[];
}

/** Samplers whose rows may be re-paired to induce rank correlations (random designs, Iman & Conover 1982). */
export const CORRELATABLE: readonly SamplerName[] = ['mc', 'lhs', 'sobol'];

export function sample(method: SamplerName, problem: Problem, n: number, seed: number, o: SamplerOptions = {}): Sample {
	if (!problem.correlations?.length) return independentSample(method, problem, n, seed, o);
	if (!CORRELATABLE.includes(method)) {
		throw new SensitivityInputError(`correlated inputs need a random sample (${CORRELATABLE.join(', ')}), got '${method}': Sobol' indices, Morris effects and grid designs assume independent inputs; hint: --sampler lhs with --analyze delta, rbd-fast or prcc`);
	}
	const s = independentSample(method, problem, n, seed, o);
	imanConover(problem, s.X, s.rows, seed);
	return s;
}

function independentSample(method: SamplerName, problem: Problem, n: number, seed: number, o: SamplerOptions): Sample {
	const opt = <K extends keyof SamplerOptions>(key: K): Pick<SamplerOptions, K> =>
		(o[key] === undefined ? {} : {[key]: o[key]}) as Pick<SamplerOptions, K>;
	switch (method) {
		case 'mc':
			return sampleMonteCarlo(problem, n, seed);
		case 'lhs':
			return sampleLatinHypercube(problem, n, seed, opt('centered'));
		case 'sobol':
			return sampleSobol(problem, n, seed, {...opt('scramble'), ...opt('skip')});
		case 'saltelli':
			return sampleSaltelli(problem, n, seed, {...opt('secondOrder'), ...opt('skip'), ...opt('scramble')});
		case 'morris':
			return sampleMorris(problem, n, seed, {...opt('levels'), ...opt('candidates')});
		case 'ff':
			return sampleFullFactorial(problem, n, seed);
		case 'oat':
			return sampleOneAtATime(problem, n, seed, {...opt('lowQuantile'), ...opt('highQuantile'), ...opt('base')});
		case 'csv':
			if (!o.rows) throw new SensitivityInputError("sampler 'csv' needs rows of inputs; hint: --input FILE.csv");
			return sampleFromRows(problem, o.rows, seed);
		default:
			throw new SensitivityInputError(`unknown sampler ${JSON.stringify(method)}; expected one of ${SAMPLER_NAMES.join(', ')}`);
	}
}
