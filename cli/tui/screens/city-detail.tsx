/**
 * Screen 3: one city (keys: keys/detail.ts), in three sections. Sparklines start at zero and print
 * their largest value; bars in a group share one scale. The series section draws the selected row as
 * a bar chart over the years when there is room.
 */
import {Lines} from '../components/Lines.js';
import {useScroll} from '../hooks/use-scroll.js';
import {bar, sparkline, sparkScale} from '../lib/charts.js';
import {mark, show, showDelta, unitOf} from '../lib/format.js';
import type {ViewProps} from '../lib/screen-props.js';
import {rowsNote} from '../lib/scroll-note.js';
import {seg, type Line} from '../lib/seg.js';
import {fit} from '../lib/text.js';
import {yearChart} from '../lib/year-chart.js';

export function CityDetail({ctx, s, run}: ViewProps) {
	const {scenario, base, width, height, sections} = ctx;
	const result = run.result;
	const t = s.t;
	const u = s.unit;
	const sectionIndex = s.detail.section;
	const section = sections[sectionIndex]!;
	const cursor = s.detail.cursors[sectionIndex]!;
	const info = new Map(scenario.seriesInfo.map((x) => [x.name, x]));
	const n = result.nUnits;
	const at = (r: typeof result, name: string, y = t) => r.series[name]?.[y * n + u] ?? NaN;
	// The selected series as a bar chart over the years, in the rows the list leaves free.
	const spare = height - 3 - section.items.length;
	const chartRows = section.id === 'series' && spare >= 5 ? Math.min(12, spare) : 0;
	const bodyH = Math.max(1, height - 3 - chartRows);
	const top = useScroll(cursor, bodyH, section.items.length);
	const unitInfo = result.units[u]!;
	const labelW = Math.min(54, Math.max(20, Math.floor(width * 0.3)));
	const chartW = Math.max(4, width - labelW - 27);
	const groupMax = new Map<number, number>();
	for (const item of section.items) if (item.kind === 'series' && item.group !== undefined) groupMax.set(item.group, Math.max(groupMax.get(item.group) ?? 0, Math.abs(at(result, item.series))));
	const lines: Line[] = [
		[
			seg(`${unitInfo.name_zh} ${unitInfo.name_en}`, {bold: true, role: 'heading'}),
			seg(`  ${result.years[t]}  ·  `, {bold: true}),
			...sections.flatMap((sec, i) => [seg(` ${sec.zh} ${sec.en} `, i === sectionIndex ? {inverse: true} : {dim: true}), seg(' ')]),
		],
		[
			seg(fit('', labelW)),
			seg(fit('value 数值', 14, 'right'), {dim: true}),
			seg(fit('Δ loaded', 11, 'right'), {dim: true}),
			seg(`  ${section.id === 'series' ? `${result.years[0]}–${result.years.at(-1)}, from 0 to the largest 自零起` : section.id === 'money' ? 'bar: share of the group’s largest / of the pool 占资金池' : 'bar: share of the group’s largest'}`, {dim: true}),
		],
	];
	section.items.slice(top, top + bodyH).forEach((item, k) => {
		const index = top + k;
		if (item.kind === 'heading') {
			lines.push([seg(fit(`${item.zh} ${item.en}`, width), {bold: true, role: 'heading'})]);
			return;
		}
		const si = info.get(item.series)!;
		const v = at(result, item.series);
		const b = at(base, item.series);
		const selected = index === cursor;
		const label = `${si.label_zh} ${si.label_en}`;
		let chart = '';
		if (item.chart === 'spark') {
			const values = Array.from({length: result.nYears}, (_, y) => at(result, item.series, y));
			const from = si.flow ? 1 : 0;
			const scale = sparkScale(values, from);
			chart = `${sparkline(values, from, scale)} ${scale.lo < 0 ? `${show(scale.lo, si.measure)}…` : '0…'}${show(scale.hi, si.measure)}`;
		} else if (item.chart === 'group') chart = bar(Math.abs(v), groupMax.get(item.group!) ?? 0, Math.min(chartW, 40));
		else {
			const pool = result.programs.find((p) => p.id === item.series)?.pool[t] ?? NaN;
			chart = Number.isFinite(pool) && pool > 0 ? `${bar(v, pool, Math.min(chartW - 9, 30))} ${show(v / pool, 'share')}` : 'per capita 按人';
		}
		const text = t === 0 && si.flow ? '—' : show(v, si.measure);
		lines.push([
			// The selected row shows its whole label (it may run into the value column's padding).
			seg(fit(label, labelW - 1) + ' ', selected ? {inverse: true} : {}),
			seg(fit(si.measure === 'share' ? text : `${text} ${unitOf(si.measure)}`, 13, 'right')),
			seg(mark(v, b), {role: 'accent'}),
			seg(fit(showDelta(v - b, si.measure), 11, 'right'), {dim: Math.abs(v - b) < 1e-12}),
			seg(`  ${fit(chart, chartW)}`, {role: item.chart === 'spark' ? 'accent' : undefined}),
		]);
	});
	const item = section.items[cursor];
	const selectedInfo = item?.kind === 'series' ? info.get(item.series) : undefined;
	if (chartRows > 0 && item?.kind === 'series' && selectedInfo) {
		lines.length = Math.min(lines.length, height - 1 - chartRows);
		while (lines.length < height - 1 - chartRows) lines.push([]);
		lines.push(...yearChart(result.years, Array.from({length: result.nYears}, (_, y) => at(result, item.series, y)), selectedInfo, t, width, chartRows));
	}
	while (lines.length < height - 1) lines.push([]);
	lines.length = Math.min(lines.length, height - 1);
	const full = selectedInfo ? ` · › ${selectedInfo.label_zh} ${selectedInfo.label_en} (${selectedInfo.name})` : '';
	lines.push([seg(rowsNote(top, Math.min(bodyH, section.items.length - top), section.items.length), {dim: true}), seg(full)]);
	return <Lines lines={lines} width={width} height={height} />;
}
