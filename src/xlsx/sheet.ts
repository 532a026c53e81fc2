/** One topic per sheet: a title row, header rows (labels, units, sources), then data rows; frozen headers. */
import type ExcelJS from 'exceljs';

export type Cell = string | number | boolean | null;

export interface SheetSpec {
	readonly name: string;
	readonly title: string;
	/** Header rows, e.g. [ids], [中文], [English], [units]. */
	readonly header: readonly (readonly Cell[])[];
	readonly rows: readonly (readonly Cell[])[];
	/** Number format per column (index), e.g. '0.00%'. */
	readonly numFmt?: ReadonlyArray<string | undefined>;
	/** Number format per row (index into rows), when rows rather than columns share a unit. */
	readonly rowNumFmt?: ReadonlyArray<string | undefined>;
}

/** Rows in a sheet before the data: the title row plus the header rows. */
export const headerRowCount = (spec: Pick<SheetSpec, 'header'>): number => 1 + spec.header.length;

export function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
	const ws = workbook.addWorksheet(spec.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {views: [{state: 'frozen', ySplit: headerRowCount(spec), xSplit: 1}]});
	ws.addRow([spec.title]).font = {bold: true, size: 12};
	for (const h of spec.header) ws.addRow([...h]).font = {bold: true};
	spec.rows.forEach((r, i) => {
		const row = ws.addRow(r.map((c) => (c === null ? null : c)));
		const rowFmt = spec.rowNumFmt?.[i];
		r.forEach((c, j) => {
			const fmt = spec.numFmt?.[j] ?? rowFmt;
			if (typeof c === 'number' && fmt) row.getCell(j + 1).numFmt = fmt;
		});
	});
	ws.columns.forEach((col, j) => {
		col.width = j === 0 ? 22 : 14;
	});
	return ws;
}

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
