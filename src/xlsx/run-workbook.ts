/**
 * A run as a workbook for colleagues who work in Excel or WPS: province, units by series and
 * year, programs, targets and evaluations, parameters with their status and source.
 */
import ExcelJS from 'exceljs';
import type {RunResult} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {sheetUnit, toSheet} from './measure.js';
import {parameterSheet} from './parameter-sheet.js';
import {addSheet, toBytes, type Cell} from './sheet.js';

export function runWorkbook(scenario: CompiledScenario, result: RunResult): ExcelJS.Workbook {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'hukou-sim';
	const {nUnits: n, years} = result;
	const title = `${scenario.name.zh} ${scenario.name.en}`;
	const provinceInfos = scenario.seriesInfo.filter((s) => result.province[s.name]);
	addSheet(wb, {
		name: 'Province 全省',
		title: `${title} — 全省 Province`,
		header: [['series', '指标', 'indicator', '单位', 'unit', ...years]],
		rows: provinceInfos.map((s) => [s.name, s.label_zh, s.label_en, sheetUnit(s.measure).zh, sheetUnit(s.measure).en, ...years.map((_, t) => toSheet(result.province[s.name]![t]!, s.measure))]),
		rowNumFmt: provinceInfos.map((s) => sheetUnit(s.measure).numFmt),
	});
	const infos = scenario.seriesInfo;
	const rows: Cell[][] = [];
	years.forEach((year, t) => result.units.forEach((unit, u) => rows.push([unit.id, unit.name_zh, unit.name_en, year, ...infos.map((s) => toSheet(result.series[s.name]![t * n + u]!, s.measure))])));
	addSheet(wb, {
		name: 'Units 各市',
		title: `${title} — 各市 Units, by year`,
		header: [
			['unit', '城市', 'city', 'year', ...infos.map((s) => s.name)],
			['', '', '', '年份', ...infos.map((s) => s.label_zh)],
			['', '', '', '', ...infos.map((s) => s.label_en)],
			['', '', '', '单位 unit', ...infos.map((s) => `${sheetUnit(s.measure).zh} ${sheetUnit(s.measure).en}`.trim())],
		],
		rows,
		numFmt: [undefined, undefined, undefined, '0', ...infos.map((s) => sheetUnit(s.measure).numFmt)],
	});
	const programRows: Cell[][] = [];
	for (const p of result.programs) {
		years.forEach((year, t) => {
			programRows.push([p.id, p.name_zh, p.name_en, year, toSheet(p.pool[t]!, 'yuan'), toSheet(p.unallocated[t]!, 'yuan'), ...result.units.map((_, u) => toSheet(result.series[p.series]![t * n + u]!, 'yuan'))]);
		});
	}
	addSheet(wb, {
		name: 'Programs 资金分配',
		title: `${title} — 资金分配 Allocation programs (亿元 100M yuan)`,
		header: [
			['program', '项目', 'name', 'year', 'pool', 'unallocated', ...result.units.map((u) => u.id)],
			['', '', '', '年份', '资金池', '未分配', ...result.units.map((u) => u.name_zh)],
			['', '', '', '', '亿元', '亿元', ...result.units.map(() => '亿元')],
		],
		rows: programRows,
		numFmt: [undefined, undefined, undefined, '0', ...Array(2 + n).fill('#,##0.0000')],
	});
	addSheet(wb, {
		name: 'Targets 目标',
		title: `${title} — 规划目标 Targets (§一(三)) and evaluations (§四(二))`,
		header: [['target', '目标', 'label', 'clause', 'year', 'value', 'op', 'target value', 'met 达标']],
		rows: [
			...result.targets.map((r): Cell[] => {
				const spec = scenario.targets[r.id];
				return [r.id, spec?.label.zh ?? '', spec?.label.en ?? '', spec?.clause ?? '', r.year, r.value, r.op, r.target, r.met];
			}),
			...result.evaluations.flatMap((e) =>
				e.rows.map((r): Cell[] => [`${e.kind}:${r.unit}`, e.kind === 'midterm' ? '中期评估' : '总结评估', e.kind === 'midterm' ? 'mid-term evaluation' : 'final evaluation', '§四(二)', e.year, r.annualGain, '>=', scenario.parameters.shared('evaluationAnnualGain')[0]!, r.met]),
			),
		],
		numFmt: [undefined, undefined, undefined, undefined, '0'],
	});
	parameterSheet(wb, scenario);
	return wb;
}

export const writeRunXlsx = async (scenario: CompiledScenario, result: RunResult): Promise<Uint8Array> => toBytes(runWorkbook(scenario, result));
