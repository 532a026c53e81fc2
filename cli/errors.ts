/**
 * One place that turns what went wrong into what the user reads and the exit code:
 * 2 for bad input (scenario, data, options), 1 for a failure of the tool. No raw stack trace for a
 * user's mistake; `--debug` (or HUKOU_SIM_DEBUG=1) shows one.
 */
// The error classes only, not the engine's barrel: every command (and --version) loads this file.
import {formatDiagnostic} from '../src/errors/diagnostic.js';
import {ExpressionError} from '../src/errors/expression-error.js';
import {NumericalError, RequestError, ScenarioError} from '../src/errors/scenario-error.js';
import {err} from './terminal.js';

/** A mistake on the command line (a bad option value), with a hint. */
export class UsageError extends RequestError {}

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
	// A question asked wrongly (UsageError, and explain's, scale's or compare's own kinds, wrapped or not).
	if (error instanceof RequestError || error instanceof ExpressionError) {
		write(`error: ${error.message}`);
		if (error.hint) write(`    hint:     ${error.hint}`);
		if (debug) write(error.stack ?? '');
		return EXIT_BAD_INPUT;
	}
	const e = error instanceof Error ? error : new Error(String(error));
	const fsProblem = userFileProblem(e as NodeJS.ErrnoException);
	if (fsProblem) {
		write(`error: ${fsProblem.message}`);
		write(`    hint:     ${fsProblem.hint}`);
		if (debug) write(e.stack ?? '');
		return EXIT_BAD_INPUT;
	}
	write(`internal error: ${e.message}`);
	write(debug ? (e.stack ?? '') : '    (run again with --debug for the stack trace, and report it)');
	return EXIT_FAILURE;
}

/**
 * File-system failures that come from the user's machine or choice of path, not from the tool: a
 * missing file, a path through a file where a folder is needed (`--out` an existing file for a
 * sweep folder), a full disk, no permission. Whatever command met them, they exit 2 with the path.
 */
const FILE_PROBLEMS: ReadonlyMap<string, {why: string; hint: string}> = new Map([
	['ENOENT', {why: 'there is no such file or folder', hint: 'check the path and the working directory'}],
	['EACCES', {why: 'permission denied', hint: 'check the permissions, or choose another path'}],
	['EPERM', {why: 'the operation is not permitted', hint: 'check the permissions, or choose another path'}],
	['EEXIST', {why: 'a file is in the way (a folder was needed)', hint: 'a sweep writes a folder: name a new or existing folder, not a file'}],
	['ENOTDIR', {why: 'a part of the path is a file, not a folder', hint: 'a sweep writes a folder: name a new or existing folder, not a file'}],
	['EISDIR', {why: 'it is a folder, not a file', hint: 'name a file inside the folder'}],
	['ENOSPC', {why: 'the disk is full', hint: 'free some space or write elsewhere; what was complete before is unchanged'}],
	['EDQUOT', {why: 'the disk quota is exhausted', hint: 'free some space or write elsewhere'}],
	['EROFS', {why: 'the file system is read-only', hint: 'write elsewhere'}],
	['EMFILE', {why: 'too many open files', hint: 'raise the limit (ulimit -n) or use fewer --workers'}],
	['ENAMETOOLONG', {why: 'the file name is too long', hint: 'choose a shorter path'}],
]);

function userFileProblem(e: NodeJS.ErrnoException): {message: string; hint: string} | undefined {
	const known = e.code ? FILE_PROBLEMS.get(e.code) : undefined;
	if (!known) return undefined;
	return {message: e.path ? `${e.syscall === 'open' || e.syscall === 'read' ? 'cannot use' : `cannot ${e.syscall ?? 'use'}`} ${e.path}: ${known.why}` : `${e.message}`, hint: known.hint};
}
