/**
 * Worker-side model for scenario sweeps: loads and compiles the scenario once per thread, then
 * maps each row (lever values, then uncertainty values) to parameter overrides and returns the
 * scenario's outcomes for that run.
 */
import {evaluateOutcomes, openScenario, simulate, type ParameterOverride} from '../../src/index.js';
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
	return {
		outputs,
		evaluate(x) {
			const overrides: ParameterOverride[] = bindings.map((b) => ({
				parameter: b.parameter,
				mode: b.mode,
				value: b.columns.length === 1 ? x[b.columns[0]!]! : Float64Array.from(b.columns, (c) => x[c]!),
			}));
			// The run is read at once by the outcomes: it may reuse the scenario's buffers (no garbage per run).
			const values = evaluateOutcomes(compiled, simulate(compiled, overrides, {reuseBuffers: true}));
			return outputs.map((id) => values[id]!);
		},
	};
}
