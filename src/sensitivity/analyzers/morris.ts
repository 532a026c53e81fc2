/**
 * Morris elementary effects (Morris 1991, Technometrics 33(2), 161–174): EE_i = Δy / Δ along each
 * trajectory step, with Δ measured in the unit cube, so for f = Σ c_i x_i on [lo_i, hi_i] every
 * EE_i is c_i·(hi_i − lo_i). Reports μ, μ* = mean |EE| (Campolongo, Cariboni & Saltelli 2007,
 * Env. Modelling & Software 22, 1509–1518), σ (sample sd) and a bootstrap half-width for μ*.
 */
import {createRng} from '../rng.js';
import type {Problem} from '../problem.js';
import {factorCount, factorNames, type Sample} from '../sample.js';
import {checkOutput, confHalfWidth, constantOutputWarning, mean, sd, type BootstrapOptions} from './common.js';

export interface MorrisResult {
	method: 'morris';
	names: string[];
	mu: number[];
	mu_star: number[];
	sigma: number[];
	mu_star_conf: number[];
	warnings: string[];
}

/** Elementary effects per input: ee[i][t] for trajectory t. */
export function elementaryEffects(sample: Sample, Y: ArrayLike<number>): Float64Array[] {
	const {trajectories: r, delta, steps} = sample.morris!;
	const k = factorCount(sample);
	const ee = Array.from({length: k}, () => new Float64Array(r));
	for (let t = 0; t < r; t++) {
		for (let s = 0; s < k; s++) {
			const code = steps[t * k + s]!;
			const i = Math.abs(code) - 1;
			const row = t * (k + 1) + s;
			ee[i]![t] = (Y[row + 1]! - Y[row]!) / (Math.sign(code) * delta);
		}
	}
	return ee;
}

export function analyzeMorris(problem: Problem, sample: Sample, Y: ArrayLike<number>, options: BootstrapOptions = {}): MorrisResult {
	checkOutput('morris', sample, Y);
	const r = sample.morris!.trajectories;
	const resamples = options.resamples ?? 1000;
	const confLevel = options.confLevel ?? 0.95;
	const ee = elementaryEffects(sample, Y);
	const rng = createRng(options.seed ?? sample.seed, 0x5eed);
	const result: MorrisResult = {method: 'morris', names: sample.groups ? factorNames(sample) : [...problem.names], mu: [], mu_star: [], sigma: [], mu_star_conf: [], warnings: []};
	const failed = ee.some((e) => e.some((v) => !Number.isFinite(v)));
	if (failed) result.warnings.push('some runs failed or gave non-finite output; their elementary effects are left out');
	const constant = constantOutputWarning(Y);
	if (constant) {
		const zeros = (): number[] => new Array<number>(factorCount(sample)).fill(0);
		return {...result, mu: zeros(), mu_star: zeros(), sigma: zeros(), mu_star_conf: zeros(), warnings: [...result.warnings, constant]};
	}
	const rep = new Float64Array(resamples);
	for (const e of ee) {
		const ok = failed ? e.filter(Number.isFinite) : e;
		const abs = ok.map(Math.abs);
		result.mu.push(mean(ok));
		result.mu_star.push(mean(abs));
		result.sigma.push(ok.length > 1 ? sd(ok, 1) : Number.NaN);
		// Resample whole trajectories (SALib's compute_mu_star_confidence).
		for (let b = 0; b < resamples; b++) {
			let s = 0;
			for (let t = 0; t < abs.length; t++) s += abs[rng.int(abs.length)]!;
			rep[b] = s / abs.length;
		}
		result.mu_star_conf.push(abs.length > 1 ? confHalfWidth(rep, confLevel) : Number.NaN);
	}
	if (r < 10) result.warnings.push(`only ${r} trajectories; Campolongo et al. (2007) suggest r = 10 … 50`);
	return result;
}
