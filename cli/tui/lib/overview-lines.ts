/**
 * The overview as lines: the province against each target of the plan (§一(三)) with a sparkline
 * per row, the 2018/2020 evaluations (§四(二)), the province's trajectory, the data-quality line.
 * Every figure carries its change against the scenario as loaded when levers are changed.
 */
import type {CompiledScenario, Measure, RunResult} from '../../../src/index.js';
import {dataQuality} from '../../views/data-quality.js';
import {bar, sparkline} from './charts.js';
import {mark, show, showDelta} from './format.js';
import {yearWindow} from './screen-props.js';
import {check, plain, seg, type Line, type Seg} from './seg.js';
import {fit} from './text.js';

const TARGET_LABELS: Record<string, readonly [string, string]> = {
	hukouRateAnnualGain: ['户籍率年增', 'Hukou rate gain/yr'],
	settledPerYear: ['年落户', 'Settled a year'],
	hukouUrbanizationRate: ['户籍城镇化率', 'Hukou rate'],
	rateGapNarrowing: ['两率差缩小', 'Gap narrowing'],
};

const TRAJECTORY: ReadonlyArray<readonly [string, string]> = [
	['hukouUrbanizationRate', '户籍城镇化率 Hukou rate'],
	['residentUrbanizationRate', '常住城镇化率 Resident'],
	['rateGap', '两率差距 Gap'],
	['settled', '落户 Settled (万人)'],
	['transfers', '转移支付 Transfers (亿)'],
	['infraSubsidy', '设施补助 Subsidy (亿)'],
	['fiscalGap', '财政缺口 Fiscal gap (亿)'],
	['landQuotaNeed', '用地需求 Land need (公顷)'],
	['landQuotaGranted', '用地下达 Granted (公顷)'],
];

const VAL = 9;

