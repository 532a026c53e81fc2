/**
 * A compiled scenario that crosses to a worker thread by structured cloning: the model graph (its
 * resolved trees are plain data), the parameter values, the unit table's arrays, the outcomes' trees
 * and the targets. The worker rebuilds what `simulate` and the outcomes read from it, without YAML,
 * schema, CSV or formula parsing (EMA Workbench's evaluators likewise ship the model, not its files).
 * A family of runs whose varied parameters feed parameter expressions needs those expressions
 * recomputed per run: it is not portable, and the worker compiles the scenario itself.
 */
import type {OutcomeSpecLike} from '../engine/outcomes.js';
import {compileOutcome, type CompiledOutcome} from '../engine/outcomes.js';
import type {Ast} from '../expr/ast.js';
import {targetYearsOf} from '../engine/target-years.js';
import {ParameterTable, type ParameterEntryValues} from '../params/parameter-table.js';
import type {CompiledScenario} from '../scenario/compile.js';
import type {UnitTable} from '../scenario/units-table.js';

export interface PortableScenario {
	readonly file: string;
	readonly graph: CompiledScenario['graph'];
	readonly years: readonly number[];
	readonly units: UnitTable;
	readonly unitInfo: CompiledScenario['unitInfo'];
	readonly numericColumns: Readonly<Record<string, Float64Array>>;
	readonly parameters: {readonly order: readonly string[]; readonly entries: ReadonlyArray<readonly [string, Float64Array, Float64Array]>};
	readonly land: CompiledScenario['land'];
	readonly targets: CompiledScenario['targets'];
	readonly evaluationYears: CompiledScenario['evaluationYears'];
	readonly seriesInfo: CompiledScenario['seriesInfo'];
	readonly outcomes: ReadonlyArray<{readonly id: string; readonly spec: OutcomeSpecLike; readonly ast: Ast}>;
	readonly paramIds: readonly string[];
	readonly targetYears: Readonly<Record<string, number>>;
}

/** The scenario for workers, or undefined when a varied parameter has others computed from it. */
export function toPortable(s: CompiledScenario, varies: readonly string[]): PortableScenario | undefined {
	if (varies.some((id) => s.parameters.affectedBy([id]).size > 1)) return undefined;
	const ids = s.parameters.ids;
	const outcomes = Object.entries(s.data.outcomes ?? {}).map(([id, spec]) => ({id, spec, ast: s.outcomes.find((o) => o.id === id || o.id.startsWith(`${id}@`))!.ast}));
	return {
		file: s.file,
		graph: s.graph,
		years: s.years,
		units: s.units,
		unitInfo: s.unitInfo,
		numericColumns: s.numericColumns,
		parameters: {order: s.parameters.order, entries: ids.map((id) => [id, s.parameters.get(id), s.parameters.shared(id)] as const)},
		land: s.land,
		targets: s.targets,
		evaluationYears: s.evaluationYears,
		seriesInfo: s.seriesInfo,
		outcomes,
		paramIds: [...s.parameterInfo.keys()],
		targetYears: targetYearsOf(s.targets, s.years),
	};
}

/** What `simulate` and the outcomes read, rebuilt in the worker. */
export function fromPortable(p: PortableScenario): CompiledScenario {
	const entries = new Map<string, ParameterEntryValues>(p.parameters.entries.map(([id, values, shared]) => [id, {values, shared}]));
	const parameters = new ParameterTable(p.units.ids.length, p.years, p.units.ids, entries, p.parameters.order);
	const provinceNames = p.seriesInfo.filter((x) => x.aggregation.kind !== 'none').map((x) => x.name);
	const ctx = {years: p.years, unitIds: p.units.ids, seriesNames: p.seriesInfo.map((x) => x.name), provinceNames, targetIds: Object.keys(p.targets), paramIds: p.paramIds, targetYears: p.targetYears};
	const outcomes: CompiledOutcome[] = p.outcomes.flatMap((o) => compileOutcome(o.id, o.spec, ctx, o.ast));
	// Only the fields a run reads are rebuilt; the rest of a CompiledScenario (files, diagnostics) stays with the main thread.
	return {file: p.file, graph: p.graph, years: p.years, units: p.units, unitInfo: p.unitInfo, numericColumns: p.numericColumns, parameters, land: p.land, targets: p.targets, evaluationYears: p.evaluationYears, seriesInfo: p.seriesInfo, outcomes} as unknown as CompiledScenario;
}
