/** Two runs side by side: province figures and per-unit changes, who gains and who loses. */
import type {Measure, RunResult} from '../../../src/index.js';

export interface UnitDelta {
	readonly u: number;
	readonly values: readonly number[];
	readonly deltas: readonly number[];
}

export const COMPARE_SERIES: ReadonlyArray<readonly [string, string, string, Measure]> = [
	['settled', '落户', 'Settled', 'persons'],
	['transfers', '转移支付', 'Transfers', 'yuan'],
	['infraSubsidy', '设施补助', 'Subsidy', 'yuan'],
	['landQuotaGranted', '用地下达', 'Land granted', 'm2'],
	['fiscalGap', '财政缺口', 'Fiscal gap', 'yuan'],
];

export const PROVINCE_COMPARE: ReadonlyArray<readonly [string, string, string, Measure]> = [
	['hukouUrbanizationRate', '户籍城镇化率', 'Hukou urbanisation', 'share'],
	['rateGap', '两率差距', 'Gap between rates', 'share'],
	...COMPARE_SERIES,
	['landQuotaShortfall', '用地缺口', 'Land shortfall', 'm2'],
];

/** Value of `series` for unit u in year index t, NaN when the run lacks it. */
export const cell = (r: RunResult, series: string, u: number, t: number): number => r.series[series]?.[t * r.nUnits + u] ?? NaN;

/**
 * Per-unit values of the alternative and their change from the reference, matched by unit id (a
 * unit present in one run only gets NaN changes). Sorted by the change in `sortBy`, gainers first.
 */
export function unitDeltas(ref: RunResult, alt: RunResult, year: number, sortBy = 'transfers'): UnitDelta[] {
	const tr = ref.years.indexOf(year);
	const ta = alt.years.indexOf(year);
	const k = COMPARE_SERIES.findIndex(([s]) => s === sortBy);
	const rows = ref.units.map((unit, u): UnitDelta => {
		const ua = alt.units.findIndex((x) => x.id === unit.id);
		const values = COMPARE_SERIES.map(([s]) => (ua < 0 || ta < 0 ? NaN : cell(alt, s, ua, ta)));
		const deltas = COMPARE_SERIES.map(([s], i) => values[i]! - (tr < 0 ? NaN : cell(ref, s, u, tr)));
		return {u, values, deltas};
	});
	return rows.sort((a, b) => (b.deltas[k] ?? 0) - (a.deltas[k] ?? 0) || a.u - b.u);
}
