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

export {evaluateOutcomes} from './engine/outcomes.js';
