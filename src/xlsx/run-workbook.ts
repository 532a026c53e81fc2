/**
 * A run as a workbook for colleagues who work in Excel or WPS: province, units by series and
 * year (with the province rows as totals), programs, the factor-method table of each program
 * (因素法测算表), targets and evaluations (达标/未达标), warnings about floors and caps, and the
 * parameters with their per-unit and per-class values, status and source.
 */
import ExcelJS from 'exceljs';
import {runWarnings} from '../allocation/bound-checks.js';
import {allocationTable, programYearIndices} from '../allocation/table.js';
import type {RunResult} from '../engine/types.js';
import type {DisplayOptions} from '../format/display-unit.js';
import {annualGainUnit, targetUnit} from '../format/target-unit.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {allocationSheet} from './allocation-sheet.js';
import {fromDisplay, sheetUnit, toSheet, unitHeader} from './measure.js';
import {parameterSheet} from './parameter-sheet.js';
import {addSheet, toBytes, type Cell} from './sheet.js';

const MET: readonly [string, string] = ['达标 met', '未达标 not met'];

export function runWorkbook(scenario: CompiledScenario, result: RunResult, options: DisplayOptions = {}): ExcelJS.Workbook {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'hukou-sim';
	const {nUnits: n, years} = result;
	const title = `${scenario.name.zh} ${scenario.name.en}`;
	const unit = (m: Parameters<typeof sheetUnit>[0]) => sheetUnit(m, options);
	const provinceInfos = scenario.seriesInfo.filter((s) => result.province[s.name]);
	addSheet(wb, {
		name: 'Province 全省',
		title: `${title} — 全省 Province`,
		header: [['series', '指标', 'indicator', '单位 unit', ...years]],
		rows: provinceInfos.map((s) => [s.name, s.label_zh, s.label_en, unitHeader(unit(s.measure)), ...years.map((_, t) => toSheet(result.province[s.name]![t]!, s.measure, options))]),
		rowNumFmt: provinceInfos.map((s) => unit(s.measure).numFmt),
		numFmt: [undefined, undefined, undefined, undefined, ...years.map(() => undefined)],
		frozenColumns: 3,
	});
	const infos = scenario.seriesInfo;
	const rows: Cell[][] = [];
	years.forEach((year, t) => result.units.forEach((u, k) => rows.push([u.id, u.name_zh, u.name_en, year, ...infos.map((s) => toSheet(result.series[s.name]![t * n + k]!, s.measure, options))])));
	addSheet(wb, {
		name: 'Units 各市',
		title: `${title} — 各市 Units, by year (全省 rows: the province figure, a sum or a ratio of sums)`,
		header: [
			['unit', '城市', 'city', 'year', ...infos.map((s) => s.name)],
			['', '', '', '年份', ...infos.map((s) => s.label_zh)],
			['', '', '', '', ...infos.map((s) => s.label_en)],
			['', '', '', '单位 unit', ...infos.map((s) => unitHeader(unit(s.measure)))],
		],
		rows,
		totals: years.map((year, t) => ['province', '全省', 'Province', year, ...infos.map((s) => (result.province[s.name] ? toSheet(result.province[s.name]![t]!, s.measure, options) : null))]),
		numFmt: [undefined, undefined, undefined, '0', ...infos.map((s) => unit(s.measure).numFmt)],
		frozenColumns: 4,
	});
	const money = unitHeader(unit('yuan'));
	const programRows: Cell[][] = [];
	for (const p of result.programs) {
		years.forEach((year, t) => {
			// The base year is data: the programs start in the first simulated year.
			if (t === 0) return;
			const amounts = result.units.map((_, u) => result.series[p.series]![t * n + u]!);
			programRows.push([p.id, p.name_zh, p.name_en, year, toSheet(p.pool[t]!, 'yuan'), toSheet(amounts.reduce((a, b) => a + b, 0), 'yuan'), toSheet(p.unallocated[t]!, 'yuan'), ...amounts.map((a) => toSheet(a, 'yuan'))]);
		});
	}
	addSheet(wb, {
		name: 'Programs 资金分配',
		title: `${title} — 资金分配 Allocation programs (${money})`,
		header: [
			['program', '项目', 'name', 'year', 'pool', 'allocated', 'unallocated', ...result.units.map((u) => u.id)],
			['', '', '', '年份', '资金池', '已分配', '未分配', ...result.units.map((u) => u.name_zh)],
			['', '', '', '单位 unit', money, money, money, ...result.units.map(() => money)],
		],
		rows: programRows,
		numFmt: [undefined, undefined, undefined, '0', ...Array(3 + n).fill(unit('yuan').numFmt)],
		frozenColumns: 4,
	});
	for (const p of result.programs) allocationSheet(wb, programYearIndices(years).map((t) => allocationTable(scenario, result, p.id, t)), title);
	targetSheet(wb, scenario, result, title);
	const warnings = runWarnings(scenario, result);
	if (warnings.length > 0) {
		addSheet(wb, {
			name: 'Warnings 提示',
			title: `${title} — 保底与封顶提示 Warnings about floors and caps`,
			header: [['program', '项目', 'kind', 'years 年份', '提示', 'warning', 'hint 建议', 'where 位置']],
			rows: warnings.map((w) => [w.program, w.name_zh, w.kind, w.years.join(', '), w.message_zh, w.message_en, w.hint, w.at ? `${w.at.path} (line ${w.at.line})` : '']),
			frozenColumns: 2,
		});
	}
	parameterSheet(wb, scenario, options);
	return wb;
}

