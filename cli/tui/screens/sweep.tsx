/**
 * Screen 6: a sweep's results (a folder written by `hukou-sim sweep --out DIR`): o open a folder,
 * [ ] outcome, p policy (lever combination), h the outcome's distribution over the runs.
 */
import {Box} from 'ink';
import {useMemo, useState} from 'react';
import {Lines} from '../components/Lines.js';
import {TextPrompt} from '../components/TextPrompt.js';
import {useKeys} from '../hooks/use-keys.js';
import type {ScreenProps} from '../lib/screen-props.js';
import {plain, seg, type Line} from '../lib/seg.js';
import {readSweepFolder, type SweepFolder} from '../lib/sweep-folder.js';
import {histogramLines, indexLines} from '../lib/sweep-lines.js';
import {displayPath} from '../../paths.js';

function tryRead(dir: string | undefined): SweepFolder | string | undefined {
	if (!dir) return undefined;
	try {
		return readSweepFolder(dir);
	} catch (error) {
		return (error as Error).message;
	}
}

export function Sweep(props: ScreenProps & {readonly initialDir?: string}) {
	const {width, height, active, setCaptured, notify, initialDir} = props;
	const [loaded, setLoaded] = useState(() => tryRead(initialDir));
	const folder = typeof loaded === 'object' ? loaded : undefined;
	const [outcomeIdx, setOutcome] = useState(0);
	const [policyIdx, setPolicy] = useState(0);
	const [hist, setHist] = useState(false);
	const [prompting, setPrompting] = useState(false);
	const outcomes = folder?.outcomes ?? [];
	const policies = folder?.policies ?? [''];
	const outcome = outcomes[outcomeIdx % Math.max(1, outcomes.length)] ?? '';
	const policy = policies[policyIdx % policies.length] ?? '';
	const showHist = hist || folder?.method === 'mc';
	const bodyH = height - 4;
	const body = useMemo(
		() => (!folder ? [] : showHist ? histogramLines(folder.distributions[outcome] ?? [], outcome, width, bodyH) : indexLines(folder, policy, outcome, width)),
		[folder, showHist, outcome, policy, width, bodyH],
	);

	useKeys((input) => {
		if (input === 'o') {
			setPrompting(true);
			setCaptured(true);
		} else if (input === ']') setOutcome((i) => (i + 1) % Math.max(1, outcomes.length));
		else if (input === '[') setOutcome((i) => (i + Math.max(1, outcomes.length) - 1) % Math.max(1, outcomes.length));
		else if (input === 'p') setPolicy((i) => (i + 1) % policies.length);
		else if (input === 'h') setHist((h) => !h);
	}, active && !prompting);

	const lines: Line[] = [];
	if (!folder) {
		lines.push([seg('敏感性分析 Sweep results', {bold: true, role: 'heading'})]);
		if (typeof loaded === 'string') lines.push(plain(loaded, {role: 'bad'}));
		lines.push(plain('Press o and give a folder written by hukou-sim sweep --out DIR (runs.csv, indices.csv, metadata.json),'));
		lines.push(plain('or start with: hukou-sim tui --sweep DIR.', {dim: true}));
	} else {
		lines.push([seg('敏感性 Sweep ', {bold: true, role: 'heading'}), seg(`${displayPath(folder.dir)} · ${folder.method} (${folder.sampler}) · ${folder.runs} runs · seed ${folder.seed}${folder.failed ? ` · ${folder.failed} failed` : ''}`, {dim: true})]);
		lines.push([seg(`outcome ${outcomeIdx % Math.max(1, outcomes.length) + 1}/${outcomes.length}: `), seg(outcome, {bold: true}), seg(policy ? `   policy ${policyIdx % policies.length + 1}/${policies.length}: ${policy}` : '', {dim: true})]);
		lines.push([]);
		lines.push(...body);
	}
	return (
		<Box flexDirection="column">
			<Lines lines={lines} width={width} height={height - 1} />
			{prompting ? (
				<TextPrompt
					label="sweep folder 结果目录"
					initial={folder ? displayPath(folder.dir) : ''}
					width={width}
					onCancel={() => {
						setPrompting(false);
						setCaptured(false);
					}}
					onSubmit={(text) => {
						const r = tryRead(text.trim());
						if (typeof r === 'object') {
							setLoaded(r);
							setOutcome(0);
							setPolicy(0);
							notify(`opened ${displayPath(r.dir)}`);
						} else notify(r ?? 'no folder given');
						setPrompting(false);
						setCaptured(false);
					}}
				/>
			) : (
				<Lines lines={[[]]} width={width} />
			)}
		</Box>
	);
}
