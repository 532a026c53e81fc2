/**
 * Tornado swings from a one-at-a-time design (Eschenbach 1992, Interfaces 22(6), 40–46): for each
 * input, the output at its low and high value with the others at base; swing = |high − low|.
 * Inputs are listed in the order given; `rank` orders them by swing, largest first.
 */
import type {Problem} from '../problem.js';
import type {Sample} from '../sample.js';
import {checkOutput} from './common.js';

export interface TornadoResult {
	method: 'oat';
	names: string[];
	base: number;
	low: number[];
	high: number[];
	/** Input values used for the low and high runs. */
	lowInput: number[];
	highInput: number[];
	swing: number[];
	/** Indices into names, by decreasing swing. */
	rank: number[];
	warnings: string[];
}

export function analyzeOneAtATime(problem: Problem, sample: Sample, Y: ArrayLike<number>): TornadoResult {
	checkOutput('oat', sample, Y);
	const k = sample.k;
	const low = Array.from({length: k}, (_, i) => Y[1 + 2 * i]!);
	const high = Array.from({length: k}, (_, i) => Y[2 + 2 * i]!);
	const swing = low.map((l, i) => Math.abs(high[i]! - l));
	const rank = swing.map((_, i) => i).sort((a, b) => (swing[b]! || 0) - (swing[a]! || 0) || a - b);
	const warnings = swing.some((s) => !Number.isFinite(s)) ? ['some one-at-a-time runs failed; their swings are NaN'] : [];
	return {
		method: 'oat',
		names: [...problem.names],
		base: Y[0]!,
		low,
		high,
		lowInput: low.map((_, i) => sample.X[(1 + 2 * i) * k + i]!),
		highInput: high.map((_, i) => sample.X[(2 + 2 * i) * k + i]!),
		swing,
		rank,
		warnings,
	};
}
