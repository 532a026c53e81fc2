/** `hukou-sim allocation --format xlsx`: the factor-method table of one program, every year asked for, on one sheet. */
import ExcelJS from 'exceljs';
import type {AllocationTable} from '../allocation/table.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {allocationSheet} from './allocation-sheet.js';
import {toBytes} from './sheet.js';

export function allocationWorkbook(scenario: CompiledScenario, tables: readonly AllocationTable[]): ExcelJS.Workbook {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'hukou-sim';
	if (tables.length > 0) allocationSheet(wb, tables, `${scenario.name.zh} ${scenario.name.en}`);
	return wb;
}

export const writeAllocationXlsx = async (scenario: CompiledScenario, tables: readonly AllocationTable[]): Promise<Uint8Array> => toBytes(allocationWorkbook(scenario, tables));
