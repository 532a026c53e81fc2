/**
 * Column access to a sweep's outputs (runs × columns, row-major). The analysers read one outcome at
 * a time, so a sweep never needs its whole output matrix in memory: the runner reads the columns back
 * from the binary file it streamed (src/runner/output-file.ts), a test or a merge hands a matrix.
 */

export interface OutputColumns {
	readonly runs: number;
	readonly columns: number;
	/** Column j of every run. Callers never write to it, nor keep it past their next column() call (a file reader reuses its arrays). */
	column(j: number): Float64Array;
}

/** Columns of a matrix held in memory (each one copied out on demand). */
export function matrixColumns(Y: Float64Array, columns: number): OutputColumns {
	const runs = columns > 0 ? Math.floor(Y.length / columns) : 0;
	return {
		runs,
		columns,
		column(j) {
			const out = new Float64Array(runs);
			for (let r = 0, i = j; r < runs; r++, i += columns) out[r] = Y[i]!;
			return out;
		},
	};
}

/** The columns as given, or those of a matrix. */
export const asColumns = (Y: Float64Array | OutputColumns, columns: number): OutputColumns => (Y instanceof Float64Array ? matrixColumns(Y, columns) : Y);
