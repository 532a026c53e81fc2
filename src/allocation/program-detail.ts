/**
 * The ONE place where the allocation tables reach into the engine (issue 12): everything the
 * factor-method table (因素法测算表), the bound warnings and the workbook show about a program is
 * read here, from the program's own compiled expressions and the model's own functions
 * (models/programs.ts stepProgram, models/allocation.ts), never from a copy of their formulas.
 * An engine that evaluates programs differently re-implements these three functions and nothing
 * else under src/allocation/ changes.
 */
import {allocate, applyCoefficients, factorShares} from '../../models/allocation.js';
import type {RuntimeProgram} from '../../models/programs.js';
import type {SimContext} from '../engine/context.js';
import type {BoundExpression} from '../engine/scope.js';
import type {RunResult} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';

/** A program's identity and the texts of its bound rules (what a comparison checks for changes). */
export interface ProgramInfo {
	readonly id: string;
	readonly kind: 'transfer' | 'subsidy' | 'perCapita';
	readonly name_zh: string;
	readonly name_en: string;
	readonly clause?: string;
	/** Expression text and the names it reads (parameters, series, columns, pool), per bound rule present. */
	readonly floor?: {readonly text: string; readonly reads: readonly string[]};
	readonly cap?: {readonly text: string; readonly reads: readonly string[]};
	readonly eligible?: {readonly text: string; readonly reads: readonly string[]};
}

/**
 * One program in one year, as the engine evaluates it. Per-unit arrays are in unit order of the run.
 * Money in yuan; shares are fractions summing to 1 (or all 0).
 */
