/**
 * The factor-method table (因素法测算表) of one program in one year, the `allocation --format json`
 * contract of issue 12: one row per unit with each factor's value and share, the coefficient, the
 * share before bounds, the bound that binds, the final share and amount, and the published amount
 * in 万元, rounded by largest remainder so that the column adds up exactly to the rounded total.
 * Every number comes from program-detail.ts (the engine's own evaluation); this module only arranges
 * and rounds them.
 */
import type {ProgramKind} from '../scenario/schema.js';
import type {Measure, RunResult} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {largestRemainder} from './largest-remainder.js';
import {boundRule, programDetail, programInfo, type ProgramDetail} from './program-detail.js';

/** The rule that decided a unit's amount: its floor (保底), its cap (封顶), not eligible, or none (proportional). */
export type {Bound} from './program-detail.js';
import type {Bound} from './program-detail.js';

/** Published amounts are whole 万元 (10,000 yuan), the unit of a finance department's 测算表. */
export const PUBLISHED_YUAN = 1e4;

export interface AllocationRow {
	readonly id: string;
	readonly name_zh: string;
	readonly name_en: string;
	/** Per factor name (a null-prototype object: names come from the scenario). */
	readonly factors: Readonly<Record<string, {readonly value: number; readonly share: number}>>;
	/** Σ weight × factor share, before the coefficient. */
	readonly weightedShare: number;
	readonly coefficient: number;
	readonly shareBeforeBounds: number;
	/** Floor and cap (yuan); null when the program has none for this unit. */
	readonly floor: number | null;
	readonly cap: number | null;
	readonly bound: Bound;
	/** Final share of the pool. */
	readonly share: number;
	/** Yuan, as the run computes it. */
	readonly amount: number;
	/** Whole 万元. */
	readonly published: number;
}

export interface AllocationTable {
	readonly program: string;
	readonly kind: ProgramKind;
	readonly name_zh: string;
	readonly name_en: string;
	readonly clause?: string;
	readonly year: number;
	/** Yuan (for a per-capita program: the sum of the amounts). */
	readonly pool: number;
	/** The factors and their weights this year, in the scenario's order. */
	readonly factors: ReadonlyArray<{readonly name: string; readonly label: {readonly zh: string; readonly en: string}; readonly weight: number; readonly measure: Measure}>;
	readonly units: readonly AllocationRow[];
	/** `published` adds up exactly to round((pool − unallocated) / 万元). */
	readonly total: {readonly amount: number; readonly published: number};
	/** Yuan the program could not hand out (every unit capped or ineligible). */
	readonly unallocated: number;
}

/**
 * The bound that decided unit u, as explain names it; and the floor, too, when the floors alone
 * exceed the pool and every unit gets its floor scaled down (models/allocation.ts), which explain
 * counts as no bound.
 */
export function boundOf(detail: ProgramDetail, u: number): Bound {
	const a = detail.amount[u]!;
	const floor = detail.floor[u]!;
	const bound = boundRule(a, floor, detail.cap[u]!, detail.eligible[u]!);
	return bound === 'none' && floor > 0 && a < floor ? 'floor' : bound;
}

export function allocationTable(scenario: CompiledScenario, result: RunResult, programId: string, yearIndex: number): AllocationTable {
	const info = programInfo(scenario, programId);
	const detail = programDetail(scenario, result, programId, yearIndex);
	checkAgainstRun(result, programId, yearIndex, detail);
	const allocated = Math.max(0, detail.pool - detail.unallocated);
	const published = largestRemainder(Array.from(detail.amount, (a) => a / PUBLISHED_YUAN), Math.round(allocated / PUBLISHED_YUAN));
	const units = result.units.map((unit, u): AllocationRow => {
		const factors = Object.create(null) as Record<string, {value: number; share: number}>;
		for (const f of detail.factors) factors[f.name] = {value: f.values[u]!, share: f.shares[u]!};
		const floor = detail.floor[u]!;
		const cap = detail.cap[u]!;
		return {
			id: unit.id,
			name_zh: unit.name_zh,
			name_en: unit.name_en,
			factors,
			weightedShare: detail.weightedShare[u]!,
			coefficient: detail.coefficient[u]!,
			shareBeforeBounds: detail.shareBeforeBounds[u]!,
			floor: info.floor && detail.eligible[u] ? floor : null,
			cap: info.cap && Number.isFinite(cap) ? cap : null,
			bound: boundOf(detail, u),
			share: detail.pool > 0 ? detail.amount[u]! / detail.pool : 0,
			amount: detail.amount[u]!,
			published: published[u]!,
		};
	});
	return {
		program: info.id,
		kind: info.kind,
		name_zh: info.name_zh,
		name_en: info.name_en,
		clause: info.clause,
		year: result.years[yearIndex]!,
		pool: detail.pool,
		factors: detail.factors.map((f) => ({name: f.name, label: f.label, weight: f.weight, measure: f.measure})),
		units,
		total: {amount: units.reduce((a, r) => a + r.amount, 0), published: published.reduce((a, b) => a + b, 0)},
		unallocated: detail.unallocated,
	};
}

/**
 * The table must show the run's numbers: if the recomputation ever drifts from the series the run
 * wrote (an engine change not carried into program-detail.ts), say so instead of printing other figures.
 */
function checkAgainstRun(result: RunResult, programId: string, t: number, detail: ProgramDetail): void {
	const program = result.programs.find((p) => p.id === programId)!;
	const series = result.series[program.series]!;
	const n = result.nUnits;
	for (let u = 0; u < n; u++) {
		const run = series[t * n + u]!;
		const a = detail.amount[u]!;
		if (Math.abs(run - a) > 1e-9 * Math.max(1, Math.abs(run), detail.pool)) {
			throw new Error(`allocation table of ${programId} ${result.years[t]}: recomputed ${a} for ${result.units[u]!.id}, the run has ${run} (src/allocation/program-detail.ts no longer matches the engine)`);
		}
	}
}

/** Year indices a program runs in: every year after the base year (the base year is data). */
export const programYearIndices = (years: readonly number[]): number[] => years.map((_, t) => t).filter((t) => t > 0);
