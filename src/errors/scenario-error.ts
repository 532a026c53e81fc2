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

/**
 * A question the program cannot answer as asked (an unknown unit or series, a year outside the run,
 * two runs that cannot be compared, a bad option value): a message and a hint, never a stack trace.
 * Each kind names itself (ExplainError, ScaleRequestError, IncomparableError, UsageError). Kept here with the
 * other errors of a user's input, a module the CLI loads anyway (start-up loads as few as it can).
 */
export class RequestError extends Error {
	constructor(
		message: string,
		readonly hint?: string,
	) {
		super(message);
		this.name = new.target.name;
	}
}
