/**
 * The "why" text of one number: the engine's calculation tree (src/explain, the same text as
 * `hukou-sim explain`) computed on the scenario with the current levers applied, so that every
 * parameter shows the value the run used. If the explainer cannot answer, the model's inputs
 * (lib/explain.ts) are shown instead.
 */
import type {CompiledScenario, RunResult} from '../../../src/index.js';
import {explain} from '../../../src/explain/index.js';
import {explainTree} from '../../views/explain-tree.js';
import {explainFallback} from './explain.js';
import {changedLevers, leverOverrides, withLeverTiers, type LeverValues} from './levers.js';

export function whyText(scenario: CompiledScenario, values: LeverValues, result: RunResult, series: string, u: number, t: number): string[] {
	const overrides = leverOverrides(scenario, values);
	const edited: CompiledScenario = {...withLeverTiers(scenario, values), parameters: scenario.parameters.withOverrides(overrides)};
	const unit = result.units[u]!;
	const changed = changedLevers(scenario, values).map((l) => l.id);
	const note = changed.length ? [`(levers changed in this session: ${changed.join(', ')} — their status below is the loaded file's)`] : [];
	try {
		const e = explain(edited, result, {series, unit: unit.id, year: result.years[t]!, depth: 2});
		return [...explainTree(e, 'both', `${unit.name_zh} ${unit.name_en}`).trimEnd().split('\n'), ...note];
	} catch (error) {
		const f = explainFallback(scenario, result, series, u, t, overrides);
		return [
			`${f.title} = ${f.value}`,
			`(the calculation tree is not available: ${(error as Error).message}; the model's inputs follow)`,
			`computed by ${f.model}`,
			...f.lines.map((l) => `  ${l.label} = ${l.value}   ${l.note}`),
			...note,
		];
	}
}
