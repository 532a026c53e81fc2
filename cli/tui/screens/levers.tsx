/**
 * Screen 4: the policy levers (keys: keys/levers.ts). Each row: the lever, its value, the loaded
 * value when changed, and on wide terminals its range as a slider; the selected lever's slider, range
 * and source are under the list. The right column shows the effects (lib/lever-effects.ts).
 */
import path from 'node:path';
import {Lines} from '../components/Lines.js';
import {useScroll} from '../hooks/use-scroll.js';
import {showLever} from '../lib/format.js';
import {leverEffectLines} from '../lib/lever-effects.js';
import {leverRange, sliderEnds} from '../lib/lever-range.js';
import {loadedValue} from '../lib/levers.js';
import type {ViewProps} from '../lib/screen-props.js';
import {rowsNote} from '../lib/scroll-note.js';
import {lineWidth, seg, type Line} from '../lib/seg.js';
import {slider} from '../lib/slider.js';
import {fit, width as textWidth} from '../lib/text.js';
import {currentValue} from '../state/lever-actions.js';

export function Levers({ctx, s, run}: ViewProps) {
	const {scenario, base, width, height, levers: list} = ctx;
	const cursor = s.leverScreen.cursor;
	const lever = list[cursor];
	const twoCols = width >= 78;
	const leftW = twoCols ? Math.min(110, Math.floor(width * 0.53)) : width;
	const rightW = twoCols ? width - leftW - 2 : width;
	const listH = Math.max(1, height - 5);
	const top = useScroll(cursor, listH, list.length);
	// As wide as the widest value now or as loaded (12,000.0 公顷 must not be cut).
	const valueW = Math.max(width >= 120 ? 12 : 10, ...list.flatMap((l) => [currentValue(s, ctx, l), loadedValue(scenario, l)!].map((v) => textWidth(showLever(v, l.measure)) + 1)));
	const both = leftW >= 60;
	const sliderW = leftW >= 90 ? 16 : 0;
	const labelW = leftW - 2 - valueW - valueW - sliderW;
	const left: Line[] = [
		[seg(fit('政策杠杆 Levers', labelW + 2), {bold: true, role: 'heading'}), seg(fit('value', valueW, 'right'), {bold: true}), seg(fit('loaded', valueW, 'right'), {dim: true}), seg(sliderW ? fit('  ○ loaded ● now', sliderW) : '', {dim: true})],
	];
	list.slice(top, top + listH).forEach((l, k) => {
		const i = top + k;
		const v = currentValue(s, ctx, l);
		const loaded = loadedValue(scenario, l)!;
		const changed = !Object.is(v, loaded);
		const [lo, hi] = sliderEnds(scenario, l, loaded);
		left.push([
			seg(i === cursor ? '› ' : '  ', {role: 'accent', bold: true}),
			seg(fit(both ? `${l.zh} ${l.en}` : l.zh, labelW), i === cursor ? {inverse: true} : {}),
			seg(fit(showLever(v, l.measure), valueW, 'right'), {bold: changed, role: changed ? 'warn' : undefined}),
			seg(fit(changed ? showLever(loaded, l.measure) : '', valueW, 'right'), {dim: true}),
			seg(sliderW ? ` ${slider(v, loaded, lo, hi, sliderW - 1)}` : '', {role: 'accent'}),
		]);
	});
	while (left.length < listH + 1) left.push([]);
	left.push([seg(rowsNote(top, Math.min(listH, list.length - top), list.length, 'levers'), {dim: true})]);
	const right = leverEffectLines(run.result, base, s.t, rightW, twoCols ? height - 2 : height - left.length - 3, run.ms);
	const bodyLines: Line[] = twoCols
		? Array.from({length: Math.max(left.length, right.length)}, (_, r) => {
				const l = left[r] ?? [];
				return [...l, seg(' '.repeat(Math.max(0, leftW - lineWidth(l)) + 2)), ...(right[r] ?? [])];
			})
		: [...left, [], ...right];
	const lines = bodyLines.slice(0, height - 2);
	while (lines.length < height - 2) lines.push([]);
	if (lever) {
		const v = currentValue(s, ctx, lever);
		const loaded = loadedValue(scenario, lever)!;
		const r = leverRange(scenario, lever);
		const [lo, hi] = sliderEnds(scenario, lever, loaded);
		const info = lever.target.kind === 'tier' ? undefined : scenario.parameterInfo.get(lever.target.parameter)?.spec;
		const allowed = `allowed 允许 ${showLever(r.min, lever.measure)}–${r.max === Number.MAX_VALUE ? '∞' : showLever(r.max, lever.measure)}`;
		const plausible = r.plausible ? ` · plausible 合理 ${showLever(r.plausible[0], lever.measure)}–${showLever(r.plausible[1], lever.measure)}` : '';
		const name = width >= 120 ? `${lever.zh} ${lever.en}` : lever.zh;
		lines.push([
			seg(`${name} `, {bold: true}),
			seg(`${showLever(lo, lever.measure)} `, {dim: true}),
			seg(slider(v, loaded, lo, hi, Math.max(12, Math.min(40, width - 50))), {role: 'accent'}),
			seg(` ${showLever(hi, lever.measure)}`, {dim: true}),
			seg(`  ● ${showLever(v, lever.measure)}  ○ ${showLever(loaded, lever.measure)}`),
		]);
		lines.push([seg(`${allowed}${plausible} · ${width >= 120 ? '' : `${lever.en} · `}${lever.id} · ${lever.clause} · step ${showLever(lever.step, lever.measure)} · ${info?.status ?? (lever.target.kind === 'tier' ? 'landTiers' : '')} ${info?.reference ?? info?.source ?? ''} · ${scenario.file ? path.basename(scenario.file) : ''} + ${s.levers.size} edited`, {dim: true})]);
	} else lines.push([seg('this scenario has none of the main levers as plain numbers', {role: 'warn'})]);
	return <Lines lines={lines} width={width} height={height} />;
}
