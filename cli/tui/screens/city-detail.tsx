/**
 * Screen 3: one city. [ ] section (time series, money, land), ↑/↓ row, ←/→ year, n/p next and
 * previous city, w why (explanation of the selected number), c the scaling curve, Esc back to the table. The series
 * section draws the selected row as a bar chart over the years when there is room.
 */
import {useMemo, useState} from 'react';
import {Lines} from '../components/Lines.js';
import {useKeys} from '../hooks/use-keys.js';
import {useScroll} from '../hooks/use-scroll.js';
import {bar, sparkline} from '../lib/charts.js';
import {detailSections} from '../lib/detail-rows.js';
import {mark, show, showDelta, unitOf} from '../lib/format.js';
import type {ScreenProps} from '../lib/screen-props.js';
import {seg, type Line} from '../lib/seg.js';
import {fit} from '../lib/text.js';
import {yearChart} from '../lib/year-chart.js';

export interface CityDetailProps extends ScreenProps {
	readonly unit: number;
	readonly setUnit: (u: number) => void;
	readonly onBack: () => void;
	readonly onWhy: (series: string, u: number) => void;
	/** c: the city's scaling curve in the selected year (hukou-sim scale). */
	readonly onCurve?: (u: number) => void;
}

export function CityDetail(props: CityDetailProps) {
	const {scenario, base, run, t, setT, width, height, active, unit: u, setUnit, onBack, onWhy, onCurve} = props;
	const result = run.result;
	const sections = useMemo(() => detailSections(scenario), [scenario]);
	const [sectionIndex, setSection] = useState(0);
	const [cursors, setCursors] = useState<number[]>(() => sections.map((sec) => sec.items.findIndex((i) => i.kind === 'series')));
	const section = sections[sectionIndex]!;
	const cursor = cursors[sectionIndex]!;
	const info = new Map(scenario.seriesInfo.map((x) => [x.name, x]));
	const n = result.nUnits;
	const at = (r: typeof result, name: string, y = t) => r.series[name]?.[y * n + u] ?? NaN;
	// The selected series as a bar chart over the years, in the rows the list leaves free.
	const spare = height - 2 - section.items.length;
	const chartRows = section.id === 'series' && spare >= 5 ? Math.min(9, spare) : 0;
	const bodyH = Math.max(1, height - 3 - chartRows);
	const top = useScroll(cursor, bodyH, section.items.length);

	useKeys((input, key) => {
		const move = (d: number) => {
			let c = cursor;
			do c += d;
			while (c >= 0 && c < section.items.length && section.items[c]!.kind !== 'series');
			if (c >= 0 && c < section.items.length) setCursors((cs) => cs.map((x, i) => (i === sectionIndex ? c : x)));
		};
		if (key.upArrow) move(-1);
		else if (key.downArrow) move(1);
		else if (key.leftArrow) setT(Math.max(0, t - 1));
		else if (key.rightArrow) setT(Math.min(result.nYears - 1, t + 1));
		else if (input === ']') setSection((x) => (x + 1) % sections.length);
		else if (input === '[') setSection((x) => (x + sections.length - 1) % sections.length);
		else if (input === 'n') setUnit((u + 1) % n);
		else if (input === 'p') setUnit((u + n - 1) % n);
		else if (key.escape || key.backspace) onBack();
		else if (input === 'c') onCurve?.(u);
		else if (input === 'w' || key.return) {
			const item = section.items[cursor];
			if (item?.kind === 'series') onWhy(item.series, u);
		}
	}, active);

	const unitInfo = result.units[u]!;
	const labelW = Math.min(34, Math.max(20, Math.floor(width * 0.3)));
	const chartW = Math.max(4, width - labelW - 27);
	const groupMax = new Map<number, number>();
	for (const item of section.items) if (item.kind === 'series' && item.group !== undefined) groupMax.set(item.group, Math.max(groupMax.get(item.group) ?? 0, Math.abs(at(result, item.series))));
	const lines: Line[] = [
		[
			seg(`${unitInfo.name_zh} ${unitInfo.name_en}`, {bold: true, role: 'heading'}),
			seg(`  ${result.years[t]}  ·  `, {bold: true}),
			...sections.flatMap((sec, i) => [seg(` ${sec.zh} ${sec.en} `, i === sectionIndex ? {inverse: true} : {dim: true}), seg(' ')]),
		],
		[seg(fit('', labelW)), seg(fit('value 数值', 14, 'right'), {dim: true}), seg(fit('Δ loaded', 11, 'right'), {dim: true}), seg(`  ${section.id === 'series' ? `${result.years[0]}–${result.years.at(-1)}` : section.id === 'money' ? 'bar / share of pool 占资金池' : 'bar'}`, {dim: true})],
	];
	section.items.slice(top, top + bodyH).forEach((item, k) => {
		const index = top + k;
		if (item.kind === 'heading') {
			lines.push([seg(fit(`${item.zh} ${item.en}`, width), {bold: true, role: 'heading'})]);
			return;
		}
		const s = info.get(item.series)!;
		const v = at(result, item.series);
		const b = at(base, item.series);
		const selected = index === cursor;
		const label = `${s.label_zh} ${s.label_en}`;
		let chart = '';
		if (item.chart === 'spark') chart = sparkline(Array.from({length: result.nYears}, (_, y) => at(result, item.series, y)), s.flow ? 1 : 0);
		else if (item.chart === 'group') chart = bar(Math.abs(v), groupMax.get(item.group!) ?? 0, Math.min(chartW, 30));
		else {
			const pool = result.programs.find((p) => p.id === item.series)?.pool[t] ?? NaN;
			chart = Number.isFinite(pool) && pool > 0 ? `${bar(v, pool, Math.min(chartW - 9, 20))} ${show(v / pool, 'share')}` : 'per capita 按人';
		}
		const text = t === 0 && s.flow ? '—' : show(v, s.measure);
		lines.push([
			seg(fit(label, labelW - 1) + ' ', selected ? {inverse: true} : {}),
			seg(fit(s.measure === 'share' ? text : `${text} ${unitOf(s.measure)}`, 13, 'right')),
			seg(mark(v, b), {role: 'accent'}),
			seg(fit(showDelta(v - b, s.measure), 11, 'right'), {dim: Math.abs(v - b) < 1e-12}),
			seg(`  ${fit(chart, chartW)}`, {role: item.chart === 'spark' ? 'accent' : undefined}),
		]);
	});
	if (chartRows > 0) {
		const item = section.items[cursor];
		if (item?.kind === 'series') {
			const s = info.get(item.series)!;
			lines.length = Math.min(lines.length, height - chartRows);
			while (lines.length < height - chartRows) lines.push([]);
			lines.push(...yearChart(result.years, Array.from({length: result.nYears}, (_, y) => at(result, item.series, y)), s, t, width, chartRows - 1));
		}
	}
	return <Lines lines={lines} width={width} height={height} />;
}
