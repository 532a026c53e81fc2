/**
 * Screen 6: a sweep's results (a folder written by `hukou-sim sweep --out DIR`; keys:
 * keys/sweep.ts): o open a folder, [ ] outcome, p policy, h the outcome's distribution over the runs.
 */
import {Lines} from '../components/Lines.js';
import type {ViewProps} from '../lib/screen-props.js';
import {plain, seg, type Line} from '../lib/seg.js';
import {histogramLines, indexLines} from '../lib/sweep-lines.js';
import {outcomeLabel} from '../lib/sweep-labels.js';
import {displayPath} from '../../paths.js';
import {safe} from '../lib/safe-text.js';

export function Sweep({ctx, s}: ViewProps) {
	const {width, height, scenario} = ctx;
	const w = s.sweep;
	const folder = typeof w.loaded === 'object' ? w.loaded : undefined;
	const lines: Line[] = [];
	if (!folder) {
		lines.push([seg('敏感性分析 Sweep results', {bold: true, role: 'heading'})]);
		if (typeof w.loaded === 'string') lines.push(plain(safe(w.loaded), {role: 'bad'}));
		lines.push(plain('Press o and give a folder written by hukou-sim sweep --out DIR (runs.csv, indices.csv, metadata.json),'));
		lines.push(plain('or start with: hukou-sim tui --sweep DIR.', {dim: true}));
		return <Lines lines={lines} width={width} height={height} />;
	}
	const outcomes = folder.outcomes;
	const oi = w.outcome % Math.max(1, outcomes.length);
	const outcome = outcomes[oi] ?? '';
	const pi = w.policy % folder.policies.length;
	const policy = folder.policies[pi] ?? '';
	const showHist = w.hist || folder.method === 'mc';
	const bodyH = height - 3;
	const label = outcomeLabel(scenario, outcome);
	const body = showHist ? histogramLines(scenario, folder.distributions[outcome] ?? [], outcome, width, bodyH) : indexLines(scenario, folder, policy, outcome, width);
	lines.push([seg('敏感性 Sweep ', {bold: true, role: 'heading'}), seg(safe(`${displayPath(folder.dir)} · ${folder.method} (${folder.sampler}) · ${folder.runs} runs · seed ${folder.seed}${folder.failed ? ` · ${folder.failed} failed` : ''}`), {dim: true})]);
	lines.push([seg(`outcome ${oi + 1}/${outcomes.length}: `), seg(safe(outcome), {bold: true}), seg(label.text ? ` ${label.text}` : ''), seg(policy ? `   policy ${pi + 1}/${folder.policies.length}: ${safe(policy)}` : '', {dim: true})]);
	lines.push([]);
	lines.push(...body);
	return <Lines lines={lines} width={width} height={height} />;
}
