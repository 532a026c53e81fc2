/**
 * The common shape of every sampler's output: a row-major matrix of input values plus what an
 * analyser needs to know about the design that produced it.
 */
import {gridPpf, isBounded, ppf, type Distribution} from './distributions.js';
import type {Groups, Problem} from './problem.js';

export type SamplerName = 'mc' | 'lhs' | 'sobol' | 'saltelli' | 'morris' | 'ff' | 'oat' | 'csv';
export const SAMPLER_NAMES: readonly SamplerName[] = ['mc', 'lhs', 'sobol', 'saltelli', 'morris', 'ff', 'oat', 'csv'];

/** Design facts of a Morris sample (Morris 1991): which input moved at each step, and which way. */
export interface MorrisDesign {
	trajectories: number;
	levels: number;
	/** Step size in the unit cube, p / (2(p − 1)). */
	delta: number;
	/**
	 * For trajectory t and step s (t·f + s, f factors: k inputs or the groups): +(i+1) if factor i moved up
	 * by delta, −(i+1) if down (a group's inputs move together, the same way).
	 */
	steps: Int32Array;
}

export interface Sample {
	method: SamplerName;
	/** Row-major inputs, rows × k. */
	X: Float64Array;
	rows: number;
	k: number;
	names: string[];
	seed: number;
	/** The n the user asked for (rows, base samples, trajectories or levels, by method). */
	n: number;
	warnings: string[];
	/** Grouped designs (Saltelli, Morris): the factors are these groups of inputs, moved together. */
	groups?: Groups;
	/** Saltelli: base sample size N and whether the design supports second-order indices. */
	saltelli?: {N: number; secondOrder: boolean};
	morris?: MorrisDesign;
	/** One-at-a-time: row 0 is the base point, rows 1+2i and 2+2i move input i to its low and high. */
	oat?: {lowQuantile: number; highQuantile: number};
}

/** Smallest positive value kept away from 0 and 1 so unbounded inverse CDFs stay finite. */
const EDGE = 2 ** -40;

/** Input value for unit-cube coordinate u: ppf, with u nudged off the edges for unbounded tails. */
export function valueAt(d: Distribution, u: number): number {
	if (!isBounded(d)) u = Math.min(1 - EDGE, Math.max(EDGE, u));
	return ppf(d, u);
}

/** Map a row-major unit-cube matrix to input values in place (random designs). */
export function scaleUnitRows(problem: Problem, U: Float64Array): Float64Array {
	const k = problem.dists.length;
	for (let i = 0; i < U.length; i++) U[i] = valueAt(problem.dists[i % k]!, U[i]!);
	return U;
}

/** Map grid coordinates (Morris, factorial, one-at-a-time) to input values in place. */
export function scaleGridRows(problem: Problem, U: Float64Array): Float64Array {
	const k = problem.dists.length;
	for (let i = 0; i < U.length; i++) U[i] = gridPpf(problem.dists[i % k]!, U[i]!);
	return U;
}

export function checkCount(name: string, n: number, min = 1): void {
	if (!Number.isSafeInteger(n) || n < min) {
		throw new RangeError(`${name} must be an integer >= ${min}, got ${n}`);
	}
}

export const isPowerOfTwo = (n: number): boolean => n > 0 && (n & (n - 1)) === 0 && n <= 2 ** 30;

/** Number of factors of a design: its groups, or else its inputs. */
export const factorCount = (s: Pick<Sample, 'k' | 'groups'>): number => s.groups?.names.length ?? s.k;

/** Factor names of a design: its groups, or else its inputs. */
export const factorNames = (s: Pick<Sample, 'names' | 'groups'>): string[] => [...(s.groups?.names ?? s.names)];
