/** The mid-term (2018) and final (2020) evaluations of plan §四(二): one pass/fail table per year. */
import type {RunResult} from '../engine/types.js';
import {changeUnit} from '../format/display-unit.js';
import {fmt} from './format.js';

/** A change of a rate in percentage points (百分点), as §四(二) counts it. */
const points = (x: number) => (x / changeUnit('share').divisor).toFixed(changeUnit('share').digits);
import {mark, table, text, type Lang} from './html.js';

export function evaluationSection(result: RunResult, requiredGain: number, lang: Lang): string {
	const L = (zh: string, en: string) => text(zh, en, lang);
	const names = new Map(result.units.map((u) => [u.id, L(u.name_zh, u.name_en)]));
	const blocks = result.evaluations.map((e) => {
		const passed = e.rows.filter((r) => r.met).length;
		const title = e.kind === 'midterm' ? L(`${e.year}年中期评估`, `Mid-term evaluation ${e.year}`) : L(`${e.year}年总结评估`, `Final evaluation ${e.year}`);
		const rows = e.rows.map((r) => [names.get(r.unit) ?? r.unit, fmt(r.hukouUrbanizationRate, 'share'), fmt(r.residentUrbanizationRate, 'share'), points(r.gainSinceBase), points(r.annualGain), fmt(r.settledCumulative, 'persons'), mark(r.met)]);
		return `<h3>${title}: ${passed}/${e.rows.length} ${L('个单位达标', 'units on track')}</h3>
${table([L('城市', 'City'), L('户籍城镇化率', 'Hukou rate'), L('常住城镇化率', 'Resident rate'), L('基年以来提高(百分点)', 'Gain since base (points)'), L('年均提高(百分点)', 'Annual gain (points)'), L('累计落户(万人)', 'Settled since base (10k)'), L('达标', 'On track')], rows, {numeric: [false, true, true, true, true, true, false]})}`;
	});
	return `<h2 id="evaluations">${L('中期与总结评估', 'Mid-term and final evaluations')} (§四(二))</h2>
<p class="note">${L(`达标:户籍人口城镇化率自基年起年均提高不少于${points(requiredGain)}个百分点。`, `On track: the hukou urbanisation rate has risen by at least ${points(requiredGain)} points a year on average since the base year.`)}</p>
${blocks.join('\n') || `<p>${L('模拟年份不含评估年。', 'The simulated years do not include an evaluation year.')}</p>`}`;
}
