/**
 * Screen 4: the policy levers. ↑/↓ choose, ←/→ step (re-runs at once), e or Enter type a value
 * (in the unit shown: 万人, 亿元, 公顷; 40% for a share; none for no cap), r reset the lever,
 * R reset all, s save the levers as a YAML overlay that `hukou-sim run` reads.
 */
import path from 'node:path';
import {Box} from 'ink';
import {useMemo, useState} from 'react';
import {Lines} from '../components/Lines.js';
import {TextPrompt} from '../components/TextPrompt.js';
import type {LeverState} from '../hooks/use-levers.js';
import {useKeys} from '../hooks/use-keys.js';
import {useScroll} from '../hooks/use-scroll.js';
import {effectRows} from '../lib/effect-rows.js';
import {mark, show, showDelta, showLever} from '../lib/format.js';
import {leversFor, loadedValue, stepLever} from '../lib/levers.js';
import {defaultOverlayPath, saveOverlay} from '../lib/overlay.js';
import {parseLeverInput} from '../lib/parse-lever.js';
import type {ScreenProps} from '../lib/screen-props.js';
import {lineWidth, seg, type Line} from '../lib/seg.js';
import {fit} from '../lib/text.js';
import {displayPath} from '../../paths.js';

export interface LeversProps extends ScreenProps {
	readonly levers: LeverState;
}

type Prompt = {readonly kind: 'value'} | {readonly kind: 'save'};

