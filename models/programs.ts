/**
 * Allocation programs, DESIGN §2 "Transfers" and "Infrastructure subsidies":
 * - `transfer`: a pool split by the factor method (市民化奖励资金, plan §三(一)); factors are
 *   expressions per unit (origin-weighted settlers, residence-permit holders, fiscal difficulty…),
 *   weighted, times a unit coefficient (tilt to towns, §三(一) 向中小城镇倾斜), within floor and cap;
 * - `subsidy`: the same for infrastructure subsidy pools (§三(二)), usually with an eligibility
 *   rule and a cap at a share of the unit's need;
 * - `perCapita`: an amount per unit with no fixed pool, e.g. the general-transfer adjustment that
 *   counts settled residents at full weight (转移支付动态调整机制, §三(一)).
 */
import {allocate, applyCoefficients, factorShares} from './allocation.js';
import type {SimContext} from '../src/engine/context.js';
import type {BoundExpression} from '../src/engine/scope.js';

export interface RuntimeProgram {
	readonly id: string;
	readonly kind: 'transfer' | 'subsidy' | 'perCapita';
	readonly name_zh: string;
	readonly name_en: string;
	readonly clause?: string;
	readonly pool?: BoundExpression;
	readonly factors: ReadonlyArray<{readonly name: string; readonly weight: BoundExpression; readonly expr: BoundExpression}>;
	readonly coefficient?: BoundExpression;
	readonly eligible?: BoundExpression;
	readonly floor?: BoundExpression;
	readonly cap?: BoundExpression;
	readonly amount?: BoundExpression;
}

export interface ProgramBuffers {
	readonly pool: Float64Array;
	readonly unallocated: Float64Array;
}

/** Scratch arrays reused across years and programs (one allocation per run). */
export class AllocationScratch {
	readonly factorValues: Float64Array[];
	readonly shares: Float64Array;
	readonly coefficient: Float64Array;
	readonly floor: Float64Array;
	readonly cap: Float64Array;
	readonly out: Float64Array;
	readonly weights: number[];

	constructor(n: number, maxFactors: number) {
		this.weights = new Array<number>(maxFactors).fill(0);
		this.factorValues = Array.from({length: maxFactors}, () => new Float64Array(n));
		this.shares = new Float64Array(n);
		this.coefficient = new Float64Array(n);
		this.floor = new Float64Array(n);
		this.cap = new Float64Array(n);
		this.out = new Float64Array(n);
	}
}

export function stepProgram(ctx: SimContext, t: number, program: RuntimeProgram, buffers: ProgramBuffers, scratch: AllocationScratch): void {
	const {n} = ctx;
	const off = t * n;
	const target = ctx.series[program.id]!;
	// Expressions are evaluated for all units at once (engine/vector-expression.ts).
	if (program.kind === 'perCapita') {
		const eligible = program.eligible?.vector(ctx, t, 0);
		const amount = program.amount!.vector(ctx, t, 0);
		let total = 0;
		for (let u = 0; u < n; u++) {
			const a = !eligible || eligible[u] !== 0 ? Math.max(0, amount[u]!) : 0;
			target[off + u] = a;
			total += a;
		}
		buffers.pool[t] = total;
		buffers.unallocated[t] = 0;
		return;
	}
	const pool = Math.max(0, program.pool!.province(ctx, t));
	const factors = program.factors;
	const weights = scratch.weights;
	const values = scratch.factorValues;
	for (let k = 0; k < factors.length; k++) {
		weights[k] = factors[k]!.weight.province(ctx, t, pool);
		values[k]!.set(factors[k]!.expr.vector(ctx, t, pool));
	}
	factorShares(values, weights, scratch.shares, factors.length);
	const eligibleNow = program.eligible?.vector(ctx, t, pool);
	const coefficient = program.coefficient?.vector(ctx, t, pool);
	const floor = program.floor?.vector(ctx, t, pool);
	const cap = program.cap?.vector(ctx, t, pool);
	for (let u = 0; u < n; u++) {
		const ok = !eligibleNow || eligibleNow[u] !== 0;
		scratch.coefficient[u] = ok ? (coefficient ? coefficient[u]! : 1) : 0;
		scratch.floor[u] = ok && floor ? floor[u]! : 0;
		scratch.cap[u] = ok ? (cap ? cap[u]! : Infinity) : 0;
	}
	applyCoefficients(scratch.shares, scratch.coefficient);
	buffers.pool[t] = pool;
	buffers.unallocated[t] = allocate(pool, scratch.shares, scratch.floor, scratch.cap, scratch.out);
	target.set(scratch.out, off);
}
