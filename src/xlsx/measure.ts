/**
 * How numbers go into a workbook: in the units planners read (万人, 亿元, 公顷 or 亩; rates as
 * fractions with a % format), never as text, with the unit named in the header rows.
 * The units are those of src/format/display-unit.ts.
 */
import type {Measure} from '../engine/types.js';
import {displayUnit, type DisplayOptions, type DisplayUnit} from '../format/display-unit.js';

export interface SheetUnit {
	readonly divisor: number;
	readonly zh: string;
	readonly en: string;
	readonly numFmt: string;
}

export function sheetUnit(measure: Measure, options: DisplayOptions = {}): SheetUnit {
	// Rates go in as fractions with a percent format, so that formulas over them stay right.
	if (measure === 'share') return {divisor: 1, zh: '%', en: '%', numFmt: '0.00%'};
	return fromDisplay(displayUnit(measure, options));
}

/** A display unit as a sheet unit (percentage points stay numbers of points: 2.00 百分点). */
export const fromDisplay = ({divisor, zh, en, numFmt}: DisplayUnit): SheetUnit => ({divisor, zh, en, numFmt});

/** A value in sheet units; non-finite values (no cap: Infinity) become empty cells. */
export const toSheet = (value: number, measure: Measure, options: DisplayOptions = {}): number | null => (Number.isFinite(value) ? value / sheetUnit(measure, options).divisor : null);

/** The unit as a header cell: 亿元 100M yuan, or % once. */
export const unitHeader = (u: Pick<SheetUnit, 'zh' | 'en'>): string => (u.zh === u.en ? u.zh : `${u.zh} ${u.en}`.trim());
