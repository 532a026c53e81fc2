/** The comparison with an alternative: changed inputs, province changes, who gains and loses, targets that flip. */
import {isMetadataChange} from '../compare/changed-parameters.js';
import type {Comparison} from '../compare/types.js';
import {showTarget} from '../format/target-unit.js';
import {categoryChart} from './charts.js';
import type {DisplayOptions} from '../format/display-unit.js';
import {parameterValue} from '../format/parameter-value.js';
import {changeUnitName, fmt, scaled, signedFmt, unitName} from './format.js';
import {mark, table, text, type CellValue, type Lang} from './html.js';

const KEY_SERIES = ['hukouUrbanizationRate', 'settled', 'transfers', 'infraSubsidy', 'infraUnfunded', 'fiscalGap', 'landQuotaNeed', 'landQuotaGranted', 'landQuotaShortfall'];

const signedCell = (v: number, measure: Parameters<typeof fmt>[1], lang: Lang, shownIn: DisplayOptions = {}): CellValue => {
	const html = signedFmt(v, measure, lang, shownIn);
	return {html, cls: html === '0' ? '' : v > 0 ? 'gain' : 'loss'};
};

/** Changed parameters as written and in display units (each carries its measure: a land cap in 公顷, not bare m²). */
export function comparisonSection(c: Comparison, lang: Lang, shownIn: DisplayOptions = {}): string {
	const L = (zh: string, en: string) => text(zh, en, lang);
	const changed = c.changedParameters.filter((p) => !isMetadataChange(p));
	const params = table(
		[L('参数', 'Parameter'), L('含义', 'Meaning'), L('基线', 'Base'), L('方案', 'Alternative'), L('状态', 'Status'), L('说明', 'Note')],
		changed.map((p) => [p.parameter ?? p.path, p.label_zh ? L(p.label_zh, p.label_en ?? '') : '', parameterValue(p.base, p.measure, shownIn, lang), parameterValue(p.alt, p.measure, shownIn, lang), p.status ?? '', p.note ?? '']),
	);
	const last = c.years.length - 1;
	const province = table(
		[L('指标', 'Indicator'), ...c.years.slice(1).map((y) => `Δ ${y}`), `${L('基线', 'Base')} ${c.years[last]}`, `${L('方案', 'Alternative')} ${c.years[last]}`],
		KEY_SERIES.filter((s) => c.deltas.province[s]).map((s) => {
			const d = c.deltas.province[s]!;
			const zhOrEn = lang === 'both' ? 'zh' : lang;
			const unit = d.unit === 'share' ? `${unitName(d.unit, zhOrEn)}; Δ ${changeUnitName(d.unit, zhOrEn)}` : unitName(d.unit, zhOrEn, shownIn);
			return [`${L(d.label_zh, d.label_en)} (${unit})`, ...d.abs.slice(1).map((v) => signedCell(v, d.unit, lang, shownIn)), fmt(d.base[last]!, d.unit, undefined, shownIn), fmt(d.alt[last]!, d.unit, undefined, shownIn)];
		}),
		{numeric: [false, ...c.years.map(() => true), true]},
	);
	const transfers = c.programs.filter((p) => p.kind !== 'subsidy' && (p.gainers.length > 0 || p.losers.length > 0));
	const cities = c.units.map((u) => (lang === 'en' ? u.name_en : u.name_zh));
	const chart = transfers.length
		? categoryChart(
				L(`各市资金变化(${c.years[1] ?? c.years[0]}–${c.years[last]}合计,方案−基线)`, `Change in allocations per city (${c.years[1] ?? c.years[0]}–${c.years[last]} total, alternative − base)`),
				cities,
				c.programs.filter((p) => p.gainers.length > 0 || p.losers.length > 0).map((p) => ({name: L(p.name_zh, p.name_en), kind: 'bar' as const, values: c.units.map((u) => scaled(p.total.find((r) => r.unit === u.id)!.abs, 'yuan'))})),
				{left: unitName('yuan', lang)},
				{rotate: lang === 'en' ? 35 : 0},
			)
		: '';
	const programs = c.programs
		.map((p) => {
			if (p.gainers.length === 0 && p.losers.length === 0) return `<p>${L(p.name_zh, p.name_en)}: ${L('无变化', 'no change')}</p>`;
			const rows = [...p.gainers, ...p.losers].map((r) => [L(r.name_zh, r.name_en), fmt(r.base, 'yuan', 3), fmt(r.alt, 'yuan', 3), signedCell(r.abs, 'yuan', lang), r.pct === null ? '—' : `${(r.pct * 100).toFixed(1)}%`]);
			return table([L('城市', 'City'), L('基线(亿元)', 'Base (100M yuan)'), L('方案(亿元)', 'Alternative'), 'Δ', '%'], rows, {numeric: [false, true, true, true, true], caption: `${L(p.name_zh, p.name_en)}: ${p.gainers.length} ${L('个城市多得', 'gain')}, ${p.losers.length} ${L('个城市少得', 'lose')}`});
		})
		.join('\n');
	const targets = table(
		[L('目标', 'Target'), L('年份', 'Year'), L('基线', 'Base'), '', L('方案', 'Alternative'), '', ''],
		c.targets.map((t) => [L(t.label_zh, t.label_en), String(t.year), t.base ? showTarget(t.base.value, t.metric, lang) : '—', t.base ? mark(t.base.met) : '', t.alt ? showTarget(t.alt.value, t.metric, lang) : '—', t.alt ? mark(t.alt.met) : '', t.differs ? L('结果不同', 'differs') : '']),
		{numeric: [false, true, true, false, true, false, false]},
	);
	return `<h2 id="comparison">${L('方案对比', 'Comparison')}: ${L(c.alt.name_zh, c.alt.name_en)}</h2>
<p class="meta">${c.base.file} → ${c.alt.file}</p>
<h3>${L('改变的参数', 'Changed parameters')}</h3>
${params}
<h3>${L('全省变化', 'Province changes')}</h3>
${province}
<h3>${L('谁多得、谁少得', 'Who gains, who loses')}</h3>
${chart ? `<figure>${chart}</figure>` : ''}
${programs}
<h3>${L('规划目标', 'Targets')}</h3>
${targets}`;
}
