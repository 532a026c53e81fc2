/** Spreadsheet export (issue 5): run, compare and sweep results as .xlsx (exceljs), one sheet per topic. */
export {runWorkbook, writeRunXlsx} from './run-workbook.js';
export {compareWorkbook, writeCompareXlsx} from './compare-workbook.js';
export {sweepWorkbook, writeSweepXlsx, type SweepXlsxInput} from './sweep-workbook.js';
export {sheetUnit, toSheet} from './measure.js';
export {headerRowCount} from './sheet.js';
export {allocationWorkbook, writeAllocationXlsx} from './allocation-workbook.js';
