/**
 * One run: the scenario's compiled kernel (src/model/codegen.ts) over all units and years, then the
 * province figures, the finite guard, the targets and evaluations. Pure: no file system, no
 * console; the same function serves the CLI, the TUI, compare, scale and sweeps. The kernel is
 * generated once per scenario and family of runs (which parameters vary, which series are read)
 * and kept with the scenario.
 */
import {evaluateTargets, evaluateUnits, type MonitoringInput} from '../../models/monitoring.js';
import {NumericalError} from '../errors/scenario-error.js';
import {compileKernel, type Kernel} from '../model/codegen.js';
import type {Buffers} from '../model/runtime.js';
import type {ParameterOverride, ParameterTable} from '../params/parameter-table.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {aggregateProvince} from './aggregate.js';
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
	/** Only these series (and what they need) up to this year: a sweep computes what its outcomes read. */
	readonly needs?: {readonly series: readonly string[]; readonly lastYear?: number};
	/** Parameters that the runs of a family may override (a sweep's uncertainties): one kernel for all. */
	readonly varies?: readonly string[];
}

interface Workspace {
	readonly kernels: Map<string, Kernel>;
	readonly columns: ReadonlyMap<string, Float64Array>;
	reused?: Buffers;
}

const workspaces = new WeakMap<CompiledScenario, Workspace>();

function workspaceOf(scenario: CompiledScenario): Workspace {
	let w = workspaces.get(scenario);
	if (!w) {
		const u = scenario.units;
		const columns = new Map<string, Float64Array>([
			['data:residentPop', u.residentPop],
			['data:urbanResidentPop', u.urbanResidentPop],
			['data:hukouPop', u.hukouPop],
			['data:urbanHukouPop', u.urbanHukouPop],
			['data:centralCityShare', u.centralCityShare],
			['data:urbanLand', u.urbanLand],
			...Object.entries(scenario.numericColumns),
		]);
		w = {kernels: new Map(), columns};
		workspaces.set(scenario, w);
	}
	return w;
}

/** The kernel for a family of runs (kept with the scenario). */
export function kernelOf(scenario: CompiledScenario, varied: ReadonlySet<string>, options: SimulateOptions = {}): Kernel {
	const w = workspaceOf(scenario);
	const graph = scenario.graph;
	const needed = options.needs?.series.map((name) => graph.seriesIndex.get(name)).filter((s): s is number => s !== undefined);
	const forced = options.settledOverride ? graph.seriesIndex.get('settled') : undefined;
	const key = `${[...varied].sort().join(',')}|${needed ? needed.join(',') : '*'}|${options.needs?.lastYear ?? ''}|${forced ?? ''}`;
	let kernel = w.kernels.get(key);
	if (!kernel) {
		const lastYear = options.needs?.lastYear === undefined ? undefined : scenario.years.indexOf(options.needs.lastYear);
		kernel = compileKernel(graph, scenario.parameters, scenario.years, scenario.units.ids.length, scenario.land.tiers, {
			varied,
			needed: needed ? new Set(needed) : undefined,
			lastYear: lastYear === undefined || lastYear < 0 ? undefined : lastYear,
			forced,
		});
		w.kernels.set(key, kernel);
	}
	return kernel;
}

function newBuffers(scenario: CompiledScenario, columns: ReadonlyMap<string, Float64Array>): Buffers {
	const g = scenario.graph;
	const T = scenario.years.length;
	const size = T * scenario.units.ids.length;
	return {B: new Float64Array(size * g.series.length), Q: new Float64Array(T * g.scalars.length), U: new Float64Array(T * g.blocks.length), columns};
}