function targetSheet(wb: ExcelJS.Workbook, scenario: CompiledScenario, result: RunResult, title: string): void {
	const rows: Cell[][] = [];
	const fmts: string[] = [];
	for (const r of result.targets) {
		const spec = scenario.targets[r.id];
		const u = fromDisplay(spec ? targetUnit(spec.metric) : targetUnit('hukouUrbanizationRate'));
		rows.push([r.id, spec?.label.zh ?? '', spec?.label.en ?? '', spec?.clause ?? '', r.year, r.value / u.divisor, r.op === '>=' ? '≥' : '≤', r.target / u.divisor, unitHeader(u), r.met]);
		fmts.push(u.numFmt);
	}
	const gain = fromDisplay(annualGainUnit());
	// A standalone scenario (no built-in models) has neither evaluations nor their threshold.
	const threshold = scenario.parameters.has('evaluationAnnualGain') ? scenario.parameters.shared('evaluationAnnualGain')[0]! : Number.NaN;
	// Unit names by id, once (a row per unit and evaluation: a search per row grows with the square of the units).
	const names = new Map(result.units.map((u) => [u.id, u.name_zh]));
	for (const e of result.evaluations) {
		for (const r of e.rows) {
			const name = names.get(r.unit) ?? '';
			rows.push([`${e.kind}:${r.unit}`, `${e.kind === 'midterm' ? '中期评估' : '总结评估'} ${name}`, `${e.kind === 'midterm' ? 'mid-term evaluation' : 'final evaluation'} ${r.unit}`, '§四(二)', e.year, r.annualGain / gain.divisor, '≥', threshold / gain.divisor, unitHeader(gain), r.met]);
			fmts.push(gain.numFmt);
		}
	}
	addSheet(wb, {
		name: 'Targets 目标',
		title: `${title} — 规划目标 Targets (§一(三)) and evaluations (§四(二)); rate changes in 百分点 (percentage points)`,
		header: [['target', '目标', 'label', 'clause 条款', 'year 年份', 'value 实际', 'op', 'target 目标值', 'unit 单位', 'met 是否达标']],
		rows,
		rowNumFmt: fmts,
		numFmt: [undefined, undefined, undefined, undefined, '0'],
		frozenColumns: 2,
		booleans: MET,
	});
}

export const writeRunXlsx = async (scenario: CompiledScenario, result: RunResult, options: DisplayOptions = {}): Promise<Uint8Array> => toBytes(runWorkbook(scenario, result, options));
