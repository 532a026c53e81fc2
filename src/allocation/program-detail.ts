/**
 * The ONE place where the allocation tables reach into the engine (issue 12): everything the
 * factor-method table (因素法测算表), the bound warnings and the workbooks show about a program is
 * read here from the run's own arrays (the graph's hidden series `<id>.factor.k`, `<id>.floor`…,
 * src/model/program-info.ts) and recomputed with the engine's own operator (src/model/runtime.ts
 * allocateYear, models/allocation.ts), never with a copy of their formulas; the bound that binds is
 * named by explain's own rule. An engine that evaluates programs differently re-implements these
 * functions; nothing else under src/allocation/ changes.
 */
import {factorShares} from '../../models/allocation.js';
import type {Measure, RunResult} from '../engine/types.js';
import {namesOf, parseFormula} from '../expr/ast.js';
import {boundOf as engineBound, type Bound} from '../explain/block.js';
import {evaluateAt, evaluateScalarAlone} from '../model/evaluate.js';
import type {AllocationBlock, RAst} from '../model/graph.js';
import {visit} from '../model/rast.js';
import {allocateYear, allocationScratch} from '../model/runtime.js';
import type {CompiledScenario} from '../scenario/compile.js';
import type {ProgramInfo as ModelProgramInfo} from '../model/program-info.js';

/** A program's identity (the model's ProgramInfo) and its bound rules as written (what a comparison checks for changes). */
export interface ProgramInfo extends Pick<ModelProgramInfo, 'id' | 'kind' | 'name_zh' | 'name_en' | 'clause'> {
	/** Formula text and the names it reads (parameters, series, columns, pool), per bound rule present. */
	readonly floor?: {readonly text: string; readonly reads: readonly string[]};
	readonly cap?: {readonly text: string; readonly reads: readonly string[]};
	readonly eligible?: {readonly text: string; readonly reads: readonly string[]};
}

/**
 * One program in one year, as the engine evaluated it. Per-unit arrays are in unit order of the run.
 * Money in yuan; shares are fractions summing to 1 (or all 0).
 */
export interface ProgramDetail {
	/** The pool (yuan); for a per-capita program, the sum of the amounts. */
	readonly pool: number;
	/** Part of the pool the engine could not hand out (every unit capped or ineligible). */
	readonly unallocated: number;
	/** Each factor: its weight this year, each unit's value and each unit's share of the factor total. Empty for per-capita programs. */
	readonly factors: ReadonlyArray<{readonly name: string; readonly label: {readonly zh: string; readonly en: string}; readonly weight: number; readonly measure: Measure; readonly values: Float64Array; readonly shares: Float64Array}>;
	/** Σ_k weight_k × factor share, normalised over the active weights (before the coefficient). */
	readonly weightedShare: Float64Array;
	/** The unit coefficient (tilt, difficulty) as evaluated; 1 where the program has none. */
	readonly coefficient: Float64Array;
	readonly eligible: readonly boolean[];
	/** The share after coefficients and eligibility, renormalised: what the pool is split by before floor and cap. */
	readonly shareBeforeBounds: Float64Array;
	/** Floor and cap as evaluated (yuan), 0 and 0 for an ineligible unit; no floor = 0, no cap = Infinity. */
	readonly floor: Float64Array;
	readonly cap: Float64Array;
	/** The allocation the engine computes from these (yuan). */
	readonly amount: Float64Array;
}

function lookup(scenario: CompiledScenario, programId: string) {
	const info = scenario.programs.find((x) => x.id === programId);
	const node = scenario.graph.programs.find((x) => x.id === programId);
	if (!info || !node) throw new Error(`no program ${programId}`);
	const block = node.block === undefined ? undefined : (scenario.graph.blocks[node.block] as AllocationBlock | undefined);
	return {info, node, block: block?.k === 'allocate' ? block : undefined};
}

const rule = (text: string | undefined) => (text === undefined ? undefined : {text, reads: [...namesOf(parseFormula(text))]});

export function programInfo(scenario: CompiledScenario, programId: string): ProgramInfo {
	const {info} = lookup(scenario, programId);
	return {id: info.id, kind: info.kind, name_zh: info.name_zh, name_en: info.name_en, clause: info.clause, floor: rule(info.text.floor), cap: rule(info.text.cap), eligible: rule(info.text.eligible)};
}

