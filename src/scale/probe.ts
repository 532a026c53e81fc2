/**
 * One point of a curve: the scenario re-run with the settlement of one unit (or of every unit, in
 * proportion to the scenario's own settlement) forced in one year through the engine's
 * `settledOverride`; everything else, including the other units' settlement, follows the scenario.
 */
import type {ParameterValues} from '../engine/context.js';
import {evaluateAt, frameOf} from '../model/evaluate.js';
import {simulate, type CompiledScenario, type ParameterOverride, type RunResult} from '../index.js';
import {LAND_STANDARD_NEXT, STANDARD_SERIES} from './series.js';
import type {ScalePoint, ScaleSeries} from './types.js';

export interface Probe {
	readonly scenario: CompiledScenario;
	readonly overrides: readonly ParameterOverride[];
	/** Year index of the forced year. */
	readonly t: number;
	/** Unit index, or -1 for the whole province. */
	readonly u: number;
	/** Share of a province total that each unit gets (own settlement / province's own), for u = -1. */
	readonly split: Float64Array;
	readonly series: readonly ScaleSeries[];
	/** Parameters with the overrides. */
	readonly params: ParameterValues;
}

export function runAt(probe: Probe, x: number): RunResult {
	const {scenario, t, u} = probe;
	const n = scenario.units.ids.length;
	const forced = new Float64Array(n * scenario.years.length).fill(Number.NaN);
	if (u >= 0) forced[t * n + u] = x;
	else for (let v = 0; v < n; v++) forced[t * n + v] = x * probe.split[v]!;
	return simulate(scenario, probe.overrides, {skipMonitoring: true, settledOverride: forced});
}

/** The land standard unit u gets in year t + 1 (from its land per person at the end of year t). */
export function nextStandard(probe: Probe, result: RunResult, u: number): number {
	const {t} = probe;
	const n = result.nUnits;
	if (t + 1 < result.nYears) return result.series['landStandard']![(t + 1) * n + u]!;
	// Past the horizon: the land model's own equation one year on, on the end-of-year land per person
	// and the last year's parameters.
	const node = probe.scenario.graph.series[probe.scenario.graph.seriesIndex.get('landStandard')!]!;
	return evaluateAt(frameOf(probe.scenario, result), node.eq!, t + 1, u, t);
}

export function pointOf(probe: Probe, result: RunResult, x: number): ScalePoint {
	const {t, u} = probe;
	const n = result.nUnits;
	const values: Record<string, number> = {};
	const others: Record<string, number> = {};
	const through: Record<string, number> = {};
	for (const s of probe.series) {
		if (s.name === LAND_STANDARD_NEXT) {
			values[s.name] = u >= 0 ? nextStandard(probe, result, u) : t + 1 < result.nYears ? result.province['landStandard']![t + 1]! : Number.NaN;
			continue;
		}
		const data = result.series[s.name]!;
		values[s.name] = u >= 0 ? data[t * n + u]! : result.province[s.name]![t]!;
		if (STANDARD_SERIES.has(s.name)) continue;
		let later = 0;
		for (let y = t; y < result.nYears; y++) later += u >= 0 ? data[y * n + u]! : result.province[s.name]![y]!;
		through[s.name] = later;
		if (u < 0) continue;
		let sum = 0;
		for (let v = 0; v < n; v++) if (v !== u) sum += data[t * n + v]!;
		others[s.name] = sum;
	}
	const pool = u >= 0 ? result.series['settlementPool']![t * n + u]! : result.province['settlementPool']![t]!;
	let exceedsPool = false;
	for (let v = 0; v < n; v++) {
		if ((u < 0 || v === u) && result.series['settled']![t * n + v]! > result.series['settlementPool']![t * n + v]! * (1 + 1e-12)) exceedsPool = true;
	}
	return {settled: x, values, others, through, pool, exceedsPool};
}
