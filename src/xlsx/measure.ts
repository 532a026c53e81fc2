/**
 * How numbers go into a workbook: in the units planners read (万人, 亿元, 公顷; rates as fractions
 * with a % format), never as text, with the unit named in the header rows.
 * The units are those of src/format/display-unit.ts.
 */
import type {Measure} from '../engine/types.js';
import {displayUnit} from '../format/display-unit.js';

export interface SheetUnit {
	readonly divisor: number;
	readonly zh: string;
	readonly en: string;
	readonly numFmt: string;
}

export function sheetUnit(measure: Measure): SheetUnit {
	// Rates go in as fractions with a percent format, so that formulas over them stay right.
	if (measure === 'share') return {divisor: 1, zh: '比例', en: 'fraction', numFmt: '0.00%'};
	const {divisor, zh, en, numFmt} = displayUnit(measure);
	return {divisor, zh, en, numFmt};
}

/** A value in sheet units; non-finite values (no cap: Infinity) become empty cells. */
export const toSheet = (value: number, measure: Measure): number | null => (Number.isFinite(value) ? value / sheetUnit(measure).divisor : null);
