/**
 * Distributions of uncertain inputs, sampled by inversion: every sampler draws points in the unit
 * cube and maps coordinate u through the inverse CDF (ppf) of its input. That keeps space-filling
 * designs (Latin hypercube, McKay et al. 1979; Sobol', Sobol 1967) stratified in each marginal.
 * The set mirrors SALib's `dists` (unif, triang, norm, truncnorm, lognorm) plus a discrete table.
 */
import {normalCdf, normalPpf} from './normal.js';

export type Distribution =
	| {type: 'uniform'; min: number; max: number}
	| {type: 'triangular'; min: number; mode: number; max: number}
	| {type: 'normal'; mean: number; sd: number}
	| {type: 'truncnormal'; mean: number; sd: number; min: number; max: number}
	| {type: 'lognormal'; mu: number; sigma: number}
	| {type: 'discrete'; values: number[]; weights?: number[]};

export type DistributionType = Distribution['type'];
export const DISTRIBUTION_TYPES: readonly DistributionType[] = ['uniform', 'triangular', 'normal', 'truncnormal', 'lognormal', 'discrete'];

/** Inverse CDF at u ∈ [0, 1]; unbounded tails give ±∞ at 0 and 1. */
export function ppf(d: Distribution, u: number): number {
	switch (d.type) {
		case 'uniform':
			return d.min + u * (d.max - d.min);
		case 'triangular': {
			const w = d.max - d.min;
			if (w === 0) return d.min;
			const c = (d.mode - d.min) / w;
			return u < c ? d.min + Math.sqrt(u * w * (d.mode - d.min)) : d.max - Math.sqrt((1 - u) * w * (d.max - d.mode));
		}
		case 'normal':
			return d.mean + d.sd * normalPpf(u);
		case 'truncnormal':
			return truncnormalPpf(d.mean, d.sd, d.min, d.max, u);
		case 'lognormal':
			return Math.exp(d.mu + d.sigma * normalPpf(u));
		case 'discrete':
			return discretePpf(d.values, d.weights, u);
	}
}

function truncnormalPpf(mean: number, sd: number, min: number, max: number, u: number): number {
	const a = (min - mean) / sd;
	const b = (max - mean) / sd;
	let x: number;
	if (a > 0) {
		// Both bounds in the upper tail: work with upper-tail probabilities to keep precision.
		const pa = normalCdf(-a);
		const pb = normalCdf(-b);
		x = mean - sd * normalPpf(pa - u * (pa - pb));
	} else {
		const pa = normalCdf(a);
		const pb = normalCdf(b);
		x = mean + sd * normalPpf(pa + u * (pb - pa));
	}
	return Math.min(max, Math.max(min, x));
}

function discretePpf(values: readonly number[], weights: readonly number[] | undefined, u: number): number {
	const n = values.length;
	if (!weights) return values[Math.min(n - 1, Math.floor(u * n))]!;
	let total = 0;
	for (const w of weights) total += w;
	let cum = 0;
	for (let i = 0; i < n; i++) {
		cum += weights[i]! / total;
		if (u < cum) return values[i]!;
	}
	return values[n - 1]!;
}

/** True when the support is finite (so grid designs may use its end points). */
export function isBounded(d: Distribution): boolean {
	return d.type === 'uniform' || d.type === 'triangular' || d.type === 'truncnormal' || d.type === 'discrete';
}

/**
 * Quantile used by grid designs (Morris, full factorial, one-at-a-time): u ∈ [0, 1] spans the whole
 * support of a bounded input and the 1st–99th percentiles of an unbounded one, where ppf(0) = −∞.
 */
export function gridPpf(d: Distribution, u: number): number {
	return ppf(d, isBounded(d) ? u : 0.01 + 0.98 * u);
}

/** Problems with a distribution's parameters, each naming the field, the value and what is expected. */
export function validateDistribution(d: unknown, path = 'dist'): string[] {
	if (typeof d !== 'object' || d === null) return [`${path}: expected an object with a 'type', got ${JSON.stringify(d)}`];
	const o = d as Record<string, unknown>;
	const errs: string[] = [];
	const num = (key: string): number | undefined => {
		const v = o[key];
		if (typeof v !== 'number' || !Number.isFinite(v)) {
			errs.push(`${path}.${key}: expected a finite number, got ${JSON.stringify(v)}`);
			return undefined;
		}
		return v;
	};
	const positive = (key: string): void => {
		const v = num(key);
		if (v !== undefined && !(v > 0)) errs.push(`${path}.${key}: expected a number > 0, got ${v}`);
	};
	const ordered = (lo: string, hi: string, strict: boolean): void => {
		const a = o[lo];
		const b = o[hi];
		if (typeof a === 'number' && typeof b === 'number' && (strict ? !(a < b) : !(a <= b))) {
			errs.push(`${path}: expected ${lo} ${strict ? '<' : '<='} ${hi}, got ${lo}=${a}, ${hi}=${b}`);
		}
	};
	switch (o.type) {
		case 'uniform':
			num('min'), num('max'), ordered('min', 'max', true);
			break;
		case 'triangular':
			num('min'), num('mode'), num('max'), ordered('min', 'max', true), ordered('min', 'mode', false), ordered('mode', 'max', false);
			break;
		case 'normal':
			num('mean'), positive('sd');
			break;
		case 'truncnormal':
			num('mean'), positive('sd'), num('min'), num('max'), ordered('min', 'max', true);
			break;
		case 'lognormal':
			num('mu'), positive('sigma');
			break;
		case 'discrete':
			errs.push(...validateDiscrete(o, path));
			break;
		default:
			errs.push(`${path}.type: unknown distribution ${JSON.stringify(o.type)}; expected one of ${DISTRIBUTION_TYPES.join(', ')}`);
	}
	return errs;
}

function validateDiscrete(o: Record<string, unknown>, path: string): string[] {
	const {values, weights} = o;
	if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
		return [`${path}.values: expected a non-empty list of finite numbers, got ${JSON.stringify(values)}`];
	}
	if (weights === undefined) return [];
	if (!Array.isArray(weights) || weights.length !== values.length) {
		return [`${path}.weights: expected ${values.length} weights (one per value), got ${JSON.stringify(weights)}`];
	}
	if (!weights.every((w) => typeof w === 'number' && w >= 0) || !weights.some((w) => (w as number) > 0)) {
		return [`${path}.weights: expected non-negative numbers, not all zero, got ${JSON.stringify(weights)}`];
	}
	return [];
}

/** Short text for tables, e.g. "uniform(0.3, 0.4)". */
export function describeDistribution(d: Distribution): string {
	switch (d.type) {
		case 'uniform':
			return `uniform(${d.min}, ${d.max})`;
		case 'triangular':
			return `triangular(${d.min}, ${d.mode}, ${d.max})`;
		case 'normal':
			return `normal(${d.mean}, ${d.sd})`;
		case 'truncnormal':
			return `truncnormal(${d.mean}, ${d.sd}, [${d.min}, ${d.max}])`;
		case 'lognormal':
			return `lognormal(${d.mu}, ${d.sigma})`;
		case 'discrete':
			return `discrete(${d.values.join(' | ')})`;
	}
}
