/**
 * The year loop: one pass per year over all units, models in a fixed order (DESIGN §2). Pure: no
 * file system, no console; the same function serves the CLI, the TUI, compare, scale and sweeps.
 * A run allocates its series once; overrides (levers, uncertainties) make a copy-on-write table.
 */
import {initCost, stepCost} from '../../models/cost.js';
import {stepFinance} from '../../models/finance.js';
import {initLand, stepLand} from '../../models/land.js';
import {evaluateTargets, evaluateUnits, type MonitoringInput} from '../../models/monitoring.js';
import {initPopulation, stepPopulation} from '../../models/population.js';
import {AllocationScratch, stepProgram} from '../../models/programs.js';
import {stepRewardFactors} from '../../models/reward-factors.js';
import {initSettlement, stepSettlement} from '../../models/settlement.js';
import {NumericalError} from '../errors/scenario-error.js';
import type {ParameterOverride} from '../params/parameter-table.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {aggregateProvince, type ProvinceTarget} from './aggregate.js';
import type {SimContext} from './context.js';
import type {ProgramResult, RunResult} from './types.js';

export interface SimulateOptions {
	/** Skip targets and evaluations (sweeps that only need series). */
	readonly skipMonitoring?: boolean;
	/**
	 * Forced settlement (`hukou-sim scale`, what-if questions): year-major nYears × nUnits like the
	 * series; a finite value replaces the model's `settled` for that unit and year before the
	 * origin split, NaN keeps the model's value. A forced value may exceed the settlement pool or
	 * the same-unit rural hukou: it is applied as asked (a planner's "what if"), permit holders
	 * stop at 0, and the caller reports it (settled > settlementPool in the result).
	 */
	readonly settledOverride?: Float64Array;
	/**
	 * Write into the scenario's own result buffers instead of new ones (sweeps: no allocation and no
	 * garbage per run). The result is then valid only until the next run with this option.
	 */
	readonly reuseBuffers?: boolean;
}

/** What a scenario's runs can share: scratch arrays, and the result buffers of reuseBuffers runs. */
interface Workspace {
	readonly scratch: AllocationScratch;
	readonly rural: Float64Array;
	readonly transferIds: readonly string[];
	readonly subsidyIds: readonly string[];
	results?: {readonly buffer: Float64Array; readonly series: Record<string, Float64Array>; readonly province: ProvinceTarget};
}

const workspaces = new WeakMap<CompiledScenario, Workspace>();

function workspaceOf(scenario: CompiledScenario, n: number): Workspace {
	let w = workspaces.get(scenario);
	if (!w) {
		w = {
			scratch: new AllocationScratch(n, Math.max(1, ...scenario.programs.map((p) => p.factors.length))),
			rural: new Float64Array(n),
			transferIds: scenario.programs.filter((p) => p.kind !== 'subsidy').map((p) => p.id),
			subsidyIds: scenario.programs.filter((p) => p.kind === 'subsidy').map((p) => p.id),
		};
		workspaces.set(scenario, w);
	}
	return w;
}

function allocateSeries(scenario: CompiledScenario, size: number): {buffer: Float64Array; series: Record<string, Float64Array>} {
	// One allocation for every series of the run (views into one buffer): cheaper than ~100 arrays.
	const buffer = new Float64Array(size * scenario.seriesInfo.length);
	const series: Record<string, Float64Array> = {};
	scenario.seriesInfo.forEach((info, k) => {
		series[info.name] = buffer.subarray(k * size, (k + 1) * size);
	});
	return {buffer, series};
}

export function simulate(scenario: CompiledScenario, overrides: readonly ParameterOverride[] = [], options: SimulateOptions = {}): RunResult {
	const n = scenario.units.ids.length;
	const nYears = scenario.years.length;
	const params = scenario.parameters.withOverrides(overrides);
	const size = n * nYears;
	const workspace = workspaceOf(scenario, n);
	let reused = workspace.results;
	if (options.reuseBuffers && !reused) reused = workspace.results = {...allocateSeries(scenario, size), province: {}};
	if (options.reuseBuffers) reused!.buffer.fill(0);
	const {buffer, series} = options.reuseBuffers ? reused! : allocateSeries(scenario, size);
	const ctx: SimContext = {n, nYears, years: scenario.years, units: scenario.units, params, series};
	const programs: ProgramResult[] = scenario.programs.map((p) => ({
		id: p.id,
		kind: p.kind,
		name_zh: p.name_zh,
		name_en: p.name_en,
		pool: new Float64Array(nYears),
		series: p.id,
		unallocated: new Float64Array(nYears),
	}));
	const {transferIds, subsidyIds, scratch, rural} = workspace;

	initPopulation(ctx);
	initSettlement(ctx);
	initCost(ctx);
	initLand(ctx);
	for (let t = 1; t < nYears; t++) {
		stepPopulation(ctx, t);
		stepSettlement(ctx, t, rural, options.settledOverride);
		stepCost(ctx, t);
		stepRewardFactors(ctx, t);
		scenario.programs.forEach((program, k) => stepProgram(ctx, t, program, programs[k]!, scratch));
		stepFinance(ctx, t, transferIds, subsidyIds);
		stepLand(ctx, t, scenario.land, rural);
	}
	const {province, sums} = aggregateProvince(scenario.seriesInfo, buffer, n, nYears, options.reuseBuffers ? reused!.province : undefined);
	guardFinite(scenario, buffer, sums, size, programs);
	const units = scenario.unitInfo;
	if (options.skipMonitoring) return {years: scenario.years, units, nUnits: n, nYears, series, province, programs, targets: [], evaluations: []};
	const monitoring: MonitoringInput = {
		years: scenario.years,
		units,
		province,
		series,
		rateGap2013: params.shared('rateGap2013')[0]!,
		evaluationAnnualGain: params.shared('evaluationAnnualGain')[0]!,
		evaluationYears: scenario.evaluationYears,
	};
	return {
		years: scenario.years,
		units,
		nUnits: n,
		nYears,
		series,
		province,
		programs,
		targets: evaluateTargets(scenario.targets, monitoring),
		evaluations: evaluateUnits(monitoring),
	};
}

/** No NaN or Infinity reaches an output: the run stops and names the series, unit and year. */
function guardFinite(scenario: CompiledScenario, buffer: Float64Array, sums: Float64Array, size: number, programs: readonly ProgramResult[]): void {
	const n = scenario.units.ids.length;
	const nYears = scenario.years.length;
	// Pools first: a pool that is not finite would spread to every unit's series.
	for (const p of programs) {
		const bad = p.pool.findIndex((v) => !Number.isFinite(v));
		if (bad >= 0) throw new NumericalError(`${p.id}.pool`, 'province', scenario.years[bad]!, p.pool[bad]!, 'the pool expression must give a finite amount in yuan');
	}
	// A NaN or ±Infinity in a series makes the sum over units of its year NaN or infinite: the sums
	// are checked, and only a suspect series and year is searched cell by cell.
	for (let cell = 0; cell < sums.length; cell++) {
		const s = sums[cell]!;
		if (s - s === 0) continue;
		const k = Math.floor(cell / nYears);
		const t = cell % nYears;
		for (let u = 0; u < n; u++) {
			const v = buffer[k * size + t * n + u]!;
			if (v - v !== 0) {
				throw new NumericalError(scenario.seriesInfo[k]!.name, scenario.units.ids[u]!, scenario.years[t]!, v, 'an extreme or zero parameter value makes it undefined; check the parameters this series reads (hukou-sim explain shows them)');
			}
		}
	}
}
