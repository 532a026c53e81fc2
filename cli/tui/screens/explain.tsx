/** The "why" overlay: the calculation tree of one number (series, unit, year); ↑/↓ scroll, w or Esc close. */
import {useMemo, useState} from 'react';
import {Lines} from '../components/Lines.js';
import {useKeys} from '../hooks/use-keys.js';
import type {LeverValues} from '../lib/levers.js';
import type {ScreenProps} from '../lib/screen-props.js';
import {plain, seg, type Line} from '../lib/seg.js';
import {whyText} from '../lib/why.js';

export interface ExplainProps extends ScreenProps {
	readonly series: string;
	readonly unit: number;
	readonly values: LeverValues;
}

export function Explain({scenario, run, t, width, height, active, series, unit, values}: ExplainProps) {
	const text = useMemo(() => whyText(scenario, values, run.result, series, unit, t), [scenario, values, run, series, unit, t]);
	const [top, setTop] = useState(0);
	const bodyH = height - 1;
	const maxTop = Math.max(0, text.length - bodyH);
	useKeys((_, key) => {
		if (key.upArrow) setTop((x) => Math.max(0, x - 1));
		else if (key.downArrow) setTop((x) => Math.min(maxTop, x + 1));
		else if (key.pageDown) setTop((x) => Math.min(maxTop, x + bodyH));
		else if (key.pageUp) setTop((x) => Math.max(0, x - bodyH));
	}, active);
	const from = Math.min(top, maxTop);
	const lines: Line[] = [
		[seg('为什么 Why ', {bold: true, role: 'heading'}), seg(`(hukou-sim explain; lines ${from + 1}–${Math.min(text.length, from + bodyH)} of ${text.length}, ↑↓ scroll)`, {dim: true})],
		...text.slice(from, from + bodyH).map((l, i) => (i === 0 && from === 0 ? [seg(l, {bold: true})] : plain(l))),
	];
	return <Lines lines={lines} width={width} height={height} />;
}
