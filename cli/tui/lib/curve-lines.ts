/**
 * The scaling curve of a city for the TUI (issue 7): 0 to 2× its own settlement in the selected
 * year, with the current levers; what it gets per additional settler, what the others lose, and where
 * the curve bends. Computed by src/scale (the same as `hukou-sim scale`).
 */
import type {CompiledScenario} from '../../../src/index.js';
import {ownSettlement, scaleCurve} from '../../../src/scale/index.js';
import type {ScaleCurve} from '../../../src/scale/types.js';
import {show, showDelta} from './format.js';
import {leverOverrides, withLeverTiers, type LeverValues} from './levers.js';
import {plain, seg, type Line} from './seg.js';
import {fit} from './text.js';

export const CURVE_FACTORS = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

export function cityCurve(scenario: CompiledScenario, values: LeverValues, unit: string, year: number): ScaleCurve {
	const sc = withLeverTiers(scenario, values);
	const overrides = leverOverrides(scenario, values);
	const own = ownSettlement(sc, {unit, year, overrides});
	return scaleCurve(sc, {unit, year, settled: CURVE_FACTORS.map((f) => f * own), overrides});
}

export function curveLines(curve: ScaleCurve, width: number): Line[] {
	const columns: Array<[string, string, string, (p: ScaleCurve['points'][number]) => string]> = [
		['转移支付', 'Transfers', '亿元', (p) => show(p.values['transfers']!, 'yuan')],
		['设施补助', 'Subsidy', '亿元', (p) => show(p.values['infraSubsidy']!, 'yuan')],
		['用地下达', 'Land', '公顷', (p) => show(p.values['landQuotaGranted']!, 'm2')],
		['财政缺口', 'Fiscal gap', '亿元', (p) => show(p.values['fiscalGap']!, 'yuan')],
		['其他市转移', 'Others', 'Δ亿元', (p) => showDelta(p.others['transfers']! - curve.reference.others['transfers']!, 'yuan')],
	];
	const w = Math.max(11, Math.min(16, Math.floor((width - 14) / columns.length)));
	const cell = (text: string, style: Parameters<typeof seg>[1] = {}) => seg(` ${fit(text, w - 1, 'right')}`, style);
	const head = (pick: (c: (typeof columns)[number]) => string, first: string) => [seg(fit(first, 12), {dim: true}), ...columns.map((c) => cell(pick(c), {dim: true}))];
	const lines: Line[] = [
		[seg(fit(`规模曲线 Scaling curve · ${curve.unitName.zh} ${curve.unitName.en} · ${curve.year}`, width), {bold: true, role: 'heading'})],
		head((c) => c[0], '落户'),
		head((c) => c[1], 'Settled'),
		head((c) => c[2], '万人'),
	];
	curve.points.forEach((p) => {
		const own = Math.abs(p.settled - curve.own) < 1e-6 * Math.max(1, curve.own);
		lines.push([seg(fit(`${show(p.settled, 'persons')}${own ? ' ★' : ''}`, 12), own ? {bold: true} : {}), ...columns.map((c) => cell(c[3](p)))]);
	});
	// Marginal: the slope of the interval that starts at the own settlement (1× → 1.25×); average: value ÷ settled at 1×.
	const k = Math.max(0, CURVE_FACTORS.indexOf(1));
	const m = (r: Readonly<Record<string, number[]>>, key: string) => r[key]?.[k] ?? NaN;
	const [tr, sub, land, others] = [m(curve.marginal, 'transfers'), m(curve.marginal, 'infraSubsidy'), m(curve.marginal, 'landQuotaGranted'), m(curve.marginalOthers, 'transfers')];
	const [atr, asub, aland] = [m(curve.average, 'transfers'), m(curve.average, 'infraSubsidy'), m(curve.average, 'landQuotaGranted')];
	lines.push([]);
	lines.push(plain(`边际 每多落户1人(1×→1.25×): 转移支付 ${Math.round(tr)} 元, 补助 ${Math.round(sub)} 元, 用地 ${land.toFixed(1)} ㎡; 其他市 ${Math.round(others)} 元`));
	lines.push(plain(`Marginal, per additional settler (1× → 1.25× own): transfers ${Math.round(tr)} yuan, subsidy ${Math.round(sub)} yuan, land ${land.toFixed(1)} m², others ${Math.round(others)} yuan`, {dim: true}));
	lines.push(plain(`平均 Average per settler at 1× (value ÷ settled): transfers ${Math.round(atr)} yuan, subsidy ${Math.round(asub)} yuan, land ${aland.toFixed(1)} m²`, {dim: true}));
	// One line per reason (the same threshold often bends several series).
	const reasons = [...new Map(curve.breakpoints.map((b) => [`${Math.round(b.settled)}|${b.kind}|${b.program ?? ''}`, b])).values()].slice(0, 5);
	lines.push(plain(reasons.length ? '转折点 Breakpoints:' : '转折点 Breakpoints: none in this range', {bold: true}));
	for (const b of reasons) lines.push(plain(`  ${show(b.settled, 'persons')} 万人  ${b.reason_zh}`));
	return lines;
}
