/**
 * Scaling curves in the report (issue 7): for each requested unit and year, how its transfers,
 * subsidy and land grant respond to the number it settles, what the others lose from the shared
 * pools, and the breakpoints with their reasons.
 */
import {scaleChartSvg} from '../scale/chart.js';
import type {ScaleCurve} from '../scale/types.js';
import {esc, table, text, type Lang} from './html.js';
import {displayUnit, type DisplayOptions} from '../format/display-unit.js';

export function scalingSection(curves: readonly ScaleCurve[], lang: Lang, shownIn: DisplayOptions = {}): string {
	const L = (zh: string, en: string) => text(zh, en, lang);
	const people = displayUnit('persons');
	// Per additional settler: money in 元/人, land in 平方米/人 (the unit of the 国土资发〔2016〕123号 standards).
	const perMoney = displayUnit('yuan_per_person');
	const perLand = displayUnit('m2_per_person');
	const parts = curves.map((curve) => {
		const name = L(curve.unitName.zh, curve.unitName.en);
		const last = curve.marginal['transfers']?.length ?? 0;
		const perSettler = (key: string) => (last > 0 ? Math.round(curve.marginal[key]!.reduce((a, b) => a + b, 0) / last) : NaN);
		const rows = curve.breakpoints.slice(0, 12).map((b) => [(b.settled / people.divisor).toFixed(people.digits), b.series, L(b.reason_zh, b.reason)]);
		return [
			`<h3>${esc(name)} ${curve.year}</h3>`,
			scaleChartSvg(curve, {lang: lang === 'en' ? 'en' : 'zh', land: shownIn.land}),
			`<p class="note">${esc(L(
				`每多落户1人(区间平均):转移支付 ${perSettler('transfers')} ${perMoney.zh},基础设施补助 ${perSettler('infraSubsidy')} ${perMoney.zh},用地 ${perSettler('landQuotaGranted')} ${perLand.zh};其他单位转移支付 ${Math.round((curve.marginalOthers['transfers'] ?? [NaN]).reduce((a, b) => a + b, 0) / Math.max(1, last))} ${perMoney.zh}。`,
				`Per additional settler (average over the intervals): transfers ${perSettler('transfers')} ${perMoney.en}, infrastructure subsidy ${perSettler('infraSubsidy')} ${perMoney.en}, land ${perSettler('landQuotaGranted')} ${perLand.en}; the other units' transfers ${Math.round((curve.marginalOthers['transfers'] ?? [NaN]).reduce((a, b) => a + b, 0) / Math.max(1, last))} ${perMoney.en}.`,
			))}</p>`,
			rows.length ? table([`${L('落户', 'Settled')} (${L(people.zh, people.en)})`, L('序列', 'Series'), L('原因', 'Reason')], rows, {numeric: [true, false, false], caption: L('转折点', 'Breakpoints')}) : '',
		].join('\n');
	});
	return `<section id="scaling"><h2>${L('落户规模曲线', 'Scaling curves')}</h2>\n${parts.join('\n')}</section>`;
}
