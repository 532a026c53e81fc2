/**
 * Screen 2: one row per unit for the selected year (keys: keys/cities.ts). Only the visible rows are
 * drawn (Ink slows down with big tables, TOOLCHAIN §3.5); the last line says which rows are shown and
 * gives the selected row's name and value in full.
 */
import {Lines} from '../components/Lines.js';
import {useScroll} from '../hooks/use-scroll.js';
import {citiesOrder} from '../keys/cities.js';
import {mark, show, showDelta, unitOf} from '../lib/format.js';
import type {ViewProps} from '../lib/screen-props.js';
import {rowsNote} from '../lib/scroll-note.js';
import {seg, type Line, type Seg} from '../lib/seg.js';
import {fit, width as textWidth} from '../lib/text.js';

export function Cities({ctx, s, run}: ViewProps) {
	const {scenario, base, width, height, columns} = ctx;
	const result = run.result;
	const {col, sort, filter, delta} = s.cities;
	const t = s.t;
	const order = citiesOrder(s, ctx);
	const pos = Math.max(0, order.indexOf(s.unit));
	const wide = width >= 150;
	const COL = wide ? 13 : width >= 110 ? 11 : 10;
	const zhW = Math.max(...result.units.map((u) => textWidth(u.name_zh)));
	const enW = Math.min(wide ? 20 : 12, Math.max(...result.units.map((u) => textWidth(u.name_en))));
	const nameW = zhW + 1 + enW + 1;
	const visibleCols = Math.max(1, Math.floor((width - nameW) / COL));
	const firstCol = useScroll(col, visibleCols, columns.length);
	const shownCols = columns.slice(firstCol, firstCol + visibleCols);
	const bodyH = Math.max(1, height - 6);
	const top = useScroll(pos, bodyH, order.length);
	const n = result.nUnits;
	const flows = new Set(scenario.seriesInfo.filter((x) => x.flow).map((x) => x.name));
	const sortName = sort.col < 0 ? 'unit order 默认' : `${columns[sort.col]!.zh} ${columns[sort.col]!.en} ${sort.desc ? '↓' : '↑'}`;
	const title: Line = [
		seg(`各市 Units ${result.years[t]}`, {bold: true, role: 'heading'}),
		seg(`  sort: ${sortName} · ${order.length}/${n} shown${filter ? ` · filter "${filter}" (Esc clears)` : ''}${delta ? ' · Δ against loaded' : ''}`, {dim: true}),
	];
	const head = (pick: (c: (typeof columns)[number]) => string, first: string): Line => [
		seg(fit(first, nameW)),
		...shownCols.map((c) => seg(fit(pick(c), COL - 1, 'right') + ' ', {bold: columns.indexOf(c) === col, inverse: columns.indexOf(c) === col})),
	];
	const lines: Line[] = [
		title,
		head((c) => c.zh, '城市'),
		head((c) => c.en, 'Unit'),
		head((c) => (delta ? `Δ ${unitOf(c.measure)}` : unitOf(c.measure)), ''),
		[seg('─'.repeat(Math.max(0, Math.min(width, nameW + shownCols.length * COL))), {dim: true})],
	];
	const cellText = (u: number, c: (typeof columns)[number]) => {
		const v = result.series[c.series]![t * n + u]!;
		const b = base.series[c.series]![t * n + u]!;
		return {v, b, text: delta ? showDelta(v - b, c.measure) : t === 0 && flows.has(c.series) ? '—' : show(v, c.measure)};
	};
	for (const u of order.slice(top, top + bodyH)) {
		const info = result.units[u]!;
		const selected = u === order[pos];
		const segs: Seg[] = [seg(`${fit(info.name_zh, zhW)} ${fit(info.name_en, enW)} `, {inverse: selected, bold: selected})];
		for (const c of shownCols) {
			const {v, b, text} = cellText(u, c);
			segs.push(seg(fit(text, COL - 2, 'right'), {inverse: selected && columns.indexOf(c) === col}), seg(mark(v, b), {role: 'accent'}), seg(' '));
		}
		lines.push(segs);
	}
	if (order.length === 0) lines.push([seg('  no unit matches the filter 无匹配 — / to change it, Esc to clear', {role: 'warn'})]);
	while (lines.length < height - 1) lines.push([]);
	const more = firstCol > 0 || firstCol + shownCols.length < columns.length ? ` · cols ${firstCol + 1}–${firstCol + shownCols.length}/${columns.length}` : '';
	const selectedUnit = order.length ? result.units[order[pos]!] : undefined;
	const c = columns[col]!;
	const full = selectedUnit ? ` · › ${selectedUnit.name_zh} ${selectedUnit.name_en} ${c.zh} ${c.en} ${cellText(order[pos]!, c).text}${delta ? '' : ` ${unitOf(c.measure)}`}` : '';
	lines.push([seg(rowsNote(top, Math.min(bodyH, order.length - top), order.length), {dim: true}), seg(more, {dim: true}), seg(full)]);
	return <Lines lines={lines} width={width} height={height} />;
}
