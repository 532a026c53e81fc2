/**
 * How numbers go into a workbook: in the units planners read (万人, 亿元, 公顷; rates as fractions
 * with a % format), never as text, with the unit named in the header rows. Kept beside the
 * writers (the CLI's display units live in cli/format and src may not import from cli).
 */
import type {Measure} from '../engine/types.js';

export interface SheetUnit {
	readonly divisor: number;
	readonly zh: string;
	readonly en: string;
	readonly numFmt: string;
}

export function sheetUnit(measure: Measure): SheetUnit {
	switch (measure) {
		case 'persons':
			return {divisor: 1e4, zh: '万人', en: '10k persons', numFmt: '#,##0.00'};
		case 'households':
			return {divisor: 1e4, zh: '万户', en: '10k households', numFmt: '#,##0.00'};
		case 'yuan':
			return {divisor: 1e8, zh: '亿元', en: '100M yuan', numFmt: '#,##0.0000'};
		case 'yuan_per_person':
			return {divisor: 1, zh: '元/人', en: 'yuan/person', numFmt: '#,##0'};
		case 'm2':
			return {divisor: 1e4, zh: '公顷', en: 'ha', numFmt: '#,##0.00'};
		case 'm2_per_person':
			return {divisor: 1, zh: '平方米/人', en: 'm²/person', numFmt: '#,##0.0'};
		case 'share':
			return {divisor: 1, zh: '比例', en: 'fraction', numFmt: '0.00%'};
		case 'mu':
			return {divisor: 1, zh: '亩', en: 'mu', numFmt: '#,##0.00'};
		case 'yuan_per_mu':
			return {divisor: 1e4, zh: '万元/亩', en: '10k yuan/mu', numFmt: '#,##0.00'};
		default:
			return {divisor: 1, zh: '', en: '', numFmt: 'General'};
	}
}

/** A value in sheet units; non-finite values (no cap: Infinity) become empty cells. */
export const toSheet = (value: number, measure: Measure): number | null => (Number.isFinite(value) ? value / sheetUnit(measure).divisor : null);
