/** Scenario comparison (issue 5): base against alternatives, for views, CSV, JSON and xlsx. */
export {compareRuns, IncomparableError, type CompareOptions, type ScenarioRun} from './compare.js';
export {changedParameters, isMetadataChange, type ChangedParameter} from './changed-parameters.js';
export {change, pctChange} from './change.js';
export {comparisonCsv} from './csv.js';
export type * from './types.js';
