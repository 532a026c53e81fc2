/**
 * The readable scaling curve: the points (the unit's money, subsidy, land, cost and fiscal gap, and
 * what the other units gain or lose against the scenario's own settlement), the programs one by
 * one, the marginal amounts per additional settler between points, a text chart, the breakpoints
 * with their reasons, and the flows through the horizon (later years feel the cohort and the tier).
 */
import type {ScaleCurve, ScalePoint} from '../../src/scale/index.js';
import type {Measure} from '../../src/index.js';
import {displayUnit, show} from '../format/quantity.js';
import {renderTable} from '../format/table.js';
import {label, type Lang} from './labels.js';
import {scaleChart} from './scale-chart.js';

interface Column {
	readonly zh: string;
	readonly en: string;
	readonly measure: Measure;
	readonly cell: (p: ScalePoint) => number;
}

export interface ScaleTableOptions {
	readonly lang: Lang;
	readonly file: string;
	readonly chart: readonly string[];
}

export function scaleTable(curve: ScaleCurve, options: ScaleTableOptions): string {
	const {lang} = options;
	const isUnit = curve.unit !== 'province';
	const ref = curve.reference;
	const v = (s: string) => (p: ScalePoint) => p.values[s]!;
	const delta = (s: string) => (p: ScalePoint) => p.others[s]! - ref.others[s]!;
	const mark = (p: ScalePoint) => `${show(p.settled, 'persons')}${Math.abs(p.settled - curve.own) <= 1e-6 * Math.max(1, curve.own) ? ' ★' : ''}${p.exceedsPool ? ' !' : ''}`;
	const out: string[] = [];
	const name = label(curve.unitName.zh, curve.unitName.en, lang);
	out.push(`${label('规模曲线', 'Scaling curve', lang)}: ${name}, ${curve.year} — ${options.file}`);
	out.push(`${label('本情景当年落户', 'the scenario’s own settlement', lang)} ${show(curve.own, 'persons')} ${label('万人', '10k persons', lang)} (★); ${label('潜在人群', 'settlement pool', lang)} ${show(ref.pool, 'persons')} ${label('万人', '10k persons', lang)}${curve.points.some((p) => p.exceedsPool) ? ` (! ${label('超过潜在人群,按假设计算', 'exceeds the pool: computed as a what-if', lang)})` : ''}`);
	out.push('');
	const main: Column[] = [
		{zh: '较本情景', en: 'Δ vs own', measure: 'persons', cell: (p) => p.settled - curve.own},
		{zh: '转移支付', en: 'Transfers', measure: 'yuan', cell: v('transfers')},
		{zh: '设施补助', en: 'Subsidy', measure: 'yuan', cell: v('infraSubsidy')},
		{zh: '用地需求', en: 'Land need', measure: 'm2', cell: v('landQuotaNeed')},
		{zh: '用地下达', en: 'Granted', measure: 'm2', cell: v('landQuotaGranted')},
		{zh: '次年标准', en: 'Std next yr', measure: 'm2_per_person', cell: v('landStandardNext')},
		{zh: '市民化成本', en: 'Cost', measure: 'yuan', cell: v('citizenizationCost')},
		{zh: '财政缺口', en: 'Fiscal gap', measure: 'yuan', cell: v('fiscalGap')},
		...(isUnit
			? [
					{zh: '他市转移支付Δ', en: 'Others transf. Δ', measure: 'yuan', cell: delta('transfers')} as Column,
					{zh: '他市补助Δ', en: 'Others subsidy Δ', measure: 'yuan', cell: delta('infraSubsidy')} as Column,
					{zh: '他市用地Δ', en: 'Others land Δ', measure: 'm2', cell: delta('landQuotaGranted')} as Column,
				]
			: []),
	];
	out.push(table(curve.points, main, lang, mark));
	out.push('');
	out.push(label('分项目(当年)', 'By program (the year)', lang));
	const programs = curve.series.filter((s) => !['settled', 'transfers', 'infraSubsidy', 'landStandard', 'landStandardNext', 'landQuotaNeed', 'landQuotaGranted', 'citizenizationCost', 'fiscalGap'].includes(s.name));
	out.push(table(curve.points, programs.map((s) => ({zh: s.label_zh, en: s.label_en, measure: s.measure, cell: v(s.name)})), lang, mark));
	if (curve.points.length > 1) {
		out.push('');
		out.push(`${label('边际量(每多落户1人)', 'Marginal amounts (per additional settler)', lang)}`);
		out.push(marginalTable(curve, lang, isUnit));
		out.push('');
		const labels = Object.fromEntries(curve.series.map((s) => [s.name, label(shortZh(s.name, s.label_zh), shortEn(s.name, s.label_en), lang)]));
		out.push(scaleChart(curve, {series: options.chart, labels, lang}));
	}
	out.push('');
	out.push(label('拐点', 'Breakpoints', lang));
	if (curve.breakpoints.length === 0) out.push(`  ${label('无(在容差内为线性或平滑)', 'none (linear or smooth within the tolerance)', lang)}`);
	for (const b of curve.breakpoints) {
		const reason = lang === 'zh' ? b.reason_zh : lang === 'en' ? b.reason : `${b.reason_zh}\n${' '.repeat(16)}${b.reason}`;
		out.push(`  ${show(b.settled, 'persons').padStart(8)} ${lang === 'en' ? '10k persons' : '万人'}  ${b.series}: ${reason}`);
	}
	out.push('');
	out.push(`${label(`${curve.year}—${curve.endYear}年合计(后续年份受累计落户和用地档次影响)`, `Through ${curve.endYear} (${curve.year}–${curve.endYear}; later years feel the cohort and the land tier)`, lang)}`);
	const through = (s: string) => (p: ScalePoint) => p.through[s]!;
	out.push(
		table(
			curve.points,
			[
				{zh: '累计落户', en: 'Settled total', measure: 'persons', cell: through('settled')},
				{zh: '转移支付', en: 'Transfers', measure: 'yuan', cell: through('transfers')},
				{zh: '设施补助', en: 'Subsidy', measure: 'yuan', cell: through('infraSubsidy')},
				{zh: '用地下达', en: 'Granted', measure: 'm2', cell: through('landQuotaGranted')},
				{zh: '市民化成本', en: 'Cost', measure: 'yuan', cell: through('citizenizationCost')},
				{zh: '财政缺口', en: 'Fiscal gap', measure: 'yuan', cell: through('fiscalGap')},
			],
			lang,
			mark,
		),
	);
	return `${out.join('\n')}\n`;
}

