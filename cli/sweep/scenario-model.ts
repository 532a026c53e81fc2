/**
 * Worker-side model for scenario sweeps: compiles the scenario once per thread from what the main
 * thread already read and validated (the merged scenario data and the unit table's text: no YAML
 * to parse again, no schema to check again), then maps each row (lever values, then uncertainty
 * values) to parameter overrides and returns the scenario's outcomes for that run.
 */
import {compileScenario} from '../../src/scenario/compile.js';
import type {ScenarioFile} from '../../src/scenario/schema.js';
import {evaluateOutcomes, readsOfAll} from '../../src/engine/outcomes.js';
import {simulate} from '../../src/engine/simulate.js';
import type {ParameterOverride} from '../../src/params/parameter-table.js';
import {TARGET_SERIES} from '../../models/monitoring.js';
import type {Model} from '../../src/runner/model.js';
import {observationOutput} from './conditioning.js';

export interface InputBinding {
	parameter: string;
	mode: 'set' | 'scale' | 'add';
	/** Row columns feeding this override: one (shared value) or one per unit, in unit order. */
	columns: number[];
}

export interface ScenarioModelOptions {
	file: string;
	bindings: InputBinding[];
	/** sweep --condition: simulated figures to compare with observations, appended after the outcomes. */
	observations?: {series: string; year: number; unit?: string}[];
	/** The scenario as the main thread loaded it (structured-clonable); without it the worker reads the file. */
	scenario?: {readonly data: ScenarioFile; readonly unitsFile: string; readonly unitsText: string};
}

export async function createModel(options: unknown): Promise<Model> {
	const {file, bindings, scenario, observations = []} = options as ScenarioModelOptions;
	// Without the main thread's copy (a model spec written by hand), read the file like any command.
	const compiled = scenario
		? compileScenario({file, sources: [], data: scenario.data, unitsFile: scenario.unitsFile, unitsText: scenario.unitsText, warnings: []})
		: (await import('../../src/scenario/load-file.js')).openScenario(file);
	const outputs = compiled.outcomes.map((o) => o.id);
	// The kernel of this sweep: the varied parameters read from arrays, the rest folded; only the
	// series (and years) the outcomes and the observed figures (sweep --condition) read, and the
	// targets' series when an outcome reads a target.
	const reads = readsOfAll(compiled.outcomes);
	const lastObserved = Math.max(...observations.map((o) => o.year));
	const lastYear = reads.targets || reads.lastYear === undefined ? undefined : Math.max(reads.lastYear, lastObserved);
	const needs = {series: [...reads.series, ...(reads.targets ? TARGET_SERIES : []), ...observations.map((o) => o.series)], lastYear};
	const varies = bindings.map((b) => b.parameter);
	// Where each observed figure sits in the run: a province series, or one unit's cell of a series.
	const cells = observations.map((o) => ({series: o.series, t: compiled.years.indexOf(o.year), u: o.unit === undefined ? -1 : compiled.units.ids.indexOf(o.unit)}));
	return {
		outputs: [...outputs, ...observations.map((o) => observationOutput({...o, value: NaN}))],
		evaluate(x) {
			const overrides: ParameterOverride[] = bindings.map((b) => ({
				parameter: b.parameter,
				mode: b.mode,
				value: b.columns.length === 1 ? x[b.columns[0]!]! : Float64Array.from(b.columns, (c) => x[c]!),
			}));
			// The run is read at once by the outcomes: it may reuse the scenario's buffers (no garbage per run).
			const result = simulate(compiled, overrides, {reuseBuffers: true, needs, varies, skipMonitoring: !reads.targets});
			const values = evaluateOutcomes(compiled, result);
			const simulated = cells.map((c) => (c.u < 0 ? result.province[c.series]![c.t]! : result.series[c.series]![c.t * result.nUnits + c.u]!));
			return [...outputs.map((id) => values[id]!), ...simulated];
		},
	};
}