export function Levers(props: LeversProps) {
	const {scenario, base, run, t, width, height, active, levers, setCaptured, notify} = props;
	const list = useMemo(() => leversFor(scenario), [scenario]);
	const [cursor, setCursor] = useState(0);
	const [prompt, setPrompt] = useState<Prompt | undefined>();
	const lever = list[cursor];
	const current = (id: string) => levers.values.get(id) ?? loadedValue(scenario, list.find((l) => l.id === id)!)!;
	const open = (p: Prompt) => {
		setPrompt(p);
		setCaptured(true);
	};
	const close = () => {
		setPrompt(undefined);
		setCaptured(false);
	};
	const set = (id: string, v: number) => levers.setLever(id, Object.is(v, loadedValue(scenario, list.find((l) => l.id === id)!)) ? undefined : v);

	useKeys((input, key) => {
		if (!lever) return;
		if (key.upArrow) setCursor((c) => Math.max(0, c - 1));
		else if (key.downArrow) setCursor((c) => Math.min(list.length - 1, c + 1));
		else if (key.leftArrow || key.rightArrow) set(lever.id, stepLever(lever, current(lever.id), key.rightArrow ? 1 : -1));
		else if (input === 'e' || key.return) open({kind: 'value'});
		else if (input === 'r') levers.setLever(lever.id, undefined);
		else if (input === 'R') levers.resetAll();
		else if (input === 's') open({kind: 'save'});
	}, active && prompt === undefined);

	const twoCols = width >= 78;
	const leftW = twoCols ? Math.min(76, Math.floor(width * 0.53)) : width;
	const rightW = twoCols ? width - leftW - 2 : width;
	const listH = Math.max(1, height - 4);
	const top = useScroll(cursor, listH, list.length);
	const valueW = width >= 120 ? 12 : 10;
	const both = width >= 120;
	const labelW = leftW - 2 - valueW - valueW;
	const left: Line[] = [
		[seg(fit('政策杠杆 Levers', labelW + 2), {bold: true, role: 'heading'}), seg(fit('value', valueW, 'right'), {bold: true}), seg(fit('loaded', valueW, 'right'), {dim: true})],
	];
	list.slice(top, top + listH).forEach((l, k) => {
		const i = top + k;
		const v = current(l.id);
		const loaded = loadedValue(scenario, l)!;
		const changed = !Object.is(v, loaded);
		left.push([
			seg(i === cursor ? '› ' : '  ', {role: 'accent', bold: true}),
			seg(fit(both ? `${l.zh} ${l.en}` : l.zh, labelW), i === cursor ? {inverse: true} : {}),
			seg(fit(showLever(v, l.measure), valueW, 'right'), {bold: changed, role: changed ? 'warn' : undefined}),
			seg(fit(changed ? showLever(loaded, l.measure) : '', valueW, 'right'), {dim: true}),
		]);
	});
	const effects = effectRows(run.result, base, t);
	const num = (v: number, measure: Parameters<typeof show>[1]) => (measure === 'number' ? String(v) : show(v, measure));
	const effectW = Math.min(rightW - 20, 40);
	const right: Line[] = [[seg(fit(`效果 Effect ${run.result.years[t]}`, effectW), {bold: true, role: 'heading'}), seg(fit('value', 10, 'right'), {bold: true}), seg(fit('Δ loaded', 10, 'right'), {bold: true})]];
	for (const e of effects) {
		const d = e.value - e.base;
		right.push([
			seg(fit(both ? `${e.zh} ${e.en}` : e.zh, effectW)),
			seg(fit(num(e.value, e.measure), 9, 'right')),
			seg(mark(e.value, e.base), {role: 'accent'}),
			seg(fit(e.measure === 'number' ? (d === 0 ? '0' : `${d > 0 ? '+' : '−'}${Math.abs(d)}`) : showDelta(d, e.measure), 10, 'right'), {dim: Math.abs(d) < 1e-12}),
		]);
	}
	right.push([]);
	right.push([seg(`re-run ${run.ms.toFixed(1)} ms (engine)`, {dim: true})]);
	const info = lever ? scenario.parameterInfo.get(lever.target.kind === 'tier' ? '' : lever.target.parameter)?.spec : undefined;
	const note: Line = lever
		? [seg(`${lever.zh} ${lever.en} (${lever.id}): `, {bold: true}), seg(`${lever.clause} · step ${showLever(lever.step, lever.measure)} · ${info?.status ?? (lever.target.kind === 'tier' ? 'landTiers' : '')} ${info?.reference ?? info?.source ?? ''}`, {dim: true})]
		: [seg('this scenario has none of the main levers as plain numbers', {role: 'warn'})];

	// Two columns side by side: pad the left line to its column (widths by string-width, CJK = 2).
	const bodyLines: Line[] = twoCols
		? Array.from({length: Math.max(left.length, right.length)}, (_, r) => {
				const l = left[r] ?? [];
				return [...l, seg(' '.repeat(Math.max(0, leftW - lineWidth(l)) + 2)), ...(right[r] ?? [])];
			})
		: [...left, [], ...right];
	const lines = [...bodyLines.slice(0, height - 2), note];
	return (
		<Box flexDirection="column">
			<Lines lines={lines} width={width} height={height - 1} />
			{prompt?.kind === 'value' && lever ? (
				<TextPrompt
					label={`${lever.zh} ${lever.en} = (${showLever(current(lever.id), lever.measure)}; in the unit shown${lever.allowNone ? ', or none' : ''})`}
					width={width}
					onCancel={close}
					onSubmit={(text) => {
						const parsed = parseLeverInput(lever, text);
						if (parsed.ok) set(lever.id, parsed.value);
						notify(parsed.ok ? `${lever.id} = ${showLever(parsed.value, lever.measure)}` : `not changed: ${parsed.message}`);
						close();
					}}
				/>
			) : prompt?.kind === 'save' ? (
				<TextPrompt
					label="save overlay to 保存为"
					initial={displayPath(defaultOverlayPath(scenario))}
					width={width}
					onCancel={close}
					onSubmit={(text) => {
						try {
							const file = saveOverlay(scenario, levers.values, text.trim() || defaultOverlayPath(scenario));
							notify(`saved ${displayPath(file)} — hukou-sim run ${displayPath(file)}`);
						} catch (error) {
							notify(`not saved: ${(error as Error).message}`);
						}
						close();
					}}
				/>
			) : (
				<Lines lines={[[seg(`${scenario.file ? path.basename(scenario.file) : ''} + ${[...levers.values.keys()].length} edited`, {dim: true})]]} width={width} />
			)}
		</Box>
	);
}