export function overviewLines(scenario: CompiledScenario, base: RunResult, result: RunResult, t: number, width: number, ms: number, changed: boolean): Line[] {
	const info = new Map(scenario.seriesInfo.map((s) => [s.name, s]));
	const sparkW = Math.min(result.nYears, 12);
	// Years first: as many as fit next to a label of at least 20 columns.
	// From 110 columns the sparkline's scale is printed next to it (0 to the largest value shown).
	const rangeW = width >= 110 ? 11 : 0;
	const fixed = 20 + 1 + sparkW + rangeW + (changed ? VAL + 1 : 0);
	const years = yearWindow(result.nYears, t, Math.max(1, Math.floor((width - fixed) / (VAL + 1))));
	const labelW = Math.max(20, Math.min(width >= 150 ? 60 : width >= 110 ? 44 : 34, width - (sparkW + rangeW + 1 + years.length * (VAL + 1) + (changed ? VAL + 1 : 0))));
	const spark = (values: number[], measure: Measure) => {
		const shown = values.slice(-sparkW);
		const hi = Math.max(0, ...shown.filter(Number.isFinite));
		return fit(sparkline(shown), sparkW) + (rangeW ? fit(` 0…${show(hi, measure)}`, rangeW) : '');
	};
	const lines: Line[] = [];
	lines.push([seg(scenario.name.zh, {bold: true}), seg(`  ${scenario.name.en}`, {dim: true})]);
	lines.push(plain(`${result.nUnits} units · ${result.years[0]}–${result.years.at(-1)} · run ${ms.toFixed(1)} ms · sparklines from 0 to the row’s largest${changed ? ' · ▲▼ = change against the scenario as loaded' : ''}`, {dim: true}));
	const q = dataQuality(scenario);
	lines.push([
		seg('数据质量 Data quality: ', {bold: true}),
		seg(`${q.estimates}/${q.total} inputs are estimates 项为估计值`, {role: q.estimates > q.total / 2 ? 'warn' : undefined}),
		seg(` (${q.estimateNames.slice(0, 6).join(', ')}${q.estimateNames.length > 6 ? ', …' : ''})`, {dim: true}),
	]);
	const header = (title: string): Line => [
		seg(fit(title, labelW), {bold: true, role: 'heading'}),
		seg(fit('', sparkW + rangeW + 1)),
		...years.map((y) => seg(` ${fit(String(result.years[y]), VAL, 'right')}`, {bold: y === t})),
		...(changed ? [seg(` ${fit(`Δ ${result.years[t]}`, VAL, 'right')}`, {bold: true})] : []),
	];
	lines.push(header('规划目标 Targets (§一(三))'));
	for (const [id, spec] of Object.entries(scenario.targets)) {
		const rows = result.targets.filter((r) => r.id === id);
		if (rows.length === 0) continue;
		const measure: Measure = spec.metric === 'settledPerYear' ? 'persons' : 'share';
		const byYear = new Map(rows.map((r) => [r.year, r]));
		const baseByYear = new Map(base.targets.filter((r) => r.id === id).map((r) => [r.year, r]));
		const all = rows.every((r) => r.met);
		const [zh, en] = TARGET_LABELS[spec.metric] ?? [spec.label.zh, spec.label.en];
		const goal = `${spec.op === '>=' ? '≥' : '≤'}${show(spec.value, measure)}${measure === 'persons' ? '万' : ''}`;
		const segs: Seg[] = [check(all), seg(` ${fit(`${zh}${goal} ${en}`, labelW - 3)} `)];
		segs.push(seg(spark(rows.map((r) => r.value), measure), {role: 'accent'}), seg(' '));
		for (const y of years) {
			const r = byYear.get(result.years[y]!);
			if (!r) {
				segs.push(seg(` ${fit('', VAL)}`));
				continue;
			}
			const b = baseByYear.get(r.year);
			segs.push(seg(` ${fit(`${show(r.value, measure)}${b ? mark(r.value, b.value).trim() : ''}`, VAL - 1, 'right')}`), check(r.met));
		}
		if (changed) {
			const r = byYear.get(result.years[t]!);
			const b = baseByYear.get(result.years[t]!);
			segs.push(seg(` ${fit(r && b ? showDelta(r.value - b.value, measure) : '', VAL, 'right')}`));
		}
		lines.push(segs);
	}
	for (const evaluation of result.evaluations) {
		const passed = evaluation.rows.filter((r) => r.met).length;
		const basePassed = base.evaluations.find((e) => e.year === evaluation.year)?.rows.filter((r) => r.met).length ?? passed;
		const name = evaluation.kind === 'midterm' ? '中期评估 Mid-term' : '总结评估 Final';
		const off = evaluation.rows.filter((r) => !r.met).map((r) => result.units.find((u) => u.id === r.unit)?.name_zh ?? r.unit);
		const delta = passed !== basePassed ? ` (${passed > basePassed ? '+' : '−'}${Math.abs(passed - basePassed)})` : '';
		lines.push([
			check(passed === evaluation.rows.length),
			seg(` ${fit(`${name} ${evaluation.year}`, labelW - 3)} `),
			seg(bar(passed, evaluation.rows.length, 10), {role: 'good'}),
			seg(` ${passed}/${evaluation.rows.length} units on track 达标${delta}`),
			seg(off.length ? `  off track 未达标: ${off.join(' ')}` : '', {dim: true}),
		]);
	}
	lines.push([]);
	lines.push(header('全省 Province'));
	for (const [name, label] of TRAJECTORY) {
		const values = result.province[name];
		const s = info.get(name);
		if (!values || !s) continue;
		const baseValues = base.province[name]!;
		const from = s.flow ? 1 : 0;
		const segs: Seg[] = [seg(`${fit(label, labelW - 1)} `), seg(spark(Array.from(values).slice(from), s.measure), {role: 'accent'}), seg(' ')];
		for (const y of years) {
			const text = s.flow && y === 0 ? '—' : show(values[y]!, s.measure);
			segs.push(seg(` ${fit(text, VAL - 1, 'right')}`), seg(mark(values[y]!, baseValues[y]!), {role: 'accent'}));
		}
		if (changed) segs.push(seg(` ${fit(showDelta(values[t]! - baseValues[t]!, s.measure), VAL, 'right')}`));
		lines.push(segs);
	}
	return lines;
}
