/**
 * Turn a finished batch's partial files into the runs file of the chosen layout, staged for
 * commitFolder(): runs.csv is the partial text itself; runs.parquet is written from the binary
 * outputs, the failures and the inputs regenerated from the design.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Checkpoint} from './checkpoint.js';
import {partialFiles} from './checkpoint.js';
import {sha256File, type RunsIntegrity} from './integrity.js';
import {writeRunsParquetFromParts} from './parquet.js';
import type {RowSource} from './row-source.js';

export type RunsFormat = 'csv' | 'parquet';
export const RUNS_FORMATS: readonly RunsFormat[] = ['csv', 'parquet'];

export interface RunsLayout {
	format: RunsFormat;
	/** false: the runs file holds run, outcomes and error only; inputs follow from seed + design. */
	inputs: boolean;
}

export const runsFileName = (l: RunsLayout): string => (l.format === 'csv' ? 'runs.csv' : 'runs.parquet');

/** The batch's line format for a layout (Parquet is written from the binary parts). */
export const chunkText = (l: RunsLayout) => (l.format === 'parquet' ? 'none' : l.inputs ? 'all' : 'outputs');

export interface StagedRuns {
	name: string;
	staged: string;
	integrity: RunsIntegrity;
}

export async function stageRuns(
	dir: string,
	o: {layout: RunsLayout; start: number; end: number; source: RowSource; outputs: readonly string[]; parts: Checkpoint['parts']; code: string},
): Promise<StagedRuns> {
	const p = partialFiles(dir);
	const name = runsFileName(o.layout);
	const rows = o.end - o.start;
	if (o.layout.format === 'csv') {
		return {name, staged: p.csv, integrity: {file: name, rows, bytes: o.parts.csv!.bytes, sha256: o.parts.csv!.sha256, code: o.code}};
	}
	const staged = path.join(dir, `${name}.next`);
	await writeRunsParquetFromParts(staged, {
		start: o.start,
		end: o.end,
		columns: {inputs: o.layout.inputs ? o.source.names : [], outputs: o.outputs},
		source: o.layout.inputs ? o.source : null,
		yFile: p.y,
		errFile: p.err,
	});
	return {name, staged, integrity: {file: name, rows, bytes: fileSize(staged), sha256: sha256File(staged), code: o.code}};
}

const fileSize = (f: string): number => fs.statSync(f).size;
