/**
 * Scaling curves in the report (issue 7): for each requested unit and year, how its transfers,
 * subsidy and land grant respond to the number it settles, what the others lose from the shared
 * pools, and the breakpoints with their reasons.
 */
import {scaleChartSvg} from '../scale/chart.js';
import type {ScaleCurve} from '../scale/types.js';
import {esc, table, text, type Lang} from './html.js';

export function scalingSection(curves: readonly ScaleCurve[], lang: Lang): string {
	const L = (zh: string, en: string) => text(zh, en, lang);
	const parts = curves.map((curve) => {
		const name = L(curve.unitName.zh, curve.unitName.en);
		const last = curve.marginal['transfers']?.length ?? 0;
		const perSettler = (key: string) => (last > 0 ? Math.round(curve.marginal[key]!.reduce((a, b) => a + b, 0) / last) : NaN);
		const rows = curve.breakpoints.slice(0, 12).map((b) => [(b.settled / 1e4).toFixed(2), b.series, L(b.reason_zh, b.reason)]);
		return [
			`<h3>${esc(name)} ${curve.year}</h3>`,
			scaleChartSvg(curve, {lang: lang === 'en' ? 'en' : 'zh'}),
			`<p class="note">${esc(L(
				`每多落户1人(区间平均):转移支付 ${perSettler('transfers')} 元,基础设施补助 ${perSettler('infraSubsidy')} 元,用地 ${perSettler('landQuotaGranted')} 平方米;其他单位转移支付 ${Math.round((curve.marginalOthers['transfers'] ?? [NaN]).reduce((a, b) => a + b, 0) / Math.max(1, last))} 元。`,
				`Per additional settler (average over the intervals): transfers ${perSettler('transfers')} yuan, infrastructure subsidy ${perSettler('infraSubsidy')} yuan, land ${perSettler('landQuotaGranted')} m²; the other units' transfers ${Math.round((curve.marginalOthers['transfers'] ?? [NaN]).reduce((a, b) => a + b, 0) / Math.max(1, last))} yuan.`,
			))}</p>`,
			rows.length ? table([L('落户(万人)', 'Settled (10k)'), L('序列', 'Series'), L('原因', 'Reason')], rows, {numeric: [true, false, false], caption: L('转折点', 'Breakpoints')}) : '',
		].join('\n');
	});
	return `<section id="scaling"><h2>${L('落户规模曲线', 'Scaling curves')}</h2>\n${parts.join('\n')}</section>`;
}
