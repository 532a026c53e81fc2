/**
 * The outputs of a batch read back from its binary partial file (runs.y.partial: runs × outputs
 * float64, row-major, in run order), one column at a time, so the analysis of a million runs holds a
 * few columns (8 MB each) rather than the matrix. A read fills as many columns as fit in `budget`
 * bytes in one pass over the file (the analysis asks for them in order), and keeps them until the
 * next read, which reuses their arrays: a column is valid until a column() call that reads the file.
 */
import fs from 'node:fs';
import type {OutputColumns} from '../sensitivity/output-columns.js';

/** Bytes of columns held at once (2 columns of a million runs; every column of a smaller sweep). */
export const COLUMN_BUDGET = 16 * 2 ** 20;

/** Bytes read per system call. */
const READ_BYTES = 2 ** 20;

export function outputFileColumns(file: string, runs: number, columns: number, budget = COLUMN_BUDGET): OutputColumns {
	const expected = runs * columns * 8;
	const size = fs.statSync(file).size;
	if (size !== expected) throw new Error(`${file} holds ${size} bytes, expected ${expected} (${runs} runs × ${columns} outputs × 8)`);
	const perRead = Math.max(1, Math.floor(budget / Math.max(1, runs * 8)));
	const held = new Map<number, Float64Array>();
	const read = (from: number): void => {
		const free = [...held.values()];
		held.clear();
		const wanted: number[] = [];
		for (let j = from; j < Math.min(columns, from + perRead); j++) wanted.push(j);
		const out = wanted.map(() => free.pop() ?? new Float64Array(runs));
		const rowsPerRead = Math.max(1, Math.floor(READ_BYTES / (columns * 8)));
		const buf = new Float64Array(rowsPerRead * columns);
		const bytes = new Uint8Array(buf.buffer);
		const fd = fs.openSync(file, 'r');
		try {
			for (let r0 = 0; r0 < runs; r0 += rowsPerRead) {
				const count = Math.min(rowsPerRead, runs - r0);
				const length = count * columns * 8;
				for (let got = 0; got < length; ) {
					const n = fs.readSync(fd, bytes, got, length - got, r0 * columns * 8 + got);
					if (n === 0) throw new Error(`${file} ended at byte ${r0 * columns * 8 + got}, expected ${expected}`);
					got += n;
				}
				for (let c = 0; c < wanted.length; c++) gather(out[c]!, r0, buf, wanted[c]!, columns, count);
			}
		} finally {
			fs.closeSync(fd);
		}
		wanted.forEach((j, c) => held.set(j, out[c]!));
	};
	return {
		runs,
		columns,
		column(j) {
			if (!Number.isInteger(j) || j < 0 || j >= columns) throw new RangeError(`output column ${j} is not one of the ${columns}`);
			if (!held.has(j)) read(j);
			return held.get(j)!;
		},
	};
}

/** out[at + i] = rows[i · columns + j] for the count rows of a block. */
function gather(out: Float64Array, at: number, rows: Float64Array, j: number, columns: number, count: number): void {
	for (let i = 0; i < count; i++) out[at + i] = rows[i * columns + j]!;
}