/** The program `programId` in year index `yearIndex` of `result`, as the run computed it. */
export function programDetail(scenario: CompiledScenario, result: RunResult, programId: string, yearIndex: number): ProgramDetail {
	const {info, block} = lookup(scenario, programId);
	const n = result.nUnits;
	const T = result.nYears;
	const t = yearIndex;
	const {B, Q, U} = result.state;
	const row = (name: string | undefined) => (name === undefined ? undefined : B[scenario.graph.seriesIndex.get(name)!]!.subarray(t * n, (t + 1) * n));
	const eligibleValues = row(info.inputs.eligible);
	const eligible = Array.from({length: n}, (_, u) => !eligibleValues || eligibleValues[u] !== 0);
	if (!block) {
		const amount = result.series[programId]!.slice(t * n, (t + 1) * n);
		const share = new Float64Array(n);
		factorShares([amount], [1], share);
		return {pool: amount.reduce((a, b) => a + b, 0), unallocated: 0, factors: [], weightedShare: share, coefficient: new Float64Array(n).fill(1), eligible, shareBeforeBounds: share.slice(), floor: new Float64Array(n), cap: new Float64Array(n).fill(Infinity), amount};
	}
	const scratch = {...allocationScratch(block, n), before: new Float64Array(n)};
	const unallocated = allocateYear(block, B, Q, n, T, t, scratch);
	const factors = info.factors.map((f, k) => {
		const values = Float64Array.from(row(f.series)!);
		const shares = new Float64Array(n);
		factorShares([values], [1], shares);
		const measure = scenario.graph.series[scenario.graph.seriesIndex.get(f.series)!]?.measure ?? 'number';
		return {name: f.name, label: f.label, weight: scratch.weights[k]!, measure, values, shares};
	});
	const weightedShare = new Float64Array(n);
	factorShares(
		factors.map((f) => f.values),
		factors.map((f) => f.weight),
		weightedShare,
	);
	const coefficientValues = row(info.inputs.coefficient);
	const floorValues = row(info.inputs.floor);
	const capValues = row(info.inputs.cap);
	return {
		pool: Q[block.pool * T + t]!,
		// The run's own record of what it could not hand out.
		unallocated: U[block.index * T + t] ?? unallocated,
		factors,
		weightedShare,
		coefficient: Float64Array.from({length: n}, (_, u) => (coefficientValues ? coefficientValues[u]! : 1)),
		eligible,
		shareBeforeBounds: scratch.before,
		floor: Float64Array.from({length: n}, (_, u) => (eligible[u] && floorValues ? floorValues[u]! : 0)),
		cap: Float64Array.from({length: n}, (_, u) => (eligible[u] ? (capValues ? capValues[u]! : Infinity) : 0)),
		amount: scratch.out.slice(),
	};
}

export type {Bound};

/** The bound that decided an amount, by the rule explain names it with (src/explain/block.ts). */
export const boundRule = (amount: number, floor: number, cap: number, eligible: boolean): Bound => engineBound(amount, floor, cap, eligible);

/** Whether a formula reads only parameters, unit-table columns, the year and the pool `pool`: it is known before the run. */
function knownBeforeRun(a: RAst, pool: number): boolean {
	let ok = true;
	visit(a, (x) => {
		if (x.k === 'series' || x.k === 'prev' || x.k === 'tier' || (x.k === 'scalar' && x.q !== pool)) ok = false;
	});
	return ok;
}

/**
 * Pool, floors and caps of year index t when none of them (nor the eligibility rule) reads the run:
 * they are known before the run, so an impossible setting can be reported at its place in the
 * scenario. Undefined when any of them depends on the run (or the program is per capita).
 */
export function constantBounds(scenario: CompiledScenario, programId: string, yearIndex: number): {pool: number; floor: Float64Array; cap: Float64Array} | undefined {
	const {block} = lookup(scenario, programId);
	if (!block || (block.floor === undefined && block.cap === undefined)) return undefined;
	const g = scenario.graph;
	const bodies = [block.floor, block.cap, block.eligible].map((s) => (s === undefined ? undefined : g.series[s]!.eq));
	if (bodies.some((b, k) => [block.floor, block.cap, block.eligible][k] !== undefined && (!b || !knownBeforeRun(b, block.pool)))) return undefined;
	const pool = evaluateScalarAlone(g, block.pool, scenario.parameters, scenario.years, yearIndex);
	if (pool === undefined) return undefined;
	const n = scenario.units.ids.length;
	const T = scenario.years.length;
	const Q = new Float64Array(g.scalars.length * T);
	Q[block.pool * T + yearIndex] = pool;
	const frame = {graph: g, B: [], Q, params: scenario.parameters, columns: new Map(Object.entries(scenario.numericColumns)), years: scenario.years, n, tiers: scenario.land.tiers};
	const at = (body: RAst | undefined, u: number, none: number) => (body ? evaluateAt(frame, body, yearIndex, u) : none);
	const [floorBody, capBody, eligibleBody] = bodies;
	const ok = (u: number) => at(eligibleBody, u, 1) !== 0;
	return {
		pool,
		floor: Float64Array.from({length: n}, (_, u) => (ok(u) ? at(floorBody, u, 0) : 0)),
		cap: Float64Array.from({length: n}, (_, u) => (ok(u) ? at(capBody, u, Infinity) : 0)),
	};
}
