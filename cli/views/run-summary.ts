/**
 * The readable summary of a run: the province against the plan's targets over time, then one row
 * per unit for the chosen year (settled, transfers, subsidy, land quota, fiscal gap), then the
 * inputs that are estimates. Chinese and English aligned by display width.
 */
import {evaluateOutcomes} from '../../src/engine/outcomes.js';
import type {CompiledScenario, Measure, RunResult, SeriesInfo} from '../../src/index.js';
import type {LandUnit} from '../../src/format/display-unit.js';
import {displayUnit, show as showIn} from '../format/quantity.js';
import {renderTable} from '../format/table.js';
import {showTarget} from '../../src/format/target-unit.js';
import {dataQuality} from './data-quality.js';
import {label, type Lang} from './labels.js';
import {SHORT_LABELS} from './short-labels.js';

/** Short headings for the summary (the full labels are in the JSON and CSV). */
const PROVINCE_ROWS: ReadonlyArray<readonly [string, string, string]> = [
	['hukouUrbanizationRate', '户籍人口城镇化率', 'Hukou urbanisation'],
	['residentUrbanizationRate', '常住人口城镇化率', 'Resident urbanisation'],
	['rateGap', '两率差距', 'Gap between the rates'],
	['settled', '当年落户', 'Settled this year'],
	['settlementPool', '未落户城镇常住人口', 'Settlement pool'],
	['transfers', '转移支付', 'Transfers'],
	['infraSubsidy', '基础设施补助', 'Infrastructure subsidy'],
	['citizenizationCost', '市民化成本', 'Citizenization cost'],
	['fiscalGap', '财政缺口', 'Fiscal gap'],
	['landQuotaNeed', '挂钩用地需求', 'Land quota need'],
	['landQuotaGranted', '挂钩用地下达', 'Land quota granted'],
	['homesteadSurplus', '宅基地节余指标', 'Homestead surplus'],
];
/** The columns of the units table (headings: short-labels.ts). */
export const UNIT_COLUMNS: ReadonlyArray<readonly [string, string, string]> = ['settled', 'transfers', 'transfersPerSettled', 'infraSubsidy', 'landQuotaNeed', 'landQuotaGranted', 'landQuotaShortfall', 'fiscalGap'].map(
	(name) => [name, ...SHORT_LABELS.get(name)!] as const,
);

export function runSummary(scenario: CompiledScenario, result: RunResult, options: {lang: Lang; year?: number; file: string; land?: LandUnit}): string {
	const {lang} = options;
	const shownIn = {land: options.land};
	const show = (value: number, measure: Measure) => showIn(value, measure, shownIn);
	const unitLabel = (s: SeriesInfo, l: Lang) => {
		const d = displayUnit(s.measure, shownIn);
		return l === 'en' ? d.en : d.zh;
	};
	const info = new Map(scenario.seriesInfo.map((s) => [s.name, s]));
	const heading = ([name, zh, en]: readonly [string, string, string]) => {
		const unit = unitLabel(info.get(name)!, lang);
		return `${label(zh, en, lang)}${unit && unit !== '%' ? ` (${unit})` : ''}`;
	};
	const out: string[] = [];
	out.push(label(scenario.name.zh, scenario.name.en, lang === 'both' ? 'both' : lang));
	if (result.nUnits === 0) return standaloneSummary(scenario, result, options.file, lang, out);
	out.push(`${options.file} · ${result.nUnits} ${label('个单位', 'units', lang)} · ${result.years[0]}–${result.years.at(-1)}`);
	out.push('');
	out.push(label('全省', 'Province', lang));
	out.push(
		renderTable(
			['', ...result.years.map(String)],
			PROVINCE_ROWS.filter(([name]) => result.province[name]).map((row) => [heading(row), ...result.years.map((_, t) => show(result.province[row[0]]![t]!, info.get(row[0])!.measure))]),
		),
	);
	out.push('');
	out.push(`${label('规划目标', 'Targets of the plan', lang)} (§一(三))`);
	for (const [id, spec] of Object.entries(scenario.targets)) {
		const rows = result.targets.filter((r) => r.id === id);
		if (rows.length === 0) continue;
		const shown = (v: number) => showTarget(v, spec.metric, lang);
		const cells = rows.map((r) => `${r.year} ${shown(r.value)} ${r.met ? '✓' : '✗'}`).join('  ');
		out.push(`  ${rows.every((r) => r.met) ? '✓' : '✗'} ${label(spec.label.zh, spec.label.en, lang)} [${spec.op} ${shown(spec.value)}]: ${cells}`);
	}
	for (const evaluation of result.evaluations) {
		const passed = evaluation.rows.filter((r) => r.met).length;
		out.push(`  ${label(evaluation.kind === 'midterm' ? '中期评估' : '总结评估', evaluation.kind === 'midterm' ? 'mid-term evaluation' : 'final evaluation', lang)} ${evaluation.year}: ${passed}/${evaluation.rows.length} ${label('个单位达标', 'units on track', lang)}`);
	}
	const year = options.year ?? result.years.at(-1)!;
	const t = result.years.indexOf(year);
	out.push('');
	out.push(`${label('各市', 'Units', lang)} ${year}`);
	const columns = UNIT_COLUMNS.filter(([name]) => info.has(name));
	out.push(
		renderTable(
			lang === 'both'
				? [
						['城市', ...columns.map(([, zh]) => zh)],
						['Unit', ...columns.map(([, , en]) => en)],
						['', ...columns.map(([name]) => unitLabel(info.get(name)!, 'zh'))],
					]
				: [[label('城市', 'Unit', lang), ...columns.map(([, zh, en]) => label(zh, en, lang))], ['', ...columns.map(([name]) => unitLabel(info.get(name)!, lang))]],
			result.units.map((unit, u) => [label(unit.name_zh, unit.name_en, lang), ...columns.map(([name]) => show(result.series[name]![t * result.nUnits + u]!, info.get(name)!.measure))]),
		),
	);
	const quality = dataQuality(scenario);
	out.push('');
	out.push(`${label('数据质量', 'Data quality', lang)}: ${quality.estimates}/${quality.total} ${label('项输入为估计值', 'inputs are estimates', lang)} (${quality.estimateNames.slice(0, 8).join(', ')}${quality.estimateNames.length > 8 ? ', …' : ''})`);
	return `${out.join('\n')}\n`;
}

/** A standalone scenario (no unit table): its outcomes at the scenario's own parameter values. */
function standaloneSummary(scenario: CompiledScenario, result: RunResult, file: string, lang: Lang, out: string[]): string {
	out.push(`${file} · ${label('独立情景(无单位表、无内置模型)', 'standalone scenario (no unit table, no built-in models)', lang)}`);
	out.push('');
	const values = evaluateOutcomes(scenario, result);
	out.push(label('结果', 'Outcomes', lang));
	out.push(renderTable([label('结果', 'outcome', lang), label('值', 'value', lang)], scenario.outcomes.map((o) => [`${label(o.label_zh, o.label_en, lang)}`, String(Number(values[o.id]!.toPrecision(10)))]), ['left', 'right']));
	out.push('');
	out.push(label('参数', 'Parameters', lang));
	out.push(renderTable([label('参数', 'parameter', lang), label('值', 'value', lang)], [...scenario.parameterInfo.keys()].map((id) => [id, String(result.state.params.shared(id)[0])]), ['left', 'right']));
	return `${out.join('\n')}\n`;
}
