/** Wide CSV of a run: one row per unit and year (and one per province year), one column per series. */
import type {CompiledScenario, RunResult} from '../../src/index.js';
import {csvField} from '../../src/runner/csv.js';

export function runCsv(scenario: CompiledScenario, result: RunResult): string {
	const names = scenario.seriesInfo.map((s) => s.name);
	const head = ['unit', 'name_zh', 'name_en', 'year', ...names];
	const lines = [head.join(',')];
	const n = result.nUnits;
	result.years.forEach((year, t) => {
		result.units.forEach((unit, u) => {
			lines.push([unit.id, csvField(unit.name_zh), csvField(unit.name_en), year, ...names.map((s) => String(result.series[s]![t * n + u]))].join(','));
		});
		lines.push(['province', '全省', 'Province', year, ...names.map((s) => (result.province[s] ? String(result.province[s]![t]) : ''))].join(','));
	});
	return `${lines.join('\n')}\n`;
}
