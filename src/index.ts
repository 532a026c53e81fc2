/** The engine's public surface: every front end (CLI, TUI, sweeps, reports) imports from here. */
export {compileScenario, type CompiledScenario} from './scenario/compile.js';
export {loadScenario, type LoadedScenario, type ReadText} from './scenario/load.js';
export {loadScenarioFile, openScenario} from './scenario/load-file.js';
export {simulate, type SimulateOptions} from './engine/simulate.js';
export {toRunJson, type RunJson} from './engine/run-json.js';
export type {ParameterOverride} from './params/parameter-table.js';
export type * from './engine/types.js';
export {type Diagnostic, formatDiagnostic} from './errors/diagnostic.js';
export {ScenarioError, NumericalError} from './errors/scenario-error.js';
export {ExpressionError} from './errors/expression-error.js';
export {VERSION} from './version.js';

import type {CompiledScenario} from './scenario/compile.js';
import type {RunResult} from './engine/types.js';

/** Values of the scenario's declared outcomes for one run (id → number). */
export function evaluateOutcomes(scenario: CompiledScenario, result: RunResult): Record<string, number> {
	const out: Record<string, number> = {};
	for (const outcome of scenario.outcomes) out[outcome.id] = outcome.evaluate(result);
	return out;
}
