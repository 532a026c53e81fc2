/**
 * Screen 6: a sweep's results (a folder written by `hukou-sim sweep --out DIR`; keys:
 * keys/sweep.ts): o open a folder, [ ] outcome, p policy, h the outcome's distribution over the runs,
 * d scenario discovery (PRIM); the charts scroll when they do not fit.
 */
import {Lines} from '../components/Lines.js';
import type {ViewProps} from '../lib/screen-props.js';
import {rowsNote} from '../lib/scroll-note.js';
import {plain, seg, type Line} from '../lib/seg.js';
import {sweepRows, sweepView} from '../lib/sweep-body.js';
import {outcomeLabel} from '../lib/sweep-labels.js';
import {displayPath} from '../../paths.js';

export function Sweep({ctx, s}: ViewProps) {
	const {width, height, scenario} = ctx;
	const view = sweepView(scenario, s, width, height);
	const lines: Line[] = [];
	if (!view) {
		lines.push([seg('敏感性分析 Sweep results', {bold: true, role: 'heading'})]);
		if (s.busy !== undefined) {
			lines.push(plain(s.busy, {role: 'accent'}));
			return <Lines lines={lines} width={width} height={height} />;
		}
		if (typeof s.sweep.loaded === 'string') lines.push(plain(s.sweep.loaded, {role: 'bad'}));
		lines.push(plain('Press o and give a folder written by hukou-sim sweep --out DIR (metadata.json, runs.csv or runs.parquet),'));
		lines.push(plain('or start with: hukou-sim tui --sweep DIR.', {dim: true}));
		return <Lines lines={lines} width={width} height={height} />;
	}
	const {folder, outcome, outcomeIndex, policy, policyIndex, body} = view;
	const label = outcomeLabel(scenario, outcome);
	lines.push([seg('敏感性 Sweep ', {bold: true, role: 'heading'}), seg(`${displayPath(folder.dir)} · ${folder.method} (${folder.sampler}) · ${folder.runs} runs · seed ${folder.seed}${folder.failed ? ` · ${folder.failed} failed` : ''}`, {dim: true})]);
	lines.push([seg(`outcome ${outcomeIndex + 1}/${folder.outcomes.length}: `), seg(outcome, {bold: true}), seg(label.text ? ` ${label.text}` : ''), seg(policy ? `   policy ${policyIndex + 1}/${folder.policies.length}: ${policy}` : '', {dim: true})]);
	lines.push([]);
	const rows = sweepRows(height);
	const top = Math.min(s.sweep.top, Math.max(0, body.length - rows));
	const shown = body.slice(top, top + rows);
	lines.push(...shown);
	if (body.length > rows) {
		while (lines.length < height - 1) lines.push([]);
		lines.push([seg(`${rowsNote(top, shown.length, body.length, 'lines')} · j/k PgUp/PgDn scroll`, {dim: true})]);
	}
	return <Lines lines={lines} width={width} height={height} />;
}
