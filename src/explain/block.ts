/**
 * Series written by an operator of the model rather than a formula: the factor method of an
 * allocation program (因素法, §三(一)/(二)) and the priority grant of a capped land quota. The value is
 * recomputed by the operator itself (src/model/runtime.ts) from the run's inputs, and the bound
 * that binds is named.
 */
import {moneyUnit} from '../format/display-unit.js';
import type {SeriesNode} from '../model/graph.js';
import {allocateYear, allocationScratch} from '../model/runtime.js';
import type {Explainer} from './context.js';
import type {ExplainNode} from './types.js';

export interface BlockDerivation {
	readonly value: number;
	readonly formula: string;
	readonly note?: string;
	readonly children: readonly ExplainNode[];
}

/** Which bound decided a unit's allocation (the same rule the allocation table reports). */
export type Bound = 'eligibility' | 'floor' | 'cap' | 'none';

export function boundOf(amount: number, floor: number, cap: number, eligible: boolean): Bound {
	if (!eligible) return 'eligibility';
	const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
	if (cap < Infinity && near(amount, cap)) return 'cap';
	if (floor > 0 && near(amount, floor)) return 'floor';
	return 'none';
}

const money = (yuan: number) => {
	const u = moneyUnit(yuan);
	return `${(yuan / u.divisor).toFixed(u.digits)} ${u.zh} (${u.en})`;
};

/** Whether some unit of the allocation sits at its floor or cap (then the others share λ ≠ pool). */
function othersBound(s: {readonly out: Float64Array; readonly floor: Float64Array; readonly cap: Float64Array}, n: number): boolean {
	for (let u = 0; u < n; u++) if (boundOf(s.out[u]!, s.floor[u]!, s.cap[u]!, true) !== 'none') return true;
	return false;
}

export function explainBlock(ex: Explainer, node: SeriesNode, t: number, u: number, depth: number): BlockDerivation {
	const g = ex.scenario.graph;
	const block = g.blocks[node.block!]!;
	const n = ex.n;
	const T = ex.years.length;
	const {B, Q} = ex.frame;
	if (block.k === 'priority') {
		const key = g.series[block.key]!.name;
		return {
			value: B[node.index]![t * n + u]!,
			formula: `priorityGrant(${g.series[block.need]!.name}, ${block.keyPrev ? `prev(${key})` : key}, ${g.scalars[block.cap]!.text})`,
			note: 'within the provincial cap, the units with the least land per person first (国土资发〔2016〕123号)',
			children: [ex.series(g.series[block.need]!.name, t, u, depth), ex.series(key, block.keyPrev ? t - 1 : t, u, depth), ex.scalar(block.cap, t, depth)],
		};
	}
	const scratch = {...allocationScratch(block, n), before: new Float64Array(n)};
	allocateYear(block, B, Q, n, T, t, scratch);
	const value = scratch.out[u]!;
	const pool = Q[block.pool * T + t]!;
	const eligible = block.eligible === undefined || B[block.eligible]![t * n + u] !== 0;
	const bound = boundOf(value, scratch.floor[u]!, scratch.cap[u]!, eligible);
	const children: ExplainNode[] = [ex.scalar(block.pool, t, depth)];
	block.factors.forEach((f, k) => {
		children.push(ex.series(g.series[f]!.name, t, u, depth));
		children.push(ex.scalar(block.weights[k]!, t, depth));
	});
	for (const s of [block.coefficient, block.eligible, block.floor, block.cap]) if (s !== undefined) children.push(ex.series(g.series[s]!.name, t, u, depth));
	const share = scratch.before[u]!;
	const notes: Record<Bound, string> = {
		eligibility: 'not eligible: no allocation',
		floor: 'the floor (保底) binds',
		cap: 'the cap (封顶) binds; the excess goes to the others',
		none: othersBound(scratch, n) ? 'no bound binds for this unit: λ × share, λ raised or lowered so that the units held at a floor or cap are paid from the same pool' : 'no bound binds: pool × share',
	};
	return {
		value,
		formula: 'clamp(λ · share, floor, cap), share = coefficient × Σ_k w_k · x_k / Σ_units x_k (renormalised), λ such that Σ = pool',
		note: `${notes[bound]}; share before bounds ${(share * 100).toFixed(2)}% of the pool ${money(pool)}`,
		children,
	};
}
