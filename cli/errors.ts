/**
 * One place that turns what went wrong into what the user reads and the exit code:
 * 2 for bad input (scenario, data, options), 1 for a failure of the tool. No raw stack trace for a
 * user's mistake; `--debug` (or HUKOU_SIM_DEBUG=1) shows one.
 */
// The error classes only, not the engine's barrel: every command (and --version) loads this file.
import {formatDiagnostic} from '../src/errors/diagnostic.js';
import {ExpressionError} from '../src/errors/expression-error.js';
import {NumericalError, ScenarioError} from '../src/errors/scenario-error.js';
import {err} from './terminal.js';

/** A mistake on the command line (a bad option value), with a hint. */
export class UsageError extends Error {
	constructor(
		message: string,
		readonly hint?: string,
	) {
		super(message);
		this.name = 'UsageError';
	}
}

/**
 * yargs' fail handler: a usage mistake (unknown option, bad choice, missing command) must stop
 * before any command runs, so it throws instead of recording an exit code and letting the handler
 * go on (which used to write --out files and then exit 2).
 */
export function failUsage(message: string | null | undefined, error: Error | undefined): never {
	if (error && !(error.name === 'YError')) throw error;
	throw new UsageError(message || error?.message || 'bad command line', 'hukou-sim --help lists the commands and options; hukou-sim <command> --help shows examples');
}

export const EXIT_BAD_INPUT = 2;
export const EXIT_FAILURE = 1;

export function reportError(error: unknown, debug = process.argv.includes('--debug') || process.env['HUKOU_SIM_DEBUG'] === '1'): number {
	const write = (text: string) => err(`${text}\n`);
	if (error instanceof ScenarioError) {
		for (const d of error.diagnostics) write(formatDiagnostic(d));
		const count = error.diagnostics.filter((d) => d.severity === 'error').length;
		write(`\n${count} error${count === 1 ? '' : 's'}; nothing was run. 场景文件有误,未运行。`);
		if (debug) write(error.stack ?? '');
		return EXIT_BAD_INPUT;
	}
	if (error instanceof NumericalError) {
		write(`error: ${error.message}`);
		write(`    series: ${error.series}, unit: ${error.unit}, year: ${error.year}`);
		if (debug) write(error.stack ?? '');
		return EXIT_BAD_INPUT;
	}
	if (error instanceof UsageError || error instanceof ExpressionError) {
		write(`error: ${error.message}`);
		if (error.hint) write(`    hint:     ${error.hint}`);
		if (debug) write(error.stack ?? '');
		return EXIT_BAD_INPUT;
	}
	const e = error instanceof Error ? error : new Error(String(error));
	if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EACCES') {
		write(`error: ${e.message}`);
		return EXIT_BAD_INPUT;
	}
	write(`internal error: ${e.message}`);
	write(debug ? (e.stack ?? '') : '    (run again with --debug for the stack trace, and report it)');
	return EXIT_FAILURE;
}
