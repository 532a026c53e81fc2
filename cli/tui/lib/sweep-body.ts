/**
 * The sweep screen's body for the state's folder, outcome and policy: the scenario-discovery view when
 * one was run for this outcome (d), else the histogram (h) or the method's chart. The screen draws it,
 * the keys scroll it.
 */
import type {CompiledScenario} from '../../../src/index.js';
import type {AppState} from '../state/app-state.js';
import type {Line} from './seg.js';
import type {SweepFolder} from './sweep-folder.js';
import {discoveryLines} from './discovery-lines.js';
import {histogramLines, indexLines, num} from './sweep-lines.js';

export interface SweepView {
	readonly folder: SweepFolder;
	readonly outcome: string;
	readonly outcomeIndex: number;
	readonly policy: string;
	readonly policyIndex: number;
	readonly body: Line[];
}

/** Rows of the body on screen: the screen's height less the three heading lines and the rows note. */
export const sweepRows = (height: number): number => Math.max(1, height - 4);

export function sweepView(scenario: CompiledScenario, s: AppState, width: number, height: number): SweepView | undefined {
	const w = s.sweep;
	const folder = typeof w.loaded === 'object' ? w.loaded : undefined;
	if (!folder) return undefined;
	const outcomeIndex = w.outcome % Math.max(1, folder.outcomes.length);
	const outcome = folder.outcomes[outcomeIndex] ?? '';
	const policyIndex = w.policy % folder.policies.length;
	const policy = folder.policies[policyIndex] ?? '';
	const showHist = w.hist || folder.method === 'mc';
	let body: Line[];
	if (w.discovery?.outcome === outcome) body = discoveryLines(scenario, w.discovery, width, sweepRows(height), num);
	else if (showHist) body = histogramLines(scenario, folder.distributions.get(outcome) ?? [], outcome, width, sweepRows(height));
	else body = indexLines(scenario, folder, policy, outcome, width);
	return {folder, outcome, outcomeIndex, policy, policyIndex, body};
}
