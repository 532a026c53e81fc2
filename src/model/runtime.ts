/**
 * The operators of the model that are algorithms rather than formulas, called by the generated
 * kernel: the factor method with floors and caps (因素法, models/allocation.ts: exact
 * water-filling) and the priority grant of a capped quota (国土资发〔2016〕123号: the units with the
 * least land per person first). Both read their inputs from the run's buffers and write the
 * series they produce.
 */
import {allocate, applyCoefficients, factorShares} from '../../models/allocation.js';
import type {AllocationBlock, ModelGraph} from './graph.js';

export interface Tier {
	readonly upTo: number;
	readonly standard: number;
}

/**
 * The arrays of one run: one array per series (nYears × n, year-major: views into one block for a small
 * run, arrays of their own for a large one, src/engine/simulate.ts seriesArrays), province figures
 * (nScalars × nYears), unallocated money (nBlocks × nYears).
 */
export interface Buffers {
	readonly B: readonly Float64Array[];
	readonly Q: Float64Array;
	readonly U: Float64Array;
	readonly columns: ReadonlyMap<string, Float64Array>;
}

const cache = new WeakMap<Buffers, Array<(t: number) => void>>();

export function makeBlocks(graph: ModelGraph, buffers: Buffers, n: number, T: number): Array<(t: number) => void> {
	let blocks = cache.get(buffers);
	if (blocks) return blocks;
	const {B, Q, U} = buffers;
	blocks = graph.blocks.map((block) => {
		if (block.k === 'priority') {
			const order = Array.from({length: n}, (_, u) => u);
			const needs = B[block.need]!;
			const keys = B[block.key]!;
			const outs = B[block.out]!;
			return (t: number) => {
				const o = t * n;
				const key = block.keyPrev ? o - n : o;
				const cap = Q[block.cap * T + t]!;
				let total = 0;
				for (let u = 0; u < n; u++) total += needs[o + u]!;
				if (total <= cap) {
					for (let u = 0; u < n; u++) outs[o + u] = needs[o + u]!;
					return;
				}
				order.sort((a, b) => keys[key + a]! - keys[key + b]! || a - b);
				let left = cap;
				for (const u of order) {
					const g = Math.min(needs[o + u]!, left);
					outs[o + u] = g;
					left -= g;
				}
			};
		}
		const scratch = allocationScratch(block, n);
		const outs = B[block.out]!;
		return (t: number) => {
			U[block.index * T + t] = allocateYear(block, B, Q, n, T, t, scratch);
			outs.set(scratch.out, t * n);
		};
	});
	cache.set(buffers, blocks);
	return blocks;
}

export interface AllocationScratch {
	/** The factors' series of the run (read at the year's offset). */
	readonly values: Float64Array[];
	readonly weights: number[];
	/** Shares after factors and coefficients (before bounds); normalised in place by allocate(). */
	readonly shares: Float64Array;
	readonly coefficient: Float64Array;
	readonly floor: Float64Array;
	readonly cap: Float64Array;
	readonly out: Float64Array;
	/** When present, the shares before bounds are kept here (explain, the allocation table). */
	readonly before?: Float64Array;
}

const EMPTY = new Float64Array(0);

export function allocationScratch(block: AllocationBlock, n: number): AllocationScratch {
	const nf = Math.max(1, block.factors.length);
	return {
		values: Array.from({length: nf}, () => EMPTY),
		weights: new Array<number>(nf).fill(0),
		shares: new Float64Array(n),
		coefficient: new Float64Array(n),
		floor: new Float64Array(n),
		cap: new Float64Array(n),
		out: new Float64Array(n),
	};
}

/**
 * One program in year t (plan §三(一)): factor shares Σ_k w_k · x_uk / Σ_v x_vk, times the
 * coefficient (0 where not eligible), renormalised, then the pool within floor and cap by exact
 * water-filling. Leaves the allocation in scratch.out; returns the money left unallocated.
 */
export function allocateYear(block: AllocationBlock, B: readonly Float64Array[], Q: Float64Array, n: number, T: number, t: number, s: AllocationScratch): number {
	const o = t * n;
	const nf = block.factors.length;
	// No closures or arrays per call: this runs for every program and year of every run.
	const coef = block.coefficient === undefined ? undefined : B[block.coefficient]!;
	const elig = block.eligible === undefined ? undefined : B[block.eligible]!;
	const floor = block.floor === undefined ? undefined : B[block.floor]!;
	const cap = block.cap === undefined ? undefined : B[block.cap]!;
	const pool = Q[block.pool * T + t]!;
	for (let k = 0; k < nf; k++) {
		s.weights[k] = Q[block.weights[k]! * T + t]!;
		s.values[k] = B[block.factors[k]!]!;
	}
	factorShares(s.values, s.weights, s.shares, nf, o);
	// One loop per bound, not one conditional per unit: a conditional that mixes a series' value with the
	// constants 1, 0 and Infinity made the optimiser box every value (a heap number per unit, program and year).
	if (coef === undefined) s.coefficient.fill(1);
	else for (let u = 0; u < n; u++) s.coefficient[u] = coef[o + u]!;
	if (floor === undefined) s.floor.fill(0);
	else for (let u = 0; u < n; u++) s.floor[u] = floor[o + u]!;
	if (cap === undefined) s.cap.fill(Infinity);
	else for (let u = 0; u < n; u++) s.cap[u] = cap[o + u]!;
	// A unit that is not eligible gets nothing: coefficient, floor and cap 0.
	if (elig !== undefined) {
		for (let u = 0; u < n; u++) {
			if (elig[o + u] !== 0) continue;
			s.coefficient[u] = 0;
			s.floor[u] = 0;
			s.cap[u] = 0;
		}
	}
	applyCoefficients(s.shares, s.coefficient);
	s.before?.set(s.shares);
	return allocate(pool, s.shares, s.floor, s.cap, s.out);
}
