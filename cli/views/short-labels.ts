/**
 * Short headings of the series that the terminal tables name in a column (the run summary's units,
 * compare's changes by unit, the scaling tables and chart): one table, so a column reads the same in
 * every view. The full labels are the models' (JSON, CSV, explain). A Map: the scaling tables look up
 * the scenario's program ids, names a user chose.
 */
import {LAND_STANDARD_NEXT} from '../../src/scale/series.js';

export const SHORT_LABELS: ReadonlyMap<string, readonly [zh: string, en: string]> = new Map([
	['settled', ['落户', 'Settled']],
	['transfers', ['转移支付', 'Transfers']],
	// Transfers ÷ everyone settled since the base year (the cohort), not ÷ this year's settlers.
	['transfersPerSettled', ['人均(累计落户)', 'Per settled since base']],
	['infraSubsidy', ['设施补助', 'Subsidy']],
	['landQuotaNeed', ['用地需求', 'Land need']],
	['landQuotaGranted', ['用地下达', 'Land granted']],
	['landQuotaShortfall', ['用地缺口', 'Shortfall']],
	[LAND_STANDARD_NEXT, ['次年标准', 'Std next yr']],
	['citizenizationCost', ['市民化成本', 'Cost']],
	['fiscalGap', ['财政缺口', 'Fiscal gap']],
] as const);

/** The short heading of a series, else the label given (a program, a scenario's own series). */
export function shortLabel(series: string, zh: string, en: string): readonly [zh: string, en: string] {
	return SHORT_LABELS.get(series) ?? [zh, en];
}
