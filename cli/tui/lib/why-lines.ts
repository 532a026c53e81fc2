/** The why overlay's text, folded to the width; the last one asked for is kept (keys and screen ask in turn). */
import type {Overlay} from '../state/app-state.js';
import type {LeverValues} from './levers.js';
import type {RunResult, CompiledScenario} from '../../../src/index.js';
import {safe} from './safe-text.js';
import {whyText} from './why.js';
import {wrapLines} from './wrap.js';

type Why = Extract<Overlay, {kind: 'why'}>;
let last: {key: string; result: RunResult; values: LeverValues; lines: string[]} | undefined;

export function whyLines(scenario: CompiledScenario, values: LeverValues, result: RunResult, o: Why, t: number, width: number): string[] {
	const key = `${o.series}|${o.unit}|${t}|${width}`;
	if (last && last.key === key && last.result === result && last.values === values) return last.lines;
	const lines = wrapLines(whyText(scenario, values, result, o.series, o.unit, t).map(safe), width);
	last = {key, result, values, lines};
	return lines;
}
