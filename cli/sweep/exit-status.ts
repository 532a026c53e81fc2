/**
 * Exit status 3: the sweep finished and wrote its files, but some runs failed (they are listed in
 * metadata.json with their inputs and errors). Distinct from 2 (a user's mistake, nothing run) and
 * 1 (a fault of the tool), so a job script can tell "results with gaps" from "no results".
 */
import type {SweepOutcome} from './sweep-files.js';
import {err} from '../terminal.js';

export const EXIT_FAILED_RUNS = 3;

export function reportFailedRuns(result: SweepOutcome, out: string): void {
	const n = result.metadata.failures.count;
	if (n === 0) return;
	err(`${n} of ${result.metadata.runs} runs failed; they are listed in ${out}/metadata.json (failures) — exit status ${EXIT_FAILED_RUNS}\n`);
	// Set at exit: the CLI's main() records its own status after the command's handler returns.
	process.once('exit', () => {
		if (!process.exitCode) process.exitCode = EXIT_FAILED_RUNS;
	});
}
