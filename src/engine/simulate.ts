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
import {aggregateProvince} from './aggregate.js';
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
}

export function simulate(scenario: CompiledScenario, overrides: readonly ParameterOverride[] = [], options: SimulateOptions = {}): RunResult {
	const n = scenario.units.ids.length;
	const nYears = scenario.years.length;
	const params = scenario.parameters.withOverrides(overrides);
	// One allocation for every series of the run (views into one buffer): cheaper than ~100 arrays.
	const size = n * nYears;
	const buffer = new Float64Array(size * scenario.seriesInfo.length);
	const series: Record<string, Float64Array> = {};
	scenario.seriesInfo.forEach((info, k) => {
		series[info.name] = buffer.subarray(k * size, (k + 1) * size);
	});
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
	const transferIds = scenario.programs.filter((p) => p.kind !== 'subsidy').map((p) => p.id);
	const subsidyIds = scenario.programs.filter((p) => p.kind === 'subsidy').map((p) => p.id);
	const scratch = new AllocationScratch(n, Math.max(1, ...scenario.programs.map((p) => p.factors.length)));
	const rural = new Float64Array(n);

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
	guardFinite(scenario, buffer, size, programs);
	const province = aggregateProvince(scenario.seriesInfo, buffer, n, nYears);
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
function guardFinite(scenario: CompiledScenario, buffer: Float64Array, size: number, programs: readonly ProgramResult[]): void {
	const n = scenario.units.ids.length;
	// Pools first: a pool that is not finite would spread to every unit's series.
	for (const p of programs) {
		const bad = p.pool.findIndex((v) => !Number.isFinite(v));
		if (bad >= 0) throw new NumericalError(`${p.id}.pool`, 'province', scenario.years[bad]!, p.pool[bad]!, 'the pool expression must give a finite amount in yuan');
	}
	for (let i = 0; i < buffer.length; i++) {
		const v = buffer[i]!;
		// v - v is 0 for finite numbers and NaN for NaN and ±Infinity: one test, no call.
		if (v - v !== 0) {
			const cell = i % size;
			throw new NumericalError(scenario.seriesInfo[Math.floor(i / size)]!.name, scenario.units.ids[cell % n]!, scenario.years[Math.floor(cell / n)]!, v, 'an extreme or zero parameter value makes it undefined; check the parameters this series reads (hukou-sim explain shows them)');
		}
	}
}
