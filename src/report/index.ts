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
import {displayUnit, type LandUnit} from '../format/display-unit.js';

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
	/** Land in 公顷 (default), 亩 or 万亩 (--land-unit). */
	readonly land?: LandUnit;
}

export function buildReport(input: ReportInput): string {
	const lang = input.lang ?? 'both';
	resetChartIds();
	const {scenario, result} = input;
	const shownIn = {land: input.land};
	const land = displayUnit('m2', shownIn);
	const L = (zh: string, en: string) => text(zh, en, lang);
	const title = L(scenario.name.zh, scenario.name.en);
	// Each section with its link; a section that renders nothing (no program allocated, no comparison) gets no link.
	const sections: {id: string; name: string; html: string}[] = [
		{id: 'province', name: L('全省', 'Province'), html: provinceSection(scenario, result, lang)},
		{id: 'cities', name: L('各市', 'Cities'), html: citySection(scenario, result, lang, shownIn)},
		{id: 'allocation', name: L('资金分配', 'Allocation'), html: allocationSection(scenario, result, [...runWarnings(scenario, result), ...(input.comparisonWarnings ?? [])], lang)},
		{id: 'evaluations', name: L('评估', 'Evaluations'), html: evaluationSection(result, scenario.parameters.has('evaluationAnnualGain') ? scenario.parameters.shared('evaluationAnnualGain')[0]! : 0.02, lang)},
		{id: 'inputs', name: L('输入', 'Inputs'), html: inputsSection(scenario, lang, shownIn)},
		{id: 'comparison', name: L('对比', 'Comparison'), html: input.comparison ? comparisonSection(input.comparison, lang, shownIn) : ''},
		{id: 'scaling', name: L('规模曲线', 'Scaling'), html: input.scaling?.length ? scalingSection(input.scaling, lang, shownIn) : ''},
	].filter((sec) => sec.html !== '');
	const body = [
		`<h1>${esc(title)}</h1>`,
		`<p class="meta">${L('人地钱挂钩模拟报告', 'People-land-money simulation report')} · ${esc(input.file)} · ${result.nUnits} ${L('个单位', 'units')} · ${result.years[0]}–${result.years.at(-1)} · hukou-sim ${VERSION}</p>`,
		scenario.description ? `<p class="note">${esc(L(scenario.description.zh, scenario.description.en))}</p>` : '',
		`<p class="note">${L(`依据:豫政办〔2017〕27号《推动非户籍人口在城市落户实施方案》。金额单位亿元(分配表万元),人口万人,土地${land.zh},比率变化百分点。`, `Policy: 豫政办〔2017〕27号 (Henan plan for settling non-hukou residents in cities). Money in 100M yuan (亿元; allocation tables in 10k yuan, 万元), people in 10k persons (万人), land in ${land.en} (${land.zh}), changes of a rate in percentage points (百分点).`)}</p>`,
		`<nav>${sections.map((sec) => `<a href="#${sec.id}">${esc(sec.name)}</a>`).join('')}</nav>`,
		...sections.map((sec) => sec.html),
	];
	return page(title, lang, body.filter(Boolean).join('\n'));
}