export function simulate(scenario: CompiledScenario, overrides: readonly ParameterOverride[] = [], options: SimulateOptions = {}): RunResult {
	const n = scenario.units.ids.length;
	const nYears = scenario.years.length;
	const size = n * nYears;
	const graph = scenario.graph;
	const w = workspaceOf(scenario);
	const params = scenario.parameters.withOverrides(overrides);
	const varied = scenario.parameters.affectedBy([...overrides.map((o) => o.parameter), ...(options.varies ?? [])]);
	const kernel = kernelOf(scenario, varied, options);
	const buffers = options.reuseBuffers ? (w.reused ??= newBuffers(scenario, w.columns)) : newBuffers(scenario, w.columns);
	kernel.run(buffers, params, options.settledOverride);
	const {B, Q, U} = buffers;
	const series: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
	graph.series.forEach((node, k) => {
		series[node.name] = B.subarray(k * size, (k + 1) * size);
	});
	const {province, sums} = aggregateProvince(graph.series, graph.seriesIndex, kernel.computes, B, n, nYears, kernel.lastYear);
	const programs: ProgramResult[] = graph.programs.map((p) => ({
		id: p.id,
		kind: p.kind,
		name_zh: p.name_zh,
		name_en: p.name_en,
		pool: Q.subarray(p.pool * nYears, (p.pool + 1) * nYears),
		series: p.id,
		unallocated: p.block === undefined ? new Float64Array(nYears) : U.subarray(p.block * nYears, (p.block + 1) * nYears),
	}));
	guardFinite(scenario, B, sums, kernel, programs);
	const units = scenario.unitInfo;
	const state = {B, Q, U, params, columns: w.columns};
	const base = {years: scenario.years, units, nUnits: n, nYears, series, province, programs, state};
	if (options.skipMonitoring || scenario.units.ids.length === 0) return {...base, targets: [], evaluations: []};
	const monitoring: MonitoringInput = {
		years: scenario.years,
		units,
		province,
		series,
		rateGap2013: params.shared('rateGap2013')[0]!,
		evaluationAnnualGain: params.shared('evaluationAnnualGain')[0]!,
		evaluationYears: scenario.evaluationYears,
	};
	return {...base, targets: evaluateTargets(scenario.targets, monitoring), evaluations: evaluateUnits(monitoring)};
}

/** The parameter table a run used (overrides applied), for explain and scale. */
export function runParameters(result: RunResult): ParameterTable {
	return result.state.params as ParameterTable;
}

/** No NaN or Infinity reaches an output: the run stops and names the series, unit and year. */
function guardFinite(scenario: CompiledScenario, buffer: Float64Array, sums: Float64Array, kernel: Kernel, programs: readonly ProgramResult[]): void {
	const n = scenario.units.ids.length;
	const nYears = scenario.years.length;
	const size = n * nYears;
	// Pools first: a pool that is not finite would spread to every unit's series.
	for (const p of programs) {
		const bad = p.pool.findIndex((v) => !Number.isFinite(v));
		if (bad >= 0) throw new NumericalError(`${p.id}.pool`, 'province', scenario.years[bad]!, p.pool[bad]!, 'the pool expression must give a finite amount in yuan');
	}
	// A NaN or ±Infinity in a series makes the sum over units of its year NaN or infinite: the sums
	// are checked, and only a suspect series and year is searched cell by cell.
	const graph = scenario.graph;
	// Outputs first, then the steps of a calculation: the message names a series people know.
	const order = [...graph.series.keys()].sort((a, b) => Number(graph.series[a]!.hidden) - Number(graph.series[b]!.hidden));
	for (const k of order) {
		if (!kernel.computes[k]) continue;
		for (let t = 0; t <= kernel.lastYear; t++) {
			const s = sums[k * nYears + t]!;
			if (s - s === 0) continue;
			for (let u = 0; u < n; u++) {
				const v = buffer[k * size + t * n + u]!;
				if (v - v !== 0) {
					throw new NumericalError(graph.series[k]!.name, scenario.units.ids[u]!, scenario.years[t]!, v, 'an extreme or zero parameter value makes it undefined; check the parameters this series reads (hukou-sim explain shows them)');
				}
			}
		}
	}
}
