/**
 * Resume state of an interrupted sweep. Rows are appended to runs.csv.partial (text) and
 * runs.y.partial (the outputs as raw float64, for the analysis); the checkpoint records how many
 * rows and bytes of each are complete. It is written after the data, so after a crash the files
 * may run ahead of it, never behind: resuming truncates them back to the checkpoint.
 */
import fs from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from './atomic-write.js';

export interface Failure {
	run: number;
	error: string;
	inputs?: number[];
}

export interface Checkpoint {
	version: 1;
	fingerprint: string;
	start: number;
	end: number;
	/** Next run id to evaluate. */
	next: number;
	csvBytes: number;
	yBytes: number;
	failedCount: number;
	/** The first failures (at most MAX_LISTED_FAILURES), with their inputs. */
	failures: Failure[];
}

export const MAX_LISTED_FAILURES = 100;

export const partialFiles = (dir: string) => ({
	csv: path.join(dir, 'runs.csv.partial'),
	y: path.join(dir, 'runs.y.partial'),
	checkpoint: path.join(dir, 'checkpoint.json'),
});

export function readCheckpoint(dir: string): Checkpoint | null {
	const file = partialFiles(dir).checkpoint;
	if (!fs.existsSync(file)) return null;
	const c = JSON.parse(fs.readFileSync(file, 'utf8')) as Checkpoint;
	return c.version === 1 ? c : null;
}

export function writeCheckpoint(dir: string, c: Checkpoint): void {
	writeFileAtomic(partialFiles(dir).checkpoint, JSON.stringify(c));
}
