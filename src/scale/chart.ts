/**
 * The scaling curve as an SVG chart for the HTML report (ECharts server-side rendering through the
 * report's renderSvg, so chart ids stay unique and output deterministic): the unit's transfers and
 * subsidy and what the other units gain or lose (亿元, left axis), its land granted (公顷, or 亩/万亩: `land`, right axis),
 * against the settled number (万人); the scenario's own value and the breakpoints as vertical lines.
 */
import {renderSvg} from '../report/charts.js';
import {displayUnit, type LandUnit} from '../format/display-unit.js';
import type {ScaleCurve} from './types.js';

export interface ScaleChartOptions {
	readonly lang?: 'zh' | 'en';
	readonly width?: number;
	readonly height?: number;
	/** Land in 公顷 (default), 亩 or 万亩. */
	readonly land?: LandUnit;
}

const r = (v: number) => (Number.isFinite(v) ? Number(v.toFixed(4)) : null);

export function scaleChartSvg(curve: ScaleCurve, options: ScaleChartOptions = {}): string {
	const zh = options.lang !== 'en';
	const t = (a: string, b: string) => (zh ? a : b);
	const money = displayUnit('yuan');
	const people = displayUnit('persons');
	const land = displayUnit('m2', {land: options.land});
	const YI = money.divisor;
	const WAN = people.divisor;
	const x = curve.points.map((p) => p.settled / WAN);
	const line = (name: string, values: number[], extra: Record<string, unknown> = {}) => ({
		name,
		type: 'line',
		symbol: 'circle',
		symbolSize: 4,
		data: values.map((v, i) => [r(x[i]!), r(v)]),
		...extra,
	});
	const isUnit = curve.unit !== 'province';
	const ref = curve.reference;
	const series = [
		line(t('转移支付', 'Transfers'), curve.points.map((p) => p.values['transfers']! / YI)),
		line(t('基础设施补助', 'Infrastructure subsidy'), curve.points.map((p) => p.values['infraSubsidy']! / YI)),
		...(isUnit ? [line(t('其他单位转移支付+补助变化', 'Others: transfers + subsidy change'), curve.points.map((p) => (p.others['transfers']! + p.others['infraSubsidy']! - ref.others['transfers']! - ref.others['infraSubsidy']!) / YI), {lineStyle: {type: 'dashed'}})] : []),
		line(t('用地下达', 'Land granted'), curve.points.map((p) => p.values['landQuotaGranted']! / land.divisor), {yAxisIndex: 1, lineStyle: {type: 'dotted'}}),
	];
	const marks = [
		{xAxis: r(curve.own / WAN), name: t('本情景', 'own'), lineStyle: {color: '#333', type: 'solid'}, label: {formatter: t('本情景', 'own')}},
		...curve.breakpoints
			.filter((b) => b.kind !== 'slope' && (b.unit === undefined || b.unit === curve.unit || !isUnit))
			.filter((b, i, all) => all.findIndex((o) => Math.abs(o.settled - b.settled) < 1) === i)
			.map((b) => ({xAxis: r(b.settled / WAN), name: zh ? b.reason_zh : b.reason, lineStyle: {color: '#ca8622', type: 'dashed'}, label: {formatter: kindLabel(b.kind, zh), fontSize: 10}})),
	];
	(series[0] as Record<string, unknown>)['markLine'] = {symbol: 'none', silent: true, data: marks};
	const title = `${zh ? curve.unitName.zh : curve.unitName.en} ${curve.year}: ${t('落户规模曲线', 'scaling curve')}`;
	return renderSvg(
		{
			title: {text: title, left: 'center', textStyle: {fontSize: 15}},
			legend: {top: 34},
			grid: {left: 70, right: 70, top: 90, bottom: 50},
			xAxis: {type: 'value', name: `${t('落户', 'settled')} (${t(people.zh, people.en)})`, nameLocation: 'middle', nameGap: 28, min: r(x[0]!), max: r(x.at(-1)!)},
			yAxis: [
				{type: 'value', name: t(money.zh, money.en)},
				{type: 'value', name: t(land.zh, land.en), splitLine: {show: false}},
			],
			series,
		},
		options.width ?? 1100,
		options.height ?? 380,
	);
}

function kindLabel(kind: string, zh: boolean): string {
	const labels: Record<string, [string, string]> = {
		eligibility: ['门槛', 'threshold'],
		cap: ['封顶', 'cap'],
		floor: ['保底', 'floor'],
		unallocated: ['未分配', 'unallocated'],
		landTier: ['用地档次', 'land tier'],
		landCap: ['用地上限', 'land cap'],
		pool: ['超出潜在人群', 'beyond pool'],
	};
	const l = labels[kind] ?? [kind, kind];
	return zh ? l[0] : l[1];
}
