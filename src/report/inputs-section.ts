/** The inputs and which of them are estimates (parameterInfo status), so a reader knows what to check. */
import type {CompiledScenario} from '../scenario/compile.js';
import type {Measure} from '../engine/types.js';
import {displayUnit} from '../format/display-unit.js';
import {fmt} from './format.js';
import {table, text, type CellValue, type Lang} from './html.js';

const UNSURE = new Set(['estimate', 'recalled', 'calibration']);

/** Parameters as the scenario writes them (its unit column says what they are), and in the unit people read (亿元, 万人, 公顷). */
function raw(value: number, measure: Measure, lang: Lang): string {
	if (value === Infinity) return 'none';
	if (measure === 'share') return fmt(value, 'share');
	const text = Number(value.toPrecision(8)).toLocaleString('en-US', {maximumFractionDigits: 6});
	const shown = displayUnit(measure);
	// A land cap of 100,000,000 m² reads 10,000.00 公顷; small values stay as written.
	const big = shown.divisor > 1 && Math.abs(value) >= shown.divisor / 10;
	return big ? `${text} (${fmt(value, measure)} ${lang === 'en' ? shown.en : shown.zh})` : text;
}

export function inputsSection(scenario: CompiledScenario, lang: Lang): string {
	const L = (zh: string, en: string) => text(zh, en, lang);
	const years = scenario.years;
	let unsure = 0;
	const rows: CellValue[][] = [];
	for (const [id, info] of scenario.parameterInfo) {
		const status = info.spec.status ?? 'estimate';
		if (UNSURE.has(status)) unsure++;
		const shared = scenario.parameters.shared(id);
		const measure = info.def?.measure ?? 'number';
		const distinct = [...new Set(years.map((_, t) => shared[t]!))];
		const value = distinct.length === 1 ? raw(distinct[0]!, measure, lang) : years.map((y, t) => `${y}: ${raw(shared[t]!, measure, lang)}`).filter((_, t) => t === 0 || shared[t] !== shared[t - 1]).join('; ');
		const perUnit = Object.keys(info.spec.byUnit ?? {}).length + Object.keys(info.spec.byClass ?? {}).length > 0 ? L(' (分市取值)', ' (per-unit values)') : '';
		rows.push([
			{html: id, cls: 'id'},
			L(info.def?.zh ?? id, info.def?.en ?? info.spec.description ?? id),
			`${value}${perUnit}`,
			info.spec.unit ?? measure,
			{html: status, cls: UNSURE.has(status) ? 'estimate' : ''},
			[info.spec.reference, info.spec.source, info.spec.note].filter(Boolean).join(' · '),
		]);
	}
	const data = Object.entries(scenario.data.units?.status ?? {}).map(([column, s]) => [column, typeof s === 'string' ? s : Object.entries(s).map(([k, v]) => `${k}: ${v}`).join(', ')]);
	return `<h2 id="inputs">${L('输入参数及其来源', 'Inputs and their sources')}</h2>
<p class="note">${L(`${rows.length}项参数中${unsure}项为估计、回忆或校准值(橙色),有公开数据时应替换。`, `${unsure} of ${rows.length} parameters are estimates, recalled or calibrated (in orange): replace them when published figures exist.`)}</p>
${table([L('参数', 'Parameter'), L('含义', 'Meaning'), L('取值', 'Value'), L('单位', 'Unit'), L('状态', 'Status'), L('依据与来源', 'Reference and source')], rows)}
<h3>${L('基年数据', 'Base-year data')}</h3>
<p class="note">${scenario.data.units?.source ?? ''}</p>
${table([L('数据列', 'Column'), L('状态', 'Status')], data)}`;
}
