/** Which explainer explains which series: one per model family, plus one per allocation program. */
import type {CompiledScenario} from '../scenario/compile.js';
import {explainBaseYear} from './base-year.js';
import type {SeriesExplainer} from './context.js';
import {COST_EXPLAINERS} from './cost.js';
import {FINANCE_EXPLAINERS} from './finance.js';
import {LAND_EXPLAINERS} from './land.js';
import {POPULATION_EXPLAINERS} from './population.js';
import {programExplainers} from './programs.js';
import {REWARD_EXPLAINERS} from './reward.js';
import {SETTLEMENT_EXPLAINERS} from './settlement.js';

export function explainerRegistry(scenario: CompiledScenario): Map<string, SeriesExplainer> {
	const families: Record<string, SeriesExplainer> = {
		...POPULATION_EXPLAINERS,
		...SETTLEMENT_EXPLAINERS,
		...COST_EXPLAINERS,
		...REWARD_EXPLAINERS,
		...FINANCE_EXPLAINERS,
		...LAND_EXPLAINERS,
		...programExplainers(scenario.programs),
	};
	// Year index 0 is the base year: stocks from the data, flows 0 (the models' init functions).
	return new Map(scenario.seriesInfo.map((s) => [s.name, (ex, t, u, d) => (t === 0 ? explainBaseYear(ex, s.name, u, d) : families[s.name]!(ex, t, u, d))] as [string, SeriesExplainer]).filter(([name]) => families[name] !== undefined));
}
