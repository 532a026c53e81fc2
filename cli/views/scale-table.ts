/**
 * The readable scaling curve: the points (the unit's money, subsidy, land, cost and fiscal gap, and
 * what the other units gain or lose against the scenario's own settlement), the programs one by
 * one, the marginal amounts per additional settler between points, a text chart, the breakpoints
 * with their reasons, and the flows through the horizon (later years feel the cohort and the tier).
 */
import type {ScaleCurve, ScalePoint} from '../../src/scale/index.js';
import {LAND_STANDARD_NEXT} from '../../src/scale/series.js';
import {shortLabel, SHORT_LABELS} from './short-labels.js';
import type {Measure} from '../../src/index.js';
import type {DisplayOptions, LandUnit} from '../../src/format/display-unit.js';
import {displayUnit, show} from '../format/quantity.js';
import {renderTable} from '../format/table.js';
import {label, type Lang} from './labels.js';
import {scaleChart} from './scale-chart.js';

/** The same amounts summed over the other units (what they gain or lose), headed short. */
const OTHERS_SHORT: Readonly<Record<string, readonly [string, string]>> = {
	transfers: ['他市转移支付', 'Others transf.'],
	infraSubsidy: ['他市补助', 'Others subsidy'],
	landQuotaGranted: ['他市用地', 'Others land'],
};

/** The columns of the year's table, of the flows through the horizon (and the marginal amounts), and of the other units. */
const MAIN = ['transfers', 'infraSubsidy', 'landQuotaNeed', 'landQuotaGranted', LAND_STANDARD_NEXT, 'citizenizationCost', 'fiscalGap'];
const THROUGH = ['transfers', 'infraSubsidy', 'landQuotaGranted', 'citizenizationCost', 'fiscalGap'];
const OTHERS = ['transfers', 'infraSubsidy', 'landQuotaGranted'];

const measureOf = (curve: ScaleCurve, name: string): Measure => curve.series.find((c) => c.name === name)?.measure ?? 'number';

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
	/** Land in 公顷 (default), 亩 or 万亩; land per settler stays in 平方米/人 (the unit of 国土资发〔2016〕123号). */
	readonly land?: LandUnit;
}

export function scaleTable(curve: ScaleCurve, options: ScaleTableOptions): string {
	const {lang} = options;
	const shownIn: DisplayOptions = {land: options.land};
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
	const column = (series: string, cell: (p: ScalePoint) => number, zh = SHORT_LABELS.get(series)![0], en = SHORT_LABELS.get(series)![1]): Column => ({zh, en, measure: measureOf(curve, series), cell});
	const main: Column[] = [
		{zh: '较本情景', en: 'Δ vs own', measure: 'persons', cell: (p) => p.settled - curve.own},
		...MAIN.map((s) => column(s, v(s))),
		...(isUnit ? OTHERS.map((s) => column(s, delta(s), `${OTHERS_SHORT[s]![0]}Δ`, `${OTHERS_SHORT[s]![1]} Δ`)) : []),
	];
	out.push(table(curve.points, main, lang, mark, shownIn));
	out.push('');
	out.push(label('分项目(当年)', 'By program (the year)', lang));
	// The programs one by one: every series of the curve that no other table shows.
	const shown = new Set<string>(['settled', 'landStandard', ...MAIN]);
	const programs = curve.series.filter((s) => !shown.has(s.name));
	out.push(table(curve.points, programs.map((s) => ({zh: s.label_zh, en: s.label_en, measure: s.measure, cell: v(s.name)})), lang, mark, shownIn));
	if (curve.points.length > 1) {
		out.push('');
		out.push(`${label('边际量(每多落户1人)', 'Marginal amounts (per additional settler)', lang)}`);
		out.push(marginalTable(curve, lang, isUnit));
		out.push('');
		const labels = Object.fromEntries(curve.series.map((s) => [s.name, legend(s.name, s.label_zh, s.label_en, lang)]));
		out.push(scaleChart(curve, {series: options.chart, labels, lang, land: options.land}));
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
			[column('settled', through('settled'), '累计落户', 'Settled total'), ...THROUGH.map((s) => column(s, through(s)))],
			lang,
			mark,
			shownIn,
		),
	);
	return `${out.join('\n')}\n`;
}

function table(points: readonly ScalePoint[], columns: readonly Column[], lang: Lang, mark: (p: ScalePoint) => string, shownIn: DisplayOptions): string {
	const unit = (m: Measure) => displayUnit(m, shownIn)[lang === 'en' ? 'en' : 'zh'];
	const header =
		lang === 'both'
			? [['落户', ...columns.map((c) => c.zh)], ['Settled', ...columns.map((c) => c.en)], ['万人', ...columns.map((c) => unit(c.measure))]]
			: [[label('落户', 'Settled', lang), ...columns.map((c) => label(c.zh, c.en, lang))], [lang === 'en' ? '10k persons' : '万人', ...columns.map((c) => unit(c.measure))]];
	return renderTable(header, points.map((p) => [mark(p), ...columns.map((c) => show(c.cell(p), c.measure, shownIn))]));
}

function marginalTable(curve: ScaleCurve, lang: Lang, isUnit: boolean): string {
	const perSettler = (s: string): Measure => (measureOf(curve, s) === 'm2' ? 'm2_per_person' : 'yuan_per_person');
	const cols: Array<[string, string, string, Readonly<Record<string, number[]>>]> = [
		...THROUGH.map((s): [string, string, string, Readonly<Record<string, number[]>>] => [s, ...SHORT_LABELS.get(s)!, curve.marginal]),
		...(isUnit ? OTHERS.filter((s) => s !== 'landQuotaGranted').map((s): [string, string, string, Readonly<Record<string, number[]>>] => [s, ...OTHERS_SHORT[s]!, curve.marginalOthers]) : []),
	];
	const unit = (m: Measure) => (lang === 'en' ? displayUnit(m).en : displayUnit(m).zh);
	const header =
		lang === 'both'
			? [['区间', ...cols.map((c) => c[1]), '弹性'], ['Interval', ...cols.map((c) => c[2]), 'Elasticity'], ['万人', ...cols.map((c) => unit(perSettler(c[0]))), shortLabel('transfers', '', '')[0]]]
			: [[label('区间', 'Interval', lang), ...cols.map((c) => label(c[1], c[2], lang)), label('弹性', 'Elasticity', lang)], [lang === 'en' ? '10k persons' : '万人', ...cols.map((c) => unit(perSettler(c[0]))), legend('transfers', '', '', lang)]];
	const rows = curve.points.slice(1).map((p, i) => [
		`${show(curve.points[i]!.settled, 'persons')}→${show(p.settled, 'persons')}`,
		...cols.map(([s, , , m]) => show(m[s]![i]!, perSettler(s))),
		Number.isFinite(curve.elasticity['transfers']![i]!) ? curve.elasticity['transfers']![i]!.toFixed(2) : '—',
	]);
	return renderTable(header, rows);
}

// The chart's legend is a phrase: 'transfers', 'land need'.
const legend = (name: string, zh: string, en: string, lang: Lang) => {
	const [z, e] = shortLabel(name, zh, en);
	return label(z, SHORT_LABELS.has(name) ? e.charAt(0).toLowerCase() + e.slice(1) : e, lang);
};
