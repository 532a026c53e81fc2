/**
 * How each measure is shown to people (DESIGN §3): money inside in yuan, shown in 亿元; people in
 * persons, shown in 万人; land in m², shown in 公顷; rates as percentages. One table for the CLI, the
 * TUI, the HTML report and the workbooks.
 */
import type {Measure} from '../engine/types.js';

export interface DisplayUnit {
	/** Shown value = internal value / divisor. */
	readonly divisor: number;
	readonly zh: string;
	readonly en: string;
	/** Decimals shown in text. */
	readonly digits: number;
	/** Excel number format of the shown value. */
	readonly numFmt: string;
}

const TABLE: Partial<Record<Measure, DisplayUnit>> = {
	persons: {divisor: 1e4, zh: '万人', en: '10k persons', digits: 2, numFmt: '#,##0.00'},
	households: {divisor: 1e4, zh: '万户', en: '10k households', digits: 2, numFmt: '#,##0.00'},
	yuan: {divisor: 1e8, zh: '亿元', en: '100M yuan', digits: 2, numFmt: '#,##0.0000'},
	yuan_per_person: {divisor: 1, zh: '元/人', en: 'yuan/person', digits: 0, numFmt: '#,##0'},
	m2: {divisor: 1e4, zh: '公顷', en: 'ha', digits: 1, numFmt: '#,##0.00'},
	m2_per_person: {divisor: 1, zh: '平方米/人', en: 'm²/person', digits: 1, numFmt: '#,##0.0'},
	share: {divisor: 0.01, zh: '%', en: '%', digits: 2, numFmt: '0.00'},
	mu: {divisor: 1, zh: '亩', en: 'mu', digits: 2, numFmt: '#,##0.00'},
	yuan_per_mu: {divisor: 1e4, zh: '万元/亩', en: '10k yuan/mu', digits: 1, numFmt: '#,##0.00'},
};

const PLAIN: DisplayUnit = {divisor: 1, zh: '', en: '', digits: 3, numFmt: 'General'};

export function displayUnit(measure: Measure): DisplayUnit {
	return TABLE[measure] ?? PLAIN;
}
