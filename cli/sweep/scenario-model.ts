/**
 * Worker-side model for scenario sweeps: compiles the scenario once per thread from what the main
 * thread already read and validated (the merged scenario data and the unit table's text: no YAML
 * to parse again, no schema to check again), then maps each row (lever values, then uncertainty
 * values) to parameter overrides and returns the scenario's outcomes for that run.
 */
import {fromPortable, type PortableScenario} from '../../src/model/portable.js';
import type {CompiledScenario} from '../../src/scenario/compile.js';
import type {ScenarioFile} from '../../src/scenario/schema.js';
import {readsOfAll} from '../../src/engine/outcomes.js';
import {simulate, type SimulateOptions} from '../../src/engine/simulate.js';
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
	/** The scenario as the main thread compiled it (src/model/portable.ts), or as it loaded it. */
	compiled?: PortableScenario;
	/** sweep --condition: simulated figures to compare with observations, appended after the outcomes. */
	observations?: {series: string; year: number; unit?: string}[];
	scenario?: {readonly data: ScenarioFile; readonly unitsFile: string; readonly unitsText: string};
}

/**
 * The simulate() options of a sweep's runs (also timed by `npm run bench`): the kernel of this
 * sweep reads the varied parameters from arrays and folds the rest; it computes only the series
 * (and years) the outcomes read, and the targets' series when an outcome reads a target.
 */
export function sweepRunOptions(compiled: CompiledScenario, bindings: readonly InputBinding[], observations: NonNullable<ScenarioModelOptions['observations']> = []): {needs: NonNullable<SimulateOptions['needs']>; varies: string[]; skipMonitoring: boolean} {
	const reads = readsOfAll(compiled.outcomes);
	// A target read through met()/allMet() bounds the years too (outcomes.ts readsOf); the observed
	// figures of sweep --condition are read as well.
	const lastYear = reads.lastYear === undefined ? undefined : Math.max(reads.lastYear, ...observations.map((o) => o.year));
	const needs = {series: [...reads.series, ...(reads.targets ? TARGET_SERIES : []), ...observations.map((o) => o.series)], lastYear};
	return {needs, varies: bindings.map((b) => b.parameter), skipMonitoring: !reads.targets};
}

export async function createModel(options: unknown): Promise<Model> {
	const {file, bindings, compiled: portable, scenario, observations = []} = options as ScenarioModelOptions;
	// The compiled model from the main thread; else its loaded data; else (a spec written by hand) the file.
	const compiled = portable
		? fromPortable(portable)
		: scenario
			? (await import('../../src/scenario/compile.js')).compileScenario({file, sources: [], data: scenario.data, unitsFile: scenario.unitsFile, unitsText: scenario.unitsText, warnings: []})
			: (await import('../../src/scenario/load-file.js')).openScenario(file);
	const outputs = compiled.outcomes.map((o) => o.id);
	// One options object and one set of override records for every run of the sweep: the engine keeps
	// the kernel with the options, and a run allocates nothing of its own here.
	const runOptions = {reuseBuffers: true, ...sweepRunOptions(compiled, bindings, observations)};
	const overrides = bindings.map((b) => ({parameter: b.parameter, mode: b.mode, value: b.columns.length === 1 ? 0 : new Float64Array(b.columns.length)}));
	// Where each observed figure sits in the run: a province series, or one unit's cell of a series.
	const cells = observations.map((o) => ({series: o.series, t: compiled.years.indexOf(o.year), u: o.unit === undefined ? -1 : compiled.units.ids.indexOf(o.unit)}));
	const outcomes = compiled.outcomes;
	// The outputs of a run, read by the caller before the next run (src/runner/model.ts).
	const y = new Float64Array(outcomes.length + cells.length);
	return {
		outputs: [...outputs, ...observations.map((o) => observationOutput({...o, value: NaN}))],
		evaluate(x) {
			for (let k = 0; k < bindings.length; k++) {
				const o = overrides[k]!;
				const columns = bindings[k]!.columns;
				if (typeof o.value === 'number') o.value = x[columns[0]!]!;
				else for (let u = 0; u < columns.length; u++) (o.value as Float64Array)[u] = x[columns[u]!]!;
			}
			// The run is read at once by the outcomes: it may reuse the scenario's buffers (no garbage per run).
			const result = simulate(compiled, overrides as ParameterOverride[], runOptions);
			for (let j = 0; j < outcomes.length; j++) y[j] = outcomes[j]!.evaluate(result);
			for (let j = 0; j < cells.length; j++) {
				const c = cells[j]!;
				y[outcomes.length + j] = c.u < 0 ? result.province[c.series]![c.t]! : result.series[c.series]![c.t * result.nUnits + c.u]!;
			}
			return y;
		},
	};
}
