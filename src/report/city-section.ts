/**
 * Per-city charts: settlers per year, transfers per settled person, infrastructure need against
 * subsidy, land quota need against granted (totals over the simulated years), and the city table
 * of the last year.
 */
import type {Measure, RunResult} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {categoryChart} from './charts.js';
import {fmt, scaled, unitName} from './format.js';
import {table, text, type Lang} from './html.js';

const TABLE_COLUMNS: ReadonlyArray<readonly [string, string, string]> = [
	['settled', '落户', 'Settled'],
	['cohort', '累计落户', 'Settled since base'],
	['transfers', '转移支付', 'Transfers'],
	['transfersPerSettled', '人均转移支付(累计落户)', 'Transfers per settled since base'],
	['infraNeed', '设施需求', 'Infra need'],
	['infraSubsidy', '设施补助', 'Infra subsidy'],
	['landQuotaNeed', '用地需求', 'Land need'],
	['landQuotaGranted', '用地下达', 'Land granted'],
	['fiscalGap', '财政缺口', 'Fiscal gap'],
];

export function citySection(scenario: CompiledScenario, result: RunResult, lang: Lang): string {
	const L = (zh: string, en: string) => text(zh, en, lang);
	const n = result.nUnits;
	const cities = result.units.map((u) => (lang === 'en' ? u.name_en : u.name_zh));
	const flowYears = result.years.slice(1);
	const at = (name: string, t: number, u: number) => result.series[name]![t * n + u]!;
	const total = (name: string, measure: Measure) => result.units.map((_, u) => scaled(flowYears.reduce((s, _y, k) => s + at(name, k + 1, u), 0), measure));
	const span = `${flowYears[0]}–${flowYears.at(-1)}`;
	const rotate = lang === 'en' ? 35 : 0;
	const settled = categoryChart(
		L('各市每年落户人数', 'Settlers per city and year'),
		cities,
		flowYears.map((year, k) => ({name: String(year), values: result.units.map((_, u) => scaled(at('settled', k + 1, u), 'persons')), kind: 'bar' as const})),
		{left: unitName('persons', lang)},
		{rotate},
	);
	const perSettled = categoryChart(
		L('各市人均转移支付(按累计落户人数)', 'Transfers per settled person, per city'),
		cities,
		flowYears.map((year, k) => ({name: String(year), values: result.units.map((_, u) => at('transfersPerSettled', k + 1, u)), kind: 'bar' as const})),
		{left: unitName('yuan_per_person', lang)},
		{rotate},
	);
	const subsidy = categoryChart(
		L(`各市基础设施投资需求与补助(${span}合计)`, `Infrastructure need and subsidy per city (${span} total)`),
		cities,
		[
			{name: L('投资需求', 'need'), values: total('infraNeed', 'yuan'), kind: 'bar'},
			{name: L('补助', 'subsidy'), values: total('infraSubsidy', 'yuan'), kind: 'bar'},
			{name: L('未落实资金', 'unfunded'), values: total('infraUnfunded', 'yuan'), kind: 'bar'},
		],
		{left: unitName('yuan', lang)},
		{rotate},
	);
	const land = categoryChart(
		L(`各市挂钩用地需求与下达(${span}合计)`, `Land quota need and granted per city (${span} total)`),
		cities,
		[
			{name: L('需求', 'need'), values: total('landQuotaNeed', 'm2'), kind: 'bar'},
			{name: L('下达', 'granted'), values: total('landQuotaGranted', 'm2'), kind: 'bar'},
			{name: L('宅基地节余', 'homestead surplus'), values: total('homesteadSurplus', 'm2'), kind: 'bar'},
		],
		{left: unitName('m2', lang)},
		{rotate},
	);
	const info = new Map(scenario.seriesInfo.map((s) => [s.name, s]));
	const columns = TABLE_COLUMNS.filter(([name]) => info.has(name));
	const t = result.nYears - 1;
	const head = [L('城市', 'City'), ...columns.map(([name, zh, en]) => `${L(zh, en)} (${unitName(info.get(name)!.measure, lang === 'both' ? 'zh' : lang)})`)];
	const rows = result.units.map((unit, u) => [L(unit.name_zh, unit.name_en), ...columns.map(([name]) => fmt(at(name, t, u), info.get(name)!.measure))]);
	return `<h2 id="cities">${L('各市', 'Cities')}</h2>
<figure>${settled}</figure>
<figure>${perSettled}<figcaption>${L('转移支付含中央和省级奖励资金及均衡性转移支付动态调整(§三(一))。', 'Transfers: the central and provincial reward funds and the general-transfer adjustment (§三(一)).')}</figcaption></figure>
<figure>${subsidy}<figcaption>${L('补助:中央预算内投资和省级专项资金(§三(二));未落实资金为配套、债券和PPP之后的剩余(§三(四))。', 'Subsidy: central budget investment and the provincial fund (§三(二)); unfunded: what is left after matching, bonds and PPP (§三(四)).')}</figcaption></figure>
<figure>${land}<figcaption>${L('挂钩用地按国土资发〔2016〕123号人均用地档位计算(§三(三));宅基地节余来自自愿有偿退出(§三(五))。', 'Land per settler by the tiers of 国土资发〔2016〕123号 (§三(三)); homestead surplus from voluntary exit (§三(五)).')}</figcaption></figure>
<h3>${L(`各市 ${result.years[t]}年`, `Cities in ${result.years[t]}`)}</h3>
${table(head, rows, {numeric: [false, ...columns.map(() => true)]})}`;
}
