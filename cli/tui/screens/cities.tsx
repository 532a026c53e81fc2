/**
 * Screen 2: one row per unit for the selected year. ↑/↓ move, ←/→ year, [ ] column, s sort by it
 * (again: reverse), / search, d show changes against the scenario as loaded, Enter the city's
 * detail, w why (the explanation of the selected number). Only the visible rows are rendered
 * (Ink slows down with big tables, TOOLCHAIN §3.5).
 */
import {Box} from 'ink';
import {useMemo, useState} from 'react';
import {Lines} from '../components/Lines.js';
import {TextPrompt} from '../components/TextPrompt.js';
import {useKeys} from '../hooks/use-keys.js';
import {useScroll} from '../hooks/use-scroll.js';
import {cityColumns} from '../lib/city-columns.js';
import {cityOrder, type SortSpec} from '../lib/city-rows.js';
import {mark, show, showDelta, unitOf} from '../lib/format.js';
import type {ScreenProps} from '../lib/screen-props.js';
import {seg, type Line, type Seg} from '../lib/seg.js';
import {fit, width as textWidth} from '../lib/text.js';

export interface CitiesProps extends ScreenProps {
	readonly unit: number;
	readonly setUnit: (u: number) => void;
	readonly onOpen: (u: number) => void;
	readonly onWhy: (series: string, u: number) => void;
}

const COL = 10;

export function Cities(props: CitiesProps) {
	const {scenario, base, run, t, setT, width, height, active, unit, setUnit, onOpen, onWhy, setCaptured} = props;
	const result = run.result;
	const columns = useMemo(() => cityColumns(scenario), [scenario]);
	const [colCursor, setColCursor] = useState(0);
	const [sort, setSort] = useState<SortSpec>({col: -1, desc: false});
	const [filter, setFilter] = useState('');
	const [searching, setSearching] = useState(false);
	const [deltaMode, setDeltaMode] = useState(false);
	const order = useMemo(() => cityOrder(result, base, columns, t, sort, filter, deltaMode), [result, base, columns, t, sort, filter, deltaMode]);
	const pos = Math.max(0, order.indexOf(unit));
	const zhW = Math.max(...result.units.map((u) => textWidth(u.name_zh)));
	const enW = Math.min(12, Math.max(...result.units.map((u) => textWidth(u.name_en))));
	const nameW = zhW + 1 + enW + 1;
	const visibleCols = Math.max(1, Math.floor((width - nameW) / COL));
	const firstCol = useScroll(colCursor, visibleCols, columns.length);
	const shownCols = columns.slice(firstCol, firstCol + visibleCols);
	const bodyH = Math.max(1, height - 6);
	const top = useScroll(pos, bodyH, order.length);

	useKeys((input, key) => {
		const move = (d: number) => order.length && setUnit(order[Math.max(0, Math.min(order.length - 1, pos + d))]!);
		if (key.upArrow) move(-1);
		else if (key.downArrow) move(1);
		else if (key.pageUp) move(-bodyH);
		else if (key.pageDown) move(bodyH);
		else if (key.leftArrow) setT(Math.max(0, t - 1));
		else if (key.rightArrow) setT(Math.min(result.nYears - 1, t + 1));
		else if (input === ']') setColCursor((c) => Math.min(columns.length - 1, c + 1));
		else if (input === '[') setColCursor((c) => Math.max(0, c - 1));
		else if (input === 's' || input === 'o') {
			// A new order starts at its top row.
			const next: SortSpec = input === 'o' ? {col: -1, desc: false} : sort.col === colCursor ? {col: colCursor, desc: !sort.desc} : {col: colCursor, desc: true};
			setSort(next);
			const first = cityOrder(result, base, columns, t, next, filter, deltaMode)[0];
			if (first !== undefined) setUnit(first);
		}
		else if (input === 'd') setDeltaMode((x) => !x);
		else if (input === '/') {
			setSearching(true);
			setCaptured(true);
		} else if (key.return && order.length) onOpen(order[pos]!);
		else if (input === 'w' && order.length) onWhy(columns[colCursor]!.series, order[pos]!);
	}, active && !searching);

	const n = result.nUnits;
	const flows = new Set(scenario.seriesInfo.filter((x) => x.flow).map((x) => x.name));
	const sortName = sort.col < 0 ? 'unit order 默认' : `${columns[sort.col]!.zh} ${columns[sort.col]!.en} ${sort.desc ? '↓' : '↑'}`;
	const title: Line = [
		seg(`各市 Units ${result.years[t]}`, {bold: true, role: 'heading'}),
		seg(`  sort: ${sortName} · ${order.length}/${n} shown${filter ? ` · filter "${filter}"` : ''}${deltaMode ? ' · Δ against loaded' : ''}`, {dim: true}),
	];
	const head = (pick: (c: (typeof columns)[number]) => string, first: string): Line => [
		seg(fit(first, nameW)),
		...shownCols.map((c) => seg(fit(pick(c), COL - 1, 'right') + ' ', {bold: columns.indexOf(c) === colCursor, inverse: columns.indexOf(c) === colCursor})),
	];
	const lines: Line[] = [
		title,
		head((c) => c.zh, '城市'),
		head((c) => c.en, 'Unit'),
		head((c) => (deltaMode ? `Δ ${unitOf(c.measure)}` : unitOf(c.measure)), ''),
		[seg('─'.repeat(Math.max(0, Math.min(width, nameW + shownCols.length * COL))), {dim: true})],
	];
	for (const u of order.slice(top, top + bodyH)) {
		const info = result.units[u]!;
		const selected = u === order[pos];
		const segs: Seg[] = [seg(`${fit(info.name_zh, zhW)} ${fit(info.name_en, enW)} `, {inverse: selected, bold: selected})];
		for (const c of shownCols) {
			const v = result.series[c.series]![t * n + u]!;
			const b = base.series[c.series]![t * n + u]!;
			const text = deltaMode ? showDelta(v - b, c.measure) : t === 0 && flows.has(c.series) ? '—' : show(v, c.measure);
			segs.push(seg(fit(text, COL - 2, 'right'), {inverse: selected && columns.indexOf(c) === colCursor}), seg(mark(v, b), {role: 'accent'}), seg(' '));
		}
		lines.push(segs);
	}
	if (order.length === 0) lines.push([seg('  no unit matches the filter 无匹配 — / to change it, Esc in the search to clear', {role: 'warn'})]);
	const more = firstCol > 0 || firstCol + shownCols.length < columns.length ? `columns ${firstCol + 1}–${firstCol + shownCols.length} of ${columns.length}: [ ] to move` : '';
	return (
		<Box flexDirection="column">
			<Lines lines={lines} width={width} height={height - 1} />
			{searching ? (
				<TextPrompt
					label="search 搜索 (中文/English)"
					initial={filter}
					width={width}
					onChange={setFilter}
					onSubmit={() => {
						setSearching(false);
						setCaptured(false);
					}}
					onCancel={() => {
						setFilter('');
						setSearching(false);
						setCaptured(false);
					}}
				/>
			) : (
				<Lines lines={[[seg(more, {dim: true})]]} width={width} />
			)}
		</Box>
	);
}
