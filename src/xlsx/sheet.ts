/**
 * One topic per sheet, ready to print (issue 12): a title row, header rows (labels, units), the
 * data rows, an optional totals row and notes. Columns are as wide as their content measured in
 * display columns (a CJK character takes two, string-width), the header rows and the id and name
 * columns are frozen, the table has an autofilter, and the page is A4 landscape with the title and
 * header rows repeated on every page (fit to the page width when the table is narrow enough to stay
 * legible, else the id and name columns repeat on each page across). Booleans become ✓/✗.
 */
import type ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import {plainText} from '../format/terminal-text.js';
import {cellWidth} from './widths.js';

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
	/** Columns kept in view when scrolling right (the id and name columns); default 1. */
	readonly frozenColumns?: number;
	/** Rows after the data (合计 Total), bold above a rule; outside the autofilter so that sorting leaves them last. */
	readonly totals?: readonly (readonly Cell[])[];
	/** Indices into rows of subtotal rows inside the table (a year's 合计), bold above a rule. */
	readonly subtotalRows?: readonly number[];
	/** Lines of explanation under the table (units, rounding rule, sources). */
	readonly notes?: readonly string[];
	/** Widest a column may get, per column (long text wraps); default 48. */
	readonly maxWidth?: ReadonlyArray<number | undefined>;
	/** How a boolean reads (default ✓ / ✗). */
	readonly booleans?: readonly [string, string];
}

/** Rows of a worksheet in Excel, WPS and LibreOffice. */
export const SHEET_ROWS = 1_048_576;

/** Rows in a sheet before the data: the title row plus the header rows. */
export const headerRowCount = (spec: Pick<SheetSpec, 'header'>): number => 1 + spec.header.length;

/** Widest column in characters; longer text wraps. */
const MAX_WIDTH = 48;
/** A header wraps (by words, CJK by characters) rather than widening a column past its data, down to this width. */
const HEADER_WIDTH = 10;
/** Widest column for text that cannot wrap (ids, key paths). */
const MAX_ID_WIDTH = 64;
/** Text that can wrap: it has a space or a CJK character (which wraps anywhere). */
const breakable = (text: string) => /[\s\u3000-\u9fff\uff00-\uffef]/.test(text);
const FONT = 'Calibri';
/** About how many characters of 10-point text fit across A4 landscape at 60%, the smallest scale still legible. */
const FIT_WIDTH = 230;

const A4 = 9;

