/**
 * The right-hand column of the levers screen: province effects in the selected year with their
 * change, the loaded and edited runs over the years on one scale, and who gains and who loses in
 * transfers (what a redistributing lever changes).
 */
import type {RunResult} from '../../../src/index.js';
import {sparkline, sparkScale} from './charts.js';
import {effectRows} from './effect-rows.js';
import {mark, show, showDelta} from './format.js';
import {unitShifts} from './gainers.js';
import {seg, type Line} from './seg.js';
import {fit, width as textWidth} from './text.js';

export function leverEffectLines(result: RunResult, base: RunResult, t: number, width: number, rows: number, ms: number): Line[] {
	const both = width >= 56;
	const effectW = Math.max(8, Math.min(width - 20, 40));
	const num = (v: number, measure: Parameters<typeof show>[1]) => (measure === 'number' ? String(v) : show(v, measure));
	const lines: Line[] = [[seg(fit(`效果 Effect ${result.years[t]}`, effectW), {bold: true, role: 'heading'}), seg(fit('value', 10, 'right'), {bold: true}), seg(fit('Δ loaded', 10, 'right'), {bold: true})]];
	for (const e of effectRows(result, base, t)) {
		const d = e.value - e.base;
		lines.push([
			seg(fit(both ? `${e.zh} ${e.en}` : e.zh, effectW)),
			seg(fit(num(e.value, e.measure), 9, 'right')),
			seg(mark(e.value, e.base), {role: 'accent'}),
			seg(fit(e.measure === 'number' ? (d === 0 ? '0' : `${d > 0 ? '+' : '−'}${Math.abs(d)}`) : showDelta(d, e.measure), 10, 'right'), {dim: Math.abs(d) < 1e-12}),
		]);
	}
	// Two blocks compete for the rows left: the runs over the years, and who gains and who loses. A lever
	// that only redistributes (province totals unchanged) shows the gainers first.
	const overTime = overTimeLines(result, base, effectW, both);
	const gainLose = gainerLines(result, base, t, effectW, Math.max(0, rows - lines.length - 1));
	const moved = effectRows(result, base, t).some((e) => Math.abs(e.value - e.base) > 1e-9 * Math.max(1, Math.abs(e.base)));
	for (const block of moved ? [overTime, gainLose] : [gainLose, overTime]) {
		const room = rows - lines.length - 1;
		if (block.length > 0 && block.length <= room) lines.push(...block);
		else if (block === gainLose && room >= 3) lines.push(...gainerLines(result, base, t, effectW, room));
		else if (block === overTime && room >= 2) lines.push(...overTime.slice(0, 2 * Math.floor(room / 2)));
	}
	lines.push([seg(`re-run ${ms.toFixed(1)} ms (engine)`, {dim: true})]);
	return lines;
}

/** The loaded (○) and edited (●) runs over the years, on one scale for both, the scale printed. */
function overTimeLines(result: RunResult, base: RunResult, effectW: number, both: boolean): Line[] {
	const out: Line[] = [];
	for (const [name, zh, en, measure] of [['hukouUrbanizationRate', '户籍率', 'Hukou rate', 'share'], ['transfers', '转移', 'Transfers', 'yuan']] as const) {
		const label = both ? `${zh} ${en}` : zh;
		const a = base.province[name];
		const b = result.province[name];
		if (!a || !b) continue;
		const from = name === 'transfers' ? 1 : 0;
		const scale = sparkScale([...Array.from(a).slice(from), ...Array.from(b).slice(from)]);
		const range = ` 0…${show(scale.hi, measure)}`;
		out.push([seg(fit(`${label} ○ loaded`, effectW)), seg(sparkline(a, from, scale), {dim: true}), seg(range, {dim: true})]);
		out.push([seg(fit(`${' '.repeat(Math.max(0, textWidth(label)))} ● edited`, effectW)), seg(sparkline(b, from, scale), {role: 'accent'}), seg(range, {dim: true})]);
	}
	return out;
}

/** Who gains and who loses in transfers, in at most `room` lines (a heading, then gainers and losers). */
function gainerLines(result: RunResult, base: RunResult, t: number, effectW: number, room: number): Line[] {
	const shown = (x: {delta: number}) => showDelta(x.delta, 'yuan') !== '0';
	const shifts = unitShifts(result, base, 'transfers', t);
	const gainers = shifts.gainers.filter(shown);
	const losers = shifts.losers.filter(shown);
	if ((gainers.length === 0 && losers.length === 0) || room < 3) return [];
	const k = Math.max(1, Math.min(6, Math.floor((room - 1) / 2)));
	const row = (x: {u: number; delta: number}, good: boolean): Line => [
		seg(fit(`${result.units[x.u]!.name_zh} ${result.units[x.u]!.name_en}`, effectW)),
		seg(fit(`${showDelta(x.delta, 'yuan')}${good ? '▲' : '▼'}`, 20, 'right'), {role: good ? 'good' : 'bad'}),
	];
	return [[seg('谁得谁失 transfers Δ', {bold: true}), seg(` ${gainers.length} gain ▲ ${losers.length} lose ▼`, {dim: true})], ...gainers.slice(0, k).map((g) => row(g, true)), ...losers.slice(0, k).map((l) => row(l, false))];
}
