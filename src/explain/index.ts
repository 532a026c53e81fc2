/**
 * `explain`: the calculation tree behind one number of a run, for one unit or the province. The
 * tree is the series' equation in the model graph evaluated with the run's values (context.ts), so
 * its value is the run's (tested for every series, unit and year of the shipped scenarios).
 */
import type {RunResult} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {didYouMean} from '../errors/did-you-mean.js';
import {Explainer} from './context.js';
import {explainProvince} from './province.js';
import {ExplainError, type ExplainNode} from './types.js';

export {ExplainError, type ExplainNode, type NodeKind} from './types.js';
export {boundOf, type Bound} from './block.js';

export interface ExplainRequest {
	readonly series: string;
	/** A unit id, or 'province'. */
	readonly unit: string;
	readonly year: number;
	/** Levels of series expanded below the number (default 2; for the province 0: the per-unit values). */
	readonly depth?: number;
}

export interface Explanation {
	readonly series: string;
	readonly unit: string;
	readonly year: number;
	/** The value the run reports for this series, unit and year. */
	readonly runValue: number;
	readonly tree: ExplainNode;
}

export function explain(scenario: CompiledScenario, result: RunResult, request: ExplainRequest): Explanation {
	const names = scenario.seriesInfo.map((s) => s.name);
	if (!names.includes(request.series)) throw new ExplainError(`unknown series "${request.series}"`, didYouMean(request.series, names) ?? `one of: ${names.join(', ')}`);
	const t = result.years.indexOf(request.year);
	if (t < 0) throw new ExplainError(`year ${request.year} is outside the run (${result.years[0]}–${result.years.at(-1)})`, `pick a year between ${result.years[0]} and ${result.years.at(-1)}`);
	const depth = Math.max(0, request.depth ?? (request.unit === 'province' ? 0 : 2));
	const ex = new Explainer(scenario, result);
	if (request.unit === 'province') {
		const tree = explainProvince(ex, request.series, t, depth);
		return {series: request.series, unit: 'province', year: request.year, runValue: result.province[request.series]![t]!, tree};
	}
	const ids = result.units.map((u) => u.id);
	const u = ids.indexOf(request.unit);
	const byName = result.units.findIndex((x) => x.name_zh === request.unit || x.name_en.toLowerCase() === request.unit.toLowerCase());
	const index = u >= 0 ? u : byName;
	if (index < 0) throw new ExplainError(`unknown unit "${request.unit}"`, didYouMean(request.unit, ids) ?? `one of: province, ${ids.join(', ')}`);
	const tree = ex.series(request.series, t, index, depth + 1);
	return {series: request.series, unit: ids[index]!, year: request.year, runValue: result.series[request.series]![t * result.nUnits + index]!, tree};
}