export function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
	const headerRows = headerRowCount(spec);
	const frozen = spec.frozenColumns ?? 1;
	const ws = workbook.addWorksheet(uniqueName(workbook, sheetName(spec.name)), {views: [{state: 'frozen', ySplit: headerRows, xSplit: frozen}]});
	const [yes, no] = spec.booleans ?? ['✓', '✗'];
	const value = (c: Cell) => (c === null ? null : typeof c === 'boolean' ? (c ? yes : no) : typeof c === 'string' ? plainText(c) : Number.isFinite(c) ? c : null);
	ws.addRow([plainText(spec.title)]).font = {name: FONT, bold: true, size: 12};
	for (const h of spec.header) {
		const row = ws.addRow(h.map(value));
		row.font = {name: FONT, bold: true};
		row.alignment = {vertical: 'bottom', wrapText: true};
	}
	const formats: Array<Array<string | undefined>> = [];
	const addData = (r: readonly Cell[], rowFmt: string | undefined) => {
		const row = ws.addRow(r.map(value));
		const fmts = r.map((c, j) => {
			const fmt = spec.numFmt?.[j] ?? rowFmt;
			if (typeof c === 'number' && fmt) row.getCell(j + 1).numFmt = fmt;
			return typeof c === 'number' ? fmt : undefined;
		});
		formats.push(fmts);
		return row;
	};
	const nCols = Math.max(1, ...spec.header.map((h) => h.length), ...spec.rows.map((r) => r.length));
	const rule = (row: ExcelJS.Row) => {
		row.font = {name: FONT, bold: true};
		for (let j = 1; j <= nCols; j++) row.getCell(j).border = {top: {style: 'thin'}};
	};
	const subtotals = new Set(spec.subtotalRows ?? []);
	spec.rows.forEach((r, i) => {
		const row = addData(r, spec.rowNumFmt?.[i]);
		if (subtotals.has(i)) rule(row);
	});
	const lastData = headerRows + spec.rows.length;
	for (const t of spec.totals ?? []) rule(addData(t, undefined));
	for (const note of spec.notes ?? []) ws.addRow([plainText(note)]).font = {name: FONT, italic: true, size: 9};
	const widths = fitWidths(spec, frozen, nCols, [...spec.rows, ...(spec.totals ?? [])], formats, value);
	widths.forEach((w, j) => {
		// exceljs leaves out a column of width exactly 9 (its default), and Excel then uses its own 8.43.
		ws.getColumn(j + 1).width = w === 9 ? 9.5 : w;
	});
	const wraps = (j: number) => widths[j]! >= (spec.maxWidth?.[j] ?? MAX_WIDTH);
	// Headers of numeric columns sit right, over their numbers; text after the frozen columns keeps a gap from the number before it.
	const numeric = Array.from({length: nCols}, (_, j) => spec.rows.some((r) => typeof r[j] === 'number'));
	// Columns of short words or signs (≥, ✓, 达标) read best centred.
	const narrow = Array.from({length: nCols}, (_, j) => !numeric[j] && spec.rows.every((r) => typeof r[j] !== 'string' || cellWidth(r[j] as string) <= 4));
	spec.header.forEach((_, i) => {
		const row = ws.getRow(i + 2);
		numeric.forEach((isNumber, j) => {
			if (isNumber) row.getCell(j + 1).alignment = {horizontal: 'right', vertical: 'bottom', wrapText: true};
		});
	});
	// Long text wraps in its cell, and the row is made as tall as its longest cell (neither Excel nor
	// LibreOffice recomputes the height of a row a program wrote). A one-line row keeps the bottom
	// alignment (Chinese and Latin text then share a baseline); a taller row reads from the top.
	spec.rows.forEach((r, i) => {
		const row = ws.getRow(headerRows + 1 + i);
		const wrapping = r.map((c, j) => typeof c === 'string' && !numeric[j] && wraps(j) && breakable(c));
		const lines = Math.max(1, ...r.map((c, j) => (wrapping[j] ? Math.ceil(cellWidth(plainText(c as string)) / Math.max(1, widths[j]! - 1)) : 1)));
		const vertical = lines > 1 ? 'top' : 'bottom';
		r.forEach((c, j) => {
			const cell = row.getCell(j + 1);
			if (typeof c === 'number') cell.alignment = {vertical};
			else if (typeof c === 'boolean') cell.alignment = {horizontal: 'center', vertical};
			// A word in a column of numbers ("estimate" among values) sits like the numbers.
			else if (typeof c === 'string' && numeric[j]) cell.alignment = {horizontal: 'right', vertical};
			else if (typeof c === 'string') cell.alignment = {horizontal: narrow[j] ? 'center' : 'left', indent: j >= frozen && !narrow[j] ? 1 : 0, vertical, wrapText: wrapping[j]};
		});
		if (lines > 1) row.height = 15 * lines;
	});
	// Wrapped header text needs taller rows: Excel and LibreOffice keep the default height of a row written by a program.
	spec.header.forEach((h, i) => {
		const lines = Math.max(1, ...h.map((c, j) => (c === null || c === '' ? 1 : Math.ceil(cellWidth(String(value(c)), undefined) / Math.max(1, widths[j]! - 2)))));
		if (lines > 1) ws.getRow(i + 2).height = 15 * lines;
	});
	if (spec.header.length > 0 && nCols > 0) ws.autoFilter = {from: {row: headerRows, column: 1}, to: {row: Math.max(headerRows, lastData), column: nCols}};
	// Fit to one page wide when that keeps the text legible; a wider table (the units × 110 series) spreads
	// over as many pages across as keep that scale, with the id and name columns repeated on each.
	const total = widths.reduce((a, b) => a + b, 0);
	const across = Math.max(1, Math.ceil(total / FIT_WIDTH));
	const fit = across === 1;
	ws.pageSetup = {
		...ws.pageSetup,
		paperSize: A4,
		orientation: 'landscape',
		fitToPage: true,
		fitToWidth: across,
		fitToHeight: 0,
		pageOrder: 'overThenDown',
		printTitlesRow: `1:${headerRows}`,
		...(fit ? {} : {printTitlesColumn: `A:${columnLetter(frozen)}`}),
		margins: {left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3},
		horizontalCentered: fit,
	};
	// The title is the sheet's first row, repeated on every page: the footer names the sheet and the page.
	ws.headerFooter = {oddFooter: '&L&A&R第 &P 页,共 &N 页 Page &P of &N'};
	return ws;
}

function fitWidths(spec: SheetSpec, frozen: number, nCols: number, rows: readonly (readonly Cell[])[], formats: ReadonlyArray<ReadonlyArray<string | undefined>>, value: (c: Cell) => ExcelJS.CellValue): number[] {
	return Array.from({length: nCols}, (_, j) => {
		let data = 0;
		let unbroken = 0;
		rows.forEach((r, i) => {
			const c = r[j];
			if (c === null || c === undefined) return;
			const w = cellWidth(value(c) as string | number, formats[i]?.[j]);
			data = Math.max(data, w);
			// An id or a key path cannot wrap (no space, no CJK): the column must hold it whole.
			if (typeof c === 'string' && !breakable(c)) unbroken = Math.max(unbroken, w);
		});
		const header = Math.max(0, ...spec.header.map((h) => (h[j] === null || h[j] === undefined ? 0 : stringWidth(String(value(h[j]!))))));
		// The id and name columns (frozen) show their header whole; the others wrap it.
		const width = j < frozen ? Math.max(data, header) : Math.max(data, Math.min(header, Math.max(HEADER_WIDTH, data)));
		// Two characters of padding and room for the autofilter's drop-down button.
		return Math.max(Math.min(unbroken + 3, MAX_ID_WIDTH), Math.min(spec.maxWidth?.[j] ?? MAX_WIDTH, Math.max(6, width + 3)));
	});
}

function columnLetter(n: number): string {
	let s = '';
	for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
	return s;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\. */
const sheetName = (name: string) => plainText(name).replace(/[[\]:*?/\\']/g, ' ').slice(0, 31);

/** Sheet names must differ (case-insensitively): a program id cut at 31 characters could repeat. */
function uniqueName(workbook: ExcelJS.Workbook, name: string): string {
	const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
	let candidate = name;
	for (let k = 2; taken.has(candidate.toLowerCase()); k++) candidate = `${name.slice(0, 31 - String(k).length - 1)}~${k}`;
	return candidate;
}

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
