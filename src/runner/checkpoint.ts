/**
 * Resume state of an interrupted sweep. Rows are appended to runs.csv.partial (text, unless the
 * runs go to Parquet), runs.y.partial (the outputs as raw float64, for the analysis and Parquet) and
 * runs.err.partial (one JSON line per failed run); the checkpoint records, for each, how many bytes
 * are complete and their sha256, with the row count and the fingerprint of the code. It is written
 * after the data, so after a crash the files may run ahead of it, never behind: resuming truncates
 * them back to the checkpoint and checks their hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from './atomic-write.js';

export interface Failure {
	run: number;
	error: string;
	inputs?: number[];
}

export interface PartState {
	bytes: number;
	sha256: string;
}

export interface Checkpoint {
	version: 2;
	/** The sweep's configuration (sampler, n, seed, problem, outcomes, layout of the runs file). */
	fingerprint: string;
	/** codeFingerprint() of the build that wrote the rows. */
	code: string;
	start: number;
	end: number;
	/** Next run id to evaluate; rows complete = next − start. */
	next: number;
	rows: number;
	parts: {csv: PartState | null; y: PartState; err: PartState};
	failedCount: number;
	/** The first failures (at most MAX_LISTED_FAILURES), with their inputs. */
	failures: Failure[];
}

export const MAX_LISTED_FAILURES = 100;

export const partialFiles = (dir: string) => ({
	csv: path.join(dir, 'runs.csv.partial'),
	y: path.join(dir, 'runs.y.partial'),
	err: path.join(dir, 'runs.err.partial'),
	checkpoint: path.join(dir, 'checkpoint.json'),
});

export class CheckpointError extends Error {}

export function readCheckpoint(dir: string): Checkpoint | null {
	const file = partialFiles(dir).checkpoint;
	if (!fs.existsSync(file)) return null;
	let c: Checkpoint;
	try {
		c = JSON.parse(fs.readFileSync(file, 'utf8')) as Checkpoint;
	} catch {
		throw new CheckpointError(`--resume: ${file} is not a readable checkpoint (cut short?); hint: start again without --resume`);
	}
	if (c.version !== 2) throw new CheckpointError(`--resume: ${file} was written by another version of hukou-sim (checkpoint version ${String(c.version)}); hint: start again without --resume`);
	return c;
}

export function writeCheckpoint(dir: string, c: Checkpoint): void {
	// Not flushed to disk: the partial files it describes are not either (a crash of the machine may lose
	// both; resuming then finds the hashes wrong or the checkpoint unreadable, and says so). A killed
	// process loses neither. The flush was the fixed cost of every small sweep (two checkpoints each).
	writeFileAtomic(partialFiles(dir).checkpoint, JSON.stringify(c), {durable: false});
}
