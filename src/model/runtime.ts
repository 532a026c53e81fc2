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

/** The arrays of one run: series (nSeries × nYears × n), province figures (nScalars × nYears), unallocated money (nBlocks × nYears). */
export interface Buffers {
	readonly B: Float64Array;
	readonly Q: Float64Array;
	readonly U: Float64Array;
	readonly columns: ReadonlyMap<string, Float64Array>;
}

const cache = new WeakMap<Buffers, Array<(t: number) => void>>();

export function makeBlocks(graph: ModelGraph, buffers: Buffers, n: number, T: number): Array<(t: number) => void> {
	let blocks = cache.get(buffers);
	if (blocks) return blocks;
	const size = n * T;
	const {B, Q, U} = buffers;
	blocks = graph.blocks.map((block) => {
		if (block.k === 'priority') {
			const order = Array.from({length: n}, (_, u) => u);
			return (t: number) => {
				const o = t * n;
				const need = block.need * size + o;
				const key = block.key * size + (block.keyPrev ? o - n : o);
				const out = block.out * size + o;
				const cap = Q[block.cap * T + t]!;
				let total = 0;
				for (let u = 0; u < n; u++) total += B[need + u]!;
				if (total <= cap) {
					for (let u = 0; u < n; u++) B[out + u] = B[need + u]!;
					return;
				}
				order.sort((a, b) => B[key + a]! - B[key + b]! || a - b);
				let left = cap;
				for (const u of order) {
					const g = Math.min(B[need + u]!, left);
					B[out + u] = g;
					left -= g;
				}
			};
		}
		const scratch = allocationScratch(block, n);
		return (t: number) => {
			U[block.index * T + t] = allocateYear(block, B, Q, n, T, t, scratch);
			B.set(scratch.out, block.out * size + t * n);
		};
	});
	cache.set(buffers, blocks);
	return blocks;
}

export interface AllocationScratch {
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

export function allocationScratch(block: AllocationBlock, n: number): AllocationScratch {
	const nf = Math.max(1, block.factors.length);
	return {
		values: Array.from({length: nf}, () => new Float64Array(n)),
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
export function allocateYear(block: AllocationBlock, B: Float64Array, Q: Float64Array, n: number, T: number, t: number, s: AllocationScratch): number {
	const size = n * T;
	const o = t * n;
	const nf = block.factors.length;
	// Offsets computed inline (no closures or arrays per call: this runs for every program and year of every run).
	const fCoef = block.coefficient === undefined ? -1 : block.coefficient * size + o;
	const fElig = block.eligible === undefined ? -1 : block.eligible * size + o;
	const fFloor = block.floor === undefined ? -1 : block.floor * size + o;
	const fCap = block.cap === undefined ? -1 : block.cap * size + o;
	const pool = Q[block.pool * T + t]!;
	for (let k = 0; k < nf; k++) {
		s.weights[k] = Q[block.weights[k]! * T + t]!;
		const from = block.factors[k]! * size + o;
		const x = s.values[k]!;
		for (let u = 0; u < n; u++) x[u] = B[from + u]!;
	}
	factorShares(s.values, s.weights, s.shares, nf);
	for (let u = 0; u < n; u++) {
		const ok = fElig < 0 || B[fElig + u] !== 0;
		s.coefficient[u] = ok ? (fCoef >= 0 ? B[fCoef + u]! : 1) : 0;
		s.floor[u] = ok && fFloor >= 0 ? B[fFloor + u]! : 0;
		s.cap[u] = ok ? (fCap >= 0 ? B[fCap + u]! : Infinity) : 0;
	}
	applyCoefficients(s.shares, s.coefficient);
	s.before?.set(s.shares);
	return allocate(pool, s.shares, s.floor, s.cap, s.out);
}
