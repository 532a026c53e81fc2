/**
 * The planner's report (issue 5): one self-contained HTML file (inline CSS, charts as inline SVG
 * rendered at build time, fonts from the system) that opens offline. Pure: data in, text out.
 */
import type {Comparison} from '../compare/types.js';
import type {RunResult} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {VERSION} from '../version.js';
import {resetChartIds} from './charts.js';
import {allocationSection} from './allocation-section.js';
import {runWarnings} from '../allocation/bound-checks.js';
import type {BoundWarning} from '../allocation/warning.js';
import {citySection} from './city-section.js';
import {comparisonSection} from './comparison-section.js';
import {evaluationSection} from './evaluation-section.js';
import {esc, page, text, type Lang} from './html.js';
import {inputsSection} from './inputs-section.js';
import {provinceSection} from './province-section.js';
import {scalingSection} from './scaling-section.js';
import type {ScaleCurve} from '../scale/types.js';

export type {Lang} from './html.js';

export interface ReportInput {
	readonly scenario: CompiledScenario;
	readonly result: RunResult;
	/** Shown path of the scenario file. */
	readonly file: string;
	readonly comparison?: Comparison;
	/** Scaling curves to show (hukou-sim report --scale unit:year). */
	readonly scaling?: readonly ScaleCurve[];
	readonly lang?: Lang;
	/** Warnings of the comparison (a changed floor or cap that never binds: src/allocation/compare-bounds.ts). */
	readonly comparisonWarnings?: readonly BoundWarning[];
}

export function buildReport(input: ReportInput): string {
	const lang = input.lang ?? 'both';
	resetChartIds();
	const {scenario, result} = input;
	const L = (zh: string, en: string) => text(zh, en, lang);
	const title = L(scenario.name.zh, scenario.name.en);
	const nav = [
		['province', L('全省', 'Province')],
		['cities', L('各市', 'Cities')],
		['allocation', L('资金分配', 'Allocation')],
		['evaluations', L('评估', 'Evaluations')],
		['inputs', L('输入', 'Inputs')],
		...(input.comparison ? [['comparison', L('对比', 'Comparison')]] : []),
		...(input.scaling?.length ? [['scaling', L('规模曲线', 'Scaling')]] : []),
	];
	const body = [
		`<h1>${esc(title)}</h1>`,
		`<p class="meta">${L('人地钱挂钩模拟报告', 'People-land-money simulation report')} · ${esc(input.file)} · ${result.nUnits} ${L('个单位', 'units')} · ${result.years[0]}–${result.years.at(-1)} · hukou-sim ${VERSION}</p>`,
		scenario.description ? `<p class="note">${esc(L(scenario.description.zh, scenario.description.en))}</p>` : '',
		`<p class="note">${L('依据:豫政办〔2017〕27号《推动非户籍人口在城市落户实施方案》。金额单位亿元,人口万人,土地公顷。', 'Policy: 豫政办〔2017〕27号 (Henan plan for settling non-hukou residents in cities). Money in 100M yuan (亿元), people in 10k persons (万人), land in hectares.')}</p>`,
		`<nav>${nav.map(([id, name]) => `<a href="#${id}">${esc(name!)}</a>`).join('')}</nav>`,
		provinceSection(scenario, result, lang),
		citySection(scenario, result, lang),
		allocationSection(scenario, result, [...runWarnings(scenario, result), ...(input.comparisonWarnings ?? [])], lang),
		evaluationSection(result, scenario.parameters.has('evaluationAnnualGain') ? scenario.parameters.shared('evaluationAnnualGain')[0]! : 0.02, lang),
		inputsSection(scenario, lang),
		input.comparison ? comparisonSection(input.comparison, lang) : '',
		input.scaling?.length ? scalingSection(input.scaling, lang) : '',
	];
	return page(title, lang, body.filter(Boolean).join('\n'));
}
