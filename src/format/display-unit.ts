/**
 * How each measure is shown to people (DESIGN §3): money inside in yuan, shown in 亿元 (万元 in the
 * allocation tables a finance office publishes); people in persons, shown in 万人; land in m², shown
 * in 公顷, or in 亩/万亩 where officials count in mu (1 公顷 = 15 亩, 《土地管理法》 usage); rates as
 * percentages, and changes of a rate in percentage points (百分点), never in %. One table for the
 * CLI, the TUI, the HTML report and the workbooks.
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

/** Land units a user can choose (`--land-unit`). */
export const LAND_UNITS = ['ha', 'mu', '10k-mu'] as const;
export type LandUnit = (typeof LAND_UNITS)[number];

export interface DisplayOptions {
	/** Land (m², mu) in 公顷 (default), 亩 or 万亩. */
	readonly land?: LandUnit;
}

/** m² per mu: 1 公顷 = 10,000 m² = 15 亩. */
export const M2_PER_MU = 10_000 / 15;

/** 万元: the unit of published allocation figures (财政 测算表). */
export const WAN_YUAN: DisplayUnit = {divisor: 1e4, zh: '万元', en: '10k yuan', digits: 2, numFmt: '#,##0.00'};

/** A change of a rate: in percentage points (百分点), the unit officials use for "提高2个百分点". */
const POINTS: DisplayUnit = {divisor: 0.01, zh: '百分点', en: 'points', digits: 2, numFmt: '0.00'};

const TABLE: Partial<Record<Measure, DisplayUnit>> = {
	persons: {divisor: 1e4, zh: '万人', en: '10k persons', digits: 2, numFmt: '#,##0.00'},
	households: {divisor: 1e4, zh: '万户', en: '10k households', digits: 2, numFmt: '#,##0.00'},
	persons_per_household: {divisor: 1, zh: '人/户', en: 'persons/household', digits: 2, numFmt: '0.00'},
	yuan: {divisor: 1e8, zh: '亿元', en: '100M yuan', digits: 2, numFmt: '#,##0.0000'},
	yuan_per_person: {divisor: 1, zh: '元/人', en: 'yuan/person', digits: 0, numFmt: '#,##0'},
	m2_per_person: {divisor: 1, zh: '平方米/人', en: 'm²/person', digits: 1, numFmt: '#,##0.0'},
	share: {divisor: 0.01, zh: '%', en: '%', digits: 2, numFmt: '0.00'},
	points: POINTS,
	yuan_per_mu: {divisor: 1e4, zh: '万元/亩', en: '10k yuan/mu', digits: 1, numFmt: '#,##0.00'},
	// A homestead standard is stated per household in 亩 (e.g. 0.4 亩), whatever unit the land totals are shown in.
	mu_per_household: {divisor: 1, zh: '亩/户', en: 'mu/household', digits: 2, numFmt: '0.00'},
};

/**
 * The one declaration of each land unit (m² in one shown unit, decimals): land of either internal
 * measure (m², or mu for an area written in 亩) is shown in the chosen unit, 公顷 when none is chosen,
 * with the same decimals and Excel format on every path.
 */
const LAND: Record<LandUnit, {readonly zh: string; readonly en: string; readonly m2: number; readonly digits: number}> = {
	ha: {zh: '公顷', en: 'ha', m2: 1e4, digits: 1},
	mu: {zh: '亩', en: 'mu', m2: M2_PER_MU, digits: 0},
	'10k-mu': {zh: '万亩', en: '10k mu', m2: M2_PER_MU * 1e4, digits: 2},
};

/** Land without --land-unit (the CLI's default too). */
export const DEFAULT_LAND_UNIT: LandUnit = 'ha';

/** Excel's format for a number shown with `digits` decimals and thousands separators. */
const groupedFormat = (digits: number): string => (digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`);

const PLAIN: DisplayUnit = {divisor: 1, zh: '', en: '', digits: 3, numFmt: 'General'};

/** Each land unit for each internal land measure (m², or 亩 for an area written in 亩), made once. */
const LAND_DISPLAY = Object.fromEntries(
	LAND_UNITS.map((unit) => {
		const l = LAND[unit];
		const shown = (divisor: number): DisplayUnit => ({divisor, zh: l.zh, en: l.en, digits: l.digits, numFmt: groupedFormat(l.digits)});
		return [unit, {m2: shown(l.m2), mu: shown(l.m2 / M2_PER_MU)}];
	}),
) as Record<LandUnit, Record<'m2' | 'mu', DisplayUnit>>;

export function displayUnit(measure: Measure, options: DisplayOptions = {}): DisplayUnit {
	if (measure === 'm2' || measure === 'mu') return LAND_DISPLAY[options.land ?? DEFAULT_LAND_UNIT][measure];
	return TABLE[measure] ?? PLAIN;
}

/** How a change (alternative − base) of a measure is shown: rates in 百分点, everything else as the measure. */
export function changeUnit(measure: Measure, options: DisplayOptions = {}): DisplayUnit {
	return measure === 'share' || measure === 'points' ? POINTS : displayUnit(measure, options);
}

/** Money in 亿元, or in 万元 when it is under 0.1 亿元 (a warning about 3,000 yuan should not read 0.00 亿元). */
export function moneyUnit(yuan: number): DisplayUnit {
	return Math.abs(yuan) >= 1e7 ? TABLE.yuan! : WAN_YUAN;
}
