/**
 * The factor-method table (因素法测算表) of one program as a sheet: one block of rows per year (the
 * units, then the year's 合计 row), numbers in the units a finance office reads (shares in %,
 * money in 万元, the published figure in whole 万元 adding up to the rounded pool), the bound that
 * binds in words. The columns are those of src/allocation/columns.ts.
 */
import type ExcelJS from 'exceljs';
import {allocationColumns, BOUND_LABELS, columnTotal, KIND_UNITS, type AllocationColumn, type ColumnKind} from '../allocation/columns.js';
import type {AllocationTable, Bound} from '../allocation/table.js';
import {WAN_YUAN} from '../format/display-unit.js';
import {addSheet, type Cell} from './sheet.js';
import {fixedDigits} from '../format/fixed-digits.js';

const FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {share: '0.00%', money: WAN_YUAN.numFmt, published: '#,##0', coefficient: '0.0000', persons: '#,##0', value: '#,##0', bound: undefined};

function cell(column: AllocationColumn, v: number | string | null): Cell {
	if (v === null) return null;
	if (column.kind === 'bound') {
		const b = BOUND_LABELS[v as Bound];
		return `${b.zh} ${b.en}`;
	}
	const x = v as number;
	return column.kind === 'money' ? x / WAN_YUAN.divisor : x;
}

const unitText = (kind: ColumnKind) => {
	const u = KIND_UNITS[kind];
	return u.zh === u.en ? u.zh : `${u.zh} ${u.en}`.trim();
};

/** Sheet of one program over the given years (tables of the same program, ascending years). */
export function allocationSheet(wb: ExcelJS.Workbook, tables: readonly AllocationTable[], scenarioTitle: string): ExcelJS.Worksheet {
	const first = tables[0]!;
	// One set of columns for every year of the sheet (a floor that starts in a later year must not shift them).
	const columns = allocationColumns(first, tables);
	const rows: Cell[][] = [];
	const subtotals: number[] = [];
	for (const table of tables) {
		for (const r of table.units) rows.push([table.year, r.id, r.name_zh, r.name_en, ...columns.map((c) => cell(c, c.value(r)))]);
		subtotals.push(rows.length);
		rows.push([table.year, 'total', '合计', 'Total', ...columns.map((c) => cell(c, columnTotal(table, c)))]);
	}
	const notes = [
		...tables.map((t) => `${t.year}: 资金池 pool ${fixedDigits(t.pool / WAN_YUAN.divisor, 2)} 万元${t.unallocated > 0 ? `;未分配 unallocated ${fixedDigits(t.unallocated / WAN_YUAN.divisor, 2)} 万元` : ''};权重 weights ${t.factors.map((f) => `${f.label.zh === f.label.en ? f.name : `${f.label.zh} ${f.label.en}`} ${Number(f.weight.toPrecision(4))}`).join(', ') || '—'}`),
		'下达数按万元取整(最大余数法),合计等于资金池取整。Published figures are whole 万元 (largest remainder): they add up exactly to the rounded pool.',
		'约束 bound: 保底 floor · 封顶 cap · 不符合条件 not eligible · 按因素 none (proportional to the share).',
	];
	return addSheet(wb, {
		name: `${first.program} 测算表`,
		title: `${scenarioTitle} — ${first.name_zh} ${first.name_en} 因素法测算表 factor-method allocation${first.clause ? ` ${first.clause}` : ''}`,
		header: [
			['年度', '单位代码', '城市', '', ...columns.map((c) => c.zh)],
			['year', 'unit', '', 'city', ...columns.map((c) => c.en)],
			['', '', '', '单位 unit', ...columns.map((c) => unitText(c.kind))],
		],
		rows,
		subtotalRows: subtotals,
		numFmt: ['0', undefined, undefined, undefined, ...columns.map((c) => FORMATS[c.kind])],
		frozenColumns: 4,
		notes,
	});
}
