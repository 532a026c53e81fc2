/**
 * runs.parquet (Apache Parquet, for pandas, polars, DuckDB): written with
 * hyparquet-writer, read back with hyparquet (both pure JavaScript). Columns: `run` (INT64, delta
 * encoded), the inputs unless the sweep stores outputs only, the outcomes (DOUBLE, byte-stream-split
 * then Snappy; a failed run's outcome is NaN, as an empty runs.csv field) and `error` (UTF-8 text,
 * null when the run succeeded). One row group per ROW_GROUP runs, so memory stays flat.
 * Both libraries (50 modules) are imported when a Parquet file is first read or written, not by
 * every sweep that loads the runner: a CSV sweep never pays for them.
 */
import fs from 'node:fs';
import type {FileMetaData} from 'hyparquet';
import type {ParquetWriter} from 'hyparquet-writer';
import type {RowSource} from './row-source.js';

export const ROW_GROUP = 65_536;

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

export interface RunsLayoutColumns {
	inputs: readonly string[];
	outputs: readonly string[];
}

function schemaOf(c: RunsLayoutColumns): SchemaElement[] {
	const dbl = (name: string): SchemaElement => ({name, type: 'DOUBLE', repetition_type: 'REQUIRED'});
	return [
		{name: 'root', num_children: 2 + c.inputs.length + c.outputs.length},
		{name: 'run', type: 'INT64', repetition_type: 'REQUIRED'},
		...c.inputs.map(dbl),
		...c.outputs.map(dbl),
		{name: 'error', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL'},
	];
}

/** One row group's columns, in schema order. */
export interface RunsGroup {
	run: BigInt64Array;
	inputs: Float64Array[];
	outputs: Float64Array[];
	error: (string | null)[];
}

/** Streaming writer of runs.parquet: open, add groups in run order, then finish. */
export class RunsParquetWriter {
	private readonly writer: ParquetWriter;
	rows = 0;
	static async open(file: string, columns: RunsLayoutColumns, kv: Record<string, string> = {}): Promise<RunsParquetWriter> {
		return new RunsParquetWriter(await import('hyparquet-writer'), file, columns, kv);
	}
	private constructor(
		lib: typeof import('hyparquet-writer'),
		file: string,
		private readonly columns: RunsLayoutColumns,
		kv: Record<string, string>,
	) {
		this.writer = new lib.ParquetWriter({
			writer: lib.fileWriter(file),
			schema: schemaOf(columns),
			// NaN outcomes would make min/max statistics mislead a reader's row-group pruning.
			statistics: false,
			kvMetadata: Object.entries(kv).map(([key, value]) => ({key, value})),
			createdBy: 'hukou-sim',
		});
	}
	add(g: RunsGroup): void {
		const dbl = (name: string, data: Float64Array) => ({name, data, encoding: 'BYTE_STREAM_SPLIT' as const, offsetIndex: false});
		const cols = [
			{name: 'run', data: g.run, encoding: 'DELTA_BINARY_PACKED' as const, offsetIndex: false},
			...this.columns.inputs.map((n, j) => dbl(n, g.inputs[j]!)),
			...this.columns.outputs.map((n, j) => dbl(n, g.outputs[j]!)),
			{name: 'error', data: g.error, offsetIndex: false},
		];
		void this.writer.write({columnData: cols as never, rowGroupSize: g.run.length || 1});
		this.rows += g.run.length;
	}
	finish(): void {
		void this.writer.finish();
	}
}

/**
 * Write runs.parquet for runs [start, end) from the batch's partial files: outputs from runs.y.partial
 * (float64), errors from runs.err.partial (JSON lines, in run order), inputs regenerated from `source`.
 */
export async function writeRunsParquetFromParts(
	file: string,
	o: {start: number; end: number; columns: RunsLayoutColumns; source: RowSource | null; yFile: string; errFile: string; kv?: Record<string, string>},
): Promise<void> {
	const m = o.columns.outputs.length;
	const k = o.columns.inputs.length;
	const w = await RunsParquetWriter.open(file, o.columns, o.kv);
	const errors = fs.existsSync(o.errFile)
		? fs
				.readFileSync(o.errFile, 'utf8')
				.split('\n')
				.filter((l) => l !== '')
				.map((l) => JSON.parse(l) as {run: number; error: string})
		: [];
	let e = 0;
	const fd = fs.openSync(o.yFile, 'r');
	try {
		for (let from = o.start; from < o.end; from += ROW_GROUP) {
			const n = Math.min(ROW_GROUP, o.end - from);
			const buf = Buffer.alloc(n * m * 8);
			fs.readSync(fd, buf, 0, buf.length, (from - o.start) * m * 8);
			const Y = new Float64Array(buf.buffer, buf.byteOffset, n * m);
			const X = o.source && k > 0 ? o.source.block(from, n) : null;
			const g: RunsGroup = {
				run: BigInt64Array.from({length: n}, (_, i) => BigInt(from + i)),
				inputs: Array.from({length: k}, (_, j) => Float64Array.from({length: n}, (_, i) => X![i * k + j]!)),
				outputs: Array.from({length: m}, (_, j) => Float64Array.from({length: n}, (_, i) => Y[i * m + j]!)),
				error: new Array<string | null>(n).fill(null),
			};
			while (e < errors.length && errors[e]!.run < from + n) {
				g.error[errors[e]!.run - from] = errors[e]!.error;
				e++;
			}
			w.add(g);
			// Let timers run between row groups (the folder lock refreshes its mtime).
			await new Promise((resolve) => setImmediate(resolve));
		}
	} finally {
		fs.closeSync(fd);
	}
	w.finish();
}

export interface ParquetRunsFile {
	metadata: FileMetaData;
	columns: string[];
	rows: number;
	/** Read rows [rowStart, rowEnd) as columns (run ids as numbers). */
	read(rowStart: number, rowEnd: number): Promise<{run: number[]; columns: Map<string, ArrayLike<unknown>>}>;
}

export async function openRunsParquet(file: string): Promise<ParquetRunsFile> {
	const {asyncBufferFromFile, parquetMetadataAsync, parquetRead} = await import('hyparquet');
	const buffer = await asyncBufferFromFile(file);
	const metadata = await parquetMetadataAsync(buffer);
	const columns = metadata.schema.slice(1).map((s) => s.name);
	return {
		metadata,
		columns,
		rows: Number(metadata.num_rows),
		async read(rowStart, rowEnd) {
			const cols = new Map<string, unknown[]>();
			await parquetRead({
				file: buffer,
				metadata,
				rowStart,
				rowEnd,
				onChunk(c) {
					// Chunks may cover rows outside the request: keep the overlap, in order.
					const a = cols.get(c.columnName) ?? [];
					for (let r = Math.max(c.rowStart, rowStart); r < Math.min(c.rowEnd, rowEnd); r++) a[r - rowStart] = c.columnData[r - c.rowStart];
					cols.set(c.columnName, a);
				},
			});
			const run = (cols.get('run') ?? []).map((v) => Number(v));
			return {run, columns: cols as Map<string, ArrayLike<unknown>>};
		},
	};
}