function table(points: readonly ScalePoint[], columns: readonly Column[], lang: Lang, mark: (p: ScalePoint) => string): string {
	const unit = (m: Measure) => (lang === 'en' ? displayUnit(m).en : displayUnit(m).zh);
	const header =
		lang === 'both'
			? [['落户', ...columns.map((c) => c.zh)], ['Settled', ...columns.map((c) => c.en)], ['万人', ...columns.map((c) => unit(c.measure))]]
			: [[label('落户', 'Settled', lang), ...columns.map((c) => label(c.zh, c.en, lang))], [lang === 'en' ? '10k persons' : '万人', ...columns.map((c) => unit(c.measure))]];
	return renderTable(header, points.map((p) => [mark(p), ...columns.map((c) => show(c.cell(p), c.measure))]));
}

function marginalTable(curve: ScaleCurve, lang: Lang, isUnit: boolean): string {
	const perSettler = (s: string): Measure => (curve.series.find((c) => c.name === s)?.measure === 'm2' ? 'm2_per_person' : 'yuan_per_person');
	const cols: Array<[string, string, string, Readonly<Record<string, number[]>>]> = [
		['transfers', '转移支付', 'Transfers', curve.marginal],
		['infraSubsidy', '设施补助', 'Subsidy', curve.marginal],
		['landQuotaGranted', '用地下达', 'Land granted', curve.marginal],
		['citizenizationCost', '市民化成本', 'Cost', curve.marginal],
		['fiscalGap', '财政缺口', 'Fiscal gap', curve.marginal],
		...(isUnit
			? ([
					['transfers', '他市转移支付', 'Others transf.', curve.marginalOthers],
					['infraSubsidy', '他市补助', 'Others subsidy', curve.marginalOthers],
				] as Array<[string, string, string, Readonly<Record<string, number[]>>]>)
			: []),
	];
	const unit = (m: Measure) => (lang === 'en' ? displayUnit(m).en : displayUnit(m).zh);
	const header =
		lang === 'both'
			? [['区间', ...cols.map((c) => c[1]), '弹性'], ['Interval', ...cols.map((c) => c[2]), 'Elasticity'], ['万人', ...cols.map((c) => unit(perSettler(c[0]))), '转移支付']]
			: [[label('区间', 'Interval', lang), ...cols.map((c) => label(c[1], c[2], lang)), label('弹性', 'Elasticity', lang)], [lang === 'en' ? '10k persons' : '万人', ...cols.map((c) => unit(perSettler(c[0]))), label('转移支付', 'transfers', lang)]];
	const rows = curve.points.slice(1).map((p, i) => [
		`${show(curve.points[i]!.settled, 'persons')}→${show(p.settled, 'persons')}`,
		...cols.map(([s, , , m]) => show(m[s]![i]!, perSettler(s))),
		Number.isFinite(curve.elasticity['transfers']![i]!) ? curve.elasticity['transfers']![i]!.toFixed(2) : '—',
	]);
	return renderTable(header, rows);
}

const SHORT: Readonly<Record<string, readonly [string, string]>> = {
	transfers: ['转移支付', 'transfers'],
	infraSubsidy: ['设施补助', 'subsidy'],
	landQuotaNeed: ['用地需求', 'land need'],
	landQuotaGranted: ['用地下达', 'land granted'],
	citizenizationCost: ['市民化成本', 'cost'],
	fiscalGap: ['财政缺口', 'fiscal gap'],
};
const shortZh = (name: string, zh: string) => SHORT[name]?.[0] ?? zh;
const shortEn = (name: string, en: string) => SHORT[name]?.[1] ?? en;