export interface ProgramDetail {
	/** The pool (yuan); for a per-capita program, the sum of the amounts. */
	readonly pool: number;
	/** Part of the pool the engine could not hand out (every unit capped or ineligible). */
	readonly unallocated: number;
	/** Each factor: its weight this year, each unit's value and each unit's share of the factor total. Empty for per-capita programs. */
	readonly factors: ReadonlyArray<{readonly name: string; readonly weight: number; readonly values: Float64Array; readonly shares: Float64Array}>;
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

const contexts = new WeakMap<RunResult, SimContext>();

/** A simulation context over a finished run (every series final), to evaluate the program's expressions. */
function contextOf(scenario: CompiledScenario, result: RunResult): SimContext {
	let ctx = contexts.get(result);
	if (!ctx) {
		ctx = {n: result.nUnits, nYears: result.nYears, years: result.years, units: scenario.units, params: scenario.parameters, series: result.series as Record<string, Float64Array>};
		contexts.set(result, ctx);
	}
	return ctx;
}

function runtime(scenario: CompiledScenario, programId: string): RuntimeProgram {
	const p = scenario.programs.find((x) => x.id === programId);
	if (!p) throw new Error(`no program ${programId}`);
	return p;
}

const rule = (e: BoundExpression | undefined) => (e ? {text: e.compiled.text, reads: e.reads} : undefined);

export function programInfo(scenario: CompiledScenario, programId: string): ProgramInfo {
	const p = runtime(scenario, programId);
	return {id: p.id, kind: p.kind, name_zh: p.name_zh, name_en: p.name_en, clause: p.clause, floor: rule(p.floor), cap: rule(p.cap), eligible: rule(p.eligible)};
}

/** The program `programId` in year index `yearIndex` of `result`, evaluated as models/programs.ts stepProgram does. */
export function programDetail(scenario: CompiledScenario, result: RunResult, programId: string, yearIndex: number): ProgramDetail {
	const p = runtime(scenario, programId);
	const ctx = contextOf(scenario, result);
	const n = result.nUnits;
	const t = yearIndex;
	if (p.kind === 'perCapita') {
		const eligibleValues = p.eligible?.vector(ctx, t, 0);
		const eligible = Array.from({length: n}, (_, u) => !eligibleValues || eligibleValues[u] !== 0);
		const raw = p.amount!.vector(ctx, t, 0);
		const amount = Float64Array.from({length: n}, (_, u) => (eligible[u] ? Math.max(0, raw[u]!) : 0));
		const share = new Float64Array(n);
		factorShares([amount], [1], share);
		return {pool: amount.reduce((a, b) => a + b, 0), unallocated: 0, factors: [], weightedShare: share, coefficient: new Float64Array(n).fill(1), eligible, shareBeforeBounds: share.slice(), floor: new Float64Array(n), cap: new Float64Array(n).fill(Infinity), amount};
	}
	const pool = Math.max(0, p.pool!.province(ctx, t));
	const factors = p.factors.map((f) => {
		const values = Float64Array.from(f.expr.vector(ctx, t, pool));
		const shares = new Float64Array(n);
		factorShares([values], [1], shares);
		return {name: f.name, weight: f.weight.province(ctx, t, pool), values, shares};
	});
	const weightedShare = new Float64Array(n);
	factorShares(
		factors.map((f) => f.values),
		factors.map((f) => f.weight),
		weightedShare,
	);
	const eligibleNow = p.eligible?.vector(ctx, t, pool);
	const eligible = Array.from({length: n}, (_, u) => !eligibleNow || eligibleNow[u] !== 0);
	const coefficientValues = p.coefficient?.vector(ctx, t, pool);
	const floorValues = p.floor?.vector(ctx, t, pool);
	const capValues = p.cap?.vector(ctx, t, pool);
	const coefficient = Float64Array.from({length: n}, (_, u) => (coefficientValues ? coefficientValues[u]! : 1));
	const floor = Float64Array.from({length: n}, (_, u) => (eligible[u] && floorValues ? floorValues[u]! : 0));
	const cap = Float64Array.from({length: n}, (_, u) => (eligible[u] ? (capValues ? capValues[u]! : Infinity) : 0));
	const shareBeforeBounds = weightedShare.slice();
	applyCoefficients(
		shareBeforeBounds,
		coefficient.map((c, u) => (eligible[u] ? c : 0)),
	);
	const amount = new Float64Array(n);
	// allocate() clamps its floor, cap and share arrays in place: give it copies.
	const unallocated = allocate(pool, shareBeforeBounds.slice(), floor.slice(), cap.slice(), amount);
	return {pool, unallocated, factors, weightedShare, coefficient, eligible, shareBeforeBounds, floor, cap, amount};
}

/**
 * Pool, floors and caps of year index t when none of them (nor the eligibility rule) reads a series
 * of the run: they are known before the run, so an impossible setting can be reported at its place in
 * the scenario. Undefined when any of them depends on the run (or the program is per capita).
 */
export function constantBounds(scenario: CompiledScenario, programId: string, yearIndex: number): {pool: number; floor: Float64Array; cap: Float64Array} | undefined {
	const p = runtime(scenario, programId);
	if (p.kind === 'perCapita' || (!p.floor && !p.cap)) return undefined;
	const runSeries = new Set(scenario.seriesInfo.map((s) => s.name));
	const exprs = [p.pool, p.floor, p.cap, p.eligible].filter((e): e is BoundExpression => e !== undefined);
	if (exprs.some((e) => e.reads.some((name) => runSeries.has(name)))) return undefined;
	const n = scenario.units.ids.length;
	const ctx: SimContext = {n, nYears: scenario.years.length, years: scenario.years, units: scenario.units, params: scenario.parameters, series: {}};
	const pool = Math.max(0, p.pool!.province(ctx, yearIndex));
	const eligible = p.eligible?.vector(ctx, yearIndex, pool);
	const floorValues = p.floor?.vector(ctx, yearIndex, pool);
	const capValues = p.cap?.vector(ctx, yearIndex, pool);
	const ok = (u: number) => !eligible || eligible[u] !== 0;
	return {
		pool,
		floor: Float64Array.from({length: n}, (_, u) => (ok(u) && floorValues ? floorValues[u]! : 0)),
		cap: Float64Array.from({length: n}, (_, u) => (ok(u) ? (capValues ? capValues[u]! : Infinity) : 0)),
	};
}
