/**
 * The JSON contract of `run --format json` (issue 2), which other tools rely on:
 * per-unit values as [unit index][year index]; rates as fractions, money in yuan, people in
 * persons, land in m².
 */
import type {CompiledScenario} from '../scenario/compile.js';
import type {Evaluation, Measure, RunResult, TargetResult, UnitInfo} from './types.js';

export interface RunJson {
	readonly scenario: {readonly name: string; readonly name_zh: string; readonly file: string; readonly baseYear: number; readonly endYear: number};
	readonly years: readonly number[];
	readonly units: readonly UnitInfo[];
	readonly series: Record<string, {unit: Measure; label_zh: string; label_en: string; values: number[][]}>;
	readonly province: Record<string, number[]>;
	readonly programs: ReadonlyArray<{id: string; kind: string; name_zh: string; name_en: string; pool: number[]; series: string; unallocated: number[]}>;
	readonly targets: readonly TargetResult[];
	readonly evaluations: readonly Evaluation[];
}

export function toRunJson(scenario: CompiledScenario, result: RunResult, file = scenario.file): RunJson {
	const {nUnits: n, nYears} = result;
	const series: RunJson['series'] = {};
	for (const info of scenario.seriesInfo) {
		const values = result.series[info.name]!;
		series[info.name] = {
			unit: info.measure,
			label_zh: info.label_zh,
			label_en: info.label_en,
			values: Array.from({length: n}, (_, u) => Array.from({length: nYears}, (_, t) => values[t * n + u]!)),
		};
	}
	return {
		scenario: {name: scenario.name.en, name_zh: scenario.name.zh, file, baseYear: result.years[0]!, endYear: result.years.at(-1)!},
		years: result.years,
		units: result.units,
		series,
		province: Object.fromEntries(Object.entries(result.province).map(([k, v]) => [k, [...v]])),
		programs: result.programs.map((p) => ({id: p.id, kind: p.kind, name_zh: p.name_zh, name_en: p.name_en, pool: [...p.pool], series: p.series, unallocated: [...p.unallocated]})),
		targets: result.targets,
		evaluations: result.evaluations,
	};
}
