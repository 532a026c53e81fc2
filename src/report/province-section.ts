/** The province against the plan's targets over time (§一(三)): both rates, settlers per year, and the target table. */
import type {RunResult} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {categoryChart} from './charts.js';
import {showTarget} from '../format/target-unit.js';
import {fmt, unitName} from './format.js';
import {mark, table, text, type Lang} from './html.js';

export function provinceSection(scenario: CompiledScenario, result: RunResult, lang: Lang): string {
	const L = (zh: string, en: string) => text(zh, en, lang);
	const years = result.years.map(String);
	const p = result.province;
	const base = p['hukouUrbanizationRate']![0]!;
	const gain = scenario.targets['hukouRateAnnualGain']?.value ?? 0.02;
	const finalTarget = scenario.targets['hukouRate2020'];
	const rates = categoryChart(
		L('户籍人口与常住人口城镇化率', 'Hukou and resident urbanisation'),
		years,
		[
			{name: L('户籍人口城镇化率', 'Hukou urbanisation'), values: [...p['hukouUrbanizationRate']!].map((v) => v * 100)},
			{name: L('常住人口城镇化率', 'Resident urbanisation'), values: [...p['residentUrbanizationRate']!].map((v) => v * 100)},
			{name: L(`目标路径(每年+${gain * 100}个百分点)`, `target path (+${gain * 100} pts a year)`), values: result.years.map((_, t) => (base + gain * t) * 100), dashed: true},
			...(finalTarget ? [{name: L(`${finalTarget.years === 'all' ? '' : finalTarget.years.join(',')}年目标 ${finalTarget.value * 100}%`, `target ${finalTarget.value * 100}%`), values: result.years.map(() => finalTarget.value * 100), dashed: true}] : []),
		],
		{left: '%'},
	);
	const settledTarget = scenario.targets['settledPerYear'];
	const settled = categoryChart(
		L('每年落户人数', 'Settled per year'),
		years.slice(1),
		[
			{name: L('当年落户', 'settled'), values: [...p['settled']!].slice(1).map((v) => v / 1e4), kind: 'bar'},
			...(settledTarget ? [{name: L(`目标 ${settledTarget.value / 1e4}万人`, `target ${(settledTarget.value / 1e6).toFixed(2)} million`), values: years.slice(1).map(() => settledTarget.value / 1e4), dashed: true}] : []),
		],
		{left: unitName('persons', lang)},
		{height: 320},
	);
	const rows = result.targets.map((r) => {
		const spec = scenario.targets[r.id]!;
		const shown = (v: number) => showTarget(v, spec.metric, lang);
		return [L(spec.label.zh, spec.label.en), spec.clause ?? '', String(r.year), shown(r.value), `${r.op} ${shown(r.target)}`, mark(r.met)];
	});
	return `<h2 id="province">${L('全省与规划目标', 'The province against the plan’s targets')}</h2>
<figure>${rates}<figcaption>${L('虚线为规划目标(§一(三))。', 'Dashed: the targets of the plan (§一(三)).')}</figcaption></figure>
<figure>${settled}</figure>
${table([L('目标', 'Target'), L('条款', 'Clause'), L('年份', 'Year'), L('模拟值', 'Simulated'), L('目标值', 'Target'), L('达标', 'Met')], rows, {numeric: [false, false, true, true, true, false]})}`;
}
