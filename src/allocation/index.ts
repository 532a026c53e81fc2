/**
 * The finance office's view of the allocation programs (issue 12): the factor-method table
 * (因素法测算表) with published 万元 figures, and the warnings about floors and caps. The TUI and
 * other front ends read `runWarnings(scenario, result)` (data, with Chinese and English sentences)
 * and `allocationTable(…)`; all engine access is in program-detail.ts.
 */
export {allocationTable, boundOf, programYearIndices, PUBLISHED_YUAN, type AllocationRow, type AllocationTable, type Bound} from './table.js';
export {allocationColumns, BOUND_LABELS, cellText, columnTotal, type AllocationColumn} from './columns.js';
export {allocationCsv} from './csv.js';
export {boundsAfterRun, boundsBeforeRun, runWarnings} from './bound-checks.js';
export {boundChanges, comparisonWarnings, type BoundChange} from './compare-bounds.js';
export type {BoundWarning, BoundWarningKind} from './warning.js';
export {largestRemainder} from './largest-remainder.js';
