/** Map the sweep library's input errors to the CLI's UsageError (exit 2, message without a stack). */
import {CheckpointError, FolderLockedError, MergeError, NotASweepFolderError, ResumeMismatchError} from '../../src/runner/index.js';
import {SensitivityInputError} from '../../src/sensitivity/index.js';
import {UsageError} from '../errors.js';

export function asUsageError(e: unknown): unknown {
	if (e instanceof SensitivityInputError || e instanceof ResumeMismatchError || e instanceof MergeError || e instanceof CheckpointError || e instanceof FolderLockedError || e instanceof NotASweepFolderError || e instanceof RangeError) {
		return new UsageError(e.message);
	}
	return e;
}

/** Run a command body; input errors are rethrown as UsageError for main's reportError (exit 2). */
export async function guarded(body: () => Promise<void>): Promise<void> {
	try {
		await body();
	} catch (e) {
		throw asUsageError(e);
	}
}
