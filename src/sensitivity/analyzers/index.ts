/** One entry point for every analyser, keyed by the CLI's --analyze names. */
import type {Problem} from '../problem.js';
import type {Sample} from '../sample.js';
import {checkCompatible, type AnalyzerName} from './common.js';
import {analyzeMonteCarlo, type MonteCarloResult, type Target} from './monte-carlo.js';
import {analyzeMorris, type MorrisResult} from './morris.js';
import {analyzeOneAtATime, type TornadoResult} from './one-at-a-time.js';
import {analyzePrcc, type PrccResult} from './prcc.js';
import {analyzeSobol, type SobolResult} from './sobol.js';
import {analyzeRbdFast, type RbdFastResult} from './rbd-fast.js';
import {analyzeDelta, type DeltaResult} from './delta.js';

export type AnalysisResult = SobolResult | MorrisResult | TornadoResult | MonteCarloResult | PrccResult | RbdFastResult | DeltaResult;

export interface AnalyzeOptions {
	resamples?: number;
	confLevel?: number;
	seed?: number;
	quantiles?: readonly number[];
	target?: Target;
}

export function analyze(method: AnalyzerName, problem: Problem, sample: Sample, Y: ArrayLike<number>, o: AnalyzeOptions = {}): AnalysisResult {
	checkCompatible(method, sample.method);
	const boot = {
		...(o.resamples === undefined ? {} : {resamples: o.resamples}),
		...(o.confLevel === undefined ? {} : {confLevel: o.confLevel}),
		...(o.seed === undefined ? {} : {seed: o.seed}),
	};
	switch (method) {
		case 'sobol':
			return analyzeSobol(problem, sample, Y, boot);
		case 'morris':
			return analyzeMorris(problem, sample, Y, boot);
		case 'oat':
			return analyzeOneAtATime(problem, sample, Y);
		case 'mc':
			return analyzeMonteCarlo(problem, sample, Y, {
				...(o.quantiles ? {quantiles: o.quantiles} : {}),
				...(o.target ? {target: o.target} : {}),
			});
		case 'prcc':
			return analyzePrcc(problem, sample, Y, o.confLevel === undefined ? {} : {confLevel: o.confLevel});
		case 'rbd-fast':
			return analyzeRbdFast(problem, sample, Y, boot);
		case 'delta':
			return analyzeDelta(problem, sample, Y, boot);
	}
}
