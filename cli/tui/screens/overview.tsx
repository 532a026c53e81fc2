/** Screen 1: where the province stands against the plan. ↑/↓ scroll, ←/→ year of the Δ column. */
import {useMemo, useState} from 'react';
import {Lines} from '../components/Lines.js';
import {useKeys} from '../hooks/use-keys.js';
import {overviewLines} from '../lib/overview-lines.js';
import type {ScreenProps} from '../lib/screen-props.js';

export function Overview({scenario, base, run, t, setT, width, height, active, changed}: ScreenProps & {readonly changed: boolean}) {
	const lines = useMemo(() => overviewLines(scenario, base, run.result, t, width, run.ms, changed), [scenario, base, run, t, width, changed]);
	const [top, setTop] = useState(0);
	const maxTop = Math.max(0, lines.length - height);
	useKeys((_, key) => {
		if (key.upArrow) setTop((x) => Math.max(0, x - 1));
		else if (key.downArrow) setTop((x) => Math.min(maxTop, x + 1));
		else if (key.leftArrow) setT(Math.max(0, t - 1));
		else if (key.rightArrow) setT(Math.min(run.result.nYears - 1, t + 1));
	}, active);
	return <Lines lines={lines.slice(Math.min(top, maxTop))} width={width} height={height} />;
}
