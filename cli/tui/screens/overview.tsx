/** Screen 1: where the province stands against the plan (keys: keys/overview.ts). */
import {Lines} from '../components/Lines.js';
import {overviewRows} from '../keys/overview.js';
import {overviewLines} from '../lib/overview-lines.js';
import type {ViewProps} from '../lib/screen-props.js';
import {rowsNote} from '../lib/scroll-note.js';
import {seg} from '../lib/seg.js';

export function Overview({ctx, s, run}: ViewProps) {
	const {scenario, base, width, height} = ctx;
	const lines = overviewLines(scenario, base, run.result, s.t, width, run.ms, s.levers.size > 0);
	const fits = lines.length <= height;
	const view = overviewRows(lines.length, height);
	const top = Math.min(s.overview.top, Math.max(0, lines.length - view));
	const shown = lines.slice(top, top + view);
	if (!fits) shown.push([seg(rowsNote(top, shown.length, lines.length, 'lines'), {dim: true})]);
	return <Lines lines={shown} width={width} height={height} />;
}
