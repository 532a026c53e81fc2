/** One run with the current levers, timed (the levers panel shows the time). */
import {simulate, type CompiledScenario, type RunResult} from '../../../src/index.js';
import {leverOverrides, withLeverTiers, type LeverValues} from './levers.js';

export interface Run {
	readonly result: RunResult;
	/** Milliseconds the engine took. */
	readonly ms: number;
}

export function runWithLevers(scenario: CompiledScenario, values: LeverValues): Run {
	const t0 = performance.now();
	const result = simulate(withLeverTiers(scenario, values), leverOverrides(scenario, values));
	return {result, ms: performance.now() - t0};
}
