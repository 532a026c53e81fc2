/**
 * Worker-side model for scenario sweeps: loads and compiles the scenario once per thread, then
 * maps each row (lever values, then uncertainty values) to parameter overrides and returns the
 * scenario's outcomes for that run.
 */
import {evaluateOutcomes, openScenario, simulate, type ParameterOverride} from '../../src/index.js';
import {readsOfAll} from '../../src/engine/outcomes.js';
import {TARGET_SERIES} from '../../models/monitoring.js';
import type {Model} from '../../src/runner/model.js';

export interface InputBinding {
	parameter: string;
	mode: 'set' | 'scale' | 'add';
	/** Row columns feeding this override: one (shared value) or one per unit, in unit order. */
	columns: number[];
}

export interface ScenarioModelOptions {
	file: string;
	bindings: InputBinding[];
}

export function createModel(options: unknown): Model {
	const {file, bindings} = options as ScenarioModelOptions;
	const compiled = openScenario(file);
	const outputs = compiled.outcomes.map((o) => o.id);
	// The kernel of this sweep: the varied parameters read from arrays, the rest folded; only the
	// series (and years) the outcomes read, and the targets' series when an outcome reads a target.
	const reads = readsOfAll(compiled.outcomes);
	const needs = {series: [...reads.series, ...(reads.targets ? TARGET_SERIES : [])], lastYear: reads.targets ? undefined : reads.lastYear};
	const varies = bindings.map((b) => b.parameter);
	return {
		outputs,
		evaluate(x) {
			const overrides: ParameterOverride[] = bindings.map((b) => ({
				parameter: b.parameter,
				mode: b.mode,
				value: b.columns.length === 1 ? x[b.columns[0]!]! : Float64Array.from(b.columns, (c) => x[c]!),
			}));
			// The run is read at once by the outcomes: it may reuse the scenario's buffers (no garbage per run).
			const values = evaluateOutcomes(compiled, simulate(compiled, overrides, {reuseBuffers: true, needs, varies, skipMonitoring: !reads.targets}));
			return outputs.map((id) => values[id]!);
		},
	};
}
