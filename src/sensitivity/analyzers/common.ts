/**
 * What every analyser shares: the sampler/analyser compatibility table (SALib's "Compatible with"
 * notes, enforced instead of documented), the output-length check, standardisation and the
 * bootstrap (Efron & Tibshirani 1993, "An Introduction to the Bootstrap").
 */
import {zForConfidence} from '../normal.js';
import {SensitivityInputError} from '../problem.js';
import {factorCount, type Sample, type SamplerName} from '../sample.js';

export type AnalyzerName = 'sobol' | 'morris' | 'oat' | 'mc' | 'prcc' | 'rbd-fast' | 'delta';
export const ANALYZER_NAMES: readonly AnalyzerName[] = ['sobol', 'morris', 'oat', 'mc', 'prcc', 'rbd-fast', 'delta'];

/** Random designs: what the given-data methods (PRCC, RBD-FAST, delta) accept. */
const GIVEN_DATA: readonly SamplerName[] = ['mc', 'lhs', 'sobol', 'csv'];

export const COMPATIBLE: Readonly<Record<AnalyzerName, readonly SamplerName[]>> = {
	sobol: ['saltelli'],
	morris: ['morris'],
	oat: ['oat'],
	mc: GIVEN_DATA,
	prcc: [...GIVEN_DATA, 'ff', 'saltelli'],
	'rbd-fast': GIVEN_DATA,
	delta: GIVEN_DATA,
};

/** The sampler to suggest for an analyser. */
export const DEFAULT_SAMPLER: Readonly<Record<AnalyzerName, SamplerName>> = {sobol: 'saltelli', morris: 'morris', oat: 'oat', mc: 'mc', prcc: 'lhs', 'rbd-fast': 'lhs', delta: 'lhs'};

export function checkCompatible(analyzer: AnalyzerName, sampler: SamplerName): void {
	const ok = COMPATIBLE[analyzer];
	if (!ok) throw new SensitivityInputError(`unknown analysis ${JSON.stringify(analyzer)}; expected one of ${ANALYZER_NAMES.join(', ')}`);
	if (!ok.includes(sampler)) {
		throw new SensitivityInputError(
			`${analyzer} analysis needs a ${ok.join(' or ')} sample, got '${sampler}'; use --sampler ${DEFAULT_SAMPLER[analyzer]}`,
		);
	}
}

/** Check Y against the sample and the analyser, then return Y (one value per row). */
export function checkOutput(analyzer: AnalyzerName, sample: Sample, Y: ArrayLike<number>): void {
	checkCompatible(analyzer, sample.method);
	if (Y.length === sample.rows) return;
	let hint = '';
	if (sample.saltelli) {
		const {N, secondOrder} = sample.saltelli;
		hint = `; a Saltelli sample with N=${N}, ${sample.groups ? `${factorCount(sample)} groups` : `k=${sample.k}`} has N·(${secondOrder ? '2k+2' : 'k+2'}) = ${sample.rows} rows. Confirm that --second-order matches the option used when sampling`;
	} else if (sample.morris) {
		hint = `; a Morris sample has r·(k+1) = ${sample.morris.trajectories}·${factorCount(sample) + 1} rows`;
	}
	throw new SensitivityInputError(`incorrect number of model outputs: Y has ${Y.length} values but the ${sample.method} sample has ${sample.rows} rows${hint}`);
}

export function mean(a: ArrayLike<number>): number {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i]!;
	return s / a.length;
}

/** Variance with ddof degrees of freedom removed (0: population, 1: sample). */
export function variance(a: ArrayLike<number>, ddof = 0): number {
	const m = mean(a);
	let s = 0;
	for (let i = 0; i < a.length; i++) s += (a[i]! - m) ** 2;
	return s / (a.length - ddof);
}

export function sd(a: ArrayLike<number>, ddof = 1): number {
	return Math.sqrt(variance(a, ddof));
}

/** Centre and scale to unit variance; null when the values are constant. */
export function standardize(Y: ArrayLike<number>): Float64Array | null {
	const m = mean(Y);
	const s = Math.sqrt(variance(Y, 0));
	if (!(s > 0) || !Number.isFinite(s)) return null;
	const out = new Float64Array(Y.length);
	for (let i = 0; i < Y.length; i++) out[i] = (Y[i]! - m) / s;
	return out;
}

/** Relative spread below which an output counts as constant: rounding noise, not a response. */
export const CONSTANT_RELATIVE_SD = 1e-12;

/**
 * A warning when the finite outputs are constant to rounding (sd ≤ 1e-12 × |mean|, or exactly equal),
 * else null. SALib sets every index to 0 for a constant output and warns; an output that is constant
 * but not exactly (e.g. 0.36 ± 1e-17 from a sum) would otherwise be standardised into pure noise.
 */
export function constantOutputWarning(Y: ArrayLike<number>): string | null {
	let n = 0;
	let s = 0;
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < Y.length; i++) {
		const v = Y[i]!;
		if (!Number.isFinite(v)) continue;
		n++;
		s += v;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	if (n === 0) return null;
	const m = s / n;
	let ss = 0;
	for (let i = 0; i < Y.length; i++) if (Number.isFinite(Y[i]!)) ss += (Y[i]! - m) ** 2;
	const sdv = Math.sqrt(ss / n);
	if (hi !== lo && !(sdv <= CONSTANT_RELATIVE_SD * Math.abs(m))) return null;
	return `the output is constant across all runs (mean ${m.toPrecision(6)}, sd ${sdv.toPrecision(2)} ≤ ${CONSTANT_RELATIVE_SD} × |mean|); every index is set to 0`;
}

export function countNonFinite(Y: ArrayLike<number>): number {
	let c = 0;
	for (let i = 0; i < Y.length; i++) if (!Number.isFinite(Y[i]!)) c++;
	return c;
}

export interface BootstrapOptions {
	/** Number of bootstrap resamples (default 100, as SALib). */
	resamples?: number;
	/** Confidence level of the reported half-width (default 0.95). */
	confLevel?: number;
	/** Seed of the resampling (default: the sample's seed). */
	seed?: number;
}

/** Half-width of the confidence interval: z(level) × sample sd of the bootstrap replicates. */
export function confHalfWidth(replicates: ArrayLike<number>, confLevel: number): number {
	return zForConfidence(confLevel) * sd(replicates, 1);
}
