/**
 * Uncertainty summaries of a random sample: mean, sample sd, quantiles (type 7, numpy's default, via
 * simple-statistics) and the probability that a target is met, with its binomial standard error
 * (e.g. Robert & Casella 2004, "Monte Carlo Statistical Methods", §3.2). Failed runs (NaN) are left
 * out and counted.
 */
import {quantileSorted} from 'simple-statistics';
import type {Problem} from '../problem.js';
import type {Sample} from '../sample.js';
import {checkOutput} from './common.js';
import {sortFloat64} from '../sort.js';

export type TargetOp = '>=' | '>' | '<=' | '<';
export interface Target {
	op: TargetOp;
	value: number;
}

export const DEFAULT_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

export interface MonteCarloResult {
	method: 'mc';
	runs: number;
	failed: number;
	mean: number;
	sd: number;
	min: number;
	max: number;
	/** Keyed by probability as text, e.g. {"0.05": …, "0.5": …}. */
	quantiles: Record<string, number>;
	/** P(target met), or P(y = 1) for a 0/1 outcome; null when neither applies. */
	probability: number | null;
	probability_se: number | null;
	target?: Target;
	warnings: string[];
}

export interface MonteCarloOptions {
	quantiles?: readonly number[];
	target?: Target;
}

export function meets(y: number, t: Target): boolean {
	switch (t.op) {
		case '>=':
			return y >= t.value;
		case '>':
			return y > t.value;
		case '<=':
			return y <= t.value;
		case '<':
			return y < t.value;
	}
}

export function analyzeMonteCarlo(_problem: Problem, sample: Sample, Y: ArrayLike<number>, options: MonteCarloOptions = {}): MonteCarloResult {
	checkOutput('mc', sample, Y);
	return summarize(Y, options);
}

/** The summaries alone, for outputs of any random sample (also used after a merge). */
export function summarize(Y: ArrayLike<number>, options: MonteCarloOptions = {}): MonteCarloResult {
	// One copy, of the finite values (a sweep's column of a million runs is 8 MB), sorted in place.
	let n = 0;
	for (let i = 0; i < Y.length; i++) if (Number.isFinite(Y[i]!)) n++;
	const ok = new Float64Array(n);
	for (let i = 0, o = 0; i < Y.length; i++) if (Number.isFinite(Y[i]!)) ok[o++] = Y[i]!;
	sortFloat64(ok);
	const failed = Y.length - n;
	const warnings = failed > 0 ? [`${failed} of ${Y.length} runs failed or gave non-finite output and are left out`] : [];
	let s = 0;
	for (const v of ok) s += v;
	const mean = n > 0 ? s / n : Number.NaN;
	let ss = 0;
	for (const v of ok) ss += (v - mean) ** 2;
	const sorted = ok as unknown as number[];
	const quantiles: Record<string, number> = {};
	for (const p of options.quantiles ?? DEFAULT_QUANTILES) quantiles[String(p)] = n > 0 ? quantileSorted(sorted, p) : Number.NaN;
	let probability: number | null = null;
	if (n > 0 && options.target) {
		let c = 0;
		for (const v of ok) if (meets(v, options.target)) c++;
		probability = c / n;
	} else if (n > 0 && ok.every((v) => v === 0 || v === 1)) {
		probability = mean;
	}
	return {
		method: 'mc',
		runs: Y.length,
		failed,
		mean,
		sd: n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN,
		min: n > 0 ? ok[0]! : Number.NaN,
		max: n > 0 ? ok[n - 1]! : Number.NaN,
		quantiles,
		probability,
		probability_se: probability === null ? null : Math.sqrt((probability * (1 - probability)) / n),
		...(options.target ? {target: options.target} : {}),
		warnings,
	};
}
