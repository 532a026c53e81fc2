import {type Diagnostic, formatDiagnostic} from './diagnostic.js';

/** Bad input: the scenario or its data cannot be used. Carries every error found in one pass. */
export class ScenarioError extends Error {
	readonly diagnostics: readonly Diagnostic[];

	constructor(diagnostics: readonly Diagnostic[]) {
		const errors = diagnostics.filter((d) => d.severity === 'error');
		super(`${errors.length} error${errors.length === 1 ? '' : 's'} in the scenario:\n${errors.map(formatDiagnostic).join('\n')}`);
		this.name = 'ScenarioError';
		this.diagnostics = diagnostics;
	}
}

/** A number that would reach an output as NaN or Infinity: the run stops and says where. */
export class NumericalError extends Error {
	constructor(
		readonly series: string,
		readonly unit: string,
		readonly year: number,
		readonly value: number,
		readonly hint: string,
	) {
		super(`series ${series} is ${value} for unit ${unit} in ${year}; ${hint}`);
		this.name = 'NumericalError';
	}
}
