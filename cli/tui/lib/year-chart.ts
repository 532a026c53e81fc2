/** A small vertical bar chart of one series over the years (the city detail's selected row). */
import type {SeriesInfo} from '../../../src/index.js';
import {show, unitOf} from './format.js';
import {seg, type Line} from './seg.js';
import {fit} from './text.js';

const BLOCKS = ' ▁▂▃▄▅▆▇█';

export function yearChart(years: readonly number[], values: readonly number[], s: SeriesInfo, t: number, width: number, height: number): Line[] {
	const from = s.flow ? 1 : 0;
	const colW = Math.max(1, Math.min(width >= 150 ? 12 : 6, Math.floor((width - 12) / Math.max(1, years.length - from))));
	const shown = years.slice(from).map((_, i) => i + from).slice(-Math.floor((width - 12) / colW));
	const max = Math.max(0, ...shown.map((y) => values[y]!).filter(Number.isFinite));
	const rows = Math.max(1, height - 2);
	const lines: Line[] = [[seg(fit(`${s.label_zh} ${s.label_en} (${unitOf(s.measure) || s.measure}), max ${show(max, s.measure)}`, width), {bold: true})]];
	for (let r = rows - 1; r >= 0; r--) {
		const line = [seg('  ')];
		for (const y of shown) {
			const level = max > 0 ? Math.max(0, (values[y]! / max) * rows - r) : 0;
			const ch = level >= 1 ? '█' : BLOCKS[Math.round(level * 8)]!;
			line.push(seg(fit(ch.repeat(Math.max(1, colW - 1)), colW), {role: y === t ? 'accent' : 'heading'}));
		}
		lines.push(line);
	}
	lines.push([seg('  '), ...shown.map((y) => seg(fit(colW >= 5 ? String(years[y]) : String(years[y]).slice(-2), colW), {bold: y === t}))]);
	return lines;
}
