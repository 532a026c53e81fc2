/**
 * A sweep's outputs as one workbook (for the sweep command's --format xlsx): runs.csv, indices.csv
 * and metadata.json, each on its own sheet, numbers as numbers.
 */
import ExcelJS from 'exceljs';
import {parse} from 'csv-parse/sync';
import {addSheet, toBytes, type Cell} from './sheet.js';

export interface SweepXlsxInput {
	/** Text of runs.csv (header row first). */
	readonly runsCsv: string;
	/** Text of indices.csv, when an analysis was made. */
	readonly indicesCsv?: string;
	/** metadata.json, parsed. */
	readonly metadata?: unknown;
	readonly title?: string;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?Infinity$/;
const cell = (text: string): Cell => (NUMBER.test(text) ? Number(text) : text === '' ? null : text);

function csvSheet(wb: ExcelJS.Workbook, name: string, title: string, text: string): void {
	const records = parse(text, {relax_column_count: true, skip_empty_lines: true}) as string[][];
	addSheet(wb, {name, title, header: records.slice(0, 1), rows: records.slice(1).map((r) => r.map(cell))});
}

/** Flatten metadata to key/value rows (nested keys joined with dots; arrays of scalars joined). */
function flatten(value: unknown, prefix: string, out: Cell[][]): void {
	if (value !== null && typeof value === 'object' && !(Array.isArray(value) && value.every((v) => typeof v !== 'object'))) {
		for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
	} else out.push([prefix, Array.isArray(value) ? value.join(' ') : typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : value === null ? null : String(value)]);
}

export function sweepWorkbook(input: SweepXlsxInput): ExcelJS.Workbook {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'hukou-sim';
	const title = input.title ?? 'hukou-sim sweep';
	csvSheet(wb, 'Runs 运行', `${title} — 运行 runs (one row per run; inputs, outcomes)`, input.runsCsv);
	if (input.indicesCsv) csvSheet(wb, 'Indices 敏感性指标', `${title} — 敏感性指标 sensitivity indices`, input.indicesCsv);
	if (input.metadata !== undefined) {
		const rows: Cell[][] = [];
		flatten(input.metadata, '', rows);
		addSheet(wb, {name: 'Metadata 元数据', title: `${title} — 元数据 metadata`, header: [['key', 'value']], rows});
	}
	return wb;
}

export const writeSweepXlsx = async (input: SweepXlsxInput): Promise<Uint8Array> => toBytes(sweepWorkbook(input));
